"""Choose people to enroll: search by name, e-mail or phone the Turkish way, pick several."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.models import Company
from ..core.services.listing import ListQuery
from ..core.services.people import ERASED_NAME, people
from .context import AppContext
from .rows_model import RowsModel

SEARCH_LIMIT = 100


def people_matching(session: Session, text: str) -> list[tuple[str, str, str, str]]:
    """(id, name, company, position) of the first people matching ``text`` (a bounded query)."""
    found = [
        p
        for p in people.list(session, ListQuery(search=text, limit=SEARCH_LIMIT)).rows
        if p.erased_at is None and p.full_name != ERASED_NAME
    ]
    names = dict(
        session.execute(
            select(Company.id, Company.legal_name).where(
                Company.id.in_({p.company_id for p in found if p.company_id})
            )
        ).all()
    )
    return [(p.id, p.full_name, names.get(p.company_id, ""), p.position) for p in found]


class ParticipantPicker(QDialog):
    """Several people at once; those already enrolled are listed but cannot be chosen again."""

    def __init__(
        self, context: AppContext, enrolled: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.enrolled = context, enrolled
        self.setWindowTitle(self.tr("Enroll people"))
        self.resize(700, 500)
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name, e-mail or phone"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.model = RowsModel(
            lambda: [self.tr("Name"), self.tr("Company"), self.tr("Position"), self.tr("Note")],
            parent=self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 240)
        layout.addWidget(self.table, 1)
        hint = QLabel(
            self.tr("Hold Ctrl or Shift to choose several people. Someone not in the list? "
                    "Close this and use “Quick add”."),
            self,
        )  # fmt: skip
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enroll"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self.find)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.find("")
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def find(self, text: str) -> None:
        """Show the first matches of ``text``."""
        with self.context.db.session() as session:
            found = people_matching(session, text)
        already = self.tr("already enrolled")
        self.model.set_rows(
            [[name, company, position, already if pid in self.enrolled else ""]
             for pid, name, company, position in found],
            [pid for pid, *_ in found],
        )  # fmt: skip

    def chosen(self) -> list[str]:
        """The ids of the selected people not yet enrolled, in list order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.model.key(r) for r in rows]
        return [i for i in ids if i is not None and i not in self.enrolled]
