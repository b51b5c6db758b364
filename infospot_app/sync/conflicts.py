"""Conflicts: an incoming row with the stored version but other content, kept for review,
listed for the review and settled at HQ.

How one arises: an office restores an older backup and edits a row again, so the same version
number comes back with other content. Both copies are the owning office's own, each with the
owner's version number; HQ never edits an office's row (invariant 5), it only chooses which of
the owner's copies it holds:

- **keep stored**: nothing changes. The office's next edit of the row (a higher version)
  replaces HQ's copy as usual; until then the office sees the conflict in its receipts, and
  later packages carrying the declined copy again do not reopen it (counted as stale).
- **keep incoming**: the incoming copy is applied exactly as an import applies an owner's row
  (the owner's values and version, HQ's own ``rev``, search keys derived here), after the same
  checks an import makes. If a newer version has arrived since, it stands and the conflict is
  closed as superseded.

Other open conflicts of the same row and version are then compared with the new stored copy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, or_, select, update
from sqlalchemy.orm import Session

from ..core.database import Database
from ..core.errors import InfoSpotError
from ..core.models import Conflict, utcnow
from ..core.services import settings
from ..core.services.actor import Actor
from ..core.services.record import audit, transaction_rev
from ..core.services.setup import HQ
from .checks import check_values, checks_for
from .derived import derive
from .rows import MODELS, RowProblem, columns, decode, encode, parse_line

_TABLE = Conflict.__table__
KEEP_STORED = "stored"
KEEP_INCOMING = "incoming"
SUPERSEDED = "superseded"


def stored_text(session: Session, table_name: str, row_id: str) -> str | None:
    """The stored row as its travelling JSON line, or None if there is none."""
    table = MODELS[table_name].__table__
    stmt = select(*(table.c[c.name] for c in columns(table_name))).where(table.c.id == row_id)
    row = session.execute(stmt).first()
    return None if row is None else encode(table_name, row._mapping)


def record_conflict(session: Session, table_name: str, line: bytes, sequence: int | None) -> bool:
    """Keep an incoming row (already typed and validated) beside the stored one, once.

    False when HQ already declined this very copy (kept its stored one): the reviewer decided,
    so a later package carrying it again does not reopen the question.
    """
    data = decode(table_name, parse_line(line))
    incoming = encode(table_name, data)
    known = session.execute(
        select(_TABLE.c.resolution).where(
            _TABLE.c.table_name == table_name,
            _TABLE.c.row_id == data["id"],
            _TABLE.c.version == data["version"],
            _TABLE.c.incoming == incoming,
            or_(_TABLE.c.resolved_at.is_(None), _TABLE.c.resolution == KEEP_STORED),
        )
    ).first()
    if known is not None:
        return known.resolution != KEEP_STORED
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
    return True


@dataclass(frozen=True)
class ConflictView:
    """One conflict for the review: both copies, the fields that differ, how it ended."""

    id: int
    office: str
    table_name: str
    row_id: str
    version: int
    stored: dict[str, Any]
    incoming: dict[str, Any]
    differences: list[str]
    package_sequence: int | None
    detected_at: datetime
    resolved_at: datetime | None
    resolution: str | None


def _row(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _aware(moment: datetime | None) -> datetime | None:
    return moment if moment is None or moment.tzinfo else moment.replace(tzinfo=UTC)


def list_conflicts(
    session: Session, *, office: str | None = None, resolved: bool = False, limit: int = 1000
) -> list[ConflictView]:
    """Open conflicts (or, with ``resolved``, the settled ones), newest first."""
    stmt = select(_TABLE).order_by(_TABLE.c.detected_at.desc(), _TABLE.c.id.desc()).limit(limit)
    stmt = stmt.where(
        _TABLE.c.resolved_at.is_not(None) if resolved else _TABLE.c.resolved_at.is_(None)
    )
    if office is not None:
        stmt = stmt.where(_TABLE.c.office == office)
    out = []
    for r in session.execute(stmt):
        stored, incoming = _row(r.stored), _row(r.incoming)
        names = list(dict.fromkeys([*stored, *incoming]))
        out.append(
            ConflictView(
                r.id,
                r.office,
                r.table_name,
                r.row_id,
                r.version,
                stored,
                incoming,
                [n for n in names if stored.get(n) != incoming.get(n)],
                r.package_sequence,
                _aware(r.detected_at) or utcnow(),
                _aware(r.resolved_at),
                r.resolution,
            )
        )
    return out


@dataclass(frozen=True)
class Resolution:
    """How a conflict was settled: ``stored``, ``incoming`` or ``superseded``."""

    conflict_id: int
    table_name: str
    row_id: str
    kept: str


def resolve(db: Database, conflict_id: int, keep: str, *, user: str = "sync") -> Resolution:
    """Settle conflict ``conflict_id`` at HQ in one transaction (``keep``: stored/incoming)."""
    with db.transaction() as session:
        return resolve_in(session, conflict_id, keep, user=user)


def resolve_in(session: Session, conflict_id: int, keep: str, *, user: str = "sync") -> Resolution:
    """Settle a conflict inside the caller's transaction."""
    if keep not in (KEEP_STORED, KEEP_INCOMING):
        raise InfoSpotError(
            "Hangi sürümün tutulacağı 'stored' ya da 'incoming' olmalı.",
            "Say which version to keep: 'stored' or 'incoming'.",
        )
    if not settings.is_central(session):
        raise InfoSpotError(
            "Çakışmalar merkezde çözülür. Kaydı yeniden düzenlediğinizde merkez yeni sürümü alır.",
            "Conflicts are settled at HQ. Edit the record again and HQ takes the new version.",
        )
    conflict = session.get(Conflict, conflict_id)
    if conflict is None:
        raise InfoSpotError(
            f"{conflict_id} numaralı çakışma yok; listeyi yenileyin.",
            f"There is no conflict {conflict_id}; refresh the list.",
        )
    if conflict.resolved_at is not None:
        raise InfoSpotError(
            f"Bu çakışma {conflict.resolved_at:%d.%m.%Y} tarihinde çözüldü "
            f"({conflict.resolution}); listeyi yenileyin.",
            f"This conflict was settled on {conflict.resolved_at:%d.%m.%Y} "
            f"({conflict.resolution}); refresh the list.",
        )
    table = MODELS[conflict.table_name].__table__
    current = session.scalar(select(table.c.version).where(table.c.id == conflict.row_id))
    if current != conflict.version:
        kept = SUPERSEDED
    elif keep == KEEP_INCOMING:
        kept = _apply_incoming(session, conflict)
    else:
        kept = KEEP_STORED
    conflict.resolved_at = utcnow()
    conflict.resolution = kept
    actor = Actor(user=user, office=HQ, role="admin")
    change = {"conflict": conflict.id, "version": conflict.version, "kept": kept}
    audit(session, actor, conflict.table_name, conflict.row_id, "conflict", change)
    session.flush()
    return Resolution(conflict.id, conflict.table_name, conflict.row_id, kept)


