"""The dashboard on demo data: the numbers equal `infospot indicators`, a number opens the
rows behind it, the period selector recomputes, and the central office sees every office."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt

from infospot_app.cli import main
from infospot_app.core.demo import fill_demo
from infospot_app.core.services.actor import Actor
from infospot_app.core.services.setup import initialize
from infospot_app.core.storage import open_database
from infospot_app.ui.dashboard_data import DashboardData
from infospot_app.ui.dashboard_page import DashboardPage
from infospot_app.ui.display import format_int
from tests.ui.conftest import make_context


def _demo(db, today: date | None = None) -> None:  # noqa: ANN001
    with db.transaction() as session:
        fill_demo(session, seed=3, companies=60, user="ayse", today=today)


def _page(qtbot, context) -> DashboardPage:  # noqa: ANN001
    with qtbot.waitSignal(context.tasks.idle, timeout=15000):
        page = DashboardPage(context)
    qtbot.addWidget(page)
    context.tasks.wait()
    qtbot.waitUntil(lambda: page.data is not None, timeout=15000)
    return page


def _cli(path: str, capsys, *args: str) -> dict:  # noqa: ANN001
    assert main(["--db", path, "indicators", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_dashboard_numbers_equal_infospot_indicators(qtbot, db, actor, capsys):
    _demo(db)
    context = make_context(db, actor)
    page = _page(qtbot, context)
    cards, figures = page.cards, page.figures
    shown = {
        "smes_reached": cards["smes_reached"].value.text(),
        "smes_in_clusters": cards["smes_in_clusters"].value.text(),
        "clusters_benchmarked": cards["clusters_benchmarked"].value.text(),
        "visits": figures["visits"].value.text(),
        "trainings_held": figures["trainings_held"].value.text(),
        "participants": figures["participants"].value.text(),
        "grant_applications": figures["grant_applications"].value.text(),
        "follow_up_actions_overdue": figures["follow_up_actions_overdue"].value.text(),
    }
    province_count = cards["clusters_per_province"].value.text()
    median = cards["productivity_change_pct"].value.text()
    path = str(db.path)
    context.tasks.wait()
    db.close()
    data = _cli(path, capsys)
    assert shown == {key: format_int(data[key]) for key in shown}
    assert province_count == format_int(data["clusters_per_province"].get("TR-19", 0))
    assert median.startswith("+" if float(data["productivity_change_median"]) > 0 else "")
    assert data["productivity_change_median"].replace(".", "") in median.replace(".", "")
    assert int(data["smes_reached"]) > 0  # the comparison is about real numbers


def test_period_selector_recomputes_for_last_year(qtbot, db, actor, capsys):
    _demo(db)
    context = make_context(db, actor)
    page = _page(qtbot, context)
    with qtbot.waitSignal(page.loaded, timeout=15000):
        page.period.choose("last_year")
    year = date.today().year - 1
    assert page.data.scope.start == date(year, 1, 1)
    reached = page.cards["smes_reached"].value.text()
    path = str(db.path)
    context.tasks.wait()
    db.close()
    data = _cli(path, capsys, "--from", f"01.01.{year}", "--to", f"31.12.{year}")
    assert reached == format_int(data["smes_reached"])


def test_clicking_a_number_lists_the_companies_behind_it(qtbot, db, actor, qtmodeltester):
    _demo(db)
    context = make_context(db, actor)
    page = _page(qtbot, context)
    expected = page.data.figures.smes_in_clusters
    page.cards["smes_in_clusters"].value.click()
    dialog = page.drills[-1]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=15000)
    assert dialog.model.rowCount() == expected > 0
    qtmodeltester.check(dialog.model)
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Legal name"
    dialog.close()


def test_monthly_chart_ends_at_the_smes_reached_card(qtbot, db, actor):
    _demo(db)
    page = _page(qtbot, make_context(db, actor))
    data: DashboardData = page.data
    assert data.monthly and data.monthly[-1].cumulative == data.figures.smes_reached


@pytest.fixture
def central(tmp_path):  # noqa: ANN201
    database = open_database(tmp_path / "hq.db")
    with database.transaction() as session:
        initialize(session, "HQ")
    yield database
    database.close()


def test_central_office_sees_national_totals_and_each_office(qtbot, central, qtmodeltester):
    _demo(central)
    context = make_context(central, Actor("merkez", "HQ", "staff"))
    page = _page(qtbot, context)
    data = page.data
    assert data.central and data.scope.office is None
    model = page.offices.model_
    qtmodeltester.check(model)
    offices = [model.key(r) for r in range(model.rowCount())]
    assert offices == ["TR19", "TR27", "TR46", "TR55", "TR61", None]
    reached = [int(model.data(model.index(r, 1)).replace(",", "")) for r in range(5)]
    total = data.figures.smes_reached
    assert sum(reached) >= total > 0  # a company reached by two offices counts once in all
    assert model.data(model.index(5, 1)) == format_int(total)
    assert page.offices.isVisibleTo(page)
