"""The clusters list, form and page, driven through real widgets on a real database."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from infospot_app.core.services.clusters import clusters, memberships
from infospot_app.core.services.grants import grants
from infospot_app.core.services.listing import ListQuery
from infospot_app.core.services.productivity import measurements
from infospot_app.ui.cluster_form import ClusterForm
from infospot_app.ui.cluster_page import ClusterPage
from infospot_app.ui.cluster_record_forms import ActivityForm, BenchmarkForm, MemberForm
from infospot_app.ui.clusters_page import ClustersPage
from tests.ui.conftest import add_company, type_text


def _cluster(db, actor, name: str, **values) -> str:  # noqa: ANN001
    with db.transaction() as session:
        return clusters.create(session, actor, {"name": name, **values}).id


def _page(qtbot, context) -> ClustersPage:  # noqa: ANN001
    with qtbot.waitSignal(context.tasks.idle, timeout=5000):
        page = ClustersPage(context)
    qtbot.addWidget(page)
    return page


def _names(page: ClustersPage) -> list[str]:
    return [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]


def test_list_searches_the_turkish_way_and_sorts(qtbot, context, db, actor, qtmodeltester):
    for name in ("Işık Döküm Kümesi", "Çorum Mobilya Kümesi", "Zeytin Kümesi", "İplik Kümesi"):
        _cluster(db, actor, name)
    page = _page(qtbot, context)
    qtmodeltester.check(page.model)
    assert _names(page) == [
        "Çorum Mobilya Kümesi",
        "Işık Döküm Kümesi",
        "İplik Kümesi",
        "Zeytin Kümesi",
    ]
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        type_text(page.search, "isik")
    assert _names(page) == ["Işık Döküm Kümesi"]
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.search.clear()
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _names(page)[0] == "Zeytin Kümesi"
    assert page.count.text() == "4 clusters"


def test_empty_list_says_what_to_do(qtbot, context):
    page = _page(qtbot, context)
    assert page.views.currentWidget() is page.empty
    assert "Ctrl+N" in page.empty.text()


def test_form_records_sectors_provinces_and_the_stage_with_its_date(qtbot, context, db):
    form = ClusterForm(context, None)
    qtbot.addWidget(form)
    form.show()
    type_text(form.field("name"), "Samsun–Çorum Makine Kümesi")
    form.field("nace_divisions").set_value("28, 25")
    form.field("provinces").set_value("TR-19, TR-55")
    stage = form.field("stage")
    stage.setCurrentIndex(stage.findData("analysis"))
    form.field("stage_date").setText("15.03.2026")
    type_text(form.field("coordinator"), "Çorum TSO")
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        form.save_button.click()
    cluster_id = saved.args[0]
    with db.session() as session:
        row = clusters.get(session, cluster_id)
        history = clusters.stages(session, cluster_id)
    assert (row.nace_divisions, row.provinces, row.stage) == ("25,28", "TR-19,TR-55", "analysis")
    assert [(s.stage, s.reached_on) for s in history] == [("analysis", date(2026, 3, 15))]


def test_invalid_division_is_explained_under_its_field(qtbot, context, db):
    form = ClusterForm(context, None)
    qtbot.addWidget(form)
    form.show()
    type_text(form.field("name"), "Deneme")
    form.field("nace_divisions").set_value("04")  # there is no division 04
    form.save_button.click()
    assert form.rows["nace_divisions"].error.isVisible()
    assert "NACE" in form.rows["nace_divisions"].error.text()
    with db.session() as session:
        assert clusters.list(session, ListQuery()).total == 0


def test_page_records_a_member_an_activity_an_assessment_and_shows_productivity(
    qtbot, context, db, actor, qtmodeltester
):
    cluster_id = _cluster(db, actor, "Çorum Leblebi Kümesi")
    company = add_company(db, actor, 5, "Leblebi Üreticisi A.Ş.")
    with db.transaction() as session:
        for kind, day, turnover in (
            ("baseline", date(2025, 1, 5), 1_000_000),
            ("follow_up", date(2026, 1, 5), 1_250_000),
        ):
            measurements.create(session, actor, {
                "company_id": company, "period": str(day.year), "measured_on": day,
                "kind": kind, "turnover": turnover, "employees": 10})  # fmt: skip
    page = ClusterPage(context, cluster_id)
    qtbot.addWidget(page)
    member = MemberForm(context, cluster_id, None, page)
    qtbot.addWidget(member)
    member.set_company(company, "Leblebi Üreticisi A.Ş.")
    member.field("joined_on").setText("01.01.2025")
    with qtbot.waitSignal(member.saved, timeout=5000):
        member.save_button.click()
    activity = ActivityForm(context, cluster_id, None, page)
    qtbot.addWidget(activity)
    activity.field("activity_type").setCurrentIndex(2)  # workshop
    type_text(activity.field("title"), "Değer zinciri çalıştayı")
    activity.field("participants").setText("18")
    with qtbot.waitSignal(activity.saved, timeout=5000):
        activity.save_button.click()
    assessment = BenchmarkForm(context, cluster_id, None, page)
    qtbot.addWidget(assessment)
    assessment.field("label").setCurrentIndex(2)  # silver
    assessment.field("governance").setText("72,5")
    with qtbot.waitSignal(assessment.saved, timeout=5000):
        assessment.save_button.click()
    page.reload()
    qtmodeltester.check(page.members.model)
    members = page.members.model
    assert members.data(members.index(0, 0)) == "Leblebi Üreticisi A.Ş."
    assert members.data(members.index(0, 3)) == "01.01.2025"
    assert page.activities.model.data(page.activities.model.index(0, 1)) == "Workshop"
    assert page.activities.model.data(page.activities.model.index(0, 3)) == "18"
    bench = page.benchmarks.model
    assert bench.data(bench.index(0, 2)) == "Silver"
    assert bench.data(bench.index(0, 4)) == "72.5"  # governance
    details = [page.details_form.itemAt(i).widget() for i in range(page.details_form.count())]
    texts = [w.text() for w in details if hasattr(w, "text")]
    assert "median +25.00 %, mean +25.00 % (1 members measured)" in texts
    with db.session() as session:
        assert memberships.open_membership(session, cluster_id, company) is not None


def test_company_already_member_is_refused_under_the_company(qtbot, context, db, actor):
    cluster_id = _cluster(db, actor, "Kümə")
    company = add_company(db, actor, 6, "Tek Üye Ltd.")
    with db.transaction() as session:
        memberships.create(session, actor, {"cluster_id": cluster_id, "company_id": company})
    form = MemberForm(context, cluster_id, None)
    qtbot.addWidget(form)
    form.show()
    form.set_company(company, "Tek Üye Ltd.")
    form.save_button.click()
    assert "already a member" in form.rows["company_id"].error.text()


def test_cluster_of_another_office_is_read_only(qtbot, db, actor):
    from infospot_app.core.services.actor import Actor
    from tests.ui.conftest import make_context

    cluster_id = _cluster(db, actor, "Çorum Kümesi")
    context = make_context(db, Actor("emre", "TR27", "staff"))
    page = ClusterPage(context, cluster_id)
    qtbot.addWidget(page)
    assert not page.edit_button.isEnabled()
    assert not page.members.new_button.isEnabled()
    assert "TR19" in page.read_only.text()
    context.tasks.wait()


def test_grant_of_the_cluster_is_listed_on_its_tab(qtbot, context, db, actor):
    cluster_id = _cluster(db, actor, "Hibe Kümesi")
    page = ClusterPage(context, cluster_id)
    qtbot.addWidget(page)
    form = page.grants.open_form(None)
    qtbot.addWidget(form)
    form.field("programme").setCurrentIndex(0)  # UR-GE
    form.field("requested_amount").setText("1.250.000,50")
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save_button.click()
    with db.session() as session:
        row = grants.list(session, ListQuery()).rows[0]
    assert row.cluster_id == cluster_id and str(row.requested_amount) == "1250000.50"
    grid = page.grants.model
    assert grid.data(grid.index(0, 0)) == "UR-GE"
    assert grid.data(grid.index(0, 4)) == "1,250,000.50"


def test_measurements_widget_shows_productivity_and_change_against_the_baseline(
    qtbot, context, db, actor, qtmodeltester
):
    from infospot_app.ui.measurements_widget import MeasurementForm, MeasurementsWidget

    company = add_company(db, actor, 9, "Ölçülen Makine A.Ş.")
    widget = MeasurementsWidget(context, company, editable=True)
    qtbot.addWidget(widget)
    assert "baseline and a follow-up" in widget.summary.text()
    for period, day, kind, turnover, employees in (
        ("2024", "31.12.2024", 0, "2.000.000", "20"),
        ("2025", "31.12.2025", 1, "2.640.000", "22"),
    ):
        form = MeasurementForm(context, company, None, widget)
        qtbot.addWidget(form)
        form.field("period").setText(period)
        form.field("measured_on").setText(day)
        form.field("kind").setCurrentIndex(kind)
        form.field("turnover").setText(turnover)
        form.field("employees").setText(employees)
        form.saved.connect(lambda _id: widget.reload())
        with qtbot.waitSignal(form.saved, timeout=5000):
            form.save_button.click()
    model = widget.tab.model
    qtmodeltester.check(model)
    # 2,000,000 / 20 = 100,000 per employee; 2,640,000 / 22 = 120,000: +20 %.
    assert model.data(model.index(0, 6)) == "100,000.00"
    assert model.data(model.index(1, 6)) == "120,000.00"
    assert model.data(model.index(1, 7)) == "+20.00 %"
    assert widget.summary.text() == "Productivity change since the baseline: +20.00 %"
