"""The SMTP password: kept in the operating system's password store (keyring), never in the database.

When the computer has no usable store (a Linux box without GNOME Keyring or KWallet: keyring's
"fail" backend), InfoSpot says what to install and asks for the password each time instead; it
never falls back to writing the password anywhere in clear.
"""

from __future__ import annotations

import contextlib

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError

from ..core.errors import InfoSpotError

SERVICE = "InfoSpot SMTP"


class PasswordStoreUnavailable(InfoSpotError):
    """This computer has no usable password store; the password must be typed each time."""


def store_unavailable(detail: str = "") -> PasswordStoreUnavailable:
    """The error saying there is no password store and what to do about it."""
    extra_tr = f" ({detail})" if detail else ""
    extra_en = f" ({detail})" if detail else ""
    return PasswordStoreUnavailable(
        "Bu bilgisayarda parola kasası (keyring) kullanılamıyor" + extra_tr + ". InfoSpot "
        "e-posta parolasını kaydetmez, her gönderimde sorar. Kaydetmek için: Windows'ta "
        "Kimlik Bilgileri Yöneticisi kendiliğinden kullanılır; Linux'ta GNOME Keyring ya da "
        "KWallet kurup oturumda açık tutun, sonra parolayı Ayarlar → E-posta'da yeniden girin.",
        "No password store (keyring) is usable on this computer" + extra_en + ". InfoSpot does "
        "not save the e-mail password and asks for it at each sending. To save it: on Windows "
        "the Credential Manager is used by itself; on Linux install GNOME Keyring or KWallet and "
        "keep it unlocked in your session, then enter the password again in Settings → E-mail.",
    )


def account(user: str, server: str) -> str:
    """The keyring user name of an SMTP account: ``user@server``."""
    return f"{user}@{server}"


def store_usable() -> bool:
    """True when keyring has a real backend (not the "fail" one)."""
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and backend.priority > 0


def save_password(user: str, server: str, password: str) -> None:
    """Keep ``password`` in the OS keyring; PasswordStoreUnavailable if there is none."""
    if not store_usable():
        raise store_unavailable()
    try:
        keyring.set_password(SERVICE, account(user, server), password)
    except KeyringError as error:
        raise store_unavailable(str(error)) from error


def saved_password(user: str, server: str) -> str | None:
    """The password kept in the keyring, or None (none kept, or no usable store)."""
    if not store_usable():
        return None
    try:
        return keyring.get_password(SERVICE, account(user, server))
    except KeyringError:
        return None


def forget_password(user: str, server: str) -> None:
    """Remove the kept password, if any."""
    if not store_usable():
        return
    with contextlib.suppress(KeyringError):
        keyring.delete_password(SERVICE, account(user, server))
