"""Everything about a person, exported to xlsx and PDF and read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from infospot_app.core.services.people import consents, people
from infospot_app.reports.person_export import write_person_pdf, write_person_xlsx
from infospot_app.ui.person_page import PersonPage, everything_with_company
from tests.ui.conftest import add_company


@pytest.fixture
def person(db, actor) -> str:  # noqa: ANN001
    company = add_company(db, actor, 3, "Şimşek Gıda A.Ş.")
    with db.transaction() as session:
        row = people.create(
            session,
            actor,
            {"full_name": "Gülşen Çağlayan", "company_id": company, "gender": "female",
             "position": "=HYPERLINK(\"http://x\")", "email": "gulsen@simsek.com.tr"},
        )  # fmt: skip
        consents.create(
            session,
            actor,
            {"person_id": row.id, "purpose": "ministry_sharing", "notice_version": "2025/1",
             "given_on": date(2026, 2, 3), "method": "paper_form", "recorded_by": "ayse"},
        )  # fmt: skip
    return row.id


def _values(sheet) -> list[list[object]]:  # noqa: ANN001
    return [list(r) for r in sheet.iter_rows(values_only=True)]


def test_xlsx_has_a_sheet_per_section_and_neutral_text(db, person, tmp_path):
    with db.session() as session:
        data = everything_with_company(session, person)
    path = write_person_xlsx(tmp_path / "kişi.xlsx", data, "tr")
    book = load_workbook(path)
    assert book.sheetnames == [
        "Kişi", "Onaylar", "Görüşülen ziyaretler", "Eğitim kayıtları", "Katılım",
        "Katılım belgeleri", "Değişiklik kaydı",
    ]  # fmt: skip
    fields = dict(_values(book["Kişi"])[1:])
    assert fields["Ad soyad"] == "Gülşen Çağlayan"
    assert fields["Firma"] == "Şimşek Gıda A.Ş."
    assert fields["Cinsiyet"] == "Kadın"
    assert fields["Görevi"] == '=HYPERLINK("http://x")'
    position_cell = next(r[1] for r in book["Kişi"].iter_rows() if r[0].value == "Görevi")
    assert position_cell.data_type == "s"  # text, never a formula
    header, *rows = _values(book["Onaylar"])
    consent = dict(zip(header, rows[0], strict=True))
    assert consent["Amaç"] == "Bakanlıkla paylaşım"
    assert consent["Onay tarihi"] == "03.02.2026"
    assert consent["Yöntem"] == "Kâğıt form"
    header, *rows = _values(book["Değişiklik kaydı"])
    assert [dict(zip(header, r, strict=True))["İşlem"] for r in rows] == ["oluşturuldu"]


def test_english_headers(db, person, tmp_path):
    with db.session() as session:
        data = everything_with_company(session, person)
    book = load_workbook(write_person_xlsx(tmp_path / "person.xlsx", data, "en"))
    assert book.sheetnames[:2] == ["Person", "Consents"]
    assert _values(book["Consents"])[0][:3] == [
        "Person record",
        "Purpose",
        "Information notice version",
    ]


def test_pdf_reads_back_with_turkish_letters(db, person, tmp_path):
    with db.session() as session:
        data = everything_with_company(session, person)
    path = write_person_pdf(tmp_path / "kişi.pdf", data, "tr")
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    for expected in ("Kişi hakkında tutulan tüm veriler", "Gülşen Çağlayan", "Şimşek Gıda",
                     "Bakanlıkla paylaşım", "03.02.2026", "Değişiklik kaydı"):  # fmt: skip
        assert expected in text
    assert not list(tmp_path.glob("*.part"))


def test_export_asks_for_a_file_and_writes_it_off_the_gui_thread(
    qtbot, context, person, tmp_path, monkeypatch
):
    target = tmp_path / "Gülşen"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF document (*.pdf)")
    )
    page = PersonPage(context, person)
    qtbot.addWidget(page)
    page.choose_and_export()
    qtbot.waitUntil(lambda: hasattr(page, "saved_box"), timeout=10000)
    written = Path(str(target) + ".pdf")
    assert page.saved_box.informativeText() == str(written)
    text = PdfReader(written).pages[0].extract_text()
    assert "Gülşen Çağlayan" in text


def test_export_after_erasure_holds_no_personal_data(qtbot, context, db, actor, person, tmp_path):
    with db.transaction() as session:
        people.erase(session, actor, person)
    page = PersonPage(context, person)
    qtbot.addWidget(page)
    assert page.export_button.isEnabled()
    page.export_to(tmp_path / "erased.xlsx")
    qtbot.waitUntil(lambda: hasattr(page, "saved_box"), timeout=10000)
    fields = dict(_values(load_workbook(tmp_path / "erased.xlsx")["Person"])[1:])
    assert fields["Full name"] == "(silindi)"
    assert fields["E-mail"] is None
    assert fields["Personal data erased"]
