"""B1, B2, B3, B8: sync import and export against raw SQLite and raw JSON Lines + deflate."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

from infospot_app.core.storage import open_database
from infospot_app.sync.errors import AlreadyImported
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

    start = time.perf_counter()
    with contextlib.suppress(AlreadyImported):
        import_package(hq, package.path)
    reimport_time = time.perf_counter() - start
    budget("B1", "import a 100k-row package vs raw executemany", import_time, raw_insert, 3)
    budget("B2", "full export of 100k rows vs raw JSON Lines + deflate", export_time, raw_export, 2)
    budget("B3", "re-import of an imported package vs B1", reimport_time, import_time, 0.3)
    hq.close()
    office.close()


PEAK = """
import resource, sys
from pathlib import Path
from infospot_app.core.storage import open_database
from infospot_app.sync.importer import import_package
summary = import_package(open_database(sys.argv[1], daily_backup=False), Path(sys.argv[2]))
assert summary.tables["companies"].new == int(sys.argv[3]), summary.tables
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def test_b8_peak_memory_importing_500k_rows(budget, tmp_path: Path) -> None:  # noqa: ANN001
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
    peak_mb = int(result.stdout.split()[-1]) / 1024  # ru_maxrss is KiB on Linux
    budget("B8", "peak memory importing a 500k-row package", peak_mb, None, 400, "MB")
