"""The SQLite engine with InfoSpot's settings, and one session per operation."""

from __future__ import annotations

import sqlite3
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000

# SQLite stores Numeric as text-compatible values; SQLAlchemy converts to Decimal on the way out.
warnings.filterwarnings(
    "ignore", r"Dialect sqlite\+pysqlite does \*not\* support Decimal", exc.SAWarning
)


def make_engine(path: Path | str, *, foreign_keys: bool = True) -> Engine:
    """An engine on the SQLite file ``path``: WAL, foreign keys, NORMAL sync, busy timeout.

    Transactions are real SQLite transactions (DDL included); a connection whose execution
    options carry ``immediate=True`` begins with ``BEGIN IMMEDIATE`` so writers queue up front.
    """
    engine = create_engine(
        f"sqlite:///{Path(path)}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: object) -> None:
        immediate = connection.get_execution_options().get("immediate", False)  # type: ignore[attr-defined]
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")  # type: ignore[attr-defined]

    return engine


class Database:
    """An open InfoSpot database: the engine and a session factory."""

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = Path(path)
        self.engine = engine or make_engine(self.path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._writers = sessionmaker(
            self.engine.execution_options(immediate=True), expire_on_commit=False
        )

    def session(self) -> Session:
        """A new session for reading; close it (``with``) when the operation ends."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one write transaction: committed at the end, rolled back on error."""
        with self._writers() as session, session.begin():
            yield session

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()
