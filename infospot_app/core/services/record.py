"""The one write path for synced rows: version, rev, audit entry, ownership and role checks."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ..errors import ForeignRow, StaleEdit
from ..models import AuditEntry, Counter, Synced, utcnow
from .actor import Actor

M = TypeVar("M", bound=Synced)

BOOKKEEPING = frozenset(
    {
        "id",
        "office",
        "version",
        "rev",
        "created_at",
        "updated_at",
        "created_by",
        "updated_by",
        "deleted_at",
        "search_key",
        "sort_key",
    }
)


def jsonable(value: Any) -> Any:
    """A JSON-friendly form of a column value (dates ISO, decimals as text)."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def row_values(row: Any) -> dict[str, Any]:
    """A row's columns as JSON-friendly values (derived search and sort keys left out)."""
    return {
        c.key: jsonable(getattr(row, c.key))
        for c in row.__table__.columns
        if c.key not in ("search_key", "sort_key")
    }


def next_counter(session: Session, name: str) -> int:
    """Increment and return the counter ``name`` inside the session's transaction."""
    value = session.execute(
        update(Counter)
        .where(Counter.name == name)
        .values(value=Counter.value + 1)
        .returning(Counter.value)
    ).scalar()
    if value is None:
        session.execute(insert(Counter).values(name=name, value=1))
        value = 1
    return value


def current_counter(session: Session, name: str) -> int:
    """The counter's value without changing it (0 if never used)."""
    return session.scalar(select(Counter.value).where(Counter.name == name)) or 0


def transaction_rev(session: Session) -> int:
    """This transaction's change sequence number, allocated on first use."""
    transaction = session.get_transaction()
    held = session.info.get("rev")
    if held is not None and held[0] is transaction:
        return held[1]
    rev = next_counter(session, "rev")
    session.info["rev"] = (transaction, rev)
    return rev


def audit(
    session: Session, actor: Actor, table: str, row_id: str, action: str, changes: dict[str, Any]
) -> None:
    """Append an audit entry: who did what to which row, with old → new values."""
    session.add(
        AuditEntry(
            user=actor.user,
            table_name=table,
            row_id=row_id,
            action=action,
            changes=json.dumps(changes, ensure_ascii=False, default=str),
        )
    )


def check_owner(actor: Actor, row: Synced) -> None:
    """Refuse to change a row another office owns."""
    if row.office != actor.office:
        raise ForeignRow(
            f"Bu kayıt {row.office} ofisine ait; yalnızca o ofis değiştirebilir.",
            f"This record belongs to office {row.office}; only that office may change it.",
        )


def create(session: Session, actor: Actor, model: type[M], values: dict[str, Any]) -> M:
    """Insert a new row owned by the actor's office, version 1, audited."""
    actor.require_edit()
    now = utcnow()
    row = model(
        **values,
        office=actor.office,
        version=1,
        rev=transaction_rev(session),
        created_at=now,
        updated_at=now,
        created_by=actor.user,
        updated_by=actor.user,
    )
    session.add(row)
    session.flush()
    fields = {k: jsonable(v) for k, v in values.items() if k not in BOOKKEEPING and v is not None}
    audit(session, actor, model.__tablename__, row.id, "create", fields)
    return row


def change(
    session: Session,
    actor: Actor,
    row: M,
    values: dict[str, Any],
    expected_version: int | None = None,
) -> dict[str, tuple[Any, Any]]:
    """Apply ``values`` to ``row``; bump version and rev and audit if anything changed."""
    actor.require_edit()
    check_owner(actor, row)
    if expected_version is not None and row.version != expected_version:
        raise StaleEdit(
            "Bu kayıt siz düzenlerken değişti. Kaydı yeniden açıp değişikliklerinizi tekrar girin.",
            "This record changed while you were editing it. Reopen it and enter your changes again.",
        )
    diff = {k: (getattr(row, k), v) for k, v in values.items() if getattr(row, k) != v}
    if not diff:
        return {}
    for key, (_old, new) in diff.items():
        setattr(row, key, new)
    _touch(session, actor, row)
    shown = {k: [jsonable(o), jsonable(n)] for k, (o, n) in diff.items() if k not in BOOKKEEPING}
    audit(session, actor, row.__tablename__, row.id, "update", shown)
    return diff


def tombstone(session: Session, actor: Actor, row: Synced) -> None:
    """Delete by tombstone: the deletion syncs like an edit."""
    actor.require_edit()
    check_owner(actor, row)
    if row.deleted_at is not None:
        return
    row.deleted_at = utcnow()
    _touch(session, actor, row)
    audit(session, actor, row.__tablename__, row.id, "delete", {})


def _touch(session: Session, actor: Actor, row: Synced) -> None:
    row.version += 1
    row.rev = transaction_rev(session)
    row.updated_at = utcnow()
    row.updated_by = actor.user
    session.flush()
