"""A small sync network for tests: HQ and offices set up from real setup files on disk."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sqlalchemy import select

from infospot_app.core.models import SYNCED_MODELS
from infospot_app.core.services.actor import Actor
from infospot_app.core.storage import OpenDatabase, open_database
from infospot_app.sync import office_setup
from infospot_app.sync.rows import columns, encode


def make_hq(folder: Path) -> OpenDatabase:
    """A fresh central database with its keys."""
    db = open_database(folder / "hq.db", daily_backup=False)
    with db.transaction() as session:
        office_setup.init_central(session)
    return db


def make_office(hq: OpenDatabase, code: str, folder: Path) -> OpenDatabase:
    """An office database created from the setup file HQ writes for it."""
    setup_file = folder / f"{code}.setup"
    with hq.session() as session:
        office_setup.write_setup_file(session, code, setup_file)
    db = open_database(folder / f"{code}.db", daily_backup=False)
    with db.transaction() as session:
        office_setup.init_from_setup_file(session, setup_file)
    return db


def staff(code: str) -> Actor:
    """A staff member of office ``code``."""
    return Actor(user=f"staff-{code.lower()}", office=code, role="staff")


def rows_of(db: OpenDatabase, office: str) -> dict[str, dict[str, str]]:
    """Every row ``office`` owns in ``db``, per table, as its travelling JSON (rev left out)."""
    out: dict[str, dict[str, str]] = {}
    with db.session() as session:
        for model in SYNCED_MODELS:
            name = model.__tablename__
            table = model.__table__
            stmt = select(*(table.c[c.name] for c in columns(name))).where(table.c.office == office)
            out[name] = {r.id: encode(name, r._mapping) for r in session.execute(stmt)}
    return out


def digest(db: OpenDatabase) -> str:
    """A digest of every synced table's content (rev included) of ``db``."""
    hasher = hashlib.sha256()
    with db.session() as session:
        for model in SYNCED_MODELS:
            table = model.__table__
            for row in session.execute(select(table).order_by(table.c.id)):
                hasher.update(json.dumps(list(row), default=str).encode())
    return hasher.hexdigest()
