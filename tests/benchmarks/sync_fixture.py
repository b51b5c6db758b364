"""An office database with N companies written straight to SQLite, for the sync benchmarks."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from stdnum.tr import vkn

from infospot_app.core.storage import OpenDatabase


def company_rows(count: int, columns: list[str]) -> list[tuple]:
    """``count`` valid company rows of office TR19, as tuples in ``columns`` order."""
    rows = []
    for n in range(count):
        base = f"{n + 1:09d}"
        values = {c: None for c in columns}
        values.update(
            id=str(uuid.UUID(int=n + 1, version=4)),
            office="TR19",
            version=1,
            rev=1,
            created_at="2026-03-01 10:00:00.000000",
            updated_at="2026-03-01 10:00:00.000000",
            created_by="ayse",
            updated_by="ayse",
            legal_name=f"Firma {n} Gıda San. ve Tic. A.Ş.",
            short_name=f"F{n}",
            tax_id=base + vkn.calc_check_digit(base),
            tax_office="Çorum",
            province="TR-19",
            district="Merkez",
            address="Gazi Cad. No 5",
            email=f"info{n}@firma.com.tr",
            nace_code="10.71",
            founding_year=1990,
            employees=12,
            annual_turnover=1234567.0,
            export_share=12.5,
            size_class="small",
            notes="",
            search_key=f"firma {n} gida",
            sort_key=f"firma {n}",
        )
        rows.append(tuple(values[c] for c in columns))
    return rows


def insert_companies(path: Path, rows: list[tuple], columns: list[str]) -> None:
    """The raw baseline: one executemany of ``rows`` into the companies table."""
    with sqlite3.connect(path) as connection:
        marks = ",".join("?" * len(columns))
        connection.executemany(
            f"INSERT INTO companies ({','.join(columns)}) VALUES ({marks})", rows
        )


def company_columns(db: OpenDatabase) -> list[str]:
    with sqlite3.connect(db.path) as connection:
        return [r[1] for r in connection.execute("PRAGMA table_info(companies)")]
