"""An office restoring an older backup of its database, as a user would after a disk failure."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from infospot_app.core.services.companies import companies
from infospot_app.core.storage import OpenDatabase, open_database

from ..conftest import make_vkn
from .network import staff


def backup(db: OpenDatabase, to: Path) -> Path:
    """A consistent copy of ``db`` (SQLite's online backup)."""
    with sqlite3.connect(db.path) as source, sqlite3.connect(to) as target:
        source.backup(target)
    return to


def restore(db: OpenDatabase, copy: Path) -> OpenDatabase:
    """Close ``db``, put ``copy`` in its place and open it again."""
    db.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{db.path}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(copy) as source, sqlite3.connect(db.path) as target:
        source.backup(target)
    return open_database(db.path, daily_backup=False)


def add_company(db: OpenDatabase, code: str, n: int) -> str:
    with db.transaction() as session:
        return companies.create(
            session, staff(code), {"legal_name": f"Firma {n}", "tax_id": make_vkn(n)}
        ).id


def set_employees(db: OpenDatabase, code: str, company_id: str, employees: int) -> None:
    with db.transaction() as session:
        companies.update(session, staff(code), company_id, {"employees": employees})
