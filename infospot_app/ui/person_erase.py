"""The second confirmation of "Erase this person": the user types the person's name or SİL."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core.turkish import fold
from .icons import icon

ERASE_WORD = "SİL"


class EraseConfirmation(QDialog):
    """Erase is enabled only once the typed text is the person's name or “SİL”."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setWindowTitle(self.tr("Erase this person"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "The name, phone, e-mail and position of {name} will be blanked for good. "
                "Statistics (gender, company, trainings attended) are kept. This cannot be "
                "undone.\n\nTo confirm, type the person's name or {word}:"
            ).format(name=name, word=ERASE_WORD),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.typed = QLineEdit(self)
        self.typed.setPlaceholderText(name)
        layout.addWidget(self.typed)
        self.buttons = QDialogButtonBox(self)
        self.erase_button = self.buttons.addButton(
            self.tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setIcon(icon("erase"))
        self.erase_button.setEnabled(False)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.erase_button, cancel):
            button.setAutoDefault(False)  # Enter erases only once the confirmation is typed
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.typed.textChanged.connect(self._check)
        self.typed.returnPressed.connect(self.accept)
        self.resize(460, 200)

    def confirmed(self) -> bool:
        """True when the typed text is the name or SİL (Turkish case and accents ignored)."""
        typed = fold(self.typed.text()).strip()
        return bool(typed) and typed in (fold(self.name).strip(), fold(ERASE_WORD))

    def _check(self) -> None:
        self.erase_button.setEnabled(self.confirmed())

    def accept(self) -> None:
        """Only with the confirmation typed (Enter cannot get around it)."""
        if self.confirmed():
            super().accept()
