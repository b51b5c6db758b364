"""A lock file so that only one InfoSpot process opens a database for writing."""

from __future__ import annotations

import json
import os
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from .errors import DatabaseInUse

_LOCK_OFFSET = 1 << 20  # lock a byte past the info so others can still read who holds it


def _try_lock(handle: IO[str]) -> bool:
    if os.name == "nt":
        import msvcrt

        handle.seek(_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class DatabaseLock:
    """Held while a process may write to a database; the OS releases it if the process dies."""

    def __init__(self, database: Path) -> None:
        self.path = Path(str(database) + ".lock")
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise DatabaseInUse naming the process that holds it."""
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        if not _try_lock(handle):
            handle.close()
            raise self._in_use()
        handle.seek(0)
        handle.truncate()
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        handle.write(json.dumps(info))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        """Let go of the lock (closing the file releases it)."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def holder(self) -> dict[str, object]:
        """What the lock file says about the process holding it (may be empty)."""
        try:
            return json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return {}

    def _in_use(self) -> DatabaseInUse:
        info = self.holder()
        pid, host = info.get("pid", "?"), info.get("host", "?")
        return DatabaseInUse(
            f"Veritabanı başka bir InfoSpot tarafından açık (işlem {pid}, bilgisayar {host}). "
            "O pencereyi kapatın ya da bekleyin, sonra yeniden deneyin.",
            f"The database is open in another InfoSpot (process {pid} on {host}). "
            "Close that window or wait, then try again.",
        )
