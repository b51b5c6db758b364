"""A tab of the cluster page: a short list with New, Edit and Delete (members, activities,
benchmark assessments, grants)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .context import AppContext
from .failure import show_error
from .icons import icon
from .rows_model import RowsModel

FormFactory = Callable[[str | None, QWidget], QDialog]
Delete = Callable[[Any, str], None]


class RecordTab(QWidget):
    """A list of one cluster's records; edits open ``make_form``, Delete asks first."""

    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        headers: Callable[[], Sequence[str]],
        make_form: FormFactory | None,
        delete: Delete | None,
        editable: bool,
        numeric: frozenset[int] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.make_form, self.delete = context, make_form, delete
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(icon("new"), self.tr("Add"), self)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit"), self)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"), self)
        self.note = QLabel(self)
        self.note.setObjectName("hint")
        buttons.addWidget(self.note, 1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
            button.setVisible(make_form is not None)
            button.setEnabled(editable)
        layout.addLayout(buttons)
        self.model = RowsModel(headers, numeric=numeric, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(lambda: self.open_form(None))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        if editable and make_form is not None:
            self.table.doubleClicked.connect(lambda _i: self.edit_current())

    def set_rows(self, rows: list[list[str]], keys: list[str]) -> None:
        """Show the records."""
        self.model.set_rows(rows, keys)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def open_form(self, row_id: str | None) -> QDialog | None:
        """The record's form (empty for a new one)."""
        if self.make_form is None:
            return None
        form = self.make_form(row_id, self)
        form.saved.connect(lambda _id: self.changed.emit())
        form.open()
        return form

    def edit_current(self) -> None:
        """Edit the selected record."""
        row_id = self.model.key(self.table.currentIndex().row())
        if row_id is not None:
            self.open_form(row_id)

    def delete_current(self) -> None:
        """Ask, then delete the selected record."""
        row_id = self.model.key(self.table.currentIndex().row())
        if row_id is None or self.delete is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete the selected line? It is removed here and, after the next sync, at "
                    "the central office."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.context.db.transaction() as session:
                self.delete(session, row_id)
        except Exception as error:
            show_error(self, error)
            return
        self.changed.emit()
