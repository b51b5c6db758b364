"""Opening a database: lock, schema check, backup, in-process upgrade (DESIGN.md, "Storage")."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, text

from . import backup
from .database import Database, make_engine
from .errors import DatabaseError, MigrationFailed, SchemaTooNew
from .lock import DatabaseLock
from .migrate import schema_state, upgrade_to_head

log = logging.getLogger(__name__)


class OpenDatabase(Database):
    """A database opened for writing: it holds the lock until closed."""

    def __init__(self, path: Path, lock: DatabaseLock | None) -> None:
        super().__init__(path)
        self._lock = lock

    def close(self) -> None:
        super().close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> OpenDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_database(
    path: Path | str,
    *,
    create: bool = True,
    daily_backup: bool = True,
    keep_backups: int = backup.DEFAULT_KEEP,
    read_only: bool = False,
) -> OpenDatabase:
    """Open (and if needed create or upgrade) the database at ``path``.

    A new file is created at the newest schema. An older schema is first backed up, then
    upgraded in one transaction; if the upgrade fails, the original stays as it was. A schema
    newer than this application is refused and the file left untouched. Unless ``read_only``,
    the database is locked against other InfoSpot processes.
    """
    path = Path(path)
    if not path.exists() and (not create or read_only):
        raise DatabaseError(
            f"Veritabanı bulunamadı: {path}. Yolu kontrol edin ya da 'infospot init' ile oluşturun.",
            f"Database not found: {path}. Check the path or create it with 'infospot init'.",
        )
    _check_is_sqlite(path)
    lock = None if read_only else DatabaseLock(path)
    if lock is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    try:
        _prepare(path, daily_backup=daily_backup, keep=keep_backups, read_only=read_only)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return OpenDatabase(path, lock)


def _prepare(path: Path, *, daily_backup: bool, keep: int, read_only: bool) -> None:
    engine = make_engine(path)
    try:
        state = schema_state(engine)
        if state.too_new:
            raise SchemaTooNew(
                f"Bu veritabanı daha yeni bir InfoSpot sürümüyle oluşturulmuş (şema {state.current}). "
                "Uygulamayı güncelleyin; veritabanına dokunulmadı.",
                f"This database was written by a newer InfoSpot (schema {state.current}). "
                "Update the application; the database was not touched.",
            )
        if state.behind and read_only:
            raise DatabaseError(
                "Veritabanının yükseltilmesi gerekiyor; önce uygulamayı normal açın.",
                "The database needs an upgrade; open it normally first.",
            )
        if state.behind and not state.empty:
            made = backup.make_backup(path, "premigration", keep=max(keep, 1))
            log.info("backed up %s to %s before upgrading", path, made)
        if state.behind:
            _upgrade(path, fresh=state.empty)
        elif daily_backup and not read_only and not backup.backed_up_today(path):
            backup.make_backup(path, "daily", keep=_kept_backups(engine, keep))
    finally:
        engine.dispose()


def _kept_backups(engine: Engine, default: int) -> int:
    """How many backups to keep: the database's ``backup_keep`` setting, else ``default``."""
    with engine.connect() as connection:
        stored = connection.execute(
            text("SELECT value FROM settings WHERE key = 'backup_keep'")
        ).scalar()
    try:
        return max(1, int(json.loads(stored))) if stored is not None else default
    except (TypeError, ValueError):
        return default


def _upgrade(path: Path, *, fresh: bool) -> None:
    try:
        upgrade_to_head(path)
    except Exception as error:
        log.exception("upgrade of %s failed", path)
        raise MigrationFailed(
            f"Veritabanı yükseltilemedi ({error}). Dosya değiştirilmedi; yedek: {path.parent}/backups.",
            f"The database could not be upgraded ({error}). The file is unchanged; "
            f"backups are in {path.parent}/backups.",
        ) from error
    if fresh:
        log.info("created %s at the newest schema", path)


def _check_is_sqlite(path: Path) -> None:
    """Refuse a file that is not an SQLite database, before anything writes to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise DatabaseError(
                f"{path.name} bir InfoSpot veritabanı değil. Doğru dosyayı seçin.",
                f"{path.name} is not an InfoSpot database. Choose the right file.",
            )
    try:
        sqlite3.connect(f"file:{path}?mode=ro", uri=True).close()
    except sqlite3.DatabaseError as error:
        raise DatabaseError(str(error), str(error)) from error
