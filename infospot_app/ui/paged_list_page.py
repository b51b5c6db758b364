"""A list page over a PagedListModel: search as you type, sort by header, New / Open /
Delete, a count, and an empty list that says what to do. Clusters and grants use it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.services.listing import ListQuery
from .context import AppContext
from .export_action import add_export_action
from .icons import icon
from .paged_list_model import PagedListModel

SEARCH_DELAY_MS = 150


class PagedListPage(QWidget):
    """Subclasses set the texts and implement ``new_record``, ``open_id`` and ``delete_id``."""

    export_kind: str | None = None
    """The list's kind in ``reports.list_export``; set it to get “Export to Excel” (Ctrl+E)."""

    def __init__(
        self,
        context: AppContext,
        model: PagedListModel,
        title: str,
        new_text: str,
        search_hint: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.model = model
        model.setParent(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 8)
        top = QHBoxLayout()
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        top.addWidget(heading)
        top.addStretch(1)
        self.new_button = QPushButton(icon("new"), new_text, self)
        self.new_button.setToolTip(self.tr("Add a record (Ctrl+N)"))
        self.open_button = QPushButton(icon("open"), self.tr("Open"), self)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"), self)
        for button in (self.new_button, self.open_button, self.delete_button):
            top.addWidget(button)
        self.export = None
        if self.export_kind:  # exactly the rows, search, filters and order the model shows
            self.export = add_export_action(
                self, top, context, self.export_kind, lambda: self.model.query, model.ids_of
            )
        layout.addLayout(top)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(search_hint)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        layout.addWidget(self.search)
        self.filter_row = QHBoxLayout()
        layout.addLayout(self.filter_row)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(model.sort)
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyText")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.table)
        self.views.addWidget(self.empty)
        layout.addWidget(self.views, 1)
        self.count = QLabel(self)
        self.count.setObjectName("countLabel")
        layout.addWidget(self.count)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            self.open_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.table,
            self.delete_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.new_button.clicked.connect(self.new_record)
        self.open_button.clicked.connect(self.open_current)
        self.delete_button.clicked.connect(self.delete_current)
        for button in (self.new_button, self.delete_button):
            button.setEnabled(context.can_edit)
            if not context.can_edit:
                button.setToolTip(self.tr("Your role may only read records."))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        model.loaded.connect(self._loaded)

    # -- hooks -------------------------------------------------------------------------------
    def filters(self) -> dict:
        """The list's filters (subclasses with filter widgets override)."""
        return {}

    def count_text(self, total: int) -> str:
        """ "12 clusters"."""
        return str(total)

    def empty_text(self, searching: bool) -> str:
        """What an empty list says."""
        return ""

    def new_record(self) -> None:
        """Ctrl+N."""

    def open_id(self, row_id: str) -> None:
        """Open the record ``row_id``."""

    def delete_id(self, row_id: str) -> None:
        """Ask, then delete the record ``row_id``."""

    # -- behaviour ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        """Ctrl+F."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def apply_query(self) -> None:
        """Reload for the current search and filters (in the background)."""
        self._debounce.stop()
        query = self.model.query
        self.model.set_query(
            ListQuery(
                search=self.search.text(),
                filters=self.filters(),
                sort=query.sort,
                descending=query.descending,
                limit=None,
            )
        )

    def refresh(self) -> None:
        """Reload after a change made elsewhere."""
        self.model.reload()

    def _loaded(self, total: int) -> None:
        self.count.setText(self.count_text(total))
        if total:
            self.views.setCurrentWidget(self.table)
            return
        self.empty.setText(self.empty_text(bool(self.search.text().strip() or self.filters())))
        self.views.setCurrentWidget(self.empty)

    def current_id(self) -> str | None:
        """The id of the selected row."""
        return self.model.row_id(self.table.currentIndex().row())

    def open_current(self) -> None:
        """Open the selected record."""
        self.open_row(self.table.currentIndex().row())

    def open_row(self, row: int) -> None:
        """Open the record in ``row``."""
        row_id = self.model.row_id(row)
        if row_id is not None:
            self.open_id(row_id)

    def delete_current(self) -> None:
        """Delete the selected record (after asking)."""
        row_id = self.current_id()
        if row_id is not None and self.context.can_edit:
            self.delete_id(row_id)
