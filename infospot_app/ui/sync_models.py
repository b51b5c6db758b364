"""The import preview table: one line per package and table with the seven outcomes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..sync.summary import OUTCOMES, ImportSummary, TableCounts
from .display import format_int

Index = QModelIndex | QPersistentModelIndex
FIXED = 4  # file, office, number, table (or status)


class ImportPreviewModel(QAbstractTableModel):
    """What importing the chosen packages does (dry run) or did, per package and table."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[tuple[ImportSummary, str, TableCounts | None]] = []

    def set_summaries(self, summaries: list[ImportSummary]) -> None:
        """Show ``summaries``: a package's tables, or one line with its refusal."""
        self.beginResetModel()
        self._lines = []
        for summary in summaries:
            if not summary.tables:
                self._lines.append((summary, "", None))
            for table, counts in summary.tables.items():
                self._lines.append((summary, table, counts))
        self.endResetModel()

    def summary(self, row: int) -> ImportSummary | None:
        """The package shown on ``row``."""
        return self._lines[row][0] if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else FIXED + len(OUTCOMES)

    def _status(self, summary: ImportSummary) -> str:
        labels = {
            "dry run": self.tr("ready to import"),
            "imported": self.tr("imported"),
            "refused": self.tr("refused"),
            "already imported": self.tr("already imported"),
        }
        return labels.get(summary.status, summary.status)

    def _text(self, row: int, column: int) -> str:
        summary, table, counts = self._lines[row]
        if column == 0:
            return summary.file.replace("\\", "/").rsplit("/", 1)[-1]
        if column == 1:
            return summary.office
        if column == 2:
            return format_int(summary.sequence) if summary.sequence else ""
        if column == 3:
            return table if counts is not None else self._status(summary)
        if counts is None:
            return ""
        return format_int(getattr(counts, OUTCOMES[column - FIXED]))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            summary = self._lines[index.row()][0]
            return summary.message_en or summary.message_tr or summary.file
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= FIXED - 2:
            if index.column() == FIXED - 1:
                return None
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [
            self.tr("File"),
            self.tr("Office"),
            self.tr("No."),
            self.tr("Table / status"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Stale"),
            self.tr("Conflicts"),
            self.tr("Quarantined"),
            self.tr("Deleted"),
        ]
        return names[section] if 0 <= section < len(names) else None
