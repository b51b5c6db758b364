"""Overdue follow-up actions: not done, due before today; mark them done or open their visit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.models import Company, Visit
from ..core.services.visits import follow_up_actions, overdue_actions
from .context import AppContext
from .display import format_date, format_int
from .failure import show_error
from .icons import icon
from .rows_model import RowsModel


def overdue_headers() -> list[str]:
    """The columns of the overdue list."""
    return [
        QCoreApplication.translate("OverdueActions", "Due"),
        QCoreApplication.translate("OverdueActions", "Days late"),
        QCoreApplication.translate("OverdueActions", "Action"),
        QCoreApplication.translate("OverdueActions", "Responsible"),
        QCoreApplication.translate("OverdueActions", "Company"),
        QCoreApplication.translate("OverdueActions", "Visit"),
    ]


def overdue_rows(
    session: Session, today: date, office: str | None
) -> tuple[list[list[str]], list[tuple[str, str]]]:
    """Rows of the overdue actions and, per row, (action id, visit id)."""
    actions = overdue_actions(session, today, office)
    visit_ids = {a.visit_id for a in actions}
    visits = {
        row.id: (row.visit_date, row.legal_name)
        for row in session.execute(
            select(Visit.id, Visit.visit_date, Company.legal_name)
            .join(Company, Company.id == Visit.company_id)
            .where(Visit.id.in_(visit_ids))
        )
    }
    rows, keys = [], []
    for a in actions:
        visit_date, company = visits.get(a.visit_id, (None, ""))
        late = (today - a.due_on).days if a.due_on else 0
        rows.append(
            [
                format_date(a.due_on),
                format_int(late),
                a.description,
                a.responsible,
                company,
                format_date(visit_date),
            ]
        )
        keys.append((a.id, a.visit_id))
    return rows, keys


class OverdueActionsView(QWidget):
    """The overdue actions of this office (of every office at the central office)."""

    changed = Signal()
    open_visit = Signal(str)
    counted = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 8)
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("Overdue follow-up actions"), self)
        self.heading.setObjectName("pageTitle")
        top.addWidget(self.heading)
        top.addStretch(1)
        self.done_button = QPushButton(icon("done"), self.tr("Mark done"), self)
        self.done_button.setToolTip(self.tr("Record that the selected action was done today"))
        self.done_button.setEnabled(context.can_edit)
        self.open_button = QPushButton(icon("open"), self.tr("Open visit"), self)
        top.addWidget(self.done_button)
        top.addWidget(self.open_button)
        layout.addLayout(top)
        self.model = RowsModel(overdue_headers, numeric=frozenset({1}), parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No overdue actions. Well done."), self)
        self.empty.setObjectName("emptyText")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.table)
        self.views.addWidget(self.empty)
        layout.addWidget(self.views, 1)
        self.done_button.clicked.connect(self.mark_current_done)
        self.open_button.clicked.connect(self.open_current)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            self.open_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.refresh()

    def refresh(self) -> None:
        """Read the overdue actions again (a short list)."""
        office = None if self.context.mode == "central" else self.context.actor.office
        with self.context.db.session() as session:
            rows, keys = overdue_rows(session, date.today(), office)
        self.model.set_rows(rows, keys)
        self.views.setCurrentWidget(self.table if rows else self.empty)
        if rows:
            self.table.selectRow(0)
        self.counted.emit(len(rows))

    def _current(self) -> tuple[str, str] | None:
        return self.model.key(self.table.currentIndex().row())

    def mark_current_done(self) -> None:
        """The selected action was done today."""
        key = self._current()
        if key is None or not self.context.can_edit:
            return
        try:
            with self.context.db.transaction() as session:
                follow_up_actions.mark_done(session, self.context.actor, key[0])
        except Exception as error:
            show_error(self, error)
            return
        self.refresh()
        self.changed.emit()

    def open_current(self) -> None:
        """Open the selected action's visit."""
        key = self._current()
        if key is not None:
            self.open_visit.emit(key[1])
