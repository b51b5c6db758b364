"""Helpers of the trainings UI tests: a training with sessions and people on a real database,
and waiting for the background worker."""

from __future__ import annotations

from datetime import date, time

from infospot_app.core.services.people import people
from infospot_app.core.services.trainings import enrollments, training_sessions, trainings
from infospot_app.ui.training_page import TrainingPage
from tests.ui.conftest import add_company


def settle(qtbot, context) -> None:  # noqa: ANN001
    """Wait until every background job has reported back on the GUI thread."""
    context.tasks.wait()
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=10_000)


def make_training(db, actor, names: list[str], sessions: int = 3, **values) -> str:  # noqa: ANN001
    """A training of ``sessions`` three-hour sessions with these people enrolled."""
    company = add_company(db, actor, 501, "Çağlayan Döküm San. ve Tic. A.Ş.")
    with db.transaction() as session:
        training = trainings.create(
            session, actor, {"title": "İhracat Pazarlaması", "venue": "Çorum TSO", **values}
        )
        for day in range(sessions):
            training_sessions.create(
                session,
                actor,
                {"training_id": training.id, "session_date": date(2026, 3, 2 + day),
                 "start_time": time(9, 0), "end_time": time(12, 0)},
            )  # fmt: skip
        for name in names:
            person = people.create(session, actor, {"full_name": name, "company_id": company})
            enrollments.create(session, actor, {"training_id": training.id, "person_id": person.id})
    return training.id


def open_page(qtbot, context, training_id: str) -> TrainingPage:  # noqa: ANN001
    """The training's page, loaded."""
    with qtbot.waitSignal(context.tasks.idle, timeout=10_000):
        page = TrainingPage(context, training_id)
    qtbot.addWidget(page)
    settle(qtbot, context)
    page.show()
    qtbot.waitExposed(page)
    return page
