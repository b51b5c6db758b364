"""Conflict review: the stored and the incoming version of a row side by side.

Keeping one version is ``sync.conflicts.resolve``: keeping the stored one changes nothing,
keeping the incoming one applies the office's own copy (the central office never edits it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ..sync.overview import OpenConflict
from .display import format_date
from .rows_model import RowsModel

HIDDEN = {"search_key", "sort_key"}


def _shown(value: Any) -> str:
    return "" if value is None else str(value)


class ConflictReview(QWidget):
    """The list of open conflicts and, for the selected one, both versions field by field."""

    keep_requested = Signal(int, str)  # conflict id, "stored" or "incoming"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .sync_office import table_view

        self.conflicts: list[OpenConflict] = []
        self.list_model = RowsModel(
            lambda: [
                self.tr("Office"),
                self.tr("Table"),
                self.tr("Row"),
                self.tr("Version"),
                self.tr("Found"),
            ],
            numeric=frozenset({3}),
            parent=self,
        )
        self.fields_model = RowsModel(
            lambda: [self.tr("Field"), self.tr("Kept here"), self.tr("Arrived"), ""],
            parent=self,
        )
        self.list_view = table_view(self.list_model, self)
        self.fields_view = table_view(self.fields_model, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list_view)
        splitter.addWidget(self.fields_view)
        self.note = QLabel(self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.keep_stored = QPushButton(self.tr("Keep the version kept here"), self)
        self.keep_incoming = QPushButton(self.tr("Keep the version that arrived"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.keep_stored)
        buttons.addWidget(self.keep_incoming)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.note.setText(
            self.tr(
                "Both versions are kept until you choose; if unsure, ask the office which one "
                "is right."
            )
        )
        for button, keep in ((self.keep_stored, "stored"), (self.keep_incoming, "incoming")):
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, k=keep: self._keep(k))
        self.list_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_conflict(current.row())
        )

    def set_conflicts(self, conflicts: list[OpenConflict]) -> None:
        """Show ``conflicts``; the first one is opened."""
        self.conflicts = conflicts
        self.list_model.set_rows(
            [
                [c.office, c.table_name, c.row_id, str(c.version), format_date(c.detected_at)]
                for c in conflicts
            ],
            [c.id for c in conflicts],
        )
        self.show_conflict(0 if conflicts else -1)

    def show_conflict(self, row: int) -> None:
        """Both versions of the conflict on ``row``, differing fields marked."""
        if not 0 <= row < len(self.conflicts):
            self.fields_model.set_rows([])
            for button in (self.keep_stored, self.keep_incoming):
                button.setEnabled(False)
            return
        conflict = self.conflicts[row]
        names = [n for n in {**conflict.stored, **conflict.incoming} if n not in HIDDEN]
        rows = []
        for name in names:
            stored, incoming = conflict.stored.get(name), conflict.incoming.get(name)
            mark = self.tr("differs") if stored != incoming else ""
            rows.append([name, _shown(stored), _shown(incoming), mark])
        rows.sort(key=lambda r: (r[3] == "", r[0]))
        self.fields_model.set_rows(rows)
        for button in (self.keep_stored, self.keep_incoming):
            button.setEnabled(True)

    def _keep(self, keep: str) -> None:
        row = self.list_view.currentIndex().row()
        if 0 <= row < len(self.conflicts):
            self.keep_requested.emit(self.conflicts[row].id, keep)
