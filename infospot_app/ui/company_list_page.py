"""The Companies page: Turkish search as you type, filters, sorting, and the list itself."""

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

from ..core.services.companies import companies
from ..core.services.company_overview import ordered_ids
from ..core.services.listing import ListQuery
from .company_filters import CompanyFilters
from .company_model import CompanyTableModel
from .context import AppContext
from .delete_prompt import ask_and_delete
from .display import format_int
from .export_action import add_export_action
from .icons import icon
from .member_import_button import add_member_import_button

SEARCH_DELAY_MS = 150


class CompanyListPage(QWidget):
    """Find, open, add and delete companies."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = CompanyTableModel(context, self)
        self._build()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.filters.changed.connect(self.apply_query)
        self.model.loaded.connect(self._loaded)
        self.apply_query()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 8)
        title = QLabel(self.tr("Companies"), self)
        title.setObjectName("pageTitle")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        self.new_button = QPushButton(icon("new"), self.tr("New company"), self)
        self.new_button.setToolTip(self.tr("Add a company (Ctrl+N)"))
        self.open_button = QPushButton(icon("open"), self.tr("Open"), self)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"), self)
        for button in (self.new_button, self.open_button, self.delete_button):
            top.addWidget(button)
        self.export = add_export_action(
            self, top, self.context, "companies", lambda: self.model.query, ordered_ids
        )
        self.import_button = add_member_import_button(self, top, self.context, self.refresh)
        layout.addLayout(top)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search by name, tax ID or district (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        layout.addWidget(self.search)
        self.filters = CompanyFilters(self)
        layout.addWidget(self.filters)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((240, 100, 150, 200, 70, 90, 130, 90)):
            # never narrower than the header's own text (Turkish titles run longer)
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self.model.sort)
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
        self.table.doubleClicked.connect(lambda index: self.open_company(index.row()))
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
        can_edit = self.context.can_edit
        self.new_button.setEnabled(can_edit)
        self.delete_button.setEnabled(can_edit)
        if not can_edit:
            self.new_button.setToolTip(self.tr("Your role may only read records."))
            self.delete_button.setToolTip(self.tr("Your role may only read records."))
        self.setTabOrder(self.search, self.filters)
        self.setTabOrder(self.filters, self.table)

    # -- behaviour ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        """Ctrl+F."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def query(self) -> ListQuery:
        """What the list should show now."""
        return ListQuery(
            search=self.search.text(),
            filters=self.filters.filters(),
            sort=self.model.query.sort,
            descending=self.model.query.descending,
            limit=None,
        )

    def apply_query(self) -> None:
        """Reload the list for the current search and filters (in the background)."""
        self._debounce.stop()
        self.model.set_query(self.query())

    def refresh(self) -> None:
        """Reload after a change made elsewhere."""
        self.model.reload()

    def _loaded(self, total: int) -> None:
        self.count.setText(self.tr("{n} companies").format(n=format_int(total)))
        if total:
            self.views.setCurrentWidget(self.table)
            return
        if self.search.text().strip() or self.filters.filters():
            self.empty.setText(
                self.tr("No company matches this search. Check the spelling or clear the filters.")
            )
        else:
            self.empty.setText(
                self.tr("No companies yet — press Ctrl+N to add the first one.")
                if self.context.can_edit
                else self.tr("No companies yet.")
            )
        self.views.setCurrentWidget(self.empty)

    def current_id(self) -> str | None:
        """The id of the selected company."""
        return self.model.company_id(self.table.currentIndex().row())

    def new_record(self) -> None:
        """Ctrl+N: the company form, empty."""
        if not self.context.can_edit:
            return
        from .company_form import CompanyForm

        form = CompanyForm(self.context, None, self)
        form.saved.connect(lambda _id: self.refresh())
        form.open_company.connect(self.open_company_id)
        form.open()

    def open_current(self) -> None:
        """Open the selected company's page."""
        self.open_company(self.table.currentIndex().row())

    def open_company(self, row: int) -> None:
        """Open the company in ``row``."""
        company_id = self.model.company_id(row)
        if company_id is not None:
            self.open_company_id(company_id)

    def open_company_id(self, company_id: str) -> None:
        """Open the page of the company ``company_id``."""
        from .company_page import CompanyPage

        page = CompanyPage(self.context, company_id, self)
        page.changed.connect(self.refresh)
        page.open()

    def delete_current(self) -> None:
        """Ask, then tombstone the selected company."""
        company_id = self.current_id()
        if company_id is None or not self.context.can_edit:
            return
        name = self.model.data(self.model.index(self.table.currentIndex().row(), 0))
        if ask_and_delete(
            self,
            self.context,
            self.tr("Delete company"),
            self.tr(
                "Delete “{name}”? It disappears from every list here and at the central office "
                "after the next sync. Its history stays in the audit log."
            ).format(name=name),
            lambda session, actor: companies.delete(session, actor, company_id),
        ):
            self.refresh()
