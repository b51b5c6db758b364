""" "Import setup file…": give an office database made from the reference list HQ's setup file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ..core.storage import OpenDatabase
from ..sync.office_setup import Fingerprints
from ..sync.setup_adoption import adopt_setup_file, adoption_refusal
from .failure import show_error, user_message
from .setup_file_source import checked, choose_setup_file


def needs_setup_file(db: OpenDatabase) -> bool:
    """True for an office database that has no sync keys yet (two settings rows read)."""
    with db.session() as session:
        return adoption_refusal(session) is None


def import_setup_file(
    parent: QWidget, db: OpenDatabase, path: Path | None = None
) -> Fingerprints | None:
    """Ask for (or take) a setup file, show what it says, adopt it in one transaction.

    Says why not when this database cannot take one; returns the new fingerprints or None.
    """
    title = QCoreApplication.translate("SetupFileImport", "Import setup file")
    with db.session() as session:
        refusal = adoption_refusal(session)
    if refusal is not None:
        QMessageBox.information(parent, title, user_message(refusal) or "")
        return None
    path = path or choose_setup_file(parent)
    if path is None:
        return None
    try:
        info = checked(path)
    except Exception as error:  # checked on a scratch database: any failure means a bad file
        QMessageBox.warning(
            parent,
            title,
            user_message(error)
            or QCoreApplication.translate(
                "SetupFileImport",
                "This file cannot be read as a setup file ({detail}). "
                "Ask the central office for a new one.",
            ).format(detail=error),
        )
        return None
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate(
            "SetupFileImport",
            "Setup file for office {office}.\nCentral office key: {fingerprint}\n\n"
            "Check this key by phone with the central office. Import the setup file now? "
            "Your records are kept; this computer gets its own sync keys.",
        ).format(office=info.office, fingerprint=info.hq_signing),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        with db.transaction() as session:
            prints = adopt_setup_file(session, path)
    except Exception as error:
        show_error(parent, error)
        return None
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate(
            "SetupFileImport",
            "The setup file is imported; this office can now sync with the central office.\n"
            "This office's key: {fingerprint}\nThe central office checks it on your first package.",
        ).format(fingerprint=prints.signing),
    )
    return prints


class SetupFileBanner(QFrame):
    """On the Sync page of an office without keys: why syncing waits, and the way out."""

    imported = Signal()

    def __init__(self, db: OpenDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("notice")
        layout = QHBoxLayout(self)
        self.text = QLabel(
            self.tr(
                "This office was set up without the central office's setup file, so it cannot "
                "sync yet. Ask the central office for your setup file (.isetup) and import it."
            ),
            self,
        )
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Import setup file…"), self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.run)
        self.setVisible(needs_setup_file(db))

    def run(self, path: Path | None = None) -> Fingerprints | None:
        """Import a setup file; the banner goes once it is in."""
        prints = import_setup_file(self, self.db, path if isinstance(path, Path) else None)
        if prints is not None:
            self.hide()
            self.imported.emit()
        return prints
