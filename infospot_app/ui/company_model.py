"""The company list's model: ids of the whole result first (off the GUI thread), rows by page."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from ..core.models import Company
from ..core.reference import nace_entry, province
from ..core.services import company_overview
from ..core.services.companies import companies
from ..core.services.listing import ListQuery
from .context import AppContext
from .display import format_date, format_int
from .i18n import current_language
from .labels import size_class

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100
MAX_CACHED_PAGES = 50
REST_DELAY_MS = 250
"""How long typing must pause before the ids of every matching row are fetched."""


@dataclass(frozen=True)
class Column:
    """A column: its sort name in ``ListQuery.sort`` and whether it holds a number."""

    key: str
    sort: str
    numeric: bool = False


COLUMNS = (
    Column("name", "name"),
    Column("tax_id", "tax_id"),
    Column("district", "district"),
    Column("sector", "nace_code"),
    Column("size_class", "size_class"),
    Column("employees", "employees", numeric=True),
    Column("clusters", "clusters", numeric=False),
    Column("last_visit", "last_visit"),
)


def column_titles() -> list[str]:
    """The translated column headers."""
    return [
        QCoreApplication.translate("CompanyTableModel", "Name"),
        QCoreApplication.translate("CompanyTableModel", "Tax ID"),
        QCoreApplication.translate("CompanyTableModel", "District"),
        QCoreApplication.translate("CompanyTableModel", "Sector (NACE)"),
        QCoreApplication.translate("CompanyTableModel", "Size"),
        QCoreApplication.translate("CompanyTableModel", "Employees"),
        QCoreApplication.translate("CompanyTableModel", "Clusters"),
        QCoreApplication.translate("CompanyTableModel", "Last visit"),
    ]


def sector_text(code: str | None, lang: str) -> str:
    """ "10.71 Ekmek …" for a NACE code."""
    if not code:
        return ""
    entry = nace_entry(code)
    return f"{code} {entry.label(lang)}" if entry else code


def district_text(company: Company) -> str:
    """ "Sungurlu, Çorum"; the district alone when the province is the office's own."""
    if not company.province:
        return company.district
    try:
        name = province(company.province).name
    except KeyError:
        name = company.province
    return f"{company.district}, {name}" if company.district else name


def display_row(company: Company, facts: company_overview.CompanyFacts, lang: str) -> list[str]:
    """The texts of one row, in column order."""
    return [
        company.legal_name,
        company.tax_id,
        district_text(company),
        sector_text(company.nace_code, lang),
        size_class(company.size_class),
        format_int(company.employees),
        ", ".join(facts.clusters),
        format_date(facts.last_visit),
    ]


class CompanyTableModel(QAbstractTableModel):
    """Every company the query matches; ids are loaded in the background, rows on demand."""

    first_rows_shown = Signal()
    """Emitted when the first page of a (re)load is shown, before the total is known."""
    loaded = Signal(int)
    """Emitted on the GUI thread with the number of matching companies after each (re)load."""

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.query = ListQuery(sort="name", limit=None)
        self._ids: list[str] = []
        self._pages: dict[int, list[list[str]]] = {}
        self._generation = 0
        self._lang = current_language()
        self._rest_timer = QTimer(self)
        self._rest_timer.setSingleShot(True)
        self._rest_timer.setInterval(REST_DELAY_MS)
        self._rest_timer.timeout.connect(self._load_rest)

    # -- loading -----------------------------------------------------------------------------
    def set_query(self, query: ListQuery) -> None:
        """Show the companies ``query`` matches (search, filters, sort); loads in the background."""
        self.query = replace(query, offset=0, limit=None)
        self.reload()

    def reload(self) -> None:
        """Fetch the ids again (after an edit, or a new query) without blocking the window.

        The first page comes first (an indexed LIMIT query, shown at once). The ids of every
        other matching row follow in a second job only once the user pauses: started at each
        keystroke, that full scan would hold the database worker and delay the next keystroke's
        first page.
        """
        self._generation += 1
        generation, query = self._generation, self.query
        first = replace(query, limit=PAGE_SIZE)
        self._rest_timer.stop()

        def first_page(session: Any, job: Any) -> list[str] | None:
            if generation != self._generation:  # a newer keystroke already superseded this one
                return None
            return company_overview.ordered_ids(session, first)

        self.context.tasks.run_database(
            first_page, lambda ids: self._show_first(generation, ids), owner=self
        )

    def _load_rest(self) -> None:
        generation, query = self._generation, self.query

        def every_row(session: Any, job: Any) -> list[str] | None:
            if generation != self._generation:
                return None
            return company_overview.ordered_ids(session, query)

        self.context.tasks.run_database(
            every_row, lambda ids: self._show_all(generation, ids), owner=self
        )

    def _show_first(self, generation: int, ids: list[str] | None) -> None:
        if ids is None or generation != self._generation:
            return
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()
        self.first_rows_shown.emit()
        if len(ids) < PAGE_SIZE:  # the first page is the whole answer
            self.loaded.emit(len(ids))
        else:
            self._rest_timer.start()

    def _show_all(self, generation: int, ids: list[str] | None) -> None:
        if ids is None or generation != self._generation:
            return
        shown = len(self._ids)
        if ids[:shown] == self._ids and len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        elif ids[:shown] != self._ids or len(ids) < shown:  # changed meanwhile: start afresh
            self.beginResetModel()
            self._ids = ids
            self._pages.clear()
            self.endResetModel()
        self.loaded.emit(len(ids))

    def _page(self, number: int) -> list[list[str]]:
        """Rows of page ``number``, fetched by id (a bounded query) the first time."""
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
            with self.context.db.session() as session:
                rows = {c.id: c for c in companies.by_ids(session, ids)}
                facts = company_overview.facts(session, ids)
            empty = company_overview.CompanyFacts()
            page = [
                display_row(rows[i], facts.get(i, empty), self._lang) if i in rows else [""] * 8
                for i in ids
            ]
            if len(self._pages) >= MAX_CACHED_PAGES:
                self._pages.pop(next(iter(self._pages)))
            self._pages[number] = page
        return page

    # -- Qt model ----------------------------------------------------------------------------
    def company_id(self, row: int) -> str | None:
        """The id of the company shown in ``row``."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, company_id: str) -> int:
        """The row showing ``company_id``, or -1."""
        try:
            return self._ids.index(company_id)
        except ValueError:
            return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._page(index.row() // PAGE_SIZE)[index.row() % PAGE_SIZE]
            return row[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = column_titles()
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on the column in Turkish order (done by the database query)."""
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self.query, sort=COLUMNS[column].sort, descending=descending))
