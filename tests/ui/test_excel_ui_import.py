"""The member import wizard, driven page by page on a messy, real-looking chamber list."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from infospot_app.core.services.companies import companies
from infospot_app.core.services.listing import ListQuery
from infospot_app.imports.spreadsheet import ENCRYPTED_MARK, OLE_MAGIC
from infospot_app.ui.company_list_page import CompanyListPage
from infospot_app.ui.member_import_checks import DuplicatesPage, PreviewPage, SummaryPage
from infospot_app.ui.member_import_mapping import MappingPage
from infospot_app.ui.member_import_models import OutcomeModel
from infospot_app.ui.member_import_pages import FilePage, SheetPage
from infospot_app.ui.member_import_wizard import MemberImportWizard, ResultPage
from tests.conftest import make_vkn
from tests.ui.conftest import add_company, type_text

HEADERS = ["Sıra", "Firma Unvanı", "Vergi No", "NACE Kodu", "E-posta", "Çalışan Sayısı", "Yetkili"]


def messy_member_list(path: Path) -> None:
    """A chamber's list: a merged title, a date line, an empty line, then the table with
    errors, an empty row in the middle, a repeated tax id and a registered company."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Üyeler"
    sheet.append(["ÇORUM TİCARET VE SANAYİ ODASI ÜYE LİSTESİ"])
    sheet.merge_cells("A1:G1")
    sheet.append(["Tarih: 03.03.2025"])
    sheet.append([])
    sheet.append(HEADERS)
    rows = [
        [1, "Işıklar Makine San. A.Ş. ", make_vkn(101), "25.62", "info@isiklar.com.tr", "45",
         "Ahmet Yılmaz"],
        [2, "Çağlayan Un Ltd.", int(make_vkn(12_345_678)), "10.61", "", "1.250", ""],  # lost its 0s
        [3, "Hatalı Vergi Gıda", "1234567891", "10.71", "", 12, ""],
        [4, "Yanlış Posta Tekstil", make_vkn(104), "13.10", "yok-eposta", 8, ""],
        [None, None, None, None, None, None, None],
        [5, "Işıklar Makine (tekrar)", make_vkn(101), "25.62", "", 50, ""],
        [6, "Kayıtlı Döküm A.Ş.", make_vkn(106), "24.51", "", 90, ""],
        [7, None, make_vkn(107), "25.11", "", 3, ""],
    ]  # fmt: skip
    for row in rows:
        sheet.append(row)
    book.create_sheet("Notlar").append(["Bu sayfa boş sayılır"])
    book.save(path)


def _wizard_from_companies_page(qtbot, context) -> tuple[CompanyListPage, MemberImportWizard]:  # noqa: ANN001
    with qtbot.waitSignal(context.tasks.idle, timeout=5000):
        page = CompanyListPage(context)
    qtbot.addWidget(page)
    page.import_button.click()
    wizard = page.findChild(MemberImportWizard)
    assert wizard is not None
    qtbot.addWidget(wizard)
    return page, wizard


def _next(qtbot, wizard: QWizard, page_type: type) -> object:  # noqa: ANN001
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=10_000)
    wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, page_type)
    return page


