"""A small read-only table model over rows already in memory (a company's visits, users …).

For short, bounded lists only; long lists use a lazily fetching model (company_model.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows of display texts; ``numeric`` columns are right-aligned; each row may carry a key."""

    def __init__(
        self,
        headers: Callable[[], Sequence[str]],
        rows: Sequence[Sequence[str]] = (),
        keys: Sequence[Any] = (),
        numeric: frozenset[int] = frozenset(),
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows = [list(r) for r in rows]
        self._keys = list(keys)
        self._numeric = numeric

    def set_rows(self, rows: Sequence[Sequence[str]], keys: Sequence[Any] = ()) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._keys = list(keys)
        self.endResetModel()

    def key(self, row: int) -> Any:
        """The key given for ``row`` (an id), or None."""
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self._headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None
