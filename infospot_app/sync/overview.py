"""What the Sync page lists: packages made, each office's packages at HQ, quarantine, conflicts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core.models import Conflict, Office, PackageLog, QuarantinedRow
from .acknowledgement import received


@dataclass(frozen=True)
class PackageMade:
    """A package this office wrote: number, when, rows, file, confirmed by HQ or not."""

    sequence: int
    created_at: datetime
    rows: int
    file_name: str
    acknowledged_at: datetime | None


@dataclass(frozen=True)
class OfficeStatus:
    """HQ's view of one office: its last package, missing numbers, last contact, clock skew."""

    code: str
    name: str
    last_sequence: int
    last_package_at: datetime | None
    missing: list[int]
    last_contact: datetime | None
    clock_difference: timedelta | None
    key_fingerprint: str | None


@dataclass(frozen=True)
class Quarantined:
    """A row HQ set aside, with why."""

    id: int
    office: str
    table_name: str
    row_id: str
    version: int
    reason: str
    package_sequence: int | None
    created_at: datetime


@dataclass(frozen=True)
class OpenConflict:
    """Two versions of a row with the same version number: the stored and the incoming one."""

    id: int
    office: str
    table_name: str
    row_id: str
    version: int
    stored: dict[str, Any]
    incoming: dict[str, Any]
    package_sequence: int | None
    detected_at: datetime


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def packages_made(session: Session, limit: int = 500) -> list[PackageMade]:
    """This office's packages, newest first (numbers whose file was never written are left out)."""
    log = PackageLog.__table__
    stmt = (
        select(log.c.sequence, log.c.created_at, log.c.row_count, log.c.file_name)
        .add_columns(log.c.acknowledged_at)
        .where(log.c.direction == "out", log.c.file_name != "")
        .order_by(log.c.sequence.desc())
        .limit(limit)
    )
    return [
        PackageMade(
            r.sequence, _aware(r.created_at), r.row_count, r.file_name, _aware(r.acknowledged_at)
        )
        for r in session.execute(stmt)
    ]


def office_statuses(session: Session) -> list[OfficeStatus]:
    """Every office except HQ, with what HQ has received from it (HQ's database)."""
    log = PackageLog.__table__
    offices = session.scalars(
        select(Office)
        .where(Office.central.is_(False), Office.deleted_at.is_(None))
        .order_by(Office.code)
    ).all()
    out = []
    for office in offices:
        got = received(session, office.code)
        last = session.execute(
            select(log.c.sequence, log.c.created_at, log.c.office_clock)
            .where(log.c.direction == "in", log.c.office == office.code)
            .order_by(log.c.created_at.desc(), log.c.sequence.desc())
            .limit(1)
        ).first()
        skew = None
        if last is not None and last.office_clock is not None:
            skew = _aware(last.office_clock) - _aware(last.created_at)
        out.append(
            OfficeStatus(
                office.code,
                office.name,
                got.highest_sequence,
                _aware(last.created_at) if last else None,
                got.missing,
                _aware(got.last_import),
                skew,
                office.key_fingerprint,
            )
        )
    return out


def open_quarantine(session: Session, limit: int = 1000) -> list[Quarantined]:
    """Rows still in quarantine, newest first."""
    q = QuarantinedRow.__table__
    stmt = (
        select(q.c.id, q.c.office, q.c.table_name, q.c.row_id, q.c.version, q.c.reason)
        .add_columns(q.c.package_sequence, q.c.created_at)
        .where(q.c.released_at.is_(None))
        .order_by(q.c.created_at.desc(), q.c.id.desc())
        .limit(limit)
    )
    return [Quarantined(*r[:7], _aware(r.created_at)) for r in session.execute(stmt)]


def _row(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def open_conflicts(session: Session, limit: int = 1000) -> list[OpenConflict]:
    """Conflicts not yet resolved, newest first, with both versions decoded."""
    c = Conflict.__table__
    stmt = (
        select(c.c.id, c.c.office, c.c.table_name, c.c.row_id, c.c.version)
        .add_columns(c.c.stored, c.c.incoming, c.c.package_sequence, c.c.detected_at)
        .where(c.c.resolved_at.is_(None))
        .order_by(c.c.detected_at.desc(), c.c.id.desc())
        .limit(limit)
    )
    return [
        OpenConflict(
            *r[:5], _row(r.stored), _row(r.incoming), r.package_sequence, _aware(r.detected_at)
        )
        for r in session.execute(stmt)
    ]


def open_issue_counts(session: Session) -> tuple[int, int]:
    """How many rows are in quarantine and how many conflicts are open."""
    q, c = QuarantinedRow.__table__, Conflict.__table__
    quarantined = session.scalar(select(func.count()).where(q.c.released_at.is_(None))) or 0
    conflicts = session.scalar(select(func.count()).where(c.c.resolved_at.is_(None))) or 0
    return quarantined, conflicts