def _answer_open(monkeypatch, path: Path) -> None:  # noqa: ANN001
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def _answer_save(monkeypatch, path: Path) -> None:  # noqa: ANN001
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def test_messy_list_shows_refused_rows_then_imports_the_others(
    qtbot, qtmodeltester, context, db, actor, tmp_path, monkeypatch
):
    registered = add_company(db, actor, 106, "Kayıtlı Döküm A.Ş.", employees=40)
    source = tmp_path / "uye listesi.xlsx"
    messy_member_list(source)
    page, wizard = _wizard_from_companies_page(qtbot, context)
    file_page = wizard.currentPage()
    assert isinstance(file_page, FilePage)
    _answer_open(monkeypatch, source)
    file_page.choose.click()

    sheet_page = _next(qtbot, wizard, SheetPage)
    assert sheet_page.sheet.currentText() == "Üyeler"
    assert sheet_page.header.value() == 4  # found under the title, date and empty line
    assert "line 4" in sheet_page.detected.text()
    qtmodeltester.check(sheet_page.model)

    mapping_page = _next(qtbot, wizard, MappingPage)
    model = mapping_page.model
    qtmodeltester.check(model)
    assert model.mapping().columns == {
        1: "legal_name", 2: "tax_id", 3: "nace_code", 4: "email", 5: "employees",
        6: "contact_name",
    }  # fmt: skip
    assert model.missing_required() == []
    # The user maps the legal name elsewhere by mistake: the page says what is missing.
    model.setData(model.index(1, 2), "", Qt.ItemDataRole.EditRole)
    assert not mapping_page.isComplete() and "Legal name" in mapping_page.missing.text()
    model.setData(model.index(1, 2), "legal_name", Qt.ItemDataRole.EditRole)
    assert mapping_page.isComplete()

    preview = _next(qtbot, wizard, PreviewPage)
    qtbot.waitUntil(preview.isComplete, timeout=10_000)
    outcomes = preview.proxy.sourceModel()
    assert isinstance(outcomes, OutcomeModel)
    qtmodeltester.check(outcomes)
    qtmodeltester.check(preview.proxy)
    shown = {
        outcomes.data(outcomes.index(r, 0)): (
            outcomes.data(outcomes.index(r, 1)),
            outcomes.data(outcomes.index(r, 2)),
        )
        for r in range(outcomes.rowCount())
    }
    assert set(shown) == {"5", "6", "7", "8", "10", "11", "12"}  # the empty line 9 is skipped
    assert shown["5"][0] == "New", shown["5"]
    assert shown["6"][0] == "New", shown["6"]
    assert shown["7"][0] == "Refused" and "check digit" in shown["7"][1]
    assert shown["8"][0] == "Refused" and "mail" in shown["8"][1].lower()
    assert shown["10"][0] == "Repeated in the file" and "line 5" in shown["10"][1]
    assert shown["11"][0] == "Skipped"
    assert shown["12"][0] == "Refused"
    refused_row = next(r for r in range(outcomes.rowCount()) if outcomes.outcome(r).line == 7)
    assert outcomes.data(outcomes.index(refused_row, 3), Qt.ItemDataRole.BackgroundRole)
    preview.show_box.setCurrentIndex(preview.show_box.findData("problems"))
    assert preview.proxy.rowCount() == 4

    duplicates = _next(qtbot, wizard, DuplicatesPage)
    assert duplicates.view.model().rowCount() == 1
    duplicates.update_choice.setChecked(True)

    summary = _next(qtbot, wizard, SummaryPage)
    qtbot.waitUntil(summary.isComplete, timeout=10_000)
    counts = {status: label.text() for status, label in summary.counts.items()}
    assert counts == {
        "new": "2", "update": "1", "unchanged": "0", "skipped": "0", "rejected": "3",
        "duplicate": "1",
    }  # fmt: skip
    with qtbot.waitSignal(wizard.imported, timeout=10_000), qtbot.waitSignal(page.model.loaded):
        wizard.next()  # “Import”: one transaction
    result_page = wizard.currentPage()
    assert isinstance(result_page, ResultPage)
    assert result_page.text.text() == ("Companies added: 2 · updated: 1 · contact people added: 1.")
    assert "4 rows were refused" in result_page.refused.text()

    errors = tmp_path / "hatalar.xlsx"
    _answer_save(monkeypatch, errors)
    result_page.save_refused.click()
    qtbot.waitUntil(errors.exists, timeout=10_000)
    book = load_workbook(errors)
    written = list(book.worksheets[0].iter_rows(values_only=True))
    assert [r[0] for r in written[1:]] == [7, 8, 10, 12]
    assert written[1][4] == "Hatalı Vergi Gıda"  # the original cells beside the reasons

    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        type_text(page.search, "ışıklar")
    names = [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]
    assert names == ["Işıklar Makine San. A.Ş."]
    with db.session() as session:
        assert companies.get(session, registered).employees == 90
        assert companies.find_by_tax_id(session, make_vkn(12_345_678)).employees == 1250
        assert companies.list(session, ListQuery()).total == 3


