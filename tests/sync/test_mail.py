"""E-mail transport against a real SMTP server on loopback: attachment, outbox, errors, drafts."""

from __future__ import annotations

import email
import io
import json
from email.policy import default
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from infospot_app.cli import main
from infospot_app.core.storage import OpenDatabase
from infospot_app.sync import mail_password
from infospot_app.sync.export import export_package
from infospot_app.sync.importer import import_package
from infospot_app.sync.mail import (
    MailAuthenticationFailed,
    MailNotConfigured,
    MailSecurityFailed,
    MailSettings,
    save_mail_settings,
    write_draft,
)
from infospot_app.sync.outbox import (
    Outbox,
    mail_settings_of,
    outbox_dir,
    retry_outbox,
    send_package,
)

from .smtp_server import PASSWORD, USER, Inbox, free_port, start_server
from .test_round_trip import add_company

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


def configure(db: OpenDatabase, port: int, **changes: object) -> MailSettings:
    value = MailSettings(
        server="127.0.0.1",
        port=port,
        security="none",
        user=USER,
        sender="bilgi@corum-tso.example",
        central_address="kumelenme@merkez.example",
    )
    value = MailSettings(**{**value.__dict__, **changes})
    with db.transaction() as session:
        save_mail_settings(session, value)
    return value


@pytest.fixture
def package(tr19: OpenDatabase, tmp_path: Path) -> Path:
    add_company(tr19, "TR19", 11)
    return export_package(tr19, tmp_path / "made").path


def test_the_server_receives_the_package_byte_identical(
    hq: OpenDatabase, tr19: OpenDatabase, package: Path, tmp_path: Path
) -> None:
    port = free_port()
    configure(tr19, port)
    inbox = Inbox()
    server = start_server(port, inbox)
    try:
        report = send_package(tr19, package, PASSWORD, timeout=10)
    finally:
        server.stop()
    assert report.error is None and not report.waiting
    assert [e.file for e in report.sent] == [package.name]
    (message,) = inbox.messages
    assert inbox.recipients == [["kumelenme@merkez.example"]]
    assert message["Subject"] == "InfoSpot eşitleme paketi / sync package: TR19 no. 1"
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/octet-stream"
    assert attachment.get_filename() == package.name
    received = attachment.get_content()
    assert received == package.read_bytes()
    assert "şifreli" in message.get_body(("plain",)).get_content()
    # What arrived is a package HQ imports.
    copy = tmp_path / "arrived" / package.name
    copy.parent.mkdir()
    copy.write_bytes(received)
    assert import_package(hq, copy).tables["companies"].new == 1
    assert not (outbox_dir(tr19.path) / package.name).exists()


def test_the_outbox_keeps_the_package_while_the_server_is_down(
    tr19: OpenDatabase, package: Path
) -> None:
    port = free_port()
    configure(tr19, port)
    down = send_package(tr19, package, PASSWORD, timeout=5)
    assert down.error is not None and down.error.transient
    assert "does not answer" in down.error.message_en
    assert [e.file for e in down.waiting] == [package.name]
    kept = outbox_dir(tr19.path) / package.name
    expected = package.read_bytes()
    assert kept.read_bytes() == expected
    package.unlink()  # the user's own copy may go; the outbox has one
    inbox = Inbox()
    server = start_server(port, inbox)
    try:
        report = retry_outbox(outbox_dir(tr19.path), mail_settings_of(tr19), PASSWORD, 10)
    finally:
        server.stop()
    assert [e.file for e in report.sent] == [kept.name]
    assert report.waiting == [] and report.error is None
    (message,) = inbox.messages
    assert next(message.iter_attachments()).get_content() == expected
    assert not kept.exists()
    assert Outbox(outbox_dir(tr19.path)).entries()[0].sent_at is not None


def test_a_wrong_password_says_so_and_keeps_the_package(tr19: OpenDatabase, package: Path) -> None:
    port = free_port()
    configure(tr19, port)
    server = start_server(port, Inbox())
    try:
        report = send_package(tr19, package, "yanlış", timeout=10)
    finally:
        server.stop()
    assert isinstance(report.error, MailAuthenticationFailed)
    assert "refused the user name or password" in report.error.message_en
    assert "kullanıcı adını ya da parolayı kabul etmedi" in report.error.message_tr
    assert not report.error.transient
    (entry,) = Outbox(outbox_dir(tr19.path)).waiting()
    assert entry.attempts == 1 and "password" in entry.last_error_en


