"""UI fixtures: isolated QSettings, English source strings, a context on the test database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from infospot_app.core.services.actor import Actor
from infospot_app.core.services.companies import companies
from infospot_app.core.storage import OpenDatabase
from infospot_app.ui.context import AppContext
from infospot_app.ui.i18n import install_language
from infospot_app.ui.tasks import TaskManager
from infospot_app.ui.theme import apply_theme
from tests.conftest import make_vkn

# The offscreen platform says so whenever a top-level window is shown; it is not our warning.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _qt_settings(qapp, tmp_path: Path) -> Iterator[None]:  # noqa: ANN001
    """Each test has its own QSettings file and starts in the source language (English)."""
    qapp.setOrganizationName("InfoSpotTests")
    qapp.setApplicationName("InfoSpot")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    apply_theme(qapp)
    install_language("en")
    yield
    install_language("en")


class MessageBoxes:
    """Message boxes shown during a test, answered without blocking.

    A modal box nobody can click would hang the run (pytest-qt closes dirty forms at teardown,
    and they ask before discarding). Each box is recorded; it is answered with the next queued
    answer, else with its default button (else the first of Cancel, No, Ok among its buttons).
    """

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answers: list[QMessageBox.StandardButton] = []

    def answer(
        self, kind: str, title: str, text: str, buttons: object, default: object
    ) -> QMessageBox.StandardButton:
        self.shown.append((kind, title, text))
        if self.answers:
            return self.answers.pop(0)
        B = QMessageBox.StandardButton
        if default not in (None, B.NoButton):
            return default  # type: ignore[return-value]
        for choice in (B.Cancel, B.No, B.Ok):
            if buttons is None or (buttons & choice):  # type: ignore[operator]
                return choice
        return B.Ok


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """Record message boxes instead of blocking on them (see MessageBoxes)."""
    boxes = MessageBoxes()
    B = QMessageBox.StandardButton
    for kind, default_buttons in (
        ("question", B.Yes | B.No),
        ("warning", B.Ok),
        ("critical", B.Ok),
        ("information", B.Ok),
    ):

        def static(parent, title, text, buttons=default_buttons, default=B.NoButton, _kind=kind):  # noqa: ANN001
            return boxes.answer(_kind, title, text, buttons, default)

        monkeypatch.setattr(QMessageBox, kind, staticmethod(static))

    def exec_box(self: QMessageBox) -> int:
        answer = boxes.answer(
            "exec",
            self.windowTitle(),
            self.text(),
            self.standardButtons(),
            self.defaultButton() and self.standardButton(self.defaultButton()),
        )
        return int(answer.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return boxes


def make_context(db: OpenDatabase, actor: Actor) -> AppContext:
    """A context whose task manager runs on the test database."""
    return AppContext(db, actor, TaskManager(db))


@pytest.fixture
def context(db: OpenDatabase, actor: Actor) -> Iterator[AppContext]:
    """A staff member's context."""
    ctx = make_context(db, actor)
    yield ctx
    ctx.tasks.wait()


def add_company(db: OpenDatabase, actor: Actor, n: int, name: str, **values: object) -> str:
    """Register a company through the service; returns its id."""
    with db.transaction() as session:
        row = companies.create(
            session,
            actor,
            {"legal_name": name, "tax_id": make_vkn(n), "province": "TR-19", **values},
        )
    return row.id


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, Turkish letters included (QTest's keyClicks is ASCII only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)
