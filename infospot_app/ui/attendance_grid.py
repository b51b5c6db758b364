"""The Attendance tab: participants × sessions, driven by the keyboard.

Space marks present or absent, the arrows move, a number typed in a cell gives the hours of a
partial attendance, Ctrl+Space marks everyone present in the current session. Each mark is
saved on the database worker; hours, percentages and eligibility change as you type.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.services.attendance import set_attendance
from ..core.services.attendance_grid import AttendanceGrid
from .attendance_model import FIRST_SESSION, AttendanceModel, MarkChange
from .context import AppContext
from .display import format_int
from .failure import show_error
from .icons import icon
from .training_labels import percent_text


class AttendanceTable(QTableView):
    """The grid's view: the keys of the attendance register."""

    def __init__(self, model: AttendanceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.grid_model = model
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(28)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def current_session(self) -> int | None:
        """The position of the session whose column has the cursor."""
        return self.grid_model.session_column(self.currentIndex().column())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        index, position = self.currentIndex(), self.current_session()
        if position is not None and index.isValid():
            if key == Qt.Key.Key_Space and mods == Qt.KeyboardModifier.ControlModifier:
                self.grid_model.everyone_present(position)
                return
            if key == Qt.Key.Key_Space and mods == Qt.KeyboardModifier.NoModifier:
                self.grid_model.toggle(index.row(), position)
                return
            if (
                key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.state() != self.State.EditingState
            ):
                self.edit(index)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.grid_model.mark([(index.row(), position, False, None)])
                return
        super().keyPressEvent(event)


class AttendanceGridView(QWidget):
    """The grid, its "everyone present" button, the count of eligible participants."""

    saved = Signal()
    """Marks were saved in the database."""
    reload_needed = Signal()
    """Saving failed; the grid must be read again."""

    def __init__(self, context: AppContext, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.hint = QLabel(
            self.tr("Space: present or absent · arrows: move · type a number: hours of a "
                    "partial attendance · Ctrl+Space: everyone present in this session"),
            self,
        )  # fmt: skip
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.summary = QLabel(self)
        top.addWidget(self.summary, 1)
        self.everyone_button = QPushButton(icon("done"), self.tr("Everyone present"), self)
        self.everyone_button.setToolTip(
            self.tr("Mark every participant present in the selected session (Ctrl+Space)")
        )
        self.everyone_button.setEnabled(editable)
        top.addWidget(self.everyone_button)
        self.export_button = QPushButton(icon("export"), self.tr("Attendance list (.xlsx)…"), self)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.model = AttendanceModel(self.save_marks, editable, self)
        self.table = AttendanceTable(self.model, self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyText")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.everyone_button.clicked.connect(self._everyone)
        self.model.dataChanged.connect(lambda *_: self._summarise())
        self.model.modelReset.connect(self._summarise)

    def show_grid(self, grid: AttendanceGrid) -> None:
        """Show ``grid``, keeping the cursor where it was."""
        was = self.table.currentIndex()
        row, column = (was.row(), was.column()) if was.isValid() else (0, FIRST_SESSION)
        self.model.set_grid(grid)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 190)
        header.resizeSection(1, 190)
        for column_number in range(FIRST_SESSION, self.model.columnCount()):
            header.setSectionResizeMode(column_number, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        if self.model.rowCount() and self.model.sessions:
            row = min(row, self.model.rowCount() - 1)
            column = min(max(column, FIRST_SESSION), self.model.columnCount() - 1)
            self.table.setCurrentIndex(self.model.index(row, column))
        has_grid = bool(self.model.rowCount() and self.model.sessions)
        self.table.setVisible(has_grid)
        self.empty.setVisible(not has_grid)
        self.empty.setText(
            self.tr("Add sessions and enroll participants first; then tick attendance here.")
        )

    def _everyone(self) -> None:
        position = self.table.current_session()
        if position is None and self.model.sessions:
            position = 0
        if position is not None:
            self.model.everyone_present(position)
        self.table.setFocus()

    def _summarise(self, *_: Any) -> None:
        grid = self.model.grid
        if grid is None:
            return
        active = sum(1 for r in grid.rows if not r.withdrawn)
        self.summary.setText(
            self.tr("{eligible} of {active} participants reach {pct} for a certificate").format(
                eligible=format_int(self.model.eligible_count()),
                active=format_int(active),
                pct=percent_text(Decimal(grid.training.min_attendance_pct)),
            )
        )

    def save_marks(self, changes: list[MarkChange]) -> None:
        """Save the marks on the database worker, in the order they were made."""
        actor = self.context.actor

        def work(session: Any, job: Any) -> int:
            for c in changes:
                set_attendance(session, actor, c.enrollment_id, c.session_id, c.present, c.hours)
            return len(changes)

        self.context.tasks.run_database(
            work, lambda _n: self.saved.emit(), self._failed, write=True, owner=self
        )

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
        self.reload_needed.emit()

    def focus_cell(self, row: int, position: int) -> QModelIndex:
        """Put the cursor on a participant's mark for a session."""
        index = self.model.index(row, FIRST_SESSION + position)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        return index
