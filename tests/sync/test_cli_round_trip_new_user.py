"""A new user's round trip: HQ and two offices set up from the command line, then everything else
through the Sync pages — setup files, packages on a USB folder and by e-mail, preview, import,
receipts — until HQ holds both offices' latest state and nothing is left unconfirmed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog

from infospot_app.cli import main
from infospot_app.core.services.companies import companies
from infospot_app.core.storage import OpenDatabase, open_database
from infospot_app.ui.i18n import install_language
from infospot_app.ui.sync_page import SyncPage
from tests.sync.network import rows_of, staff
from tests.sync.smtp_server import PASSWORD, USER, Inbox, free_port, start_server
from tests.sync.test_round_trip import add_company
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.sync_helpers import (
    answer_save,
    import_packages,
    import_receipt,
    make_receipt,
    open_page,
    save_package,
)

pytestmark = [
    pytest.mark.qt_log_ignore(OFFSCREEN_NOISE),
    pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS"),
]


def cli(*args: str) -> None:
    assert main(list(args)) == 0, args


def open_db(path: Path) -> OpenDatabase:
    return open_database(path, daily_backup=False)


def setup_file(qtbot, hq_page: SyncPage, monkeypatch, code: str, out: Path) -> Path:  # noqa: ANN001
    """Make office setup file… → ``code`` → ``out``."""
    assert hq_page.hq is not None
    qtbot.waitUntil(lambda: code in getattr(hq_page.hq, "office_codes", []))
    answer_save(monkeypatch, out, code)
    with qtbot.waitSignal(hq_page.hq.file_written, timeout=20_000) as written:
        hq_page.hq.setup_button.click()
    return written.args[0]


def send_by_mail(qtbot, page: SyncPage, monkeypatch) -> object:  # noqa: ANN001
    """Send by e-mail, typing the password when asked (this computer has no keyring)."""
    assert page.office is not None
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (PASSWORD, True))
    with qtbot.waitSignal(page.office.outbox_reported, timeout=30_000) as reported:
        page.office.mail_button.click()
    return reported.args[0]


def test_a_new_user_does_the_whole_round_trip_through_the_sync_pages(
    qtbot,  # noqa: ANN001
    qapp,  # noqa: ANN001
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    install_language("en")
    hq_path, tr19_path, tr27_path = (tmp_path / f"{n}.db" for n in ("hq", "tr19", "tr27"))
    usb = tmp_path / "usb"
    cli("init", "--central", "--db", str(hq_path))
    hq = open_db(hq_path)
    hq_page = open_page(qtbot, hq, "HQ")
    setups = {
        code: setup_file(qtbot, hq_page, monkeypatch, code, usb / f"{code}.issetup")
        for code in ("TR19", "TR27")
    }
    cli("init", "--setup-file", str(setups["TR19"]), "--db", str(tr19_path))
    cli("init", "--setup-file", str(setups["TR27"]), "--db", str(tr27_path))
    port = free_port()
    cli(
        "mail-settings",
        "--db",
        str(tr27_path),
        "--server",
        "127.0.0.1",
        "--port",
        str(port),
        "--security",
        "none",
        "--user",
        USER,
        "--sender",
        "bilgi@gaziantep.example",
        "--to",
        "merkez@bakanlik.example",
    )
    tr19, tr27 = open_db(tr19_path), open_db(tr27_path)
    first = add_company(tr19, "TR19", 41)
    add_company(tr27, "TR27", 42)

    # TR19 carries its package on a USB stick; TR27 e-mails its own.
    tr19_page = open_page(qtbot, tr19, "TR19")
    stick_package = save_package(qtbot, tr19_page, monkeypatch, usb)
    inbox = Inbox()
    server = start_server(port, inbox)
    try:
        tr27_page = open_page(qtbot, tr27, "TR27")
        report = send_by_mail(qtbot, tr27_page, monkeypatch)
    finally:
        server.stop()
    assert report.error is None and len(report.sent) == 1
    (message,) = inbox.messages
    (attachment,) = list(message.iter_attachments())
    mailed_package = tmp_path / "downloads" / attachment.get_filename()
    mailed_package.parent.mkdir()
    mailed_package.write_bytes(attachment.get_content())

    # HQ takes both in at once, after the preview.
    summaries = import_packages(qtbot, hq_page, monkeypatch, [mailed_package, stick_package])
    assert sorted((s.office, s.status) for s in summaries) == [
        ("TR19", "imported"),
        ("TR27", "imported"),
    ]
    for code, office in (("TR19", tr19), ("TR27", tr27)):
        assert rows_of(hq, code) == rows_of(office, code)

    # Receipts go back; each office sees everything confirmed.
    for code, page in (("TR19", tr19_page), ("TR27", tr27_page)):
        receipt = make_receipt(qtbot, hq_page, monkeypatch, code, usb / f"{code}.isrcpt")
        import_receipt(qtbot, page, monkeypatch, receipt)
        qtbot.waitUntil(lambda p=page: p.office.unconfirmed_count == 0)
        assert "Every change is confirmed" in page.office.unconfirmed_label.text()

    # A second round: an edit travels, and only the edit.
    with tr19.transaction() as session:
        companies.update(session, staff("TR19"), first, {"employees": 55})
    tr19_page.refresh()
    qtbot.waitUntil(lambda: tr19_page.office.unconfirmed_count == 1)
    second = save_package(qtbot, tr19_page, monkeypatch, usb)
    (summary,) = import_packages(qtbot, hq_page, monkeypatch, [second])
    assert summary.tables["companies"].updated == 1 and summary.totals().total() == 1
    assert rows_of(hq, "TR19") == rows_of(tr19, "TR19")
    qtbot.waitUntil(lambda: hq_page.hq.offices_model.rowCount() == 5)
    codes = [hq_page.hq.offices_model.data(hq_page.hq.offices_model.index(r, 0)) for r in range(5)]
    last = {
        codes[r]: hq_page.hq.offices_model.data(hq_page.hq.offices_model.index(r, 2))
        for r in range(5)
    }
    qtbot.waitUntil(
        lambda: (
            hq_page.hq.offices_model.data(hq_page.hq.offices_model.index(codes.index("TR19"), 2))
            == "2"
        )
    )
    assert last["TR27"] == "1"
    for page in (hq_page, tr19_page, tr27_page):
        page.tasks.wait()
    for db in (hq, tr19, tr27):
        db.close()
    assert not list(usb.glob(".*.partial"))
