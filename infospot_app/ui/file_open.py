"""Files given on the command line (what the .ispkg / .isetup association runs), after sign-in.

A package opens the central office's import preview; a setup file is adopted by an office
database that has none yet. The wizard takes a setup file before any database exists
(``setup_file_for_wizard``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from .context import AppContext
from .main_window import MainWindow
from .setup_file_import import import_setup_file

PACKAGE_SUFFIX = ".ispkg"
SETUP_SUFFIX = ".isetup"


def of_kind(files: Sequence[Path], suffix: str) -> list[Path]:
    """The files whose name ends with ``suffix`` (any case), in the given order."""
    return [f for f in files if f.name.lower().endswith(suffix)]


def setup_file_for_wizard(files: Sequence[Path]) -> Path | None:
    """The setup file to pre-fill the first-run wizard with, if one was given."""
    setups = of_kind(files, SETUP_SUFFIX)
    return setups[0] if setups else None


def open_files(window: MainWindow, context: AppContext, files: Sequence[Path]) -> None:
    """Route the given files to where they are imported, or say why they are not."""
    title = QCoreApplication.translate("FileOpen", "Opening files")
    missing = [f for f in files if not f.is_file()]
    if missing:
        QMessageBox.warning(
            window,
            title,
            QCoreApplication.translate(
                "FileOpen", "These files were not found; nothing was imported from them:\n{files}"
            ).format(files="\n".join(str(f) for f in missing)),
        )
    present = [f for f in files if f.is_file()]
    packages = of_kind(present, PACKAGE_SUFFIX)
    setups = of_kind(present, SETUP_SUFFIX)
    if packages:
        open_packages(window, context, packages)
    if setups:
        if not context.can_edit:
            QMessageBox.information(
                window,
                title,
                QCoreApplication.translate(
                    "FileOpen", "Importing a setup file needs a staff or administrator account."
                ),
            )
        else:
            page = window.show_page("sync")
            banner = getattr(page, "setup_banner", None)
            if banner is not None:  # the Sync page's own action, so the page follows
                banner.run(setups[0])
            else:  # says why this database takes no setup file
                import_setup_file(window, context.db, setups[0])


def open_packages(window: MainWindow, context: AppContext, packages: list[Path]) -> None:
    """At the central office: the Sync page's import preview; at an office: why not."""
    title = QCoreApplication.translate("FileOpen", "Opening files")
    if context.mode != "central":
        QMessageBox.information(
            window,
            title,
            QCoreApplication.translate(
                "FileOpen",
                "Sync packages are imported at the central office. This computer is an Info Spot "
                "office: send the package to the central office instead.",
            ),
        )
        return
    page = window.show_page("sync")
    central = getattr(page, "hq", None)
    if central is None:
        QMessageBox.information(
            window,
            title,
            QCoreApplication.translate(
                "FileOpen", "Importing packages needs a staff or administrator account."
            ),
        )
        return
    central.preview(packages)
