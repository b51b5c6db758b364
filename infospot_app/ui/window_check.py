"""Drawing the real main window offscreen with every page open: the self-test's Qt step."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ..core.services.actor import Actor
from ..core.storage import open_database
from .context import AppContext
from .main_window import MainWindow
from .pages import default_pages
from .tasks import TaskManager


def draw_every_page(path: Path, office: str) -> tuple[int, int, int] | None:
    """Open each page of the main window on the database at ``path``; return (pages, width,
    height) of the drawn window, or None if Qt could not draw it."""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    # Window geometry and the last page go to QSettings: keep the user's own untouched.
    app.setOrganizationName("InfoSpot-selftest")
    with open_database(path) as db:
        tasks = TaskManager(db)
        window = MainWindow(AppContext(db, Actor("selftest", office, "admin"), tasks))
        try:
            window.show()
            keys = [spec.key for spec in default_pages()]
            for key in keys:
                window.show_page(key)
                app.processEvents()
            tasks.wait()
            image = window.grab()
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
            tasks.wait()
    return None if image.isNull() else (len(keys), image.width(), image.height())
