"""Importing a messy chamber member list: header found under a title and a logo, columns
recognised by their Turkish names, each refused row with its reasons, duplicates by tax id,
fixing the list and importing again without duplicates."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.drawing.image import Image
from PIL import Image as PILImage
from sqlalchemy import select

from infospot_app.core.member_import import (
    apply_plan,
    apply_saved,
    find_header_row,
    guess_mapping,
    plan_import,
    recognise,
)
from infospot_app.core.models import AuditEntry, Company, Person
from infospot_app.core.services.companies import companies
from infospot_app.imports.spreadsheet import read_sheet
from tests.conftest import make_vkn

HEADERS = [
    "Sıra No", "FİRMA ÜNVANI ", "Vergi No", "Vergi Dairesi", "NACE Kodu", "Telefon", "E-Posta",
    "Adres", "İlçe", "Çalışan Sayısı", "Yıllık Ciro (TL)", "Kuruluş Tarihi", "Yetkili",
    "Yetkili Telefonu",
]  # fmt: skip
ZERO_VKN = make_vkn(12_345_678)  # "0123456789"; Excel keeps it as the number 123456789
BAD_VKN = make_vkn(3)[:-1] + str((int(make_vkn(3)[-1]) + 1) % 10)


def member_rows() -> list[list[object]]:
    """The list's data rows: every real-world case, one per row (see the assertions)."""
    return [
        [1, "Işık Makina San. ve Tic. A.Ş.  ", int(ZERO_VKN), "Çorum", 25.5, 3642251234,
         "info@isik.com.tr", "OSB 3. Cad. No:5", "Merkez", 45, 12500000.5, date(2005, 3, 15),
         "Ayşe Yılmaz", "0532 111 22 33"],
        [2, "Dere Gıda Ltd. Şti.", make_vkn(2), "Hitit", "10.71", "0364 222 33 44", "",
         "Sanayi Sitesi", "Sungurlu", "25 ", "1.250.000,50", "01.02.2010", "", ""],
        [3, "Hatalı Vergi A.Ş.", BAD_VKN, "", "", "", "", "", "", "", "", "", "", ""],
        [4, "Bozuk Posta Ltd.", make_vkn(4), "", "", "", "bilgi@@bozuk", "", "", "", "", "",
         "", ""],
        [5, "Olmayan Sektör A.Ş.", make_vkn(5), "", "99.99", "", "", "", "", "", "", "", "", ""],
        [6, "   ", make_vkn(6), "", "", "", "", "", "", "", "", "", "", ""],
        [None] * 14,
        [8, "Işık Makina (tekrar)", ZERO_VKN, "", "", "", "", "", "", "", "", "", "", ""],
        [9, "Formül Metal A.Ş.", make_vkn(9), "", "", "", "", "", "", "=10+5", "1.250.000", "",
         "Mehmet Demir", ""],
    ]  # fmt: skip


def write_member_list(path: Path, rows: list[list[object]] | None = None) -> Path:
    """A realistic list: a merged title, a date line, a logo, then the header on line 4."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Üyeler"
    sheet.append(["ÇORUM TİCARET VE SANAYİ ODASI ÜYE LİSTESİ"])
    sheet.merge_cells("A1:N1")
    sheet.append(["Liste tarihi: 01.03.2026"])
    sheet.append([])
    sheet.append(HEADERS)
    for row in member_rows() if rows is None else rows:
        sheet.append(row)
    logo = io.BytesIO()
    PILImage.new("RGB", (40, 20), (200, 30, 30)).save(logo, format="PNG")
    sheet.add_image(Image(logo), "M1")
    book.create_sheet("Notlar").append(["Bu sayfa boş bırakıldı"])
    book.save(path)
    return with_cached_formula_values(path, {"=10+5": "15"})


def with_cached_formula_values(path: Path, values: dict[str, str]) -> Path:
    """Give formulas the cached value Excel would have stored (openpyxl writes none)."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for formula, value in values.items():
        body = re.escape(formula[1:])
        xml = re.sub(rf"<f>{body}</f><v\s*/?>(</v>)?", f"<f>{formula[1:]}</f><v>{value}</v>", xml)
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def plan_for(db, actor, path: Path, on_duplicate: str = "skip"):
    table = read_sheet(path)
    with db.session() as session:
        return plan_import(session, actor, table.rows, guess_mapping(table.rows), on_duplicate)


