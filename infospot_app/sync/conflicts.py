"""Conflicts: an incoming row with the stored version but other content, kept for review."""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..core.models import Conflict, utcnow
from .rows import MODELS, columns, decode, encode, parse_line

_TABLE = Conflict.__table__


def stored_text(session: Session, table_name: str, row_id: str) -> str | None:
    """The stored row as its travelling JSON line, or None if there is none."""
    table = MODELS[table_name].__table__
    stmt = select(*(table.c[c.name] for c in columns(table_name))).where(table.c.id == row_id)
    row = session.execute(stmt).first()
    return None if row is None else encode(table_name, row._mapping)


def record_conflict(session: Session, table_name: str, line: bytes, sequence: int | None) -> None:
    """Keep an incoming row (already typed and validated) beside the stored one, once."""
    data = decode(table_name, parse_line(line))
    incoming = encode(table_name, data)
    duplicate = session.scalar(
        select(_TABLE.c.id).where(
            _TABLE.c.table_name == table_name,
            _TABLE.c.row_id == data["id"],
            _TABLE.c.version == data["version"],
            _TABLE.c.incoming == incoming,
            _TABLE.c.resolved_at.is_(None),
        )
    )
    if duplicate is not None:
        return
    session.execute(
        insert(_TABLE).values(
            table_name=table_name,
            row_id=data["id"],
            office=data["office"],
            version=data["version"],
            stored=stored_text(session, table_name, data["id"]) or "",
            incoming=incoming,
            package_sequence=sequence,
            detected_at=utcnow(),
        )
    )
