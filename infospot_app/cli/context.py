"""Opening the database a command names, and acting as the database's system user."""

from __future__ import annotations

import argparse
import getpass
import json
from pathlib import Path
from typing import Any

from ..core.errors import InfoSpotError
from ..core.paths import default_database_path
from ..core.services import settings
from ..core.services.actor import Actor
from ..core.storage import OpenDatabase, open_database


def database_path(args: argparse.Namespace) -> Path:
    """The database named by ``--db``, ``INFOSPOT_DB`` or the default location."""
    given = getattr(args, "db", None)
    return Path(given) if given else default_database_path()


def open_for(args: argparse.Namespace, *, create: bool = False) -> OpenDatabase:
    """Open the command's database for writing (created if ``create``)."""
    return open_database(database_path(args), create=create)


def command_actor(db: OpenDatabase, user: str | None = None) -> Actor:
    """The actor a command runs as: the operating-system user, in this database's office."""
    with db.session() as session:
        office = settings.office_code(session)
    if office is None:
        raise InfoSpotError(
            "Veritabanı henüz kurulmamış. Önce 'infospot init --office KOD' çalıştırın.",
            "The database is not set up yet. Run 'infospot init --office CODE' first.",
        )
    return Actor(user=user or f"cli:{getpass.getuser()}", office=office, role="admin")


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print ``data`` as JSON when ``--json`` was given, else ``text``."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)
