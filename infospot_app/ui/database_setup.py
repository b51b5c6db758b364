"""Making a new office or central database in one step, leaving nothing behind if it fails."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from ..core.services import settings, setup, users
from ..core.storage import open_database


@dataclass(frozen=True)
class SetupChoices:
    """What the first-run wizard collected."""

    path: Path
    language: str
    office: str
    admin_username: str
    admin_full_name: str
    admin_password: str
    setup_file: Path | None = None


@dataclass(frozen=True)
class DatabaseState:
    """Whether a database exists, which office it belongs to and whether it has users."""

    exists: bool
    office: str | None = None
    has_users: bool = False

    @property
    def ready(self) -> bool:
        return self.exists and self.office is not None and self.has_users


def database_state(path: Path) -> DatabaseState:
    """Look at the database at ``path`` (opening it briefly if it exists)."""
    if not path.exists() or path.stat().st_size == 0:
        return DatabaseState(False)
    with open_database(path, daily_backup=False) as db, db.session() as session:
        return DatabaseState(True, settings.office_code(session), users.user_count(session) > 0)


def _remove_new_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()


def create_database(choices: SetupChoices) -> None:
    """Set up the database (office, reference data, first admin, language) in one transaction.

    The central office gets its key pairs (``init_central``); an office with HQ's setup file is
    made from it with its own keys (``init_from_setup_file``); an office chosen from the list
    gets the reference data only and can adopt its setup file later.

    If anything fails, a file this call created is deleted again when nothing was written to
    it; an existing file keeps exactly what it had (the transaction rolls back).
    """
    path = choices.path
    was_new = not path.exists() or path.stat().st_size == 0
    try:
        with open_database(path, daily_backup=False) as db, db.transaction() as session:
            if settings.office_code(session) is None:
                from ..sync import office_setup  # keys and setup files: only when creating

                if choices.office == setup.HQ:
                    office_setup.init_central(session)
                elif choices.setup_file is not None:
                    office_setup.init_from_setup_file(session, choices.setup_file)
                else:
                    setup.initialize(session, choices.office)
            if users.user_count(session) == 0:
                users.add_user(
                    session,
                    None,
                    choices.admin_username,
                    choices.admin_full_name,
                    "admin",
                    choices.admin_password,
                )
            settings.set_setting(session, settings.LANGUAGE, choices.language)
    except BaseException:
        if was_new and path.exists() and database_state_empty(path):
            _remove_new_file(path)
        raise


def database_state_empty(path: Path) -> bool:
    """True if the database holds no office (nothing of the user's was ever written)."""
    try:
        return database_state(path).office is None
    except Exception:  # unreadable: it is the half-made file of this attempt
        return True
