"""Excel export of lists: real types, the formula guard, styled header, filters and order honoured."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from infospot_app.cli import main
from infospot_app.core.services.companies import companies
from infospot_app.core.services.listing import ListQuery
from infospot_app.core.services.people import people
from infospot_app.reports.list_export import export_list
from infospot_app.reports.xlsx_export import Column, ExportCancelled, export_rows
from tests.conftest import make_vkn

COLUMNS = [
    Column("name", "Ad", "Name", lambda r: r["name"]),
    Column("count", "Sayı", "Count", lambda r: r["count"], "int"),
    Column("hours", "Saat", "Hours", lambda r: r["hours"], "decimal"),
    Column("day", "Tarih", "Date", lambda r: r["day"], "date"),
    Column("share", "Pay", "Share", lambda r: r["share"], "percent"),
    Column("amount", "Tutar", "Amount", lambda r: r["amount"], "money"),
]


def row(name: object, count: int | None = 1, **extra: object) -> dict[str, object]:
    values = {"name": name, "count": count, "hours": Decimal("2.5"), "day": date(2026, 3, 9)}
    return {**values, "share": Decimal("12.5"), "amount": Decimal("1250000.50"), **extra}


def read(path: Path):
    return openpyxl.load_workbook(path).active


def test_values_are_real_numbers_and_dates_shown_day_first(tmp_path: Path) -> None:
    path = tmp_path / "liste.xlsx"
    assert export_rows(path, COLUMNS, [row("Işık Makina", 7)], title="Firmalar") == 1
    sheet = read(path)
    assert sheet.title == "Firmalar"
    assert [c.value for c in sheet[1]] == ["Ad", "Sayı", "Saat", "Tarih", "Pay", "Tutar"]
    name, count, hours, day, share, amount = sheet[2]
    assert name.value == "Işık Makina" and name.data_type == "s"
    assert count.value == 7 and count.data_type == "n"
    assert hours.value == 2.5 and hours.data_type == "n"
    assert day.value == datetime(2026, 3, 9) and day.number_format == "DD.MM.YYYY"
    assert share.value == 0.125 and share.number_format == "0.0%"
    assert amount.value == 1250000.5 and amount.number_format == "#,##0.00"


def test_header_is_styled_frozen_and_filtered_in_the_interface_language(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    export_rows(path, COLUMNS, [row("a"), row("b"), row("c")], title="Companies", lang="en")
    sheet = read(path)
    assert [c.value for c in sheet[1]] == ["Name", "Count", "Hours", "Date", "Share", "Amount"]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:F4"
    assert sheet.column_dimensions["A"].width >= len("Name")
    assert sheet.column_dimensions["D"].width >= 10  # a whole dd.mm.yyyy date fits


@pytest.mark.parametrize("text", ["=1+2", "+90 532 111 22 33", "-2+3", "@SUM(A1:A2)", "#N/A"])
def test_text_that_looks_like_a_formula_is_written_as_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "guard.xlsx"
    export_rows(path, COLUMNS, [row(text)], title="x")
    cell = read(path)["A2"]
    assert cell.value == text
    assert cell.data_type == "s"
    assert cell.quotePrefix


def test_a_negative_number_stays_a_number(tmp_path: Path) -> None:
    path = tmp_path / "neg.xlsx"
    export_rows(path, COLUMNS, [row("x", -5)], title="x")
    cell = read(path)["B2"]
    assert cell.value == -5 and cell.data_type == "n"


def test_empty_values_leave_cells_empty_and_control_characters_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    export_rows(path, COLUMNS, [row("bell\x07 ok", None, day=None, amount=None)], title="x")
    sheet = read(path)
    assert sheet["A2"].value == "bell ok"
    assert sheet["B2"].value is None and sheet["D2"].value is None and sheet["F2"].value is None


def test_cancelled_export_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    seen: list[tuple[int, int]] = []
    with pytest.raises(ExportCancelled):
        export_rows(
            path,
            COLUMNS,
            (row(f"r{i}") for i in range(5000)),
            title="x",
            total=5000,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: len(seen) >= 2,
        )
    assert seen == [(1000, 5000), (2000, 5000)]
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_the_total(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_rows(
        tmp_path / "p.xlsx",
        COLUMNS,
        (row(f"r{i}") for i in range(2500)),
        title="x",
        total=2500,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(1000, 2500), (2000, 2500), (2500, 2500)]


def add_company(db, actor, name: str, n: int, **extra: object) -> str:
    with db.transaction() as session:
        return companies.create(
            session, actor, {"legal_name": name, "tax_id": make_vkn(n), **extra}
        ).id


def test_company_export_has_the_rows_filters_and_order_of_the_list(db, actor, tmp_path) -> None:
    add_company(db, actor, "Çorum Un", 1, province="19", employees=12, export_share="20")
    add_company(db, actor, "Cide Ahşap", 2, province="19", annual_turnover="1.250.000,50")
    add_company(db, actor, "Ilgaz Süt", 3, province="19")
    add_company(db, actor, "İnci Tekstil", 4, province="55")
    query = ListQuery(filters={"province": "TR-19"}, sort="name", descending=True, limit=2)
    path = tmp_path / "firmalar.xlsx"
    with db.session() as session:
        shown = [
            c.legal_name
            for c in companies.list(session, ListQuery(**{**query.__dict__, "limit": None})).rows
        ]
        assert export_list(session, "companies", query, path) == 3
    sheet = read(path)
    assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == shown
    assert shown == ["Ilgaz Süt", "Çorum Un", "Cide Ahşap"]
    header = [c.value for c in sheet[1]]
    by_name = {
        r[0]: dict(zip(header, r, strict=True))
        for r in sheet.iter_rows(min_row=2, values_only=True)
    }
    assert by_name["Çorum Un"]["Çalışan"] == 12
    assert by_name["Çorum Un"]["İhracat payı"] == pytest.approx(0.2)
    assert by_name["Cide Ahşap"]["Yıllık ciro (TL)"] == pytest.approx(1250000.5)
    assert by_name["Çorum Un"]["Vergi no"] == make_vkn(1)
    assert by_name["Çorum Un"]["İl"] == "Çorum"


def test_search_is_honoured_the_turkish_way(db, actor, tmp_path) -> None:
    company = add_company(db, actor, "IŞIK MAKİNA", 1)
    add_company(db, actor, "Dere Gıda", 2)
    with db.transaction() as session:
        people.create(
            session,
            actor,
            {
                "full_name": "Ayşe Işık",
                "company_id": company,
                "gender": "female",
                "position": '=HYPERLINK("x")',
            },
        )
    path = tmp_path / "p.xlsx"
    with db.session() as session:
        assert export_list(session, "companies", ListQuery(search="ışık"), path) == 1
        assert read(path)["A2"].value == "IŞIK MAKİNA"
        assert export_list(session, "people", ListQuery(), path, lang="en") == 1
    sheet = read(path)
    assert [c.value for c in sheet[2]][:2] == ["Ayşe Işık", "IŞIK MAKİNA"]
    assert sheet["F2"].value == "Female"
    assert sheet["C2"].value == '=HYPERLINK("x")' and sheet["C2"].data_type == "s"


def test_cli_export_list(db, actor, tmp_path, capsys) -> None:
    add_company(db, actor, "Çorum Un", 1, province="19")
    add_company(db, actor, "Samsun Gıda", 2, province="55")
    db.close()
    path = tmp_path / "out.xlsx"
    db_file = str(db.path)
    assert (
        main(
            [
                "--db",
                db_file,
                "export-list",
                "companies",
                "--xlsx",
                str(path),
                "--filter",
                "province=TR-55",
                "--json",
            ]
        )
        == 0
    )
    assert '"rows": 1' in capsys.readouterr().out
    assert read(path)["A2"].value == "Samsun Gıda"
