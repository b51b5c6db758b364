"""Certificates and documents from the training page: issue for selected participants,
reissue keeping the number, revoke with a reason, one file per person, printing through a
QPrinter (to a PDF file here, no dialog), sign-in sheet and attendance list read back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pypdf
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from infospot_app.core.services import certificates as certs
from infospot_app.core.services.people import people
from infospot_app.ui.pdf_printing import printer_for
from tests.ui.training_helpers import make_training, open_page, settle

NAMES = ["Şule Güçlü", "İlker Öğüt", "Çağan Işıkçı"]


def _everyone_present(qtbot, page, context) -> None:  # noqa: ANN001
    model = page.attendance.model
    for position in range(model.sessions):
        model.everyone_present(position)
    settle(qtbot, context)
    page.reload()
    settle(qtbot, context)


def _select(tab, rows: list[int]) -> None:  # noqa: ANN001
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    tab.table.clearSelection()
    for row in rows:
        tab.table.selectionModel().select(tab.model.index(row, 0), flags)


def _write(qtbot, context, start) -> list[Path]:  # noqa: ANN001
    written: list[list[Path]] = []
    start(written.append)
    settle(qtbot, context)
    assert len(written) == 1
    return written[0]


def test_issue_selected_then_reissue_keeps_number_and_revoke_shows_reason(
    qtbot, context, db, actor, message_boxes
):
    training_id = make_training(db, actor, NAMES)
    page = open_page(qtbot, context, training_id)
    tab = page.certificates
    assert tab.model.data(tab.model.index(0, 5)) == "Attendance too low"
    tab.issue([tab.model.key(0)])  # not eligible: refused with the name and what to do
    settle(qtbot, context)
    refusal = tab.findChildren(QMessageBox)[-1].text()
    assert "Attendance too low for a certificate: Çağan Işıkçı" in refusal
    _everyone_present(qtbot, page, context)
    _select(tab, [1])
    tab.issue(tab.selected())
    settle(qtbot, context)
    first = tab.model.data(tab.model.index(1, 3))
    assert first.endswith("-00001") and tab.model.data(tab.model.index(1, 5)) == "Valid"
    with db.transaction() as session:  # the name was misspelt; corrected afterwards
        person = people.get(session, tab.grid.rows[1].person_id)
        people.update(session, actor, person.id, {"full_name": "İlker Öğütçü"})
    with db.session() as session:
        before = certs.of_training(session, training_id)[0].verification_code
    tab.reissue_selected()
    settle(qtbot, context)
    with db.session() as session:
        (after,) = certs.of_training(session, training_id)
    assert after.number == first and after.verification_code != before
    tab.revoke(after.id, "Yanlış kişiye düzenlendi")
    settle(qtbot, context)
    assert tab.model.data(tab.model.index(1, 5)) == "Revoked: Yanlış kişiye düzenlendi"
    tab.issue(None)  # everyone eligible: the revoked number is never given again
    settle(qtbot, context)
    with db.session() as session:
        numbers = sorted(c.number for c in certs.of_training(session, training_id))
    assert first not in numbers and len(numbers) == 3
    assert "3 certificates" in tab.count.text()


def test_pdfs_one_file_per_person_printing_and_preview(
    qtbot, context, db, actor, tmp_path: Path, monkeypatch
):
    page = open_page(qtbot, context, make_training(db, actor, NAMES))
    _everyone_present(qtbot, page, context)
    tab = page.certificates
    tab.issue(None)
    settle(qtbot, context)
    tab.language.setCurrentIndex(tab.language.findData("en"))
    files = _write(
        qtbot, context, lambda then: tab.write_pdf(tmp_path / "each", then, separate=True)
    )
    assert sorted(p.name.split(" ", 1)[1] for p in files) == sorted(f"{n}.pdf" for n in NAMES)
    english = pypdf.PdfReader(files[0]).pages[0].extract_text()
    assert "Certificate" in english or "CERTIFICATE" in english

    # Printing: the printer the dialog would start from, sent to a PDF file instead of paper.
    _select(tab, [0, 2])
    (chosen,) = _write(qtbot, context, lambda then: tab.write_pdf(tmp_path / "two.pdf", then))
    assert len(pypdf.PdfReader(chosen).pages) == 2
    printer = printer_for(chosen)
    assert printer.pageLayout().orientation().name == "Landscape"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    sent: list[int] = []
    page.documents.send_to_printer(chosen, printer, sent.append)
    settle(qtbot, context)
    printed = pypdf.PdfReader(tmp_path / "printed.pdf")
    assert sent == [2] and len(printed.pages) == 2
    box = printed.pages[0].mediabox
    assert box.width > box.height  # landscape A4, as drawn

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    tab.table.clearSelection()
    tab.open_pdf()
    settle(qtbot, context)
    assert len(opened) == 1 and len(pypdf.PdfReader(opened[0]).pages) == 3


def test_signin_sheet_and_attendance_list(qtbot, context, db, actor, tmp_path: Path):
    page = open_page(qtbot, context, make_training(db, actor, NAMES))
    session_id = page.sessions.current_id()
    (sheet,) = _write(
        qtbot,
        context,
        lambda then: page.documents.signin_sheet(session_id, tmp_path / "s.pdf", then),
    )
    text = pypdf.PdfReader(sheet).pages[0].extract_text()
    for name in NAMES:
        assert name in text
    assert "02.03.2026" in text
    page.attendance.model.everyone_present(0)
    settle(qtbot, context)
    (sheet,) = _write(
        qtbot, context, lambda then: page.documents.attendance_list(tmp_path / "a.xlsx", then)
    )
    rows = list(openpyxl.load_workbook(sheet, read_only=True).active.iter_rows(values_only=True))
    names = [row[0] for row in rows if row and row[0] in NAMES]
    assert sorted(names) == sorted(NAMES)
