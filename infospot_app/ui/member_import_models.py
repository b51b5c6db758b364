"""The member import wizard's tables: the sheet's first lines (header row marked), the column
mapping (one editable field per column), and the dry run's outcome per row (refused rows
highlighted with their reasons)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from openpyxl.utils import get_column_letter
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QStyledItemDelegate, QWidget

from ..core.member_import import FIELDS, ColumnMapping, ImportPlan, RowOutcome
from ..core.member_import.fields import BY_KEY
from ..core.member_import.plan import REQUIRED
from .display import format_date
from .i18n import current_language
from .theme import ACCENT, ERROR

Index = QModelIndex | QPersistentModelIndex
PREVIEW_LINES = 40
SAMPLE_ROWS = 200
REFUSED = ("rejected", "duplicate")
Display = Qt.ItemDataRole.DisplayRole


def _t(text: str) -> str:
    return QCoreApplication.translate("MemberImport", text)


def cell_text(value: Any) -> str:
    """A cell as the user typed it: dates dd.MM.yyyy, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_date(value.date()) if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def status_name(status: str) -> str:
    """What a row's outcome is called on screen."""
    names = {
        "new": _t("New"),
        "update": _t("Update"),
        "unchanged": _t("Unchanged"),
        "skipped": _t("Skipped"),
        "rejected": _t("Refused"),
        "duplicate": _t("Repeated in the file"),
    }
    return names.get(status, status)


def field_label(key: str | None) -> str:
    """The field's name in the interface language; "not imported" for none."""
    if not key:
        return _t("— not imported —")
    return BY_KEY[key].label(current_language())


def _tint(colour: str, alpha: int) -> QColor:
    tinted = QColor(colour)
    tinted.setAlpha(alpha)
    return tinted


class SheetPreviewModel(QAbstractTableModel):
    """The sheet's first lines as Excel shows them (A, B, C … and line numbers)."""

    def __init__(self, rows: Sequence[Sequence[Any]], header_row: int, parent: Any = None):
        super().__init__(parent)
        self._rows = [tuple(r) for r in rows[:PREVIEW_LINES]]
        self._width = max((len(r) for r in self._rows), default=0)
        self.header_row = header_row

    def set_header_row(self, row: int) -> None:
        """Mark another line as the header."""
        old, self.header_row = self.header_row, row
        for changed in (old, row):
            if 0 <= changed < len(self._rows):
                last = self.index(changed, max(self._width - 1, 0))
                self.dataChanged.emit(self.index(changed, 0), last)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._width

    def data(self, index: Index, role: int = Display) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Display, Qt.ItemDataRole.ToolTipRole):
            return cell_text(row[index.column()]) if index.column() < len(row) else ""
        if index.row() == self.header_row:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return _tint(ACCENT, 48)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Display
    ) -> Any:
        if role != Display or section < 0:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return get_column_letter(section + 1) if section < self._width else None
        return str(section + 1) if section < len(self._rows) else None


