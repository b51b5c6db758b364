"""Refusals of a sync file: each says what is wrong and what to do, in Turkish and English."""

from __future__ import annotations

from ..core.errors import InfoSpotError


class SyncRefused(InfoSpotError):
    """A package, receipt or setup file was refused; the database was not touched."""


class WrongRecipient(SyncRefused):
    """The file was encrypted to another key than this database's."""


class TooNew(SyncRefused):
    """The file comes from a newer InfoSpot (format or schema)."""


class AlreadyImported(SyncRefused):
    """The same package was imported before."""


class Damaged(SyncRefused):
    """The file is truncated, altered or not an InfoSpot file."""


class BadSignature(SyncRefused):
    """The signature does not match the sender's pinned key."""


def damaged(what_tr: str, what_en: str) -> Damaged:
    """A Damaged refusal with the usual advice appended."""
    return Damaged(
        f"Dosya bozuk ya da değiştirilmiş: {what_tr}. Gönderen ofisten dosyayı yeniden isteyin; "
        "veritabanına dokunulmadı.",
        f"The file is damaged or was altered: {what_en}. Ask the sending office for it again; "
        "the database was not touched.",
    )