def test_starttls_against_a_server_without_it_is_a_clear_security_error(
    tr19: OpenDatabase, package: Path
) -> None:
    port = free_port()
    configure(tr19, port, security="starttls")
    server = start_server(port, Inbox())
    try:
        report = send_package(tr19, package, PASSWORD, timeout=10)
    finally:
        server.stop()
    assert isinstance(report.error, MailSecurityFailed)
    assert "STARTTLS usually on port 587" in report.error.message_en


def test_incomplete_settings_name_what_is_missing(tr19: OpenDatabase, package: Path) -> None:
    report = send_package(tr19, package, None, timeout=5)
    assert isinstance(report.error, MailNotConfigured)
    assert "the SMTP server is not set" in report.error.message_en
    with tr19.transaction() as session:
        save_mail_settings(session, MailSettings(server="smtp.example", user=""))
    report = send_package(tr19, package, None, timeout=5)
    assert isinstance(report.error, MailNotConfigured)
    assert "the sender address is not set" in report.error.message_en
    assert len(Outbox(outbox_dir(tr19.path)).waiting()) == 1  # queued once, not twice


def test_the_draft_parses_and_carries_the_attachment(tr19: OpenDatabase, package: Path) -> None:
    value = configure(tr19, 25)
    out = write_draft(value, package, package.parent / "draft.eml")
    message = email.message_from_bytes(out.read_bytes(), policy=default)
    assert message["X-Unsent"] == "1"
    assert message["To"] == "kumelenme@merkez.example"
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == package.name
    assert attachment.get_content_type() == "application/octet-stream"
    assert attachment.get_content() == package.read_bytes()
    assert not list(package.parent.glob(".*.partial"))


def test_cli_send_outbox_retry_and_eml(
    tr19: OpenDatabase,
    package: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    port = free_port()
    configure(tr19, port)
    tr19.close()  # the command opens the database itself
    db = ["--db", str(tr19.path)]
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["send", str(package), *db, "--password-stdin"]) == 1
    assert "yanıt vermiyor" in capsys.readouterr().out
    assert main(["outbox", *db, "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["file"] == package.name and entry["sent_at"] is None
    assert "does not answer" in entry["last_error_en"]
    inbox = Inbox()
    server = start_server(port, inbox)
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        assert main(["outbox", *db, "--retry", "--password-stdin", "--json"]) == 0
    finally:
        server.stop()
    report = json.loads(capsys.readouterr().out)
    assert [e["file"] for e in report["sent"]] == [package.name] and report["waiting"] == []
    assert len(inbox.messages) == 1
    out = package.parent / "taslak.eml"
    assert main(["eml", str(package), *db, "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert email.message_from_bytes(out.read_bytes(), policy=default)["X-Unsent"] == "1"


def test_without_a_keyring_the_password_is_not_stored_and_the_message_says_why() -> None:
    assert not mail_password.store_usable()  # this Linux box: keyring's "fail" backend
    with pytest.raises(mail_password.PasswordStoreUnavailable) as refused:
        mail_password.save_password(USER, "127.0.0.1", PASSWORD)
    assert "GNOME Keyring or KWallet" in refused.value.message_en
    assert mail_password.saved_password(USER, "127.0.0.1") is None


# keyring picks its backend on first use among every KeyringBackend subclass defined by then;
# pick it now, before the class below exists, so the other tests see this computer's real one.
keyring.get_keyring()


class MemoryKeyring(KeyringBackend):
    """A working keyring backend in memory, standing in for Windows' Credential Manager."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


def test_with_a_keyring_the_outbox_takes_the_password_from_it(
    tr19: OpenDatabase, package: Path
) -> None:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        mail_password.save_password(USER, "127.0.0.1", PASSWORD)
        assert backend.kept == {("InfoSpot SMTP", f"{USER}@127.0.0.1"): PASSWORD}
        port = free_port()
        configure(tr19, port)
        inbox = Inbox()
        server = start_server(port, inbox)
        try:
            report = send_package(tr19, package, None, timeout=10)
        finally:
            server.stop()
    finally:
        keyring.set_keyring(previous)
    assert report.error is None and len(inbox.messages) == 1