class ColumnMappingModel(QAbstractTableModel):
    """One row per column of the list: its header, examples, and the field it goes to."""

    changed = Signal()
    FIELD_COLUMN = 2

    def __init__(self, rows: Sequence[Sequence[Any]], mapping: ColumnMapping, parent: Any = None):
        super().__init__(parent)
        self.header_row = mapping.header_row
        headers = rows[mapping.header_row] if len(rows) > mapping.header_row else ()
        data = rows[mapping.header_row + 1 : mapping.header_row + 1 + SAMPLE_ROWS]
        width = max([len(headers), *(len(r) for r in data)], default=0)
        self._headers = [cell_text(headers[i]) if i < len(headers) else "" for i in range(width)]
        self._examples = [self._samples(data, i) for i in range(width)]
        self._fields: list[str | None] = [mapping.columns.get(i) for i in range(width)]

    @staticmethod
    def _samples(data: Sequence[Sequence[Any]], column: int) -> str:
        found: list[str] = []
        for row in data:
            text = cell_text(row[column]) if column < len(row) else ""
            if text and text not in found:
                found.append(text)
            if len(found) == 3:
                break
        return " · ".join(found)

    def mapping(self) -> ColumnMapping:
        """The mapping as chosen on screen."""
        columns = {i: f for i, f in enumerate(self._fields) if f}
        return ColumnMapping(self.header_row, columns)

    def set_mapping(self, mapping: ColumnMapping) -> None:
        """Show another mapping (a loaded one)."""
        self.beginResetModel()
        self._fields = [mapping.columns.get(i) for i in range(len(self._headers))]
        self.endResetModel()
        self.changed.emit()

    def headers(self) -> list[str]:
        """The header row's texts."""
        return list(self._headers)

    def missing_required(self) -> list[str]:
        """The names of the required fields no column is mapped to."""
        return [field_label(k) for k in REQUIRED if k not in self._fields]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Display) -> Any:
        if not index.isValid() or index.row() >= len(self._headers):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.EditRole and column == self.FIELD_COLUMN:
            return self._fields[row] or ""
        if role in (Display, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                letter = get_column_letter(row + 1)
                return f"{letter}: {self._headers[row]}" if self._headers[row] else letter
            if column == 1:
                return self._examples[row]
            return field_label(self._fields[row])
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and not self._fields[row]:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (
            not index.isValid()
            or index.column() != self.FIELD_COLUMN
            or role != Qt.ItemDataRole.EditRole
        ):
            return False
        key = value or None
        if key is not None and key not in BY_KEY:
            return False
        for other, field in enumerate(self._fields):
            if key is not None and field == key and other != index.row():
                self._fields[other] = None  # a field takes one column: the latest choice wins
                cell = self.index(other, self.FIELD_COLUMN)
                self.dataChanged.emit(cell, cell)
        self._fields[index.row()] = key
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.FIELD_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Display
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Display and 0 <= section < 3:
            return (_t("Column in the list"), _t("Examples"), _t("Imported as"))[section]
        return None


class FieldDelegate(QStyledItemDelegate):
    """A combo box of the fields a column can be imported as."""

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.addItem(field_label(None), "")
        for field in FIELDS:
            combo.addItem(field.label(current_language()), field.key)
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        wanted = index.data(Qt.ItemDataRole.EditRole) or ""
        if editor.currentData() != wanted:
            editor.blockSignals(True)
            editor.setCurrentIndex(max(editor.findData(wanted), 0))
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        if model.data(index, Qt.ItemDataRole.EditRole) != editor.currentData():
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class OutcomeModel(QAbstractTableModel):
    """The dry run, row by row: line, result, reasons, then the row's own cells."""

    FIXED = 3

    def __init__(self, plan: ImportPlan, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.lang = current_language()
        width = max([len(plan.headers), *(len(o.cells) for o in plan.outcomes)], default=0)
        self._headers = [
            cell_text(plan.headers[i]) if i < len(plan.headers) else "" for i in range(width)
        ]

    def outcome(self, row: int) -> RowOutcome:
        """The outcome shown in ``row``."""
        return self.plan.outcomes[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.plan.outcomes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.FIXED + len(self._headers)

    def data(self, index: Index, role: int = Display) -> Any:
        if not index.isValid() or index.row() >= len(self.plan.outcomes):
            return None
        outcome, column = self.plan.outcomes[index.row()], index.column()
        refused = outcome.status in REFUSED
        if role == Display:
            if column == 0:
                return str(outcome.line)
            if column == 1:
                return status_name(outcome.status)
            if column == 2:
                return "; ".join(outcome.reasons(self.lang))
            cell = column - self.FIXED
            return cell_text(outcome.cells[cell]) if cell < len(outcome.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return "\n".join(outcome.reasons(self.lang)) or None
        if role == Qt.ItemDataRole.BackgroundRole and refused:
            return _tint(ERROR, 38)
        if role == Qt.ItemDataRole.ForegroundRole and refused and column in (1, 2):
            return QColor(ERROR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Display
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Display or section < 0:
            return None
        fixed = (_t("Line"), _t("Result"), _t("Problems"))
        if section < self.FIXED:
            return fixed[section]
        cell = section - self.FIXED
        if cell >= len(self._headers):
            return None
        return self._headers[cell] or get_column_letter(cell + 1)


class OutcomeFilter(QSortFilterProxyModel):
    """Every row, only the refused ones, or only those matching registered companies."""

    MODES = ("all", "problems", "registered")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.mode = "all"

    def set_mode(self, mode: str) -> None:
        """Show ``all`` rows, the refused (``problems``) or the ``registered`` companies."""
        self.beginFilterChange()
        self.mode = mode
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if self.mode == "all" or not isinstance(model, OutcomeModel):
            return True
        outcome = model.outcome(source_row)
        if self.mode == "problems":
            return outcome.status in REFUSED
        return outcome.company_id is not None and outcome.status not in REFUSED
