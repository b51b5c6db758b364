"""Driving the Sync pages as a user would: real databases, file dialogs answered by the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from infospot_app.core.storage import OpenDatabase
from infospot_app.ui.sync_page import SyncPage
from infospot_app.ui.tasks import TaskManager
from tests.sync.network import staff


def open_page(qtbot, db: OpenDatabase, code: str) -> SyncPage:  # noqa: ANN001
    """The Sync page of ``db`` signed in as staff of ``code``, with its worker."""
    page = SyncPage(db, staff(code), tasks=TaskManager(db))
    qtbot.addWidget(page)
    page.show()
    return page


def answer_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """The folder dialog will return ``folder``."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))


def answer_open_files(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> None:
    """The open-files dialogs will return ``paths`` (one or many)."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(p) for p in paths], "")
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(paths[0]), ""))


def answer_save(monkeypatch: pytest.MonkeyPatch, path: Path, office: str) -> None:
    """The office question answers ``office``; the save dialog returns ``path``."""
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: (office, True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))


def save_package(qtbot, page: SyncPage, monkeypatch: pytest.MonkeyPatch, folder: Path) -> Path:  # noqa: ANN001
    """Create package → Other folder… → ``folder``; returns the package written."""
    folder.mkdir(parents=True, exist_ok=True)
    answer_folder(monkeypatch, folder)
    assert page.office is not None
    with qtbot.waitSignal(page.office.package_created, timeout=20_000) as made:
        page.office.folder_action.trigger()
    return made.args[0].path


def import_packages(
    qtbot, page: SyncPage, monkeypatch: pytest.MonkeyPatch, paths: list[Path]
) -> list:  # noqa: ANN001
    """Import packages… → preview → Import; returns the summaries of the real import."""
    assert page.hq is not None
    answer_open_files(monkeypatch, paths)
    with qtbot.waitSignal(page.hq.previewed, timeout=20_000) as shown:
        page.hq.import_button.click()
    assert page.hq.preview_box.isVisible()
    refused = [s.message_en for s in shown.args[0] if s.status != "dry run"]
    assert not refused, refused
    with qtbot.waitSignal(page.hq.imported, timeout=20_000) as done:
        page.hq.confirm_button.click()
    return done.args[0]


def make_receipt(
    qtbot, page: SyncPage, monkeypatch: pytest.MonkeyPatch, office: str, out: Path
) -> Path:  # noqa: ANN001
    """Make receipt for office… → ``office`` → ``out``."""
    assert page.hq is not None
    qtbot.waitUntil(lambda: office in getattr(page.hq, "office_codes", []))
    answer_save(monkeypatch, out, office)
    with qtbot.waitSignal(page.hq.file_written, timeout=20_000) as written:
        page.hq.receipt_button.click()
    return written.args[0]


def import_receipt(qtbot, page: SyncPage, monkeypatch: pytest.MonkeyPatch, receipt: Path) -> None:  # noqa: ANN001
    """Import receipt… → ``receipt``, then wait for the page to show the new state."""
    assert page.office is not None
    answer_open_files(monkeypatch, [receipt])
    with qtbot.waitSignal(page.office.receipt_imported, timeout=20_000):
        page.office.receipt_button.click()
    with qtbot.waitSignal(page.office.refreshed, timeout=20_000):
        pass
