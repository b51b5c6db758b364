"""The Sync page: an office saves a package, HQ previews and imports it, a receipt confirms it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from infospot_app.core.services.companies import companies
from infospot_app.core.storage import OpenDatabase
from infospot_app.sync.export import export_package
from infospot_app.sync.importer import import_package
from infospot_app.ui.sync_central import clock_text
from infospot_app.ui.sync_drives import looks_removable
from infospot_app.ui.sync_models import ImportPreviewModel
from infospot_app.ui.sync_page import SyncPage
from tests.sync import forge
from tests.sync.network import digest, make_hq, make_office, rows_of, staff
from tests.sync.test_round_trip import add_company
from tests.ui.sync_helpers import (
    import_packages,
    import_receipt,
    make_receipt,
    open_page,
    save_package,
)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[OpenDatabase, OpenDatabase]]:
    """HQ and TR19, set up from a real setup file."""
    hq = make_hq(tmp_path)
    tr19 = make_office(hq, "TR19", tmp_path)
    yield hq, tr19
    tr19.close()
    hq.close()


def close(page: SyncPage) -> None:
    page.tasks.wait()


def cell(model, row: int, column: int) -> str:  # noqa: ANN001
    return model.data(model.index(row, column))


def test_office_creates_a_package_and_saves_it_to_a_folder(
    qtbot, world, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    _hq, tr19 = world
    add_company(tr19, "TR19", 31)
    page = open_page(qtbot, tr19, "TR19")
    office = page.office
    assert office is not None and page.hq is None
    qtbot.waitUntil(lambda: "2 changes not yet confirmed" in office.unconfirmed_label.text())
    path = save_package(qtbot, page, monkeypatch, tmp_path / "usb")
    assert path.parent == tmp_path / "usb" and path.name.startswith("TR19_1_")
    assert path.read_bytes()[:5] == b"ISPKG"
    qtbot.waitUntil(lambda: office.packages.rowCount() == 1)
    assert cell(office.packages, 0, 0) == "1"
    assert cell(office.packages, 0, 2) == "2"
    assert cell(office.packages, 0, 3) == "not yet"
    assert "Package 1 saved" in office.message.text()
    close(page)


def test_hq_imports_through_the_page_with_preview_and_confirm_and_the_receipt_confirms(
    qtbot, world, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    hq, tr19 = world
    add_company(tr19, "TR19", 32)
    package = export_package(tr19, tmp_path / "usb").path
    central = open_page(qtbot, hq, "HQ")
    panel = central.hq
    assert panel is not None and central.office is None
    before = digest(hq)
    from tests.ui.sync_helpers import answer_open_files

    answer_open_files(monkeypatch, [package])
    with qtbot.waitSignal(panel.previewed, timeout=20_000) as shown:
        panel.import_button.click()
    (dry,) = shown.args[0]
    assert dry.status == "dry run" and dry.tables["companies"].new == 1
    assert digest(hq) == before  # the preview changed nothing
    preview = panel.preview_model
    lines = {cell(preview, r, 3): r for r in range(preview.rowCount())}
    assert cell(preview, lines["companies"], 4) == "1"  # new
    assert "key" in panel.preview_notes.text() and "Check it by phone" in panel.preview_notes.text()
    assert panel.confirm_button.isEnabled() and panel.confirm_button.text() == "Import 1 package(s)"
    with qtbot.waitSignal(panel.imported, timeout=20_000) as done:
        panel.confirm_button.click()
    assert done.args[0][0].status == "imported"
    assert rows_of(hq, "TR19") == rows_of(tr19, "TR19")
    qtbot.waitUntil(lambda: cell(panel.offices_model, 0, 2) == "1")
    assert cell(panel.offices_model, 0, 0) == "TR19" and cell(panel.offices_model, 0, 4) == ""
    receipt = make_receipt(qtbot, central, monkeypatch, "TR19", tmp_path / "TR19.isrcpt")
    assert receipt.exists()
    page = open_page(qtbot, tr19, "TR19")
    qtbot.waitUntil(lambda: "2 changes not yet confirmed" in page.office.unconfirmed_label.text())
    import_receipt(qtbot, page, monkeypatch, receipt)
    qtbot.waitUntil(lambda: page.office.unconfirmed_count == 0)
    assert page.office.unconfirmed_label.text() == "Every change is confirmed by the central office"
    qtbot.waitUntil(lambda: cell(page.office.packages, 0, 3) not in ("", "not yet"))
    close(page)
    close(central)


def test_a_replayed_or_foreign_file_is_refused_in_the_preview_and_nothing_is_imported(
    qtbot, world, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    hq, tr19 = world
    add_company(tr19, "TR19", 33)
    package = export_package(tr19, tmp_path / "usb").path
    import_package(hq, package)
    junk = tmp_path / "not-a-package.ispkg"
    junk.write_bytes(b"hello")
    page = open_page(qtbot, hq, "HQ")
    before = digest(hq)
    from tests.ui.sync_helpers import answer_open_files

    answer_open_files(monkeypatch, [package, junk])
    with qtbot.waitSignal(page.hq.previewed, timeout=20_000) as shown:
        page.hq.import_button.click()
    statuses = sorted(s.status for s in shown.args[0])
    assert statuses == ["already imported", "refused"]
    assert not page.hq.confirm_button.isEnabled()
    notes = page.hq.preview_notes.text()
    assert "was already imported on" in notes and "not an InfoSpot sync file" in notes
    assert digest(hq) == before
    close(page)


def test_dropped_packages_are_previewed(qtbot, world, tmp_path: Path) -> None:  # noqa: ANN001
    hq, tr19 = world
    add_company(tr19, "TR19", 34)
    first = export_package(tr19, tmp_path / "usb").path
    add_company(tr19, "TR19", 35)
    second = export_package(tr19, tmp_path / "usb").path
    page = open_page(qtbot, hq, "HQ")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(second)), QUrl.fromLocalFile(str(first))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(page.hq.previewed, timeout=20_000) as shown:
        page.hq.dropEvent(event)
    assert [s.sequence for s in shown.args[0]] == [1, 2]  # in the order the office made them
    assert [p.name for p in page.hq.pending] == [first.name, second.name]
    close(page)


def test_quarantine_and_conflicts_are_shown_side_by_side(
    qtbot, world, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    hq, tr19 = world
    company_id = add_company(tr19, "TR19", 36)
    import_package(hq, export_package(tr19, tmp_path).path)
    with tr19.transaction() as session:
        companies.update(session, staff("TR19"), company_id, {"employees": 9})
    edited = json.loads(rows_of(tr19, "TR19")["companies"][company_id])
    twin = {**edited, "employees": 99}
    bad = {**edited, "id": "00000000-0000-4000-8000-000000000000", "tax_id": "123"}
    forged = forge.package(
        tmp_path / "twin.ispkg", tr19, hq, {"companies": [twin, bad]}, sequence=9,
        manifest_changes={"rev_to": 50},
    )  # fmt: skip
    page = open_page(qtbot, hq, "HQ")
    import_packages(qtbot, page, monkeypatch, [forged, export_package(tr19, tmp_path / "b").path])
    panel = page.hq
    qtbot.waitUntil(lambda: panel.quarantine_model.rowCount() == 1)
    assert cell(panel.quarantine_model, 0, 2) == bad["id"]
    assert cell(panel.quarantine_model, 0, 6)  # the reason is shown
    assert panel.tabs.tabText(1) == "Quarantine (1)" and panel.tabs.tabText(2) == "Conflicts (1)"
    review = panel.conflicts
    fields = review.fields_model
    differing = [r for r in range(fields.rowCount()) if cell(fields, r, 3) == "differs"]
    assert [cell(fields, r, 0) for r in differing] == ["employees"]
    assert {cell(fields, differing[0], 1), cell(fields, differing[0], 2)} == {"9", "99"}
    assert review.keep_incoming.isEnabled()
    review.list_view.selectRow(0)
    review.keep_incoming.click()  # the office's copy that arrived wins
    qtbot.waitUntil(lambda: panel.tabs.tabText(2) == "Conflicts (0)")
    with hq.session() as session:
        assert companies.get(session, company_id).employees == 99
    close(page)


def test_models_pass_the_model_tester(qtbot, qtmodeltester, world, tmp_path: Path) -> None:  # noqa: ANN001
    hq, tr19 = world
    add_company(tr19, "TR19", 37)
    package = export_package(tr19, tmp_path).path
    model = ImportPreviewModel()
    model.set_summaries([import_package(hq, package, dry_run=True)])
    qtmodeltester.check(model)
    office_page = open_page(qtbot, tr19, "TR19")
    qtbot.waitUntil(lambda: office_page.office.unconfirmed_count == 2)
    qtmodeltester.check(office_page.office.packages)
    qtmodeltester.check(office_page.office.outbox_model)
    hq_page = open_page(qtbot, hq, "HQ")
    qtbot.waitUntil(lambda: hq_page.hq.offices_model.rowCount() > 0)
    for m in (hq_page.hq.offices_model, hq_page.hq.quarantine_model):
        qtmodeltester.check(m)
    qtmodeltester.check(hq_page.hq.conflicts.fields_model)
    close(office_page)
    close(hq_page)


def test_removable_drives_and_clock_differences_read_as_a_user_expects() -> None:
    assert looks_removable("/media/ayse/KINGSTON", "vfat", False, "linux")
    assert looks_removable("/run/media/ayse/USB", "exfat", False, "linux")
    assert not looks_removable("/", "ext4", True, "linux")
    assert not looks_removable("/home", "ext4", False, "linux")
    assert not looks_removable("/media/x", "tmpfs", False, "linux")
    assert looks_removable("E:/", "NTFS", False, "win32")
    assert not looks_removable("C:/", "NTFS", False, "win32")
    from datetime import timedelta

    assert clock_text(timedelta(minutes=-65)) == "−1 h 5 min"
    assert clock_text(timedelta(seconds=170)) == "+3 min"
    assert clock_text(None) == ""
