"""The wizard's office page source "setup file from the central office": choose, check, show."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..sync.setup_adoption import SetupFileInfo, check_setup_file
from .failure import user_message

SETUP_FILTER = "*.isetup"


def choose_setup_file(parent: QWidget) -> Path | None:
    """Ask for a setup file; None if the user cancels."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SetupFileSource", "Setup file from the central office"),
        "",
        QCoreApplication.translate("SetupFileSource", "InfoSpot setup file ({pattern})").format(
            pattern=SETUP_FILTER
        ),
    )
    return Path(chosen) if chosen else None


def checked(path: Path) -> SetupFileInfo:
    """``check_setup_file`` with a busy cursor (a fraction of a second on a scratch database)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return check_setup_file(path)
    finally:
        QGuiApplication.restoreOverrideCursor()


class SetupFileSource(QGroupBox):
    """Identify the office by HQ's setup file; shows its office and HQ's key fingerprint."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.info: SetupFileInfo | None = None
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("hint")
        self.choose_button = QPushButton(self)
        self.clear_button = QPushButton(self)
        self.shown = QLabel(self)
        self.shown.setWordWrap(True)
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.note, self.shown, self.error):
            layout.addWidget(widget)
        layout.insertLayout(1, buttons)
        self.choose_button.clicked.connect(self.choose)
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Setup file from the central office"))
        self.note.setText(
            self.tr(
                "Syncing with the central office needs the setup file it sends you (.isetup). "
                "Without it you can try InfoSpot with an office chosen from the list and import "
                "the setup file later on the Sync page."
            )
        )
        self.choose_button.setText(self.tr("Choose setup file…"))
        self.clear_button.setText(self.tr("Do not use a setup file"))
        self._show()

    def choose(self) -> None:
        """File dialog, then check the file."""
        path = choose_setup_file(self)
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> bool:
        """Check ``path`` and use it; on a refusal say why and keep no file."""
        try:
            info = checked(path)
        except Exception as error:  # checked on a scratch database: any failure means a bad file
            message = user_message(error) or self.tr(
                "This file cannot be read as a setup file ({detail}). "
                "Ask the central office for a new one."
            ).format(detail=error)
            self.path, self.info = None, None
            self.error.setText(message)
        else:
            self.path, self.info = path, info
            self.error.clear()
        self._show()
        self.changed.emit()
        return self.info is not None

    def clear(self) -> None:
        """Go back to choosing the office from the list."""
        self.path, self.info = None, None
        self.error.clear()
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        self.clear_button.setVisible(self.info is not None)
        if self.info is None or self.path is None:
            self.shown.setText(self.tr("No setup file chosen."))
            return
        self.shown.setText(
            self.tr(
                "File: {file}\nOffice: {office}\nCentral office key: {fingerprint}\n"
                "Check this key by phone with the central office before you continue."
            ).format(file=self.path.name, office=self.info.office, fingerprint=self.info.hq_signing)
        )
