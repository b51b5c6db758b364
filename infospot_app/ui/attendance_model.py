"""The attendance grid as a table model: participants × sessions, then each one's hours,
percentage and certificate eligibility, recomputed at once as marks change.

A mark is shown as a check box: checked (the whole session), partly checked (some hours,
shown as a number) or unchecked. Changes are kept here and handed to ``write`` as
``MarkChange`` values; the view decides where they are saved (the database worker).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ..core import validation as v
from ..core.attendance import Mark, attendance_pct, attended_hours, certificate_eligible
from ..core.services.attendance_grid import AttendanceGrid, Cell
from .display import format_date
from .icons import icon
from .training_labels import hours_text, percent_text, time_text

Index = QModelIndex | QPersistentModelIndex
FIRST_SESSION = 2
CHECK = Qt.ItemDataRole.CheckStateRole
EDIT = Qt.ItemDataRole.EditRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)


@dataclass(frozen=True)
class MarkChange:
    """One mark to save: present or not, and the hours when not the whole session."""

    enrollment_id: str
    session_id: str
    present: bool
    hours: Decimal | None


@dataclass
class _Totals:
    attended: Decimal
    pct: Decimal | None
    eligible: bool


class AttendanceModel(QAbstractTableModel):
    """Participants × sessions of one training; session cells are checkable and take hours."""

    def __init__(
        self,
        write: Callable[[list[MarkChange]], None],
        editable: bool = True,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.write, self.editable = write, editable
        self.grid: AttendanceGrid | None = None
        self._cells: list[list[Cell]] = []
        self._totals: list[_Totals] = []

    # -- loading and counting ---------------------------------------------------------------
    def set_grid(self, grid: AttendanceGrid) -> None:
        """Show ``grid`` (as read from the database)."""
        self.beginResetModel()
        self.grid = grid
        self._cells = [list(r.cells) for r in grid.rows]
        self._totals = [_Totals(r.attended_hours, r.attendance_pct, r.eligible) for r in grid.rows]
        self.endResetModel()

    @property
    def sessions(self) -> int:
        return len(self.grid.sessions) if self.grid else 0

    def session_column(self, column: int) -> int | None:
        """The session shown in ``column`` (its position), or None for other columns."""
        position = column - FIRST_SESSION
        return position if 0 <= position < self.sessions else None

    def _recount(self, row: int) -> None:
        grid = self.grid
        lengths = {s.id: s.hours for s in grid.sessions}  # type: ignore[union-attr]
        marks = [
            Mark(s.id, bool(c.present), c.hours)
            for s, c in zip(grid.sessions, self._cells[row], strict=True)  # type: ignore[union-attr]
        ]
        attended, total = attended_hours(lengths, marks), grid.total_hours  # type: ignore[union-attr]
        eligible = not grid.rows[row].withdrawn and certificate_eligible(  # type: ignore[union-attr]
            attended,
            total,
            grid.training.min_attendance_pct,  # type: ignore[union-attr]
        )
        self._totals[row] = _Totals(attended, attendance_pct(attended, total), eligible)
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(row, last - 2), self.index(row, last))

    def eligible_count(self) -> int:
        """Participants whose attendance now earns a certificate."""
        return sum(1 for t in self._totals if t.eligible)

    def totals(self, row: int) -> tuple[Decimal, Decimal | None, bool]:
        """(hours attended, percentage, eligible) of the participant in ``row``."""
        t = self._totals[row]
        return t.attended, t.pct, t.eligible

    def cell(self, row: int, position: int) -> Cell:
        """The mark of the participant in ``row`` for the session at ``position``."""
        return self._cells[row][position]

    def enrollment_id(self, row: int) -> str | None:
        """The enrollment shown in ``row``."""
        return (
            self.grid.rows[row].enrollment_id if self.grid and 0 <= row < len(self._cells) else None
        )

    # -- changing ----------------------------------------------------------------------------
    def can_mark(self, row: int) -> bool:
        """Marks of withdrawn participants stay as they were."""
        return self.editable and self.grid is not None and not self.grid.rows[row].withdrawn

    def mark(self, changes: list[tuple[int, int, bool, Decimal | None]]) -> None:
        """Apply (row, session position, present, hours) marks and save them together."""
        saved = []
        for row, position, present, hours in changes:
            if not self.can_mark(row):
                continue
            length = self.grid.sessions[position].hours  # type: ignore[union-attr]
            if hours is not None and (hours >= length or not present):
                hours = None  # the whole session (or absent) is stored without hours
            self._cells[row][position] = Cell(present, hours)
            column = FIRST_SESSION + position
            self.dataChanged.emit(self.index(row, column), self.index(row, column))
            self._recount(row)
            saved.append(
                MarkChange(
                    self.grid.rows[row].enrollment_id,  # type: ignore[union-attr]
                    self.grid.sessions[position].id,  # type: ignore[union-attr]
                    present,
                    hours,
                )
            )
        if saved:
            self.write(saved)

    def toggle(self, row: int, position: int) -> None:
        """Present ↔ absent (a partial mark becomes absent)."""
        self.mark([(row, position, not self._cells[row][position].present, None)])

    def everyone_present(self, position: int) -> None:
        """Mark every participant (not withdrawn) present for the whole session."""
        self.mark([(row, position, True, None) for row in range(len(self._cells))])

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        position = self.session_column(index.column())
        if not index.isValid() or position is None or not self.can_mark(index.row()):
            return False
        if role == CHECK:
            present = Qt.CheckState(value) != Qt.CheckState.Unchecked
            self.mark([(index.row(), position, present, None)])
            return True
        if role == EDIT:
            try:
                hours = v.non_negative_decimal(value, "hours")
            except v.ValidationError:
                return False
            length = self.grid.sessions[position].hours  # type: ignore[union-attr]
            if hours is not None and hours > length:
                return False
            present = hours is None or hours > 0
            self.mark([(index.row(), position, present, hours)])
            return True
        return False

    # -- showing -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.grid is None else FIRST_SESSION + self.sessions + 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.session_column(index.column()) is not None and self.can_mark(index.row()):
            base |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cells):
            return None
        row, column = index.row(), index.column()
        position = self.session_column(column)
        if position is not None:
            return self._session_data(row, position, role)
        participant = self.grid.rows[row]  # type: ignore[union-attr]
        if role == Qt.ItemDataRole.FontRole and participant.withdrawn:
            font = QFont()
            font.setItalic(True)
            return font
        summary = column - FIRST_SESSION - self.sessions
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return participant.full_name
            if column == 1:
                return participant.company_name
            return self._summary_text(row, summary)
        if role == Qt.ItemDataRole.TextAlignmentRole and summary in (0, 1):
            return RIGHT
        if role == Qt.ItemDataRole.DecorationRole and summary == 2 and self._totals[row].eligible:
            return icon("activate")
        return None

    def _summary_text(self, row: int, summary: int) -> str:
        totals, participant = self._totals[row], self.grid.rows[row]  # type: ignore[union-attr]
        if summary == 0:
            return hours_text(totals.attended)
        if summary == 1:
            return percent_text(totals.pct)
        if participant.withdrawn:
            return self.tr("Withdrawn")
        if participant.certificate_number:
            return participant.certificate_number
        return self.tr("Eligible") if totals.eligible else self.tr("Not yet")

    def _session_data(self, row: int, position: int, role: int) -> Any:
        cell = self._cells[row][position]
        length = self.grid.sessions[position].hours  # type: ignore[union-attr]
        if role == CHECK:
            if not cell.present:
                return Qt.CheckState.Unchecked
            partial = cell.hours is not None and cell.hours < length
            return Qt.CheckState.PartiallyChecked if partial else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.DisplayRole:
            partial = cell.present and cell.hours is not None and cell.hours < length
            return hours_text(cell.hours) if partial else ""
        if role == EDIT:
            if not cell.present:
                return "0"
            return hours_text(cell.hours if cell.hours is not None else length)
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell.present is None:
                return self.tr("Not marked yet")
            if not cell.present:
                return self.tr("Absent")
            hours = cell.hours if cell.hours is not None else length
            return self.tr("Present for {hours} of {length} hours").format(
                hours=hours_text(hours), length=hours_text(length)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTRE
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.grid is None:
            return None
        if not 0 <= section < self.columnCount():
            return None
        position = self.session_column(section)
        if position is not None:
            s = self.grid.sessions[position]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("{date}\n{hours} h").format(
                    date=format_date(s.session_date), hours=hours_text(s.hours)
                )
            if role == Qt.ItemDataRole.ToolTipRole:
                times = "–".join(t for t in (time_text(s.start_time), time_text(s.end_time)) if t)
                return self.tr("Session {n}: {times}").format(n=position + 1, times=times)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Participant")
        if section == 1:
            return self.tr("Company")
        summary = section - FIRST_SESSION - self.sessions
        return (self.tr("Hours"), self.tr("Attendance"), self.tr("Certificate"))[summary]
