"""An office database with N companies written straight to SQLite, for the sync benchmarks."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from stdnum.tr import vkn

from infospot_app.core.reference.nace import nace_entries
from infospot_app.core.services.companies import companies
from infospot_app.core.storage import OpenDatabase


def _nace_classes() -> list[str]:
    return [e.code for e in nace_entries() if len(e.code) == 5][:400]


def company_rows(count: int, columns: list[str]) -> list[tuple]:
    """``count`` valid company rows of office TR19, as tuples in ``columns`` order.

    As varied as real ones where it matters to the import: every timestamp differs (with
    microseconds), a few hundred NACE classes, several districts and size classes. The search
    and sort keys are the ones the company service derives, so the raw baseline inserts the
    very rows an import stores.
    """
    classes = _nace_classes()
    districts = ("Merkez", "Alaca", "Osmancık", "Sungurlu", "İskilip", "Bayat")
    sizes = ("micro", "small", "medium")
    start = datetime(2025, 1, 6, 8, 0, 0, 123457)
    rows = []
    for n in range(count):
        base = f"{n + 1:09d}"
        created = (start + timedelta(seconds=n * 37, microseconds=n * 7919)).isoformat(
            " ", "microseconds"
        )
        updated = (start + timedelta(seconds=n * 53, microseconds=n * 104729)).isoformat(
            " ", "microseconds"
        )
        values = {c: None for c in columns}
        values.update(
            id=str(uuid.UUID(int=n + 1, version=4)),
            office="TR19",
            version=1 + n % 4,
            rev=1,
            created_at=created,
            updated_at=updated,
            created_by="ayse",
            updated_by="ayse",
            legal_name=f"Firma {n} Gıda San. ve Tic. A.Ş.",
            short_name=f"F{n}",
            tax_id=base + vkn.calc_check_digit(base),
            tax_office="Çorum",
            province="TR-19",
            district=districts[n % len(districts)],
            address="Gazi Cad. No 5",
            email=f"info{n}@firma.com.tr",
            nace_code=classes[n % len(classes)],
            founding_year=1950 + n % 75,
            employees=1 + n % 240,
            annual_turnover=float(100_000 + (n * 7793) % 90_000_000) + (n % 100) / 100,
            export_share=float(n % 100),
            size_class=sizes[n % 3],
            notes="",
        )
        values.update(companies.derive(values))  # the same search and sort keys HQ derives
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
