"""Schema revisions: where a database stands and upgrading it in-process with Alembic."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, text

from .database import make_engine
from .paths import migrations_path


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration built in code (no alembic.ini, no executable; works frozen)."""
    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision this application knows."""
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


def schema_state(engine: Engine) -> SchemaState:
    """Read the database's revision and compare it with the shipped migrations."""
    script = ScriptDirectory.from_config(alembic_config())
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
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
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if broken:
                raise RuntimeError(f"foreign key check failed after upgrade: {broken[:5]}")
    finally:
        engine.dispose()