def _file_message(qtbot, context, tmp_path: Path, name: str, content: bytes) -> str:  # noqa: ANN001
    path = tmp_path / name
    path.write_bytes(content)
    wizard = MemberImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.currentPage()
    assert isinstance(page, FilePage)
    page.load(path)
    qtbot.waitUntil(lambda: page.error.isVisibleTo(page), timeout=10_000)
    assert not page.isComplete()
    return page.error.text()


def test_old_excel_file_says_to_save_it_as_xlsx(qtbot, context, tmp_path):
    text = _file_message(qtbot, context, tmp_path, "liste.xls", OLE_MAGIC + bytes(2048))
    assert "old Excel format" in text and "Save As" in text


def test_password_protected_file_says_to_remove_the_password(qtbot, context, tmp_path):
    content = OLE_MAGIC + bytes(512) + ENCRYPTED_MARK + bytes(512)
    text = _file_message(qtbot, context, tmp_path, "sifreli.xlsx", content)
    assert "password" in text and "Encrypt with Password" in text


def test_cancelled_import_saves_nothing_and_can_be_run_again(
    qtbot, context, db, tmp_path, monkeypatch
):
    source = tmp_path / "liste.xlsx"
    messy_member_list(source)
    _page, wizard = _wizard_from_companies_page(qtbot, context)
    _answer_open(monkeypatch, source)
    wizard.currentPage().choose.click()
    for page_type in (SheetPage, MappingPage, PreviewPage):
        _next(qtbot, wizard, page_type)
    summary = _next(qtbot, wizard, SummaryPage)  # nothing registered: no duplicates page
    busy = threading.Event()  # hold the database worker so the cancel surely comes first
    context.tasks.run_database(lambda session, job: busy.wait(10))
    qtbot.waitUntil(summary.isComplete, timeout=10_000)
    wizard.next()
    assert summary.applying and not summary.isComplete()
    summary.job.cancel()
    busy.set()
    qtbot.waitUntil(summary.isComplete, timeout=10_000)
    assert wizard.currentPage() is summary and wizard.state.result is None
    with db.session() as session:
        assert companies.list(session, ListQuery()).total == 0  # rolled back
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next()
    with db.session() as session:
        assert companies.list(session, ListQuery()).total == 3


def test_mapping_saved_to_a_file_is_loaded_back(qtbot, context, tmp_path, monkeypatch):
    source = tmp_path / "liste.xlsx"
    messy_member_list(source)
    _page, wizard = _wizard_from_companies_page(qtbot, context)
    _answer_open(monkeypatch, source)
    wizard.currentPage().choose.click()
    _next(qtbot, wizard, SheetPage)
    mapping_page = _next(qtbot, wizard, MappingPage)
    model = mapping_page.model
    field = model.index(0, 2)
    editor = mapping_page.view.indexWidget(field)  # the combo box shown in the cell
    editor.setCurrentIndex(editor.findData("notes"))
    assert model.mapping().columns[0] == "notes"
    saved = tmp_path / "esleme.json"
    _answer_save(monkeypatch, saved)
    mapping_page.save_button.click()
    assert json.loads(saved.read_text(encoding="utf-8"))["columns"]["sira"] == "notes"
    model.setData(field, "", Qt.ItemDataRole.EditRole)
    assert 0 not in model.mapping().columns
    _answer_open(monkeypatch, saved)
    mapping_page.load_button.click()
    assert mapping_page.model.mapping().columns[0] == "notes"
    assert mapping_page.model.mapping().columns[1] == "legal_name"
