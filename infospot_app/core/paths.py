"""Where the application's files live, from source and when frozen (PyInstaller)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "InfoSpot"
DB_ENV = "INFOSPOT_DB"


def app_root() -> Path:
    """The folder holding resources/ and migrations/, from source or frozen."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    """A path inside resources/."""
    return app_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    """The Alembic script directory."""
    return app_root() / "migrations"


def data_dir() -> Path:
    """The user's data directory (platformdirs), where the database and logs live."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_database_path() -> Path:
    """The database used when neither ``--db`` nor ``INFOSPOT_DB`` names one."""
    env = os.environ.get(DB_ENV)
    return Path(env) if env else data_dir() / "infospot.db"


def backup_dir(database: Path) -> Path:
    """Where the automatic and manual backups of ``database`` are kept."""
    return database.parent / "backups"
