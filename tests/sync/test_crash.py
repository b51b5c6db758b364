"""An import and an export killed with SIGKILL part-way: the database is intact, in the state
before or after, and the operation succeeds when run again."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from infospot_app.core.services.companies import companies
from infospot_app.core.storage import OpenDatabase, open_database
from infospot_app.sync.errors import AlreadyImported
from infospot_app.sync.export import export_package
from infospot_app.sync.importer import import_package

from ..conftest import make_vkn
from .network import rows_of, staff

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]

IMPORT = "from infospot_app.sync.importer import import_package as f; from infospot_app.core.storage import open_database as o; import sys; f(o(sys.argv[1], daily_backup=False), __import__('pathlib').Path(sys.argv[2]))"
EXPORT = "from infospot_app.sync.export import export_package as f; from infospot_app.core.storage import open_database as o; import sys; f(o(sys.argv[1], daily_backup=False), __import__('pathlib').Path(sys.argv[2]))"


def fill(db: OpenDatabase, count: int) -> None:
    with db.transaction() as session:
        for n in range(count):
            companies.create(
                session, staff("TR19"), {"legal_name": f"Firma {n}", "tax_id": make_vkn(n + 1)}
            )


def run_and_kill(code: str, args: list[str], after: float) -> bool:
    """Run ``code`` in a subprocess and SIGKILL it after ``after`` seconds; True if it finished."""
    process = subprocess.Popen([sys.executable, "-c", code, *args])
    deadline = time.monotonic() + after
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return True
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    return False


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]


def timed(code: str, args: list[str]) -> float:
    start = time.monotonic()
    subprocess.run([sys.executable, "-c", code, *args], check=True)
    return time.monotonic() - start


def test_killed_import_leaves_before_or_after_and_reruns(
    hq: OpenDatabase, tr19: OpenDatabase, tmp_path: Path
) -> None:
    fill(tr19, 3000)
    package = export_package(tr19, tmp_path / "out").path
    expected = rows_of(tr19, "TR19")
    hq.close()
    spare = tmp_path / "spare.db"
    with sqlite3.connect(hq.path) as source, sqlite3.connect(spare) as target:
        source.backup(target)
    duration = timed(IMPORT, [str(spare), str(package)])
    outcomes = set()
    for fraction in (0.2, 0.45, 0.6, 0.75, 0.85, 0.95):
        path = tmp_path / f"hq-{fraction}.db"
        with sqlite3.connect(hq.path) as source, sqlite3.connect(path) as target:
            source.backup(target)
        finished = run_and_kill(IMPORT, [str(path), str(package)], duration * fraction)
        assert integrity(path) == "ok"
        db = open_database(path, daily_backup=False)
        try:
            state = rows_of(db, "TR19")
            after = state == expected
            assert after or not any(state.values()), "half an import"
            outcomes.add(after)
            try:
                import_package(db, package)
            except AlreadyImported:
                assert after or finished
            assert rows_of(db, "TR19") == expected
        finally:
            db.close()
    assert False in outcomes, "no kill landed inside the import"


def test_killed_export_leaves_no_half_package_and_reruns(
    hq: OpenDatabase, tr19: OpenDatabase, tmp_path: Path
) -> None:
    fill(tr19, 3000)
    tr19.close()
    spare = tmp_path / "spare-office.db"
    with sqlite3.connect(tr19.path) as source, sqlite3.connect(spare) as target:
        source.backup(target)
    duration = timed(EXPORT, [str(spare), str(tmp_path / "spare-out")])
    for fraction in (0.3, 0.6, 0.8, 0.95):
        out = tmp_path / f"out-{fraction}"
        run_and_kill(EXPORT, [str(tr19.path), str(out)], duration * fraction)
        assert integrity(tr19.path) == "ok"
        for made in out.glob("*.ispkg") if out.exists() else []:
            import_package(hq, made)  # a package under its real name is always whole
    db = open_database(tr19.path, daily_backup=False)
    try:
        final = export_package(db, tmp_path / "final", full=True).path
        import_package(hq, final)
        assert rows_of(hq, "TR19") == rows_of(db, "TR19")
    finally:
        db.close()