def _apply_incoming(session: Session, conflict: Conflict) -> str:
    """Write the incoming copy as the owner's row; check it as an import would."""
    name = conflict.table_name
    table = MODELS[name].__table__
    try:
        values = decode(name, json.loads(conflict.incoming))
        names = [c.name for c in columns(name)]
        check_values(checks_for(name, tuple(names)), [values[n] for n in names])
    except (RowProblem, ValueError) as problem:
        raise InfoSpotError(
            f"Gelen sürüm uygulanamıyor: {problem}. Saklı sürüm tutuldu.",
            f"The incoming version cannot be applied: {problem}. The stored one stays.",
        ) from problem
    owner = session.scalar(select(table.c.office).where(table.c.id == conflict.row_id))
    if (values["id"], values["version"], values["office"]) != (
        conflict.row_id,
        conflict.version,
        owner,
    ):
        raise InfoSpotError(
            "Gelen sürüm bu kayda ait değil; saklı sürüm tutuldu.",
            "The incoming version does not belong to this record; the stored one stays.",
        )
    for fk in table.foreign_keys:
        ref = values[fk.parent.key]
        target = fk.column.table
        if (
            ref is not None
            and session.scalar(select(target.c.id).where(target.c.id == ref)) is None
        ):
            raise InfoSpotError(
                f"Gelen sürüm var olmayan bir {target.name} kaydına bağlı; saklı sürüm tutuldu.",
                f"The incoming version refers to a {target.name} row that does not exist here; "
                "the stored one stays.",
            )
    written = {k: v for k, v in values.items() if k != "id"}
    written.update(derive(name, values), rev=transaction_rev(session))
    session.execute(update(table).where(table.c.id == conflict.row_id).values(**written))
    _refresh_others(session, conflict)
    return KEEP_INCOMING


def _refresh_others(session: Session, settled: Conflict) -> None:
    """Other open conflicts of the row now differ from the new stored copy (or match it)."""
    now = stored_text(session, settled.table_name, settled.row_id) or ""
    others = session.scalars(
        select(Conflict).where(
            Conflict.table_name == settled.table_name,
            Conflict.row_id == settled.row_id,
            Conflict.version == settled.version,
            Conflict.resolved_at.is_(None),
            Conflict.id != settled.id,
        )
    )
    for other in others:
        other.stored = now
        if other.incoming == now:
            other.resolved_at = utcnow()
            other.resolution = KEEP_INCOMING
