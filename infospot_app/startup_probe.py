"""``--startup-probe DB``: how long this installation takes to show the main window.

Used by ``make bench`` (B5) on the source tree and on the frozen build alike: the process shows
the main window on the companies page, read-only, waits for the first rows, prints the seconds
since its own start and exits. The caller measures the whole process from outside too.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

STARTED = time.perf_counter()


def run_probe(path: Path) -> int:
    """Open ``path`` read-only in the main window, print the start-up time, exit 0."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .core.services import settings
    from .core.services.actor import Actor
    from .core.storage import open_database
    from .ui.app import application
    from .ui.context import AppContext
    from .ui.i18n import install_language
    from .ui.main_window import MainWindow
    from .ui.tasks import TaskManager

    app = application()
    app.setOrganizationName("InfoSpot-probe")  # keep the user's window state untouched
    install_language("tr")
    db = open_database(path, daily_backup=False)
    try:
        with db.session() as session:
            office = settings.office_code(session) or ""
        context = AppContext(db, Actor("probe", office, "viewer"), TaskManager(db))
        window = MainWindow(context)
        window.show_page("companies")
        window.show()
        page = window.page("companies")
        deadline = time.perf_counter() + 30
        while page.model.rowCount() == 0 and time.perf_counter() < deadline:
            if page.views.currentWidget() is page.empty:
                break
            app.processEvents()
        app.processEvents()
        print(f"{time.perf_counter() - STARTED:.3f}")
        context.tasks.wait()
        window.close()
    finally:
        db.close()
    return 0
