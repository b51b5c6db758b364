"""B7: Excel export of 100k companies ≤ 1.3 × raw openpyxl write-only of the same cells.

The raw side writes the same values with the same number formats (dates dd.mm.yyyy, amounts),
from values computed beforehand; the export also reads the rows from the database.
"""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime
from decimal import Decimal

import openpyxl
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from sqlalchemy import insert

from infospot_app.core.models import Company
from infospot_app.core.services import setup
from infospot_app.core.services.companies import companies
from infospot_app.core.services.listing import ListQuery
from infospot_app.core.storage import open_database
from infospot_app.reports.list_columns import company_columns
from infospot_app.reports.list_export import export_list, list_ids, load_rows
from infospot_app.reports.xlsx_export import NUMBER_FORMATS, _plain_value

N = 100_000
WORDS = ["Işık", "Çağlar", "Öztürk", "Şahin", "Yıldız", "Anadolu", "Karadeniz", "Güneş", "Doğan"]
NACE = ["10.71", "25.62", "13.92", "31.01", "22.29"]


def fill(db, n: int) -> None:
    rng = random.Random(7)
    now = datetime.now(UTC)
    rows = []
    for i in range(n):
        values = {
            "legal_name": f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i} San. ve Tic. A.Ş.",
            "short_name": "",
            "tax_id": f"{i:010d}",
            "district": "Merkez",
            "province": "TR-19",
            "address": f"OSB {i % 40}. Cadde No: {i % 300}",
            "phone": "+90 364 225 12 34",
            "email": f"info{i}@firma.com.tr",
            "nace_code": NACE[i % len(NACE)],
            "founding_year": 1980 + i % 45,
            "employees": i % 250,
            "annual_turnover": Decimal(1_000_000 + i * 37),
            "export_share": Decimal(i % 100),
            "size_class": "small",
        }
        rows.append({**values, **companies.derive(values), "id": f"{i:036d}", "office": "TR19",
                     "version": 1, "rev": 1, "created_at": now, "updated_at": now})  # fmt: skip
    with db.transaction() as session:
        session.execute(insert(Company), rows)


def test_b7_excel_export_of_100k_rows(tmp_path, budget) -> None:
    db = open_database(tmp_path / "b7.db")
    with db.transaction() as session:
        setup.initialize(session, "TR19")
    fill(db, N)
    columns = company_columns("tr")
    with db.session() as session:
        ids = list_ids(session, "companies", ListQuery())
        cells = [
            [_plain_value(c.value(row), c.kind) for c in columns]
            for row in load_rows(session, "companies", ids)
        ]
    headers = [c.header("tr") for c in columns]
    # The same cells: a date or an amount carries its number format, as in the export.
    formats = {i: NUMBER_FORMATS[c.kind] for i, c in enumerate(columns) if c.kind in NUMBER_FORMATS}

    start = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Firmalar")
    sheet.append(headers)
    for values in cells:
        for index, number_format in formats.items():
            if values[index] is not None:
                cell = WriteOnlyCell(sheet, value=values[index])
                cell.number_format = number_format
                values[index] = cell
        sheet.append(values)
    book.save(tmp_path / "raw.xlsx")
    raw = time.perf_counter() - start
    del cells

    start = time.perf_counter()
    with db.session() as session:
        count = export_list(session, "companies", ListQuery(), tmp_path / "export.xlsx")
    measured = time.perf_counter() - start
    db.close()

    assert count == N
    exported = openpyxl.load_workbook(tmp_path / "export.xlsx", read_only=True)
    assert sum(1 for _ in exported.active.iter_rows(values_only=True)) == N + 1
    exported.close()
    budget("B7", "Excel export of 100k companies (from the database)", measured, raw, 1.3)
