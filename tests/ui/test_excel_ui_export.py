"""Export to Excel from the list pages: the file holds the rows, search and order on screen."""

from __future__ import annotations

import threading
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from infospot_app.core.services.clusters import clusters
from infospot_app.ui.clusters_page import ClustersPage
from infospot_app.ui.company_list_page import CompanyListPage
from infospot_app.ui.saved_file import dated_name
from tests.ui.conftest import add_company, type_text

NAMES = [
    "Işık Döküm Sanayi A.Ş.",
    "Çorum Işıklı Un Fabrikası",
    "Ilgaz Gıda Ltd.",
    "İskender Makine",
    "ışıl Tekstil",
    "Sungurlu Tuğla",
]


def _page(qtbot, context) -> CompanyListPage:  # noqa: ANN001
    with qtbot.waitSignal(context.tasks.idle, timeout=5000):
        page = CompanyListPage(context)
    qtbot.addWidget(page)
    return page


def _answer_save_dialog(monkeypatch, path: Path, asked: list) -> None:  # noqa: ANN001
    def save(parent, caption, directory, file_filter):  # noqa: ANN001
        asked.append(directory)
        return str(path), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))


def _sheet_rows(path: Path) -> list[tuple]:
    book = load_workbook(path)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return rows


def test_companies_export_holds_the_searched_rows_in_the_order_shown(
    qtbot, context, db, actor, monkeypatch, tmp_path
):
    for n, name in enumerate(NAMES, 1):
        add_company(db, actor, n, name, employees=n * 10)
    page = _page(qtbot, context)
    page.show()
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        type_text(page.search, "ışık")
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    shown = [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]
    assert sorted(shown) == sorted(["Işık Döküm Sanayi A.Ş.", "Çorum Işıklı Un Fabrikası"])
    target, asked = tmp_path / "out" / "firmalar.xlsx", []
    target.parent.mkdir()
    _answer_save_dialog(monkeypatch, target, asked)
    with qtbot.waitSignal(page.export.exported, timeout=10_000) as signal:
        qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == [target, 2]
    assert Path(asked[0]).name == dated_name("Companies")
    rows = _sheet_rows(target)
    assert rows[0][0] == "Legal name"  # headers in the interface language
    assert [r[0] for r in rows[1:]] == shown
    employees = rows[0].index("Employees")
    assert [r[employees] for r in rows[1:]] == [
        NAMES.index(name) * 10 + 10 for name in shown
    ]  # real numbers, not text
    box = page.export.result_box
    assert box is not None and box.isVisible() and "2 rows" in box.text()


def test_cancelled_export_leaves_no_file_and_no_message(qtbot, context, db, actor, tmp_path):
    for n in range(1, 4):
        add_company(db, actor, n, f"Firma {n}")
    page = _page(qtbot, context)
    target = tmp_path / "iptal.xlsx"
    busy = threading.Event()  # hold the database worker so the cancel surely comes first
    context.tasks.run_database(lambda session, job: busy.wait(10))
    job = page.export.export_to(target)
    job.cancel()
    busy.set()
    context.tasks.wait()
    qtbot.waitUntil(lambda: page.export.job is None, timeout=5000)
    assert not target.exists()
    assert not list(tmp_path.glob("*.part"))
    assert page.findChildren(QMessageBox) == []  # cancelling is not an error


def test_clusters_page_exports_through_the_shared_list_page(
    qtbot, context, db, actor, tmp_path, monkeypatch, message_boxes
):
    with db.transaction() as session:
        for name in ("Zeytin Kümesi", "Çorum Makine Kümesi", "Ağaç İşleri Kümesi"):
            clusters.create(
                session,
                actor,
                {"name": name, "nace_divisions": "25", "provinces": "TR-19", "stage": "identified"},
            )
    with qtbot.waitSignal(context.tasks.idle, timeout=5000):
        page = ClustersPage(context)
    qtbot.addWidget(page)
    target = tmp_path / "kumeler.xlsx"
    _answer_save_dialog(monkeypatch, target, [])
    with qtbot.waitSignal(page.export.exported, timeout=10_000):
        page.export.button.click()
    shown = [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]
    assert [r[0] for r in _sheet_rows(target)[1:]] == shown
    assert shown == ["Ağaç İşleri Kümesi", "Çorum Makine Kümesi", "Zeytin Kümesi"]
