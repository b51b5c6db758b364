"""Asking before a record is deleted (tombstoned), the same way on every page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from ..core.services.actor import Actor
from .context import AppContext
from .failure import show_error


def ask_and_delete(
    parent: QWidget,
    context: AppContext,
    title: str,
    question: str,
    delete: Callable[[Session, Actor], object],
) -> bool:
    """Ask ``question`` (No is the default); on Yes run ``delete`` in one transaction.

    Returns True once deleted; a refusal or failure is shown to the user and returns False.
    """
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        with context.db.transaction() as session:
            delete(session, context.actor)
    except Exception as error:  # noqa: BLE001 - shown to the user, nothing half-done
        show_error(parent, error)
        return False
    return True
