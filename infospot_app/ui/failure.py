"""Unexpected errors: a rotating log in the data folder and a dialog with copyable details.

Nothing here closes a window, so whatever the user typed stays where it was.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.errors import InfoSpotError
from ..core.paths import data_dir
from ..core.validation import ValidationError, ValidationErrors
from .i18n import current_language

log = logging.getLogger("infospot")
LOG_NAME = "infospot.log"


def log_path() -> Path:
    """Where the application log is written."""
    return data_dir() / "logs" / LOG_NAME


def start_logging() -> Path:
    """Write warnings and errors to a rotating log file (5 × 1 MB) in the data folder."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(min(root.level or logging.INFO, logging.INFO))
    return path


def user_message(error: BaseException) -> str | None:
    """The message of an error the user can act on, in the current language; None for bugs."""
    lang = current_language()
    if isinstance(error, InfoSpotError | ValidationError):
        return error.message(lang)
    if isinstance(error, ValidationErrors):
        return "\n".join(error.messages(lang))
    return None


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """Explain ``error``: a known one by its message, anything else as an unexpected error."""
    message = user_message(error)
    box = QMessageBox(parent)
    box.setWindowTitle("InfoSpot")
    if message is not None:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(message)
    else:
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        log.error("unexpected error\n%s", details)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(
            QCoreApplication.translate(
                "Failure", "Something went wrong that InfoSpot did not expect."
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Failure",
                "Nothing you typed was lost: the window is still open. Try again; if it happens "
                "again, send the details below to your administrator. The log is in {path}.",
            ).format(path=log_path())
        )
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def install_excepthook(parent: QWidget | None = None) -> None:
    """Show and log exceptions that escape a slot instead of crashing the application."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        error.__traceback__ = tb
        show_error(parent, error)

    sys.excepthook = hook