def by_line(plan) -> dict[int, object]:
    return {o.line: o for o in plan.outcomes}


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Firma Unvanı", "legal_name"), ("FİRMA ADI", "legal_name"), ("Vergi No", "tax_id"),
        ("VKN", "tax_id"), ("VKN/TCKN", "tax_id"), ("Vergi Dairesi", "tax_office"),
        ("NACE Kodu", "nace_code"), ("Faaliyet Kodu", "nace_code"), ("TELEFON", "phone"),
        ("E-posta", "email"), ("e-mail", "email"), ("Adres", "address"), ("İLÇE", "district"),
        ("Çalışan Sayısı", "employees"), ("Çalışan Sayısı (2025)", "employees"),
        ("Yetkili", "contact_name"), ("Yetkili Telefonu", "contact_phone"),
        ("Company name", "legal_name"), ("Tax office", "tax_office"), ("Sıra No", None),
    ],
)  # fmt: skip
def test_headers_are_recognised_in_turkish_and_english(header: str, field: str | None) -> None:
    assert recognise(header) == field


def test_header_row_is_found_under_title_date_and_logo(tmp_path: Path) -> None:
    table = read_sheet(write_member_list(tmp_path / "uyeler.xlsx"))
    assert table.sheet_names == ["Üyeler", "Notlar"]
    assert find_header_row(table.rows) == 3
    mapping = guess_mapping(table.rows)
    assert mapping.columns[1] == "legal_name" and mapping.columns[2] == "tax_id"
    assert 0 not in mapping.columns  # "Sıra No" is nobody's field


def test_each_row_gets_its_outcome_and_reasons(db, actor, tmp_path: Path) -> None:
    plan = plan_for(db, actor, write_member_list(tmp_path / "uyeler.xlsx"))
    rows = by_line(plan)
    assert sorted(rows) == [5, 6, 7, 8, 9, 10, 12, 13]  # line 11 is empty and skipped
    assert rows[5].status == "new" and rows[5].values["tax_id"] == ZERO_VKN
    assert rows[5].values["legal_name"] == "Işık Makina San. ve Tic. A.Ş."
    assert rows[5].values["nace_code"] == "25.50"
    assert rows[5].values["phone"] == "+90 364 225 12 34"
    assert rows[5].values["founding_year"] == 2005
    assert rows[5].contact["full_name"] == "Ayşe Yılmaz"
    assert rows[6].status == "new"
    assert rows[6].values["annual_turnover"] == Decimal("1250000.50")
    assert rows[6].values["employees"] == 25 and rows[6].values["founding_year"] == 2010
    assert rows[6].contact is None
    assert rows[7].status == "rejected" and "kontrol hanesi" in rows[7].reasons()[0]
    assert rows[8].status == "rejected" and "E-posta" in rows[8].reasons()[0]
    assert rows[9].status == "rejected" and "NACE" in rows[9].reasons()[0]
    assert rows[10].status == "rejected" and "Firma unvanı zorunludur" in rows[10].reasons()[0]
    assert rows[12].status == "duplicate" and "5." in rows[12].reasons()[0]
    assert "line 5" in rows[12].reasons("en")[0]
    assert rows[13].status == "new" and rows[13].values["employees"] == 15  # cached value
    assert rows[13].values["annual_turnover"] == Decimal(1250000)
    assert plan.counts() == {
        "new": 3, "update": 0, "unchanged": 0, "skipped": 0, "rejected": 4, "duplicate": 1,
    }  # fmt: skip


