"""Starting the desktop application: one QApplication, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from ..core.errors import InfoSpotError
from ..core.storage import OpenDatabase, open_database
from .main_window import MainWindow


def application() -> QApplication:
    """The process's QApplication, created once."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("InfoSpot")
    app.setOrganizationName("InfoSpot")
    app.setStyle("Fusion")
    return app  # type: ignore[return-value]


def open_or_explain(path: Path) -> OpenDatabase | None:
    """Open the database, or show the user why it cannot be opened."""
    try:
        return open_database(path)
    except InfoSpotError as error:
        QMessageBox.critical(None, "InfoSpot", error.message("tr"))
        return None


def run(path: Path, lang: str | None = None) -> int:
    """Run the GUI on the database at ``path`` until the window closes."""
    app = application()
    db = open_or_explain(path)
    if db is None:
        return 2
    try:
        window = MainWindow(db)
        window.show()
        return app.exec()
    finally:
        db.close()
