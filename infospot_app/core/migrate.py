"""Schema revisions: where a database stands and upgrading it in-process with Alembic."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, exc, text

from .database import make_engine
from .paths import migrations_path

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a database is not at the newest revision: a database that is
# up to date (every start but the first after an upgrade) opens without it.
_REVISION = re.compile(r"^revision(?::[^=]*)?\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?::[^=]*)?\s*=\s*(?:[\"']([^\"']+)[\"']|None)", re.MULTILINE)


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration built in code (no alembic.ini, no executable; works frozen)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision this application knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations shipped"
    return head


@dataclass(frozen=True)
class SchemaState:
    """Where a database's schema stands against this application."""

    current: str | None
    head: str
    known: bool

    @property
    def empty(self) -> bool:
        return self.current is None

    @property
    def behind(self) -> bool:
        return self.known and self.current != self.head

    @property
    def too_new(self) -> bool:
        return not self.known


def shipped_head() -> str | None:
    """The head of the shipped revisions read straight from their files (a linear chain), or
    None if the files do not say it plainly; Alembic is the authority in that case."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (migrations_path() / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision[1])
        if down[1]:
            parents.add(down[1])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database (None for a new, empty one)."""
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except exc.OperationalError:  # no alembic_version table: nothing created yet
            return None


def schema_state(engine: Engine) -> SchemaState:
    """Read the database's revision and compare it with the shipped migrations."""
    current = current_revision(engine)
    if current is not None and current == shipped_head():
        return SchemaState(current, current, True)
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    script = ScriptDirectory.from_config(alembic_config())
    known = True
    if current is not None:
        try:
            known = script.get_revision(current) is not None
        except CommandError:
            known = False
    return SchemaState(current, head_revision(), known)


def upgrade_to_head(path: Path) -> None:
    """Upgrade the database at ``path`` in one transaction: all of it applies, or none of it.

    Foreign-key enforcement is off on this connection (batch operations rebuild tables) and
    the result is checked with ``PRAGMA foreign_key_check`` before it is committed.
    """
    from alembic import command

    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if broken:
                raise RuntimeError(f"foreign key check failed after upgrade: {broken[:5]}")
    finally:
        engine.dispose()
