"""Consistent copies of a database through SQLite's backup API; keeping the last N."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path

from .errors import DatabaseError
from .paths import backup_dir

DEFAULT_KEEP = 10
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z]+)\.db$")


def copy_database(source: Path, target: Path) -> Path:
    """Write a consistent copy of ``source`` to ``target`` (through a temporary file)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target


def make_backup(database: Path, reason: str = "manual", keep: int = DEFAULT_KEEP) -> Path:
    """Back up ``database`` into its backups folder, then keep only the newest ``keep``."""
    stamp = datetime.now().strftime(_STAMP)
    target = backup_dir(database) / f"{database.stem}-{stamp}-{reason}.db"
    copy_database(database, target)
    prune_backups(database, keep)
    return target


def list_backups(database: Path) -> list[Path]:
    """This database's backups, oldest first."""
    folder = backup_dir(database)
    if not folder.is_dir():
        return []
    found = [
        p for p in folder.iterdir() if (m := _NAME.match(p.name)) and m["stem"] == database.stem
    ]
    return sorted(found, key=lambda p: _NAME.match(p.name)["stamp"])  # type: ignore[index]


def prune_backups(database: Path, keep: int) -> None:
    """Delete all but the newest ``keep`` backups of ``database``."""
    backups = list_backups(database)
    for old in backups[: max(0, len(backups) - keep)]:
        old.unlink(missing_ok=True)


def backed_up_today(database: Path) -> bool:
    """True if a backup of ``database`` was made today (local date)."""
    today = datetime.now().strftime("%Y%m%d")
    return any(_NAME.match(p.name)["stamp"].startswith(today) for p in list_backups(database))  # type: ignore[index]


def restore_backup(backup: Path, database: Path) -> Path:
    """Replace ``database`` by ``backup``, keeping a safety copy of the current file first.

    Returns the safety copy's path. The database must not be open anywhere.
    """
    verify_backup(backup)
    safety = backup
    if database.exists():
        checkpoint(database)
        safety = make_backup(database, "beforerestore", keep=10_000)
    copy_database(backup, database)
    return safety


def verify_backup(backup: Path) -> None:
    """Refuse a file that is not a readable, intact SQLite database (checked before restoring)."""
    try:
        check = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        ok = check.execute("PRAGMA integrity_check").fetchone()[0]
        check.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseError(
            f"{backup.name} bir InfoSpot yedeği değil ya da bozuk ({error}).",
            f"{backup.name} is not an InfoSpot backup or is damaged ({error}).",
        ) from error
    if ok != "ok":
        raise DatabaseError(
            f"{backup.name} yedeği bozuk; başka bir yedek seçin.",
            f"The backup {backup.name} is damaged; choose another backup.",
        )


def checkpoint(database: Path) -> None:
    """Fold the write-ahead log into the main file, so the file alone is the database."""
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
