"""What HQ has received from an office: covered rev range, sequences, missing numbers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core.models import PackageLog
from ..core.services import settings
from .export import ACKED_REV, HQ_TABLES
from .rows import MODELS, TABLE_ORDER


@dataclass(frozen=True)
class Received:
    """HQ's view of one office's packages."""

    acked_rev: int
    highest_sequence: int
    missing: list[int]
    last_import: datetime | None


def received(session: Session, office: str) -> Received:
    """Acknowledged rev = the end of the rev range covered without gaps from 0.

    Each package covers ``(rev_from, rev_to]`` and an office starts its next package at the last
    rev HQ acknowledged, so a lost package is covered by a later one: its sequence number stays
    missing (and is named), but nothing the office changed is left unacknowledged and unsent.
    """
    log = PackageLog.__table__
    rows = session.execute(
        select(log.c.sequence, log.c.rev_from, log.c.rev_to, log.c.created_at).where(
            log.c.direction == "in", log.c.office == office
        )
    ).all()
    covered = 0
    for _seq, rev_from, rev_to, _at in sorted(rows, key=lambda r: r.rev_from):
        if rev_from <= covered:
            covered = max(covered, rev_to)
    sequences = {r.sequence for r in rows}
    highest = max(sequences, default=0)
    missing = [n for n in range(1, highest) if n not in sequences]
    last = max((r.created_at for r in rows), default=None)
    return Received(covered, highest, missing, last)


@dataclass(frozen=True)
class Unconfirmed:
    """This office's changes HQ has not yet acknowledged: how many, and the oldest one's time."""

    count: int
    since: datetime | None


def unconfirmed(session: Session) -> Unconfirmed:
    """Changes above the acknowledged rev (for the Sync page and the status bar).

    ``since`` is the earliest ``updated_at`` among them: a row edited twice counts once, at its
    last edit, so it is when the oldest still-unconfirmed row was last touched.
    """
    office = settings.office_code(session)
    if office is None or settings.is_central(session):
        return Unconfirmed(0, None)
    acked = settings.get_setting(session, ACKED_REV, 0)
    count, since = 0, None
    for name in TABLE_ORDER:
        if name in HQ_TABLES:
            continue
        table = MODELS[name].__table__
        found, oldest = session.execute(
            select(func.count(), func.min(table.c.updated_at)).where(
                table.c.office == office, table.c.rev > acked
            )
        ).one()
        count += found or 0
        if oldest is not None and (since is None or oldest < since):
            since = oldest
    return Unconfirmed(count, since)
