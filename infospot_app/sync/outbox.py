"""The outbox: packages waiting to be e-mailed, kept on disk until the server takes them.

A folder beside the database (``outbox/``) holds a copy of every package not yet sent and an
index, ``outbox.json``, written atomically. The copy, not the user's original, is sent, so
moving or deleting the file the user saved elsewhere loses nothing. A sent package's copy is
removed and its entry kept (with when it went) so the page can show the history.

Why a JSON index and not a table: the outbox is about files in this folder, it must survive a
database restore unchanged, and it needs no schema change.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..core.database import Database
from .atomic import write_atomically
from .mail import (
    MailError,
    MailSettings,
    load_mail_settings,
    package_facts,
    package_message,
    send_message,
)
from .mail_password import saved_password

INDEX = "outbox.json"
LOCK = "outbox.lock"
KEEP_SENT = 50
STALE_LOCK_SECONDS = 15 * 60
_in_process = threading.Lock()


def outbox_dir(database: Path) -> Path:
    """The outbox of the database at ``database`` (a folder beside it, like its backups)."""
    return database.parent / "outbox"


@dataclass
class OutboxEntry:
    """One package in the outbox: waiting (``sent_at`` None) or sent."""

    file: str
    sha256: str
    office: str
    sequence: int
    added_at: str
    attempts: int = 0
    last_attempt: str | None = None
    last_error_tr: str = ""
    last_error_en: str = ""
    sent_at: str | None = None

    @property
    def waiting(self) -> bool:
        return self.sent_at is None


@dataclass
class RetryReport:
    """What a sending pass did."""

    sent: list[OutboxEntry] = field(default_factory=list)
    waiting: list[OutboxEntry] = field(default_factory=list)
    error: MailError | None = None
    needs_password: bool = False
    busy: bool = False


def _same(one: OutboxEntry, other: OutboxEntry) -> bool:
    return (one.file, one.sha256, one.added_at) == (other.file, other.sha256, other.added_at)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Outbox:
    """The outbox folder and its index."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def entries(self) -> list[OutboxEntry]:
        """Every entry, oldest first."""
        index = self.folder / INDEX
        if not index.exists():
            return []
        data = json.loads(index.read_text(encoding="utf-8"))
        known = OutboxEntry.__dataclass_fields__
        return [OutboxEntry(**{k: v for k, v in item.items() if k in known}) for item in data]

    def waiting(self) -> list[OutboxEntry]:
        """Entries not yet sent, oldest first."""
        return [e for e in self.entries() if e.waiting]

    def path_of(self, entry: OutboxEntry) -> Path:
        """The outbox's copy of the entry's package."""
        return self.folder / entry.file

    def add(self, package: Path) -> OutboxEntry:
        """Copy ``package`` into the outbox (once: the same bytes are not queued twice)."""
        facts = package_facts(package)
        data = package.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        with _in_process:
            entries = self.entries()
            for entry in entries:
                if entry.sha256 == digest and entry.waiting:
                    return entry
            write_atomically(self.folder / package.name, [data])
            entry = OutboxEntry(package.name, digest, facts.office, facts.sequence, _now())
            entries.append(entry)
            self._save(entries)
        return entry

    def update(self, changed: OutboxEntry) -> None:
        """Store ``changed`` in place of the same entry (file, digest, when added)."""
        with _in_process:
            entries = [changed if _same(e, changed) else e for e in self.entries()]
            sent = [e for e in entries if not e.waiting]
            drop = {id(e) for e in sent[:-KEEP_SENT]} if len(sent) > KEEP_SENT else set()
            self._save([e for e in entries if id(e) not in drop])

    def _save(self, entries: list[OutboxEntry]) -> None:
        text = json.dumps([asdict(e) for e in entries], ensure_ascii=False, indent=1)
        write_atomically(self.folder / INDEX, [text.encode("utf-8")])

    @contextmanager
    def sending(self) -> Iterator[bool]:
        """Hold the outbox for one sending pass; yields False if another pass holds it."""
        self.folder.mkdir(parents=True, exist_ok=True)
        lock = self.folder / LOCK
        try:
            if lock.exists() and time.time() - lock.stat().st_mtime > STALE_LOCK_SECONDS:
                lock.unlink()  # left by a process that died mid-pass
            handle = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            yield False
            return
        os.close(handle)
        try:
            yield True
        finally:
            lock.unlink(missing_ok=True)


def retry_outbox(
    folder: Path, value: MailSettings, password: str | None, timeout: float | None = None
) -> RetryReport:
    """Send every waiting package, oldest first; stop at the first failure of the server.

    Network and files only (no database), so the UI may call it on a timer off the GUI thread.
    ``password`` None means: take it from the keyring; if the account needs one and none is
    found, nothing is tried and ``needs_password`` is set.
    """
    outbox = Outbox(folder)
    report = RetryReport(waiting=outbox.waiting())
    if not report.waiting:
        return report
    if value.user and password is None:
        password = saved_password(value.user, value.server)
        if password is None:
            report.needs_password = True
            return report
    with outbox.sending() as held:
        if not held:
            report.busy = True
            return report
        for entry in outbox.waiting():
            entry.attempts += 1
            entry.last_attempt = _now()
            try:
                message = package_message(value, outbox.path_of(entry))
                if timeout is None:
                    send_message(value, password, message)
                else:
                    send_message(value, password, message, timeout)
            except MailError as error:
                entry.last_error_tr, entry.last_error_en = error.message_tr, error.message_en
                outbox.update(entry)
                report.error = error
                break  # the same server and account would fail the next one too
            entry.sent_at, entry.last_error_tr, entry.last_error_en = _now(), "", ""
            outbox.update(entry)
            outbox.path_of(entry).unlink(missing_ok=True)
            report.sent.append(entry)
    report.waiting = outbox.waiting()
    return report


def mail_settings_of(db: Database) -> MailSettings:
    """The e-mail settings stored in ``db``."""
    with db.session() as session:
        return load_mail_settings(session)


def send_package(
    db: Database, package: Path, password: str | None = None, timeout: float | None = None
) -> RetryReport:
    """Put ``package`` in the outbox of ``db`` and try to send everything waiting."""
    folder = outbox_dir(db.path)
    Outbox(folder).add(package)
    return retry_outbox(folder, mail_settings_of(db), password, timeout)
