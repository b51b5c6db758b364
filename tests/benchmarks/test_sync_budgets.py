"""B1, B2, B3, B8: sync import and export against raw SQLite and raw JSON Lines + deflate."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from infospot_app.core.storage import open_database
from infospot_app.sync.export import export_package
from infospot_app.sync.importer import import_package

from ..sync.network import make_hq, make_office
from .sync_fixture import company_columns, company_rows, insert_companies

ROWS = 100_000


def _network(folder: Path, count: int):  # noqa: ANN202
    hq = make_hq(folder)
    office = make_office(hq, "TR19", folder)
    columns = company_columns(office)
    rows = company_rows(count, columns)
    insert_companies(office.path, rows, columns)
    return hq, office, rows, columns


def _stored_rows(path: Path) -> list[tuple]:
    """Every company row as SQLite holds it, without ``rev`` (each database's own)."""
    with sqlite3.connect(path) as connection:
        names = [r[1] for r in connection.execute("PRAGMA table_info(companies)")]
        wanted = ", ".join(n for n in names if n != "rev")
        return connection.execute(f"SELECT {wanted} FROM companies ORDER BY id").fetchall()


def test_b1_b2_b3_import_export_of_100k_rows(budget, tmp_path: Path) -> None:  # noqa: ANN001
    hq, office, rows, columns = _network(tmp_path, ROWS)
    raw_db = tmp_path / "raw.db"
    open_database(raw_db, daily_backup=False).close()
    start = time.perf_counter()
    insert_companies(raw_db, rows, columns)
    raw_insert = time.perf_counter() - start

    start = time.perf_counter()
    with sqlite3.connect(office.path) as connection:
        deflate = zlib.compressobj(6)
        for row in connection.execute("SELECT * FROM companies"):
            deflate.compress(
                json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False).encode()
                + b"\n"
            )
        deflate.flush()
    raw_export = time.perf_counter() - start

    start = time.perf_counter()
    package = export_package(office, tmp_path / "out", full=True)
    export_time = time.perf_counter() - start
    assert package.rows == ROWS

    start = time.perf_counter()
    summary = import_package(hq, package.path)
    import_time = time.perf_counter() - start
    assert summary.tables["companies"].new == ROWS
    assert _stored_rows(hq.path) == _stored_rows(raw_db), "the baseline must insert the same rows"

    # B3: the same rows again under a new sequence number (a second full export), so every
    # row is really read, typed, looked up and compared with the stored one: all unchanged.
    # (The identical file is refused before decryption by its SHA-256; that is not timed.)
    again = export_package(office, tmp_path / "out", full=True)
    start = time.perf_counter()
    dry = import_package(hq, again.path, dry_run=True)
    dry_time = time.perf_counter() - start
    assert dry.status == "dry run" and dry.tables["companies"].unchanged == ROWS
    start = time.perf_counter()
    summary = import_package(hq, again.path)
    reimport_time = time.perf_counter() - start
    assert summary.tables["companies"].unchanged == ROWS
    assert summary.totals().total() == ROWS
    budget("B1", "import a 100k-row package vs raw executemany", import_time, raw_insert, 3)
    budget("B2", "full export of 100k rows vs raw JSON Lines + deflate", export_time, raw_export, 2)
    budget(
        "B3",
        "re-import of 100k unchanged rows (new sequence) vs B1",
        reimport_time,
        import_time,
        0.3,
    )
    budget("B3", "dry run of an imported 100k-row package vs B1", dry_time, import_time, 0.3)
    hq.close()
    office.close()


PEAK = """
import sys
from pathlib import Path
from infospot_app.core.storage import open_database
from infospot_app.sync.importer import import_package
summary = import_package(open_database(sys.argv[1], daily_backup=False), Path(sys.argv[2]))
assert summary.tables["companies"].new == int(sys.argv[3]), summary.tables
with open("/proc/self/status") as status:
    print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM (Linux)")
def test_b8_peak_memory_importing_500k_rows(budget, tmp_path: Path) -> None:  # noqa: ANN001
    """Peak resident memory of a fresh process importing 500k rows.

    VmHWM, not ``ru_maxrss``: Linux carries ``ru_maxrss`` over ``exec`` from the forked
    parent, so the child would report pytest's own peak (the fixture's 500k rows) instead
    of its own.
    """
    count = 500_000
    hq, office, rows, _ = _network(tmp_path, count)
    del rows
    package = export_package(office, tmp_path / "out", full=True).path
    hq.close()
    office.close()
    result = subprocess.run(
        [sys.executable, "-c", PEAK, str(hq.path), str(package), str(count)],
        check=True,
        capture_output=True,
        text=True,
    )
    peak_mb = int(result.stdout.split()[-1]) / 1024  # VmHWM is in kB
    budget("B8", "peak memory importing a 500k-row package", peak_mb, None, 400, "MB")
