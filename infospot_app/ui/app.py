"""Starting the desktop application: set-up wizard, sign-in, then the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ..core.errors import InfoSpotError
from ..core.services import settings
from ..core.storage import OpenDatabase, open_database
from .context import AppContext
from .database_setup import database_state
from .failure import install_excepthook, show_error, start_logging
from .file_open import open_files, setup_file_for_wizard
from .i18n import install_language, save_language, saved_language
from .login_dialog import LoginDialog
from .main_window import MainWindow
from .setup_wizard import SetupWizard
from .tasks import TaskManager
from .theme import apply_theme


def application() -> QApplication:
    """The process's QApplication, created once, with InfoSpot's name and look."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("InfoSpot")
    app.setOrganizationName("InfoSpot")
    apply_theme(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def open_or_explain(path: Path) -> OpenDatabase | None:
    """Open the database, or show the user why it cannot be opened."""
    try:
        return open_database(path)
    except InfoSpotError as error:
        QMessageBox.critical(None, "InfoSpot", error.message(saved_language()))
        return None


class Workspace:
    """One signed-in use of a database: it owns the main window and can rebuild it."""

    def __init__(self, db: OpenDatabase, context: AppContext) -> None:
        self.db = db
        self.context = context
        self.window: MainWindow | None = None
        self.signed_out = False

    def show(self) -> MainWindow:
        """Build and show the main window."""
        window = MainWindow(self.context)
        window.language_requested.connect(self.switch_language)
        window.sign_out_requested.connect(self.sign_out)
        window.show()
        self.window = window
        return window

    def switch_language(self, lang: str) -> None:
        """Change the language now: translations reloaded, the window rebuilt."""
        install_language(lang)
        save_language(lang)
        with self.db.transaction() as session:
            settings.set_setting(session, settings.LANGUAGE, lang)
        old = self.window
        if old is not None:
            old.save_state()
        self.show()
        if old is not None:
            old.hide()
            old.deleteLater()

    def sign_out(self) -> None:
        """Close the window; ``run`` asks for a sign-in again."""
        self.signed_out = True
        if self.window is not None:
            self.window.close()


def run(path: Path, lang: str | None = None, files: Sequence[Path] = ()) -> int:
    """Run the GUI on the database at ``path`` until the window closes.

    ``files`` (packages, setup files) are opened for import once the user is signed in; a
    setup file given before any database exists fills in the first-run wizard instead.
    """
    app = application()
    start_logging()
    install_excepthook()
    install_language(lang or saved_language())
    try:
        state = database_state(path)
    except InfoSpotError as error:
        QMessageBox.critical(None, "InfoSpot", error.message(saved_language()))
        return 2
    files = [Path(f) for f in files]
    if not state.ready:
        setup_file = None if state.office else setup_file_for_wizard(files)
        wizard = SetupWizard(path, lang or saved_language(), state=state, setup_file=setup_file)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return 0
        path = wizard.database_path
        files = [f for f in files if f != setup_file]
    db = open_or_explain(path)
    if db is None:
        return 2
    tasks = TaskManager(db)
    try:
        with db.session() as session:
            office = settings.office_code(session) or ""
            mode = settings.get_setting(session, settings.MODE, "office")
        while True:
            login = LoginDialog(db, office)
            if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
                return 0
            context = AppContext(db, login.actor, tasks, mode)
            tasks.on_unhandled = lambda error: show_error(None, error)
            current = Workspace(db, context)
            window = current.show()
            if files:  # once the window is up; once, not again after signing in again
                opened, files = files, []
                QTimer.singleShot(
                    0, window, lambda w=window, c=context, f=opened: open_files(w, c, f)
                )
            status = app.exec()
            if not current.signed_out:
                return status
    finally:
        tasks.wait()
        db.close()


__all__ = ["Workspace", "application", "run"]
