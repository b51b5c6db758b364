"""The Visits page: the list of visits and, on a second tab, the overdue follow-up actions."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from .context import AppContext
from .icons import icon
from .visit_list import VisitListPage
from .visit_overdue import OverdueActionsView


class VisitsPage(QWidget):
    """Visits and overdue actions; the overdue count is in the tab's title."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.list = VisitListPage(context, self.tabs)
        self.overdue = OverdueActionsView(context, self.tabs)
        self.tabs.addTab(self.list, icon("visits"), self.tr("Visits"))
        self.tabs.addTab(self.overdue, icon("overdue"), "")
        layout.addWidget(self.tabs)
        self.overdue.counted.connect(self._count)
        self.overdue.changed.connect(self.list.refresh)
        self.overdue.open_visit.connect(self.list.open_id)
        self.list.changed.connect(self.overdue.refresh)
        self._count(self.overdue.model.rowCount())

    def _count(self, n: int) -> None:
        self.tabs.setTabText(1, self.tr("Overdue actions ({n})").format(n=n))

    def show_overdue(self) -> None:
        """Switch to the overdue actions."""
        self.tabs.setCurrentWidget(self.overdue)

    def focus_search(self) -> None:
        """Ctrl+F: the visit search."""
        self.tabs.setCurrentWidget(self.list)
        self.list.focus_search()

    def new_record(self) -> None:
        """Ctrl+N: a new visit."""
        self.list.new_record()

    def refresh(self) -> None:
        """Reload both tabs."""
        self.list.refresh()
        self.overdue.refresh()
