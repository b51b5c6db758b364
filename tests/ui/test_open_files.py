"""Files opened from the command line (the .ispkg / .isetup association) and setup files."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from infospot_app.cli import gui_command, gui_request
from infospot_app.core.services import settings, setup
from infospot_app.core.services.actor import Actor
from infospot_app.core.storage import OpenDatabase, open_database
from infospot_app.sync import office_setup
from infospot_app.sync.export import export_package
from infospot_app.sync.keys import SIGNING_PRIVATE
from infospot_app.ui import app as app_module
from infospot_app.ui.context import AppContext
from infospot_app.ui.file_open import open_files
from infospot_app.ui.main_window import MainWindow
from infospot_app.ui.sync_page import SyncPage
from infospot_app.ui.tasks import TaskManager
from tests.sync.network import make_hq, make_office
from tests.sync.test_round_trip import add_company


@pytest.fixture
def hq(tmp_path: Path):  # noqa: ANN201
    db = make_hq(tmp_path)
    yield db
    db.close()


def window_for(qtbot, db: OpenDatabase, office: str, mode: str) -> MainWindow:  # noqa: ANN001
    context = AppContext(db, Actor("staff-user", office, "staff"), TaskManager(db), mode)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def office_sync_page(qtbot, window: MainWindow) -> SyncPage:  # noqa: ANN001
    """The Sync page, after its first reading (its outbox timer fires in that event loop)."""
    page = window.page("sync")
    assert isinstance(page, SyncPage) and page.office is not None
    with qtbot.waitSignal(page.office.refreshed, timeout=20_000):
        pass
    return page


def setup_file(hq: OpenDatabase, code: str, folder: Path) -> Path:
    path = folder / f"{code}.isetup"
    with hq.session() as session:
        office_setup.write_setup_file(session, code, path)
    return path


def test_the_command_line_passes_the_files_to_the_window(monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    seen: dict[str, object] = {}

    def fake_run(path: Path, lang: str | None = None, files: object = ()) -> int:
        seen.update(path=path, lang=lang, files=files)
        return 0

    monkeypatch.setattr(app_module, "run", fake_run)
    args = gui_request(["--db", str(tmp_path / "x.db"), "--lang", "en", "paket.ISPKG", "a.isetup"])
    assert isinstance(args, argparse.Namespace)
    assert gui_command.run_gui(args) == 0
    assert seen["files"] == [Path("paket.ISPKG").resolve(), Path("a.isetup").resolve()]
    assert seen["lang"] == "en"


def test_a_package_at_hq_opens_the_sync_page_with_its_preview(
    qtbot, hq: OpenDatabase, tmp_path: Path
) -> None:  # noqa: ANN001
    office = make_office(hq, "TR19", tmp_path)
    add_company(office, "TR19", 1)
    package = export_package(office, tmp_path / "out").path
    office.close()
    window = window_for(qtbot, hq, "HQ", "central")
    page = window.page("sync")
    assert isinstance(page, SyncPage) and page.hq is not None
    with qtbot.waitSignal(page.hq.previewed, timeout=20_000) as shown:
        open_files(window, window.context, [package])
    assert window.current_key() == "sync"
    assert [s.status for s in shown.args[0]] == ["dry run"]
    window.context.tasks.wait()


def test_a_package_at_an_office_says_where_packages_go(
    qtbot, hq: OpenDatabase, tmp_path: Path, message_boxes
) -> None:  # noqa: ANN001
    office = make_office(hq, "TR19", tmp_path)
    package = export_package(office, tmp_path / "out").path
    window = window_for(qtbot, office, "TR19", "office")
    open_files(window, window.context, [package, tmp_path / "gone.ispkg"])
    texts = [text for _kind, _title, text in message_boxes.shown]
    assert any("gone.ispkg" in t for t in texts)
    assert any("imported at the central office" in t for t in texts)
    assert window.current_key() != "sync"
    window.context.tasks.wait()
    office.close()


def test_a_setup_file_is_adopted_by_an_office_set_up_from_the_list(
    qtbot, hq: OpenDatabase, tmp_path: Path, message_boxes
) -> None:  # noqa: ANN001
    office = open_database(tmp_path / "listed.db", daily_backup=False)
    with office.transaction() as session:
        setup.initialize(session, "TR19")
    window = window_for(qtbot, office, "TR19", "office")
    page = office_sync_page(qtbot, window)
    assert page.setup_banner is not None and not page.setup_banner.isHidden()
    message_boxes.answers = [QMessageBox.StandardButton.Yes]
    open_files(window, window.context, [setup_file(hq, "TR19", tmp_path)])
    with office.session() as session:
        assert settings.get_setting(session, SIGNING_PRIVATE) is not None
    assert page.setup_banner.isHidden()
    assert "can now sync" in message_boxes.shown[-1][2]
    # A second setup file is refused with the reason, and nothing changes.
    open_files(window, window.context, [setup_file(hq, "TR19", tmp_path)])
    assert "already set up" in message_boxes.shown[-1][2]
    window.context.tasks.wait()
    office.close()


def test_another_offices_setup_file_is_refused_and_leaves_the_database_as_it_was(
    qtbot, hq: OpenDatabase, tmp_path: Path, message_boxes
) -> None:  # noqa: ANN001
    office = open_database(tmp_path / "listed.db", daily_backup=False)
    with office.transaction() as session:
        setup.initialize(session, "TR19")
    window = window_for(qtbot, office, "TR19", "office")
    office_sync_page(qtbot, window)
    message_boxes.answers = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok]
    open_files(window, window.context, [setup_file(hq, "TR27", tmp_path)])
    assert any("TR27" in text for _k, _t, text in message_boxes.shown)
    with office.session() as session:
        assert settings.get_setting(session, SIGNING_PRIVATE) is None
        assert settings.office_code(session) == "TR19"
    window.context.tasks.wait()
    office.close()


def test_the_status_bar_counts_unconfirmed_changes_and_follows_a_package(
    qtbot, hq: OpenDatabase, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    from infospot_app.sync.receipts import import_receipt, write_receipt
    from tests.ui.sync_helpers import save_package

    office = make_office(hq, "TR19", tmp_path)
    add_company(office, "TR19", 1)  # a company and a person
    window = window_for(qtbot, office, "TR19", "office")
    label = window.sync_label
    qtbot.waitUntil(lambda: "2 changes since" in label.text(), timeout=20_000)
    page = office_sync_page(qtbot, window)
    package = save_package(qtbot, page, monkeypatch, tmp_path / "usb")
    hq_window = window_for(qtbot, hq, "HQ", "central")
    qtbot.waitUntil(lambda: "no open conflicts" in hq_window.sync_label.text(), timeout=20_000)
    from infospot_app.sync.importer import import_package

    import_package(hq, package)
    import_receipt(office, write_receipt(hq, "TR19", tmp_path / "r.isrcpt"))
    page.refresh()  # what the page does after Import receipt…; the status line follows
    qtbot.waitUntil(lambda: "Every change is confirmed" in label.text(), timeout=20_000)
    for w in (window, hq_window):
        w.context.tasks.wait()
    office.close()
