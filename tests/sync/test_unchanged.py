"""SQLite rebuilds each stored row's JSON line exactly as the exporter writes it, so rows that
arrive again are recognised without being read; anything else takes the full reading."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sqlalchemy import select

from infospot_app.core.demo.run import fill_demo
from infospot_app.core.services.companies import companies
from infospot_app.core.storage import OpenDatabase
from infospot_app.sync import unchanged
from infospot_app.sync.export import export_package
from infospot_app.sync.importer import import_package
from infospot_app.sync.rows import MODELS, columns, encode

from .network import rows_of, staff


def exporters_lines(db: OpenDatabase, table: str) -> dict[str, bytes]:
    """Every row of ``table`` as ``rows.encode`` writes it (through SQLAlchemy)."""
    model = MODELS[table].__table__
    with db.session() as session:
        stmt = select(*(model.c[c.name] for c in columns(table)))
        return {r.id: encode(table, r._mapping).encode() for r in session.execute(stmt)}


def rebuilt_lines(db: OpenDatabase, table: str, ids: list[str]) -> dict[str, bytes]:
    with sqlite3.connect(db.path) as connection:
        found = unchanged.stored_lines(connection.cursor(), table, ids)
    return {row_id: line for row_id, (_v, _o, _r, line) in found.items()}


def test_every_table_is_rebuilt_byte_for_byte(tr19: OpenDatabase, hq: OpenDatabase) -> None:
    with tr19.transaction() as session:
        summary = fill_demo(session, seed=3, companies=40)
    assert summary.total > 100
    checked = 0
    for db in (tr19, hq):  # the office's own rows, and HQ's reference rows (booleans …)
        for table in MODELS:
            expected = exporters_lines(db, table)
            assert rebuilt_lines(db, table, sorted(expected)) == expected, table
            checked += len(expected)
    assert checked > summary.total


def test_rows_sent_again_are_recognised_and_a_changed_one_is_not(
    hq: OpenDatabase, tr19: OpenDatabase, tmp_path: Path
) -> None:
    with tr19.transaction() as session:
        fill_demo(session, seed=5, companies=30)
    import_package(hq, export_package(tr19, tmp_path / "out", full=True).path)
    lines = list(exporters_lines(tr19, "companies").values())
    fresh = {**json.loads(lines[0]), "id": "00000000-0000-4000-8000-000000000001"}
    with sqlite3.connect(hq.path) as connection:
        rest, same, maybe_stored = unchanged.split(
            connection.cursor(), "companies", [*lines, json.dumps(fresh).encode()], lambda o: None
        )
    assert len(rest) == 1 and len(same) == len(lines)
    assert maybe_stored(same[0][0]) and not maybe_stored(fresh["id"])
    assert maybe_stored("an id no line carried")  # not looked up: it may be stored

    altered = json.loads(lines[0])
    altered["employees"] = (altered["employees"] or 0) + 1  # same version, other content
    with sqlite3.connect(hq.path) as connection:
        rest, same, _ = unchanged.split(
            connection.cursor(), "companies", [json.dumps(altered).encode()], lambda o: None
        )
    assert same == [] and len(rest) == 1


def test_a_second_full_package_is_all_unchanged_and_an_edit_still_arrives(
    hq: OpenDatabase, tr19: OpenDatabase, tmp_path: Path
) -> None:
    with tr19.transaction() as session:
        fill_demo(session, seed=7, companies=25)
    first = import_package(hq, export_package(tr19, tmp_path / "out", full=True).path)
    with tr19.session() as session:
        target = companies.ids(session)[0]
    with tr19.transaction() as session:
        companies.update(session, staff("TR19"), target, {"employees": 4321})
    second = import_package(hq, export_package(tr19, tmp_path / "out", full=True).path)
    assert second.totals().total() == first.totals().total()
    assert second.tables["companies"].updated == 1
    assert second.totals().unchanged == second.totals().total() - 1
    assert rows_of(hq, "TR19") == rows_of(tr19, "TR19")
