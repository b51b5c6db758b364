"""The status bar's sync line: changes HQ has not confirmed (office), open problems (HQ)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ..sync.acknowledgement import unconfirmed
from ..sync.overview import open_issue_counts
from .context import AppContext
from .display import format_date, format_int

REFRESH_MS = 60_000  # also refreshed at once after a package or a receipt


class SyncStatusLabel(QLabel):
    """Read on the database worker (a count per table), never on the GUI thread."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.central = context.mode == "central"
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Read the counts again in the background."""
        central = self.central

        def read(session: Any, _job: Any) -> Any:
            return open_issue_counts(session) if central else unconfirmed(session)

        self.context.tasks.run_database(read, self._show, self._unknown, owner=self)

    def _show(self, result: Any) -> None:
        if self.central:
            quarantined, conflicts = result
            self.setText(
                self.tr("Quarantine: {q} rows, conflicts: {c}").format(
                    q=format_int(quarantined), c=format_int(conflicts)
                )
                if quarantined or conflicts
                else self.tr("No rows in quarantine, no open conflicts")
            )
        elif result.count:
            self.setText(
                self.tr("Not yet confirmed by the central office: {n} changes since {when}").format(
                    n=format_int(result.count), when=format_date(result.since)
                )
            )
        else:
            self.setText(self.tr("Every change is confirmed by the central office"))

    def _unknown(self, _error: BaseException) -> None:
        # A status line is no place for an error dialog; the Sync page shows the details.
        self.setText(self.tr("Sync state unknown"))
