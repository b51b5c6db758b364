"""A NACE Rev. 2 field that searches codes and Turkish/English labels as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core.reference import nace_entry, normalize_nace, search_nace
from .i18n import current_language

SUGGESTIONS = 30


class NaceField(QWidget):
    """Type "10.71", "ekmek" or "bread"; pick a class; the chosen label shows underneath."""

    textChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Code or words, e.g. 10.71 or bread"))
        self.label = QLabel(self)
        self.label.setObjectName("hint")
        self.label.setWordWrap(True)
        layout.addWidget(self.edit)
        layout.addWidget(self.label)
        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        self.completer.activated[str].connect(self._picked)
        self.edit.textEdited.connect(self._suggest)
        self.edit.textChanged.connect(self._describe)
        self.edit.textChanged.connect(self.textChanged)
        self.setFocusProxy(self.edit)

    def _suggest(self, text: str) -> None:
        lang = current_language()
        self.suggestions.clear()
        for entry in search_nace(text, SUGGESTIONS):
            if entry.level != "class":
                continue
            item = QStandardItem(f"{entry.code} — {entry.label(lang)}")
            self.suggestions.appendRow(item)
        self.completer.complete()

    def _picked(self, text: str) -> None:
        # The completer writes the whole suggestion into the field after this signal; keep
        # only the code, once it has.
        QTimer.singleShot(0, self.edit, lambda: self.edit.setText(text.split(" — ", 1)[0]))

    def _describe(self, text: str) -> None:
        entry = None
        try:
            entry = nace_entry(normalize_nace(text)) if text.strip() else None
        except ValueError:
            entry = None
        self.label.setText(entry.label(current_language()) if entry else "")

    def value(self) -> str:
        """The code as typed (validated by the service)."""
        return self.edit.text().strip()

    def text(self) -> str:
        return self.value()

    def set_value(self, code: str | None) -> None:
        """Show ``code``."""
        self.edit.setText(code or "")
