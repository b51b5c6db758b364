"""A visit's follow-up actions inside the visit form: add, edit, mark done, remove.

The actions are kept in the form until the visit is saved, so the visit, the people met and
the actions are written in one transaction.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.validation import ValidationError
from .context import AppContext
from .display import format_date
from .edit_dialog import EditDialog
from .icons import icon
from .rows_model import RowsModel
from .visit_fields import DateField

Action = dict[str, Any]
"""id (None until saved), description, due_on, responsible, done_on."""


def action_headers() -> list[str]:
    """The columns of the actions table."""
    return [
        QCoreApplication.translate("VisitActions", "Action"),
        QCoreApplication.translate("VisitActions", "Due"),
        QCoreApplication.translate("VisitActions", "Responsible"),
        QCoreApplication.translate("VisitActions", "Done"),
    ]


class ActionForm(EditDialog):
    """Add or edit one follow-up action (in the visit form; saved with the visit)."""

    accepted_action = Signal(dict)

    def __init__(self, action: Action | None, responsible: str, parent: QWidget | None = None):
        super().__init__("", parent, save_and_new=action is None)
        self.setWindowTitle(
            self.tr("New follow-up action") if action is None else self.tr("Edit follow-up action")
        )
        self.action = dict(action or {"id": None})
        self.add_field("description", self.tr("What is to be done"), QLineEdit(self), required=True)
        self.add_field("due_on", self.tr("Due date"), DateField(self, optional=True))
        self.add_field("responsible", self.tr("Responsible"), QLineEdit(self))
        self.add_field("done_on", self.tr("Done on"), DateField(self, optional=True))
        self.finish_tab_order()
        self.default_responsible = responsible
        self._show(self.action)
        self.mark_clean()
        self.field("description").setFocus()

    def _show(self, action: Action) -> None:
        self.field("description").setText(action.get("description", ""))
        self.field("due_on").set_value(action.get("due_on"))
        self.field("responsible").setText(action.get("responsible") or self.default_responsible)
        self.field("done_on").set_value(action.get("done_on"))

    def save_values(self, values: dict[str, Any]) -> str:
        description = values["description"].strip()
        if not description:
            raise ValidationError(
                "description",
                "Yapılacak işi yazın.",
                "Write what is to be done.",
            )
        action = {**self.action, **values, "description": description}
        action["responsible"] = values["responsible"].strip()
        self.accepted_action.emit(action)
        return action.get("id") or ""

    def clear_for_new(self) -> None:
        self.action = {"id": None}
        self._show(self.action)
        self.field("description").setFocus()


class ActionsField(QWidget):
    """The actions table and its buttons; ``value()`` is the list of actions."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.actions: list[Action] = []
        self.dialog: ActionForm | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = RowsModel(action_headers, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(130)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(icon("new"), self.tr("Add action"), self)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit"), self)
        self.done_button = QPushButton(icon("done"), self.tr("Mark done"), self)
        self.remove_button = QPushButton(icon("delete"), self.tr("Remove"), self)
        for button in (self.add_button, self.edit_button, self.done_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.setFocusProxy(self.table)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_current)
        self.done_button.clicked.connect(self.mark_current_done)
        self.remove_button.clicked.connect(self.remove_current)

    def value(self) -> list[Action]:
        """Every action as entered (copies)."""
        return [dict(a) for a in self.actions]

    def set_actions(self, actions: list[Action]) -> None:
        """Show ``actions``."""
        self.actions = [dict(a) for a in actions]
        self._refresh()

    def _refresh(self, select: int | None = None) -> None:
        rows = [
            [
                a["description"],
                format_date(a.get("due_on")),
                a.get("responsible", ""),
                format_date(a.get("done_on")),
            ]
            for a in self.actions
        ]
        self.model.set_rows(rows)
        if select is not None and 0 <= select < len(rows):
            self.table.selectRow(select)
        self.changed.emit()

    def _open_form(self, index: int | None) -> None:
        action = None if index is None else self.actions[index]
        self.dialog = ActionForm(action, self.context.actor.user, self)

        def keep(result: Action) -> None:
            if index is None:
                self.actions.append(result)
                self._refresh(len(self.actions) - 1)
            else:
                self.actions[index] = result
                self._refresh(index)

        self.dialog.accepted_action.connect(keep)
        self.dialog.open()

    def add(self) -> None:
        """Open the action form for a new action (Save and new adds several)."""
        self._open_form(None)

    def current_row(self) -> int | None:
        """The selected action's position."""
        row = self.table.currentIndex().row()
        return row if 0 <= row < len(self.actions) else None

    def edit_current(self) -> None:
        """Edit the selected action."""
        row = self.current_row()
        if row is not None:
            self._open_form(row)

    def mark_current_done(self) -> None:
        """The selected action was done today (saved with the visit)."""
        row = self.current_row()
        if row is not None and self.actions[row].get("done_on") is None:
            self.actions[row]["done_on"] = date.today()
            self._refresh(row)

    def remove_current(self) -> None:
        """Take the selected action off the visit (deleted when the visit is saved)."""
        row = self.current_row()
        if row is not None:
            del self.actions[row]
            self._refresh(min(row, len(self.actions) - 1))

    def set_editable(self, enabled: bool) -> None:
        """Viewers see the actions but cannot change them."""
        for button in (self.add_button, self.edit_button, self.done_button, self.remove_button):
            button.setEnabled(enabled)
