"""The trainings list and form: filters, Turkish search and sort, validation under fields."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from infospot_app.core.services.clusters import clusters
from infospot_app.core.services.trainings import trainings
from infospot_app.ui.training_form import TrainingForm
from infospot_app.ui.trainings_page import TrainingsPage
from tests.ui.conftest import type_text
from tests.ui.training_helpers import settle

PLANS = [
    ("İhracat Pazarlaması", "İhracat", "held", date(2026, 1, 12)),
    ("Ürün Geliştirme", "Tasarım", "planned", date(2026, 4, 6)),
    ("Çevrim İçi Satış", "İhracat", "planned", date(2026, 5, 18)),
    ("Işık ve Enerji Verimliliği", "Enerji", "cancelled", date(2026, 2, 2)),
    ("Ambalaj Tasarımı", "Tasarım", "held", date(2025, 11, 3)),
]


def _page(qtbot, context, db, actor) -> TrainingsPage:  # noqa: ANN001
    with db.transaction() as session:
        cluster = clusters.create(session, actor, {"name": "Çorum Makine Kümesi"})
        for n, (title, topic, status, start) in enumerate(PLANS):
            trainings.create(
                session,
                actor,
                {"title": title, "topic": topic, "status": status, "start_date": start,
                 "end_date": start, "capacity": 20 + n,
                 "cluster_id": cluster.id if topic == "Tasarım" else None},
            )  # fmt: skip
    page = TrainingsPage(context)
    qtbot.addWidget(page)
    settle(qtbot, context)
    return page


def _titles(page: TrainingsPage) -> list[str]:
    return [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]


def test_list_filters_by_dates_status_topic_and_cluster(qtbot, context, db, actor, qtmodeltester):
    page = _page(qtbot, context, db, actor)
    qtmodeltester.check(page.model)
    assert _titles(page)[0] == "Çevrim İçi Satış"  # newest first
    assert page.model.data(page.model.index(0, 2)) == "18.05.2026"
    assert page.count.text() == "5 trainings"
    page.date_from.setDate(QDate(2026, 1, 1))
    page.date_to.setDate(QDate(2026, 4, 30))
    settle(qtbot, context)
    assert sorted(_titles(page)) == sorted(
        ["İhracat Pazarlaması", "Ürün Geliştirme", "Işık ve Enerji Verimliliği"]
    )
    page.status.setCurrentIndex(page.status.findData("planned"))
    settle(qtbot, context)
    assert _titles(page) == ["Ürün Geliştirme"]
    page.date_from.setDate(page.date_from.minimumDate())
    page.date_to.setDate(page.date_to.minimumDate())
    page.topic.setCurrentIndex(page.topic.findData("İhracat"))
    settle(qtbot, context)
    assert _titles(page) == ["Çevrim İçi Satış"]
    page.status.setCurrentIndex(0)
    page.topic.setCurrentIndex(0)
    page.cluster.setCurrentIndex(1)
    settle(qtbot, context)
    assert sorted(_titles(page)) == ["Ambalaj Tasarımı", "Ürün Geliştirme"]
    page.cluster.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData("cancelled"))
    page.topic.setCurrentIndex(page.topic.findData("Tasarım"))
    settle(qtbot, context)
    assert page.empty.text().startswith("No training matches")


def test_search_and_sort_follow_turkish_rules(qtbot, context, db, actor):
    page = _page(qtbot, context, db, actor)
    type_text(page.search, "ihracat")
    page.apply_query()
    settle(qtbot, context)
    assert _titles(page) == ["Çevrim İçi Satış", "İhracat Pazarlaması"]  # title or topic
    page.search.clear()
    type_text(page.search, "IŞIK verimli")
    page.apply_query()
    settle(qtbot, context)
    assert _titles(page) == ["Işık ve Enerji Verimliliği"]
    page.search.clear()
    page.apply_query()
    page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    settle(qtbot, context)
    assert _titles(page) == [
        "Ambalaj Tasarımı", "Çevrim İçi Satış", "Işık ve Enerji Verimliliği",
        "İhracat Pazarlaması", "Ürün Geliştirme",
    ]  # fmt: skip


def test_form_refuses_an_impossible_minimum_under_its_field(qtbot, context, db):
    form = TrainingForm(context, None)
    qtbot.addWidget(form)
    form.show()
    type_text(form.field("title"), "Yalın Üretim")
    form.field("min_attendance_pct").setText("120")
    form.save_button.click()
    assert form.rows["min_attendance_pct"].error.isVisible()
    assert "100" in form.rows["min_attendance_pct"].error.text()
    form.field("min_attendance_pct").setText("75")
    form.field("capacity").setText("24")
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        form.save_button.click()
    with db.session() as session:
        row = trainings.get(session, saved.args[0])
    assert (row.title, row.min_attendance_pct, row.capacity, row.status) == (
        "Yalın Üretim", 75, 24, "planned"
    )  # fmt: skip
    edit = TrainingForm(context, row.id)
    qtbot.addWidget(edit)
    assert edit.field("capacity").text() == "24"
    assert not edit.is_dirty()
