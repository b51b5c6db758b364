"""Background work: one worker for the database, a pool for files and network (Anki's taskman).

A background function receives its own ``Session`` (database jobs) and a ``Job`` it may ask
``job.progress(done, total)``; it must NEVER touch a widget — results and failures come back on
the GUI thread through ``on_done``/``on_failure``. A cancellable progress dialog appears only
when a job with a label lasts longer than ``PROGRESS_DELAY_MS``.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from ..core.database import Database

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500


class Cancelled(Exception):
    """Raised inside a background function when the user pressed Cancel."""


class Job:
    """A running background job: cancellation flag and progress reports (thread-safe)."""

    def __init__(self, job_id: int, relay: _Relay) -> None:
        self.id = job_id
        self._cancelled = threading.Event()
        self._relay = relay

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def progress(self, done: int, total: int) -> None:
        """Report progress from the background function; raises Cancelled if cancelled."""
        if self.cancelled:
            raise Cancelled()
        self._relay.progressed.emit(self.id, done, total)


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted by workers reach it queued."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int)


class _Runnable(QRunnable):
    def __init__(self, job: Job, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.job, self.work, self.relay = job, work, relay

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as error:  # delivered to the GUI thread, never lost
            self.relay.failed.emit(self.job.id, error)
        else:
            self.relay.finished.emit(self.job.id, result)


class _Pending:
    def __init__(
        self, on_done: Callable | None, on_failure: Callable | None, owner: QObject | None
    ) -> None:
        self.on_done, self.on_failure = on_done, on_failure
        owner = owner or getattr(on_done, "__self__", None)
        self.owner = owner if isinstance(owner, QObject) else None
        self.dialog: QProgressDialog | None = None
        self.timer: QTimer | None = None

    def owner_gone(self) -> bool:
        """True when the widget that asked for the result was closed and deleted meanwhile."""
        return self.owner is not None and not isValid(self.owner)


class TaskManager(QObject):
    """Runs functions off the GUI thread and calls back on it."""

    idle = Signal()

    def __init__(self, db: Database | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._database_pool = QThreadPool(self)
        self._database_pool.setMaxThreadCount(1)  # SQLite has one writer; keep jobs in order
        self._file_pool = QThreadPool(self)
        self._file_pool.setMaxThreadCount(4)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._relay.failed.connect(self._failed)
        self._relay.progressed.connect(self._progressed)
        self._pending: dict[int, _Pending] = {}
        self._jobs: dict[int, Job] = {}
        self._ids = itertools.count(1)
        self.on_unhandled: Callable[[BaseException], None] | None = None

    # -- starting work ----------------------------------------------------------------------
    def run_database(
        self,
        work: Callable[[Any, Job], Any],
        on_done: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        write: bool = False,
        label: str | None = None,
        parent: QWidget | None = None,
        owner: QObject | None = None,
    ) -> Job:
        """Run ``work(session, job)`` on the database worker with a session of its own.

        ``write=True`` runs it in one transaction (committed if it returns, rolled back if it
        raises). Never touch widgets inside ``work``. The callbacks are skipped if ``owner``
        (by default the object of a bound ``on_done``) has been deleted meanwhile.
        """
        db = self.db
        if db is None:
            raise RuntimeError("no database is open")

        def in_session(job: Job) -> Any:
            if write:
                with db.transaction() as session:
                    return work(session, job)
            with db.session() as session:
                return work(session, job)

        return self._start(
            self._database_pool, in_session, on_done, on_failure, label, parent, owner
        )

    def run_file(
        self,
        work: Callable[[Job], Any],
        on_done: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        label: str | None = None,
        parent: QWidget | None = None,
        owner: QObject | None = None,
    ) -> Job:
        """Run ``work(job)`` (files, network; no database) on the pool. Never touch widgets."""
        return self._start(self._file_pool, work, on_done, on_failure, label, parent, owner)

    def _start(self, pool, work, on_done, on_failure, label, parent, owner) -> Job:  # noqa: ANN001
        job = Job(next(self._ids), self._relay)
        pending = _Pending(on_done, on_failure, owner)
        self._pending[job.id] = pending
        self._jobs[job.id] = job
        if label is not None:
            pending.timer = QTimer(self)
            pending.timer.setSingleShot(True)
            pending.timer.timeout.connect(lambda: self._show_progress(job, label, parent))
            pending.timer.start(PROGRESS_DELAY_MS)
        pool.start(_Runnable(job, lambda: work(job), self._relay))
        return job

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until both pools are empty (for shutdown and tests)."""
        return self._database_pool.waitForDone(timeout_ms) and self._file_pool.waitForDone(
            timeout_ms
        )

    @property
    def busy(self) -> bool:
        """True while any job has not yet reported back."""
        return bool(self._pending)

    # -- on the GUI thread ------------------------------------------------------------------
    def _show_progress(self, job: Job, label: str, parent: QWidget | None) -> None:
        pending = self._pending.get(job.id)
        if pending is None:
            return
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle("InfoSpot")
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(job.cancel)
        dialog.show()
        pending.dialog = dialog

    @Slot(int, int, int)
    def _progressed(self, job_id: int, done: int, total: int) -> None:
        pending = self._pending.get(job_id)
        if pending is not None and pending.dialog is not None:
            pending.dialog.setMaximum(total)
            pending.dialog.setValue(done)

    def _close(self, job_id: int) -> _Pending | None:
        pending = self._pending.pop(job_id, None)
        self._jobs.pop(job_id, None)
        if pending is not None:
            if pending.timer is not None:
                pending.timer.stop()
            if pending.dialog is not None:
                pending.dialog.close()
                pending.dialog.deleteLater()
        if not self._pending:
            self.idle.emit()
        return pending

    @Slot(int, object)
    def _finished(self, job_id: int, result: object) -> None:
        pending = self._close(job_id)
        if pending is not None and pending.on_done is not None and not pending.owner_gone():
            pending.on_done(result)

    @Slot(int, object)
    def _failed(self, job_id: int, error: BaseException) -> None:
        pending = self._close(job_id)
        if isinstance(error, Cancelled) or (pending is not None and pending.owner_gone()):
            return
        if pending is not None and pending.on_failure is not None:
            pending.on_failure(error)
        elif self.on_unhandled is not None:
            self.on_unhandled(error)
        else:
            log.error("background job failed", exc_info=error)
