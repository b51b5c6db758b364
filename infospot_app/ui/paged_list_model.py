"""A list model for long lists: the ordered ids load in the background, rows page by page.

Used by the clusters and grants lists; the company list has its own (company_model.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from sqlalchemy.orm import Session

from ..core.services.listing import ListQuery
from .context import AppContext

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100
MAX_CACHED_PAGES = 50

IdsOf = Callable[[Session, ListQuery], list[str]]
RowsOf = Callable[[Session, list[str]], list[list[str]]]


class PagedListModel(QAbstractTableModel):
    """Rows of ``ids_of(session, query)``, displayed by ``rows_of(session, ids)`` a page at a
    time; ``sorts`` gives each column's sort name (None: not sortable)."""

    loaded = Signal(int)
    """Emitted on the GUI thread with the number of matching rows after each (re)load."""

    def __init__(
        self,
        context: AppContext,
        headers: Callable[[], Sequence[str]],
        ids_of: IdsOf,
        rows_of: RowsOf,
        sorts: Sequence[str | None],
        numeric: frozenset[int] = frozenset(),
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.headers, self.ids_of, self.rows_of = headers, ids_of, rows_of
        self.sorts, self.numeric = list(sorts), numeric
        self.query = ListQuery(sort=next((s for s in sorts if s), None), limit=None)
        self._ids: list[str] = []
        self._pages: dict[int, list[list[str]]] = {}
        self._generation = 0

    def set_query(self, query: ListQuery) -> None:
        """Show what ``query`` matches (search, filters, sort); loads in the background."""
        self.query = replace(query, offset=0, limit=None)
        self.reload()

    def reload(self) -> None:
        """Fetch the ids again without blocking the window."""
        self._generation += 1
        generation, query, ids_of = self._generation, self.query, self.ids_of

        def work(session: Session, job: Any) -> list[str] | None:
            if generation != self._generation:  # superseded by a newer keystroke
                return None
            return ids_of(session, query)

        self.context.tasks.run_database(work, lambda ids: self._apply(generation, ids), owner=self)

    def _apply(self, generation: int, ids: list[str] | None) -> None:
        if ids is None or generation != self._generation:
            return
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()
        self.loaded.emit(len(ids))

    def _page(self, number: int) -> list[list[str]]:
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
            with self.context.db.session() as session:  # one bounded page, by id
                page = self.rows_of(session, ids)
            if len(self._pages) >= MAX_CACHED_PAGES:
                self._pages.pop(next(iter(self._pages)))
            self._pages[number] = page
        return page

    def row_id(self, row: int) -> str | None:
        """The id shown in ``row``."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.sorts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._page(index.row() // PAGE_SIZE)[index.row() % PAGE_SIZE]
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = self.headers()
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on the column, the Turkish way, by the database query."""
        if not 0 <= column < len(self.sorts) or self.sorts[column] is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self.query, sort=self.sorts[column], descending=descending))
