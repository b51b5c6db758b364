"""A person's consents per purpose, with "Add consent" and "Withdraw"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Consent
from .consent_form import ConsentForm, WithdrawForm
from .context import AppContext
from .display import format_date
from .icons import icon
from .labels import consent_method, consent_purpose
from .rows_model import RowsModel


def headers() -> list[str]:
    """The consent table's column titles."""
    return [
        QCoreApplication.translate("ConsentList", "Purpose"),
        QCoreApplication.translate("ConsentList", "Notice version"),
        QCoreApplication.translate("ConsentList", "Given on"),
        QCoreApplication.translate("ConsentList", "Method"),
        QCoreApplication.translate("ConsentList", "Recorded by"),
        QCoreApplication.translate("ConsentList", "Withdrawn on"),
    ]


def consent_row(consent: Consent) -> list[str]:
    """One consent as the table shows it."""
    return [
        consent_purpose(consent.purpose),
        consent.notice_version,
        format_date(consent.given_on),
        consent_method(consent.method),
        consent.recorded_by,
        format_date(consent.withdrawn_on) or "–",
    ]


class ConsentList(QWidget):
    """The consents of one person; ``changed`` after one is added or withdrawn."""

    changed = Signal()

    def __init__(self, context: AppContext, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.person_id = context, person_id
        self.editable = context.can_edit
        self.withdrawn: list[bool] = []
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(icon("new"), self.tr("Add consent…"), self)
        self.withdraw_button = QPushButton(icon("cancel"), self.tr("Withdraw…"), self)
        for button in (self.add_button, self.withdraw_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.model = RowsModel(headers, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyText")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.add_button.clicked.connect(self.add)
        self.withdraw_button.clicked.connect(self.withdraw_current)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

    def set_editable(self, editable: bool) -> None:
        """Viewers, other offices' people and erased people: the list is read-only."""
        self.editable = editable and self.context.can_edit
        self._update_buttons()

    def show_consents(self, rows: list[Consent]) -> None:
        """Fill the table with the person's consents."""
        self.model.set_rows([consent_row(c) for c in rows], [c.id for c in rows])
        self.withdrawn = [c.withdrawn_on is not None for c in rows]
        if rows:
            self.table.selectRow(0)
        self.empty.setVisible(not rows)
        self.empty.setText(
            self.tr("No consent recorded — press “Add consent…” when the person signs the notice.")
            if self.editable
            else self.tr("No consent recorded.")
        )
        self._update_buttons()

    def current_id(self) -> str | None:
        """The selected consent's id."""
        return self.model.key(self.table.currentIndex().row())

    def _update_buttons(self) -> None:
        row = self.table.currentIndex().row()
        can_withdraw = 0 <= row < len(self.withdrawn) and not self.withdrawn[row]
        self.add_button.setEnabled(self.editable)
        self.withdraw_button.setEnabled(self.editable and can_withdraw)
        tip = "" if self.context.can_edit else self.tr("Your role may only read records.")
        self.add_button.setToolTip(tip)
        self.withdraw_button.setToolTip(tip)

    def add(self) -> ConsentForm | None:
        """Open the consent form for this person."""
        if not self.editable:
            return None
        self.form = ConsentForm(self.context, self.person_id, self)
        self.form.saved.connect(lambda _id: self.changed.emit())
        self.form.open()
        return self.form

    def withdraw_current(self) -> WithdrawForm | None:
        """Record the withdrawal of the selected consent."""
        consent_id = self.current_id()
        if consent_id is None or not self.withdraw_button.isEnabled():
            return None
        self.form = WithdrawForm(self.context, consent_id, self)
        self.form.saved.connect(lambda _id: self.changed.emit())
        self.form.open()
        return self.form
