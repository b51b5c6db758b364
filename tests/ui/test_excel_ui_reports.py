"""The Reports page on demo data: its workbook's summary equals ``compute()``, the page shows the
same figures, and its list buttons export whole lists."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from infospot_app.core.demo import fill_demo
from infospot_app.core.indicators import Scope, compute
from infospot_app.core.services.actor import Actor
from infospot_app.core.services.setup import initialize
from infospot_app.core.services.visits import visits
from infospot_app.core.storage import open_database
from infospot_app.reports.indicator_summary import LINES, indicator_value
from infospot_app.ui import pages
from infospot_app.ui.member_import_wizard import MemberImportWizard
from infospot_app.ui.reports_page import ReportsPage, figure_text
from infospot_app.ui.unavailable_page import UnavailablePage
from tests.ui.conftest import make_context

SKIPPED = {"men_participants"}  # counted by the workbook itself, not by compute()


def _page(qtbot, context) -> ReportsPage:  # noqa: ANN001
    page = ReportsPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.figures is not None, timeout=30_000)
    return page


def _summary(path: Path) -> dict[str, tuple]:
    book = load_workbook(path, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    assert rows[0][:4] == ("Indicator", "Code", "TR19 value", "TR19 target")
    return {row[1]: row[2:4] for row in rows[1:]}


def test_reports_page_workbook_summary_equals_compute(qtbot, context, db, tmp_path, monkeypatch):
    with db.transaction() as session:
        fill_demo(session, seed=5, companies=40, user="ayse")
    page = _page(qtbot, context)
    page.period.choose("this_year")
    qtbot.waitUntil(
        lambda: page.figures.scope.start == date(date.today().year, 1, 1), timeout=30_000
    )
    target = tmp_path / "gosterge.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    with qtbot.waitSignal(page.workbook_written, timeout=60_000) as written:
        page.write_button.click()
    scope = Scope(date(date.today().year, 1, 1), date.today(), "TR19")
    assert written.args[1].scope == scope
    with db.session() as session:
        expected = compute(session, scope)
    summary = _summary(target)
    checked = 0
    for line in LINES:
        if line.key in SKIPPED:
            continue
        value = indicator_value(expected, line.key)
        written_value = summary[line.key][0]
        if value is None:
            assert written_value is None, line.key
        else:
            assert written_value == pytest.approx(float(value)), line.key
        checked += 1
    assert checked == len(LINES) - len(SKIPPED)
    assert expected.smes_reached > 0 and expected.visits > 0  # the demo made real numbers
    shown = {
        page.summary.data(page.summary.index(r, 0)): page.summary.data(page.summary.index(r, 1))
        for r in range(page.summary.rowCount())
    }
    assert shown["SMEs reached"] == figure_text(expected.smes_reached, "int")
    assert shown["Company visits"] == figure_text(expected.visits, "int")


def test_reports_page_exports_a_whole_list_and_is_registered(
    qtbot, qtmodeltester, context, db, tmp_path, monkeypatch
):
    with db.transaction() as session:
        fill_demo(session, seed=2, companies=15, user="ayse")
    registered = next(p for p in pages.default_pages() if p.key == "reports")
    built = registered.factory(context, None)
    qtbot.addWidget(built)
    assert isinstance(built, ReportsPage) and not isinstance(built, UnavailablePage)
    qtbot.waitUntil(lambda: built.figures is not None, timeout=30_000)
    qtmodeltester.check(built.summary)
    built.import_button.click()  # the member import is reachable from here too
    wizard = built.findChild(MemberImportWizard)
    assert wizard is not None and wizard.isVisible()
    qtbot.addWidget(wizard)
    target = tmp_path / "ziyaretler.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    with qtbot.waitSignal(built.exporters["visits"].exported, timeout=30_000) as done:
        built.list_buttons["visits"].click()
    with db.session() as session:
        expected = len(visits.ids(session))
    assert done.args[1] == expected > 0
    book = load_workbook(target, read_only=True)
    assert sum(1 for _ in book.worksheets[0].iter_rows()) == expected + 1
    book.close()


@pytest.fixture
def central(tmp_path):  # noqa: ANN201
    database = open_database(tmp_path / "hq.db")
    with database.transaction() as session:
        initialize(session, "HQ")
    yield database
    database.close()


def test_central_office_reports_nationally_or_for_one_office(qtbot, central, tmp_path, monkeypatch):
    with central.transaction() as session:
        fill_demo(session, seed=4, companies=8, user="merkez")
    page = _page(qtbot, make_context(central, Actor("merkez", "HQ", "staff")))
    offices = [page.office.itemData(i) for i in range(page.office.count())]
    assert offices == [None, "TR19", "TR27", "TR46", "TR55", "TR61"]
    assert page.office.isEnabled() and page.figures.scope.office is None
    target = tmp_path / "ulusal.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    with qtbot.waitSignal(page.workbook_written, timeout=60_000):
        page.write_button.click()
    book = load_workbook(target, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    assert rows[0][2::2] == ("TR19 value", "TR27 value", "TR46 value", "TR55 value",
                             "TR61 value", "TOPLAM value")  # fmt: skip
    with central.session() as session:
        national = compute(session, Scope())
        tr27 = compute(session, Scope(office="TR27"))
    by_code = {row[1]: row for row in rows[1:]}
    assert by_code["smes_reached"][-2] == national.smes_reached > 0
    assert by_code["smes_reached"][4] == tr27.smes_reached
    with qtbot.waitSignal(page.summary.modelReset, timeout=30_000):
        page.office.setCurrentIndex(page.office.findData("TR27"))
    assert page.figures.scope.office == "TR27"
    assert page.summary.data(page.summary.index(0, 1)) == figure_text(tr27.smes_reached, "int")
