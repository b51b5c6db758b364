"""Errors the user can act on, each with a Turkish and an English message."""

from __future__ import annotations


class InfoSpotError(Exception):
    """An error with a message for the user, in Turkish (``str()``) and English."""

    def __init__(self, message_tr: str, message_en: str) -> None:
        super().__init__(message_tr)
        self.message_tr = message_tr
        self.message_en = message_en

    def message(self, lang: str = "tr") -> str:
        """The message in ``lang`` ("tr" or "en")."""
        return self.message_en if lang == "en" else self.message_tr


class DatabaseError(InfoSpotError):
    """The database cannot be opened or used as asked."""


class DatabaseInUse(DatabaseError):
    """Another InfoSpot process holds the database open for writing."""


class SchemaTooNew(DatabaseError):
    """The database was written by a newer InfoSpot."""


class MigrationFailed(DatabaseError):
    """The upgrade of an older database failed; the original is untouched."""


class PermissionDenied(InfoSpotError):
    """The signed-in user's role does not allow the action."""


class ForeignRow(InfoSpotError):
    """The row belongs to another office, which alone may change it."""


class NotFound(InfoSpotError):
    """The row asked for does not exist (or was deleted)."""


class StaleEdit(InfoSpotError):
    """Someone changed the row since it was opened for editing."""
