"""The base of every form: fields with their error underneath, Save / Save and new / Cancel,
Enter or Ctrl+S saves, Esc cancels (asking when something changed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.validation import ValidationError, ValidationErrors
from .failure import show_error
from .i18n import current_language
from .icons import icon


class FieldRow(QWidget):
    """A field and, under it, the place for its error message."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.field = field
        layout.addWidget(field)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setOpenExternalLinks(False)
        self.error.hide()
        layout.addWidget(self.error)
        self.setFocusProxy(field)

    def show_error(self, text: str) -> None:
        """Show ``text`` (may hold a link) under the field."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.field.setProperty("invalid", bool(text))
        self.field.style().unpolish(self.field)
        self.field.style().polish(self.field)


def value_of(widget: QWidget) -> Any:
    """The value a user entered in a line edit, text area or combo box."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    getter = getattr(widget, "value", None)
    return getter() if getter else None


class EditDialog(QDialog):
    """A form dialog. Subclasses add fields with ``add_field`` and implement ``save_values``."""

    saved = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None, *, save_and_new: bool = True):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.rows: dict[str, FieldRow] = {}
        self.labels: dict[str, str] = {}
        self.required: set[str] = set()
        self._snapshot: dict[str, Any] = {}
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        outer.addLayout(self.form)
        self.required_note = QLabel(self.tr("Fields marked * are required."), self)
        self.required_note.setObjectName("hint")
        outer.addWidget(self.required_note)
        self.missing = QLabel(self)
        self.missing.setObjectName("missingHint")
        self.missing.setWordWrap(True)
        outer.addWidget(self.missing)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setIcon(icon("save"))
        self.save_button.setDefault(True)
        self.save_new_button: QPushButton | None = None
        if save_and_new:
            self.save_new_button = self.buttons.addButton(
                self.tr("Save and new"), QDialogButtonBox.ButtonRole.ApplyRole
            )
            self.save_new_button.setAutoDefault(False)
            self.save_new_button.clicked.connect(lambda: self.save(and_new=True))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.cancel_button = cancel
        self.save_button.clicked.connect(lambda: self.save(and_new=False))
        cancel.clicked.connect(self.reject)
        outer.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save(and_new=False))

    # -- building ----------------------------------------------------------------------------
    def add_field(
        self, name: str, label: str, widget: QWidget, *, required: bool = False
    ) -> QWidget:
        """Add a labelled field (its label ends in * when required)."""
        row = FieldRow(widget, self)
        self.rows[name] = row
        self.labels[name] = label
        caption = QLabel(f"{label} *" if required else label, self)
        caption.setBuddy(widget)
        self.form.addRow(caption, row)
        if required:
            self.required.add(name)
        signal = getattr(widget, "textChanged", None) or getattr(
            widget, "currentIndexChanged", None
        )
        if signal is not None:
            signal.connect(self._update_missing)
        return widget

    def finish_tab_order(self) -> None:
        """Tab goes through the fields top to bottom, then Save, Save and new, Cancel."""
        buttons = [self.save_button, self.save_new_button, self.cancel_button]
        chain = [row.field for row in self.rows.values()] + [b for b in buttons if b is not None]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    def field(self, name: str) -> QWidget:
        """The input widget of the field ``name``."""
        return self.rows[name].field

    def values(self) -> dict[str, Any]:
        """Every field's current value."""
        return {name: value_of(row.field) for name, row in self.rows.items()}

    def mark_clean(self) -> None:
        """The current values are the saved ones."""
        self._snapshot = self.values()
        self._update_missing()

    def is_dirty(self) -> bool:
        """True if anything changed since the last load or save."""
        return self.values() != self._snapshot

    def _update_missing(self) -> None:
        values = self.values()
        missing = [
            self.labels[n]
            for n in self.rows
            if n in self.required and not str(values[n] or "").strip()
        ]
        text = (
            self.tr("To save, fill in: {fields}.").format(fields=", ".join(missing))
            if missing
            else ""
        )
        self.missing.setText(text)
        self.save_button.setToolTip(text or self.tr("Save (Enter or Ctrl+S)"))

    # -- saving ------------------------------------------------------------------------------
    def save_values(self, values: dict[str, Any]) -> str:
        """Write the values (one transaction) and return the saved row's id; raise on error."""
        raise NotImplementedError

    def error_text(self, error: ValidationError) -> str:
        """How a field's error is shown (subclasses add links)."""
        return error.message(current_language())

    def show_errors(self, errors: list[ValidationError]) -> None:
        """Put each error under its field; errors of unknown fields go to a message box."""
        for row in self.rows.values():
            row.show_error("")
        first: QWidget | None = None
        stray: list[str] = []
        for error in ValidationErrors(errors).by_field().values():
            row = self.rows.get(error.field) or self.rows.get(error.field.removesuffix("_code"))
            if row is None:
                stray.append(error.message(current_language()))
                continue
            row.show_error(self.error_text(error))
            first = first or row.field
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        if stray:
            QMessageBox.warning(self, self.windowTitle(), "\n".join(stray))

    def save(self, *, and_new: bool = False) -> bool:
        """Validate and save; the form stays open with the input kept if anything fails."""
        try:
            row_id = self.save_values(self.values())
        except ValidationErrors as errors:
            self.show_errors(errors.errors)
            return False
        except ValidationError as error:
            self.show_errors([error])
            return False
        except Exception as error:  # shown and logged; the input stays in the form
            show_error(self, error)
            return False
        for row in self.rows.values():
            row.show_error("")
        self.saved.emit(row_id)
        if and_new:
            self.clear_for_new()
            self.mark_clean()
        else:
            self.mark_clean()
            self.accept()
        return True

    def clear_for_new(self) -> None:
        """Empty the fields for the next record ("Save and new")."""
        for row in self.rows.values():
            field = row.field
            if isinstance(field, QLineEdit | QPlainTextEdit):
                field.clear()
        first = next(iter(self.rows.values()), None)
        if first is not None:
            first.field.setFocus()

    def reject(self) -> None:
        """Esc or Cancel: ask before throwing away changes."""
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes?"),
                self.tr("This form has changes that are not saved. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
