"""A new user's whole way through a training on real widgets: the training and three
sessions, ten participants (two quick-added with their company and consent), attendance
ticked by keyboard, certificates issued and read back from the PDF."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from sqlalchemy import select

from infospot_app.core.models import Company, Consent, Person
from infospot_app.core.services import certificates as certs
from infospot_app.core.services.attendance import training_attendance
from infospot_app.core.services.people import people
from infospot_app.core.services.trainings import training_sessions, trainings
from infospot_app.core.turkish import sort_key
from infospot_app.ui.training_form import TrainingForm
from infospot_app.ui.training_sessions import SessionForm
from infospot_app.ui.trainings_page import TrainingsPage
from tests.conftest import make_vkn
from tests.ui.conftest import add_company, type_text
from tests.ui.training_helpers import settle

REGISTERED = [
    "Şükrü Çağlayan", "Gülşen Öztürk", "İsmail Ünal", "Ayşe Yılmaz", "Çiğdem Işık",
    "Oğuz Güneş", "Ümran Doğan", "Ilgın Şahin",
]  # fmt: skip


def _save(qtbot, form, and_new: bool = False) -> str:  # noqa: ANN001
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        (form.save_new_button if and_new else form.save_button).click()
    return saved.args[0]


def _key(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    qtbot.keyClick(widget, key, modifier)


def test_new_user_runs_a_training_from_plan_to_certificates(
    qtbot, context, db, actor, tmp_path: Path, message_boxes
):
    company = add_company(db, actor, 77, "Işıklar Tekstil Ltd. Şti.")
    with db.transaction() as session:
        for name in REGISTERED:
            people.create(session, actor, {"full_name": name, "company_id": company})

    # The list is empty and says what to do; Ctrl+N's form creates the training.
    page = TrainingsPage(context)
    qtbot.addWidget(page)
    settle(qtbot, context)
    assert "Ctrl+N" in page.empty.text()
    form = TrainingForm(context, None, page)
    qtbot.addWidget(form)
    form.show()
    type_text(form.field("title"), "Dış Ticarette Dijital Pazarlama")
    type_text(form.field("topic"), "İhracat")
    type_text(form.field("venue"), "Çorum Ticaret ve Sanayi Odası")
    form.field("capacity").setText("10")
    training_id = _save(qtbot, form)

    # Three sessions through the session form; "Save and new" moves the date on.
    sessions = SessionForm(context, training_id, None)
    qtbot.addWidget(sessions)
    sessions.show()
    sessions.field("session_date").setText("02.03.2026")
    sessions.field("start_time").setText("09:00")
    sessions.field("end_time").setText("12:30")
    assert "3.5" in sessions.hours.text() or "3,5" in sessions.hours.text()
    _save(qtbot, sessions, and_new=True)
    assert sessions.field("session_date").text() == "03.03.2026"
    _save(qtbot, sessions, and_new=True)
    sessions.field("end_time").setText("11:00")
    _save(qtbot, sessions)
    with db.session() as session:
        sittings = training_sessions.of_training(session, training_id)
        training = trainings.get(session, training_id)
    assert [s.hours for s in sittings] == [Decimal("3.50"), Decimal("3.50"), Decimal("2.00")]
    assert (training.start_date, training.end_date) == (date(2026, 3, 2), date(2026, 3, 4))

    # The training's page: eight registered people picked at once, two quick-added.
    page.open_id(training_id)
    detail = page.last_opened
    qtbot.addWidget(detail)
    settle(qtbot, context)
    assert "9 hours" in detail.facts.text()
    assert "3 sessions, 9 hours in total" in detail.sessions.note.text()
    participants = detail.participants
    with db.session() as session:
        ids = [p.id for p in people.list(session).rows]
    assert participants.enroll(ids)
    settle(qtbot, context)
    assert participants.places.text() == "8 of 10 places taken"
    for n, (name, firm) in enumerate(
        [("Gökçe İnce", "Öz Çiğ Köfte Gıda A.Ş."), ("Çağrı Ölmez", "Üçgen Makine Ltd.")]
    ):
        quick = participants.quick_add()
        qtbot.addWidget(quick)
        type_text(quick.field("full_name"), name)
        type_text(quick.field("legal_name"), firm)
        quick.field("tax_id").setText(make_vkn(900 + n))
        quick.field("notice_version").setText("v1.2")
        _save(qtbot, quick)
        quick.close()
        settle(qtbot, context)
    assert participants.places.text() == "10 of 10 places taken"
    with db.session() as session:
        newcomer = session.scalar(select(Person).where(Person.full_name == "Gökçe İnce"))
        firm = session.get(Company, newcomer.company_id)
        consent = session.scalar(select(Consent).where(Consent.person_id == newcomer.id))
    assert firm.legal_name == "Öz Çiğ Köfte Gıda A.Ş." and firm.province == "TR-19"
    assert (consent.purpose, consent.notice_version, consent.method) == (
        "certificate", "v1.2", "paper_form"
    )  # fmt: skip

    # An eleventh place is over the capacity: the user is asked, and "No" keeps it at ten.
    assert participants.quick_add() is None
    assert "over the capacity" in message_boxes.shown[-1][2]

    # Attendance by keyboard: everyone present in session 1 (Ctrl+Space), then arrows and
    # space. Rows are in Turkish name order.
    grid = detail.attendance
    detail.tabs.setCurrentWidget(grid)
    names = [grid.model.grid.rows[r].full_name for r in range(grid.model.rowCount())]
    assert names == sorted(names, key=sort_key)
    table = grid.table
    grid.focus_cell(0, 0)
    _key(qtbot, table, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    _key(qtbot, table, Qt.Key.Key_Right)
    _key(qtbot, table, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    _key(qtbot, table, Qt.Key.Key_Right)
    for _ in range(8):  # the first eight were there on day three; the last two were not
        _key(qtbot, table, Qt.Key.Key_Space)
        _key(qtbot, table, Qt.Key.Key_Down)
    # Row 1 missed day two: up to the top, one down, left, space.
    for _ in range(8):
        _key(qtbot, table, Qt.Key.Key_Up)
    _key(qtbot, table, Qt.Key.Key_Down)
    _key(qtbot, table, Qt.Key.Key_Left)
    _key(qtbot, table, Qt.Key.Key_Space)
    model = grid.model
    assert model.totals(1)[1] == Decimal("61.11")  # 5.5 of 9 hours, shown at once
    assert model.totals(1)[2] is False
    assert model.totals(9)[1] == Decimal("77.78")  # 7 of 9 hours is just under 80 %
    assert model.eligible_count() == 7
    eligible = [names[r] for r in range(10) if model.totals(r)[2]]
    settle(qtbot, context)
    with db.session() as session:
        saved = {p.enrollment_id: p for p in training_attendance(session, training_id)}
    assert sum(1 for p in saved.values() if p.eligible) == 7
    assert saved[model.enrollment_id(1)].attended_hours == Decimal("5.50")

    # Certificates: issued for all eligible, the PDF read back with every Turkish letter.
    certificates = detail.certificates
    detail.tabs.setCurrentWidget(certificates)
    settle(qtbot, context)
    certificates.issue(None)
    settle(qtbot, context)
    assert certificates.outcome.text().startswith("7 issued, 0 signed again, 3 with too little")
    target = tmp_path / "out" / "belgeler.pdf"
    written: list[list[Path]] = []
    certificates.write_pdf(target, written.append)
    settle(qtbot, context)
    assert written == [[target]]
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) == 7
    pages = [p.extract_text().replace("\n", " ") for p in reader.pages]
    assert all("Dış Ticarette Dijital Pazarlama" in text for text in pages)
    assert [name for name in eligible if any(name in text for text in pages)] == eligible
    assert {"Ş", "ğ", "ı", "İ", "Ç", "Ö", "Ü"} <= set("".join(eligible))
    with db.session() as session:
        numbers = [c.number for c in certs.of_training(session, training_id)]
    assert numbers[0] == f"TR19-{date.today().year}-00001" and len(set(numbers)) == 7
