"""What HQ has received from an office: covered rev range, sequences, missing numbers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.models import PackageLog


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
