"""Sending a sync package by e-mail: SMTP settings, the message, sending, and ``.eml`` drafts.

The subject and body name only the office code, the package number and the file; the package
itself is encrypted to HQ, so a forwarded or misdirected e-mail leaks nothing.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..core.errors import InfoSpotError
from ..core.services import settings
from . import limits
from .atomic import write_atomically
from .container import read_header

MAIL_SETTINGS = "mail_settings"
SECURITY = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
TIMEOUT_SECONDS = 30.0


@dataclass(frozen=True)
class MailSettings:
    """Where and how to send: the SMTP server and the central office's address."""

    server: str = ""
    port: int = 587
    security: str = "starttls"
    user: str = ""
    sender: str = ""
    central_address: str = ""

    def problems(self) -> list[tuple[str, str]]:
        """What is missing or wrong, as (Turkish, English) pairs; empty when usable."""
        found = []
        if not self.server.strip():
            found.append(("SMTP sunucusu girilmemiş", "the SMTP server is not set"))
        if not 0 < self.port < 65536:
            found.append(("port 1–65535 arasında olmalı", "the port must be 1–65535"))
        if self.security not in SECURITY:
            found.append(("güvenlik ayarı geçersiz", "the security setting is invalid"))
        if "@" not in self.sender:
            found.append(("gönderen adresi girilmemiş", "the sender address is not set"))
        if "@" not in self.central_address:
            found.append(("merkezin adresi girilmemiş", "the central office's address is not set"))
        return found


class MailError(InfoSpotError):
    """Sending failed; ``transient`` when trying again later may succeed (server not answering)."""

    transient = False


class MailNotConfigured(MailError):
    """The e-mail settings are incomplete."""


class MailServerUnreachable(MailError):
    """The server does not answer (network down, wrong name or port)."""

    transient = True


class MailAuthenticationFailed(MailError):
    """The server refused the user name or password."""


class MailSecurityFailed(MailError):
    """The secure connection (STARTTLS or SSL) could not be made."""


class MailRefused(MailError):
    """The server refused the message (address, size or policy)."""


def load_mail_settings(session: Session) -> MailSettings:
    """The stored settings (defaults when none are stored)."""
    stored: dict[str, Any] = settings.get_setting(session, MAIL_SETTINGS, {}) or {}
    known = {k: v for k, v in stored.items() if k in MailSettings.__dataclass_fields__}
    return MailSettings(**known)


def save_mail_settings(session: Session, value: MailSettings) -> None:
    """Store the settings (never the password)."""
    settings.set_setting(session, MAIL_SETTINGS, asdict(value))


def require_usable(value: MailSettings) -> None:
    """Raise MailNotConfigured naming everything missing."""
    found = value.problems()
    if found:
        raise MailNotConfigured(
            "E-posta ayarları eksik: " + "; ".join(tr for tr, _ in found) + ". Ayarlar → "
            "E-posta'yı doldurun; paket giden kutusunda bekliyor.",
            "The e-mail settings are incomplete: " + "; ".join(en for _, en in found) + ". "
            "Fill in Settings → E-mail; the package waits in the outbox.",
        )


@dataclass(frozen=True)
class PackageFacts:
    """What the clear header of a package says: sender office and sequence number."""

    office: str
    sequence: int
    kind: str


def package_facts(path: Path) -> PackageFacts:
    """Read only the clear header of a sync file (SyncRefused if it is not one)."""
    with open(path, "rb") as handle:
        start = handle.read(12 + limits.MAX_HEADER_BYTES)
    header, _raw, _payload = read_header(start)
    return PackageFacts(header.sender, header.sequence, header.kind)


def package_message(value: MailSettings, path: Path) -> EmailMessage:
    """The message carrying the package at ``path`` to the central office."""
    facts = package_facts(path)
    data = path.read_bytes()
    message = EmailMessage()
    message["Subject"] = (
        f"InfoSpot eşitleme paketi / sync package: {facts.office} no. {facts.sequence}"
    )
    message["From"] = value.sender
    message["To"] = value.central_address
    message["Date"] = formatdate(localtime=True)
    domain = value.sender.rpartition("@")[2] or None
    message["Message-ID"] = make_msgid("infospot", domain=domain)
    message.set_content(_body(facts, path.name, len(data)))
    message.add_attachment(data, maintype="application", subtype="octet-stream", filename=path.name)
    return message


def _body(facts: PackageFacts, name: str, size: int) -> str:
    return (
        f"Merhaba,\n\nEkte InfoSpot {facts.office} ofisinin {facts.sequence} numaralı eşitleme "
        f"paketi var ({name}, {size} bayt). Paket şifreli ve imzalıdır; yalnızca merkezdeki "
        "InfoSpot açabilir. Merkezde: Eşitleme sayfası → Paketleri al.\n\n"
        "---\n\n"
        f"Hello,\n\nAttached is sync package no. {facts.sequence} of InfoSpot office "
        f"{facts.office} ({name}, {size} bytes). The package is encrypted and signed; only "
        "InfoSpot at the central office can open it. At the central office: Sync page → "
        "Import packages.\n"
    )