def test_dry_run_changes_nothing_and_apply_matches_it(db, actor, tmp_path: Path) -> None:
    path = write_member_list(tmp_path / "uyeler.xlsx")
    plan = plan_for(db, actor, path)
    with db.session() as session:
        assert session.scalars(select(Company)).all() == []
    table = read_sheet(path)
    with db.transaction() as session:
        again = plan_import(session, actor, table.rows, guess_mapping(table.rows))
        assert again.summary() == plan.summary()
        result = apply_plan(session, actor, again)
    assert len(result.created) == 3 and result.contacts_added == 2
    with db.session() as session:
        isik = companies.find_by_tax_id(session, ZERO_VKN)
        assert isik.version == 1 and isik.rev > 0 and isik.province == "TR-19"
        assert isik.size_class is not None
        contact = session.scalar(select(Person).where(Person.company_id == isik.id))
        assert contact.full_name == "Ayşe Yılmaz" and contact.phone == "+90 532 111 22 33"
        audited = session.scalars(select(AuditEntry.row_id).where(AuditEntry.row_id == isik.id))
        assert list(audited) == [isik.id]


def test_fixed_list_imports_again_without_duplicates(db, actor, tmp_path: Path) -> None:
    first = write_member_list(tmp_path / "uyeler.xlsx")
    table = read_sheet(first)
    with db.transaction() as session:
        apply_plan(session, actor, plan_import(session, actor, table.rows,
                                               guess_mapping(table.rows)))  # fmt: skip
    fixed = member_rows()
    fixed[2][2] = make_vkn(3)  # the right tax id
    fixed[3][6] = "bilgi@bozuk.com.tr"
    fixed[4][4] = "25.62"
    fixed[5][1] = "Adsız Değil Ltd."
    fixed[7][2] = make_vkn(8)
    second = write_member_list(tmp_path / "uyeler-duzeltilmis.xlsx", fixed)
    plan = plan_for(db, actor, second)
    assert plan.counts()["skipped"] == 3 and plan.counts()["new"] == 5
    assert plan.refused() == []
    table = read_sheet(second)
    with db.transaction() as session:
        apply_plan(session, actor, plan_import(session, actor, table.rows,
                                               guess_mapping(table.rows)))  # fmt: skip
    with db.session() as session:
        tax_ids = list(session.scalars(select(Company.tax_id).where(Company.deleted_at.is_(None))))
        people_count = len(session.scalars(select(Person)).all())
    assert len(tax_ids) == len(set(tax_ids)) == 8
    assert people_count == 2


def test_update_fills_in_what_the_list_adds(db, actor, tmp_path: Path) -> None:
    with db.transaction() as session:
        companies.create(session, actor, {"legal_name": "Dere Gıda", "tax_id": make_vkn(2)})
    plan = plan_for(db, actor, write_member_list(tmp_path / "uyeler.xlsx"), "update")
    row = by_line(plan)[6]
    assert row.status == "update" and row.values["employees"] == 25
    assert row.values["legal_name"] == "Dere Gıda Ltd. Şti."
    table = read_sheet(tmp_path / "uyeler.xlsx")
    with db.transaction() as session:
        apply_plan(session, actor, plan_import(session, actor, table.rows,
                                               guess_mapping(table.rows), "update"))  # fmt: skip
    with db.session() as session:
        dere = companies.find_by_tax_id(session, make_vkn(2))
    assert dere.version == 2 and dere.employees == 25 and dere.district == "Sungurlu"
    again = plan_for(db, actor, tmp_path / "uyeler.xlsx", "update")
    assert by_line(again)[6].status == "unchanged"


def test_saved_mapping_follows_moved_columns(tmp_path: Path) -> None:
    rows = [("Vergi No", "Unvan", "Yetkili Kişi Adı"), ("1", "A", "B")]
    mapping = apply_saved(rows, {"yetkili kisi adi": "contact_name", "vergi no": "tax_id"})
    assert mapping.columns == {0: "tax_id", 1: "legal_name", 2: "contact_name"}
    assert mapping.by_header(rows[0]) == {
        "vergi no": "tax_id", "unvan": "legal_name", "yetkili kisi adi": "contact_name",
    }  # fmt: skip