def send_message(
    value: MailSettings,
    password: str | None,
    message: EmailMessage,
    timeout: float = TIMEOUT_SECONDS,
) -> None:
    """Send ``message`` through the configured server; raises a MailError saying what to do."""
    require_usable(value)
    where = f"{value.server}:{value.port}"
    try:
        _deliver(value, password, message, timeout)
    except MailError:
        raise
    except smtplib.SMTPAuthenticationError as error:
        raise MailAuthenticationFailed(
            f"E-posta sunucusu ({where}) kullanıcı adını ya da parolayı kabul etmedi "
            f"({error.smtp_code}). Ayarlar → E-posta'da kullanıcıyı ve parolayı denetleyin; "
            "paket giden kutusunda bekliyor.",
            f"The mail server ({where}) refused the user name or password ({error.smtp_code}). "
            "Check the user and password in Settings → E-mail; the package waits in the outbox.",
        ) from error
    except (ssl.SSLError, smtplib.SMTPNotSupportedError) as error:
        raise MailSecurityFailed(
            f"{where} ile güvenli bağlantı kurulamadı ({error}). Güvenlik ayarını denetleyin "
            "(STARTTLS genellikle 587, SSL 465 numaralı port); paket giden kutusunda bekliyor.",
            f"No secure connection could be made with {where} ({error}). Check the security "
            "setting (STARTTLS usually on port 587, SSL on 465); the package waits in the outbox.",
        ) from error
    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as e:
        raise MailRefused(
            f"E-posta sunucusu iletiyi kabul etmedi: {e}. Gönderen ve merkez adreslerini "
            "denetleyin ya da paketi USB bellekle götürün; paket giden kutusunda bekliyor.",
            f"The mail server refused the message: {e}. Check the sender and central "
            "addresses or carry the package on a USB stick; the package waits in the outbox.",
        ) from e
    except (OSError, smtplib.SMTPException) as error:
        raise MailServerUnreachable(
            f"E-posta sunucusu {where} yanıt vermiyor ({error}). Paket giden kutusunda "
            "bekliyor ve sunucu yanıt verince kendiliğinden gönderilecek.",
            f"The mail server {where} does not answer ({error}). The package waits in the "
            "outbox and is sent by itself when the server answers again.",
        ) from error


def _deliver(
    value: MailSettings, password: str | None, message: EmailMessage, timeout: float
) -> None:
    context = ssl.create_default_context()
    client: smtplib.SMTP
    if value.security == "ssl":
        client = smtplib.SMTP_SSL(value.server, value.port, timeout=timeout, context=context)
    else:
        client = smtplib.SMTP(value.server, value.port, timeout=timeout)
    with client:
        client.ehlo()
        if value.security == "starttls":
            client.starttls(context=context)
            client.ehlo()
        if value.user:
            _login(client, value, password)
        client.send_message(message)


def _login(client: smtplib.SMTP, value: MailSettings, password: str | None) -> None:
    secret = password or ""
    try:
        if (value.user + secret).isascii():
            client.login(value.user, secret)
        else:
            _login_utf8(client, value.user, secret)
    except smtplib.SMTPNotSupportedError as error:
        raise MailAuthenticationFailed(
            f"{value.server} sunucusu bu bağlantıda oturum açmayı sunmuyor. Güvenlik olarak "
            "STARTTLS ya da SSL seçin, ya da sunucu istemiyorsa kullanıcı adını boş bırakın.",
            f"{value.server} offers no login on this connection. Choose STARTTLS or SSL as "
            "security, or leave the user name empty if the server needs none.",
        ) from error


def _login_utf8(client: smtplib.SMTP, user: str, password: str) -> None:
    # smtplib encodes credentials as ASCII and fails on "ş" or "ğ"; AUTH PLAIN (RFC 4616) is
    # defined over UTF-8, so Turkish passwords go that way.
    if not client.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    if "PLAIN" not in client.esmtp_features["auth"].upper().split():
        raise smtplib.SMTPAuthenticationError(
            504, b"the server offers no UTF-8 capable login (AUTH PLAIN)"
        )
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode()
    code, answer = client.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, answer)


def write_draft(value: MailSettings, package: Path, out: Path) -> Path:
    """Write an unsent ``.eml`` draft (``X-Unsent: 1``) with the package attached, atomically."""
    message = package_message(value, package)
    message["X-Unsent"] = "1"
    if not value.central_address:
        del message["To"]
    if not value.sender:
        del message["From"]
    return write_atomically(out, [message.as_bytes()])


def server_answers(value: MailSettings, timeout: float = 5.0) -> bool:
    """True when a TCP connection to the server succeeds (a cheap check before a retry pass)."""
    try:
        with socket.create_connection((value.server, value.port), timeout=timeout):
            return True
    except OSError:
        return False
