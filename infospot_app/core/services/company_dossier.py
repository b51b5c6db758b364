"""Everything a company's page shows: contacts, visits, trainings, clusters, measurements,
grants and the audit history — bounded lists of one company, as plain values."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import (
    AuditEntry,
    Cluster,
    Company,
    Enrollment,
    GrantApplication,
    Membership,
    Person,
    ProductivityMeasurement,
    Training,
    Visit,
)
from .companies import companies

HISTORY_LIMIT = 500


@dataclass
class HistoryEntry:
    """One audited change: when, who, what action, and the field changes (old → new)."""

    at: datetime
    user: str
    table: str
    action: str
    changes: dict[str, Any]


@dataclass
class CompanyDossier:
    """A company and the lists of its page's tabs (each a list of plain dicts)."""

    company: Company
    contacts: list[dict[str, Any]] = field(default_factory=list)
    visits: list[dict[str, Any]] = field(default_factory=list)
    trainings: list[dict[str, Any]] = field(default_factory=list)
    clusters: list[dict[str, Any]] = field(default_factory=list)
    measurements: list[dict[str, Any]] = field(default_factory=list)
    grants: list[dict[str, Any]] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)


def _values(row: Any, *names: str) -> dict[str, Any]:
    return {n: getattr(row, n) for n in ("id", *names)}


def dossier(session: Session, company_id: str) -> CompanyDossier:
    """The company with everything linked to it (live rows only), newest first."""
    company = companies.get(session, company_id)
    result = CompanyDossier(company)
    live = Person.deleted_at.is_(None)
    result.contacts = [
        _values(p, "full_name", "position", "phone", "email")
        for p in session.scalars(
            select(Person).where(Person.company_id == company_id, live).order_by(Person.sort_key)
        )
    ]
    result.visits = [
        _values(v, "visit_date", "visit_type", "staff", "summary")
        for v in session.scalars(
            select(Visit)
            .where(Visit.company_id == company_id, Visit.deleted_at.is_(None))
            .order_by(Visit.visit_date.desc())
        )
    ]
    result.trainings = [
        {"id": t.id, "title": t.title, "start_date": t.start_date, "person": p.full_name}
        for e, t, p in session.execute(
            select(Enrollment, Training, Person)
            .join(Training, Training.id == Enrollment.training_id)
            .join(Person, Person.id == Enrollment.person_id)
            .where(Enrollment.company_id == company_id, Enrollment.deleted_at.is_(None))
            .order_by(Training.start_date.desc())
        )
    ]
    result.clusters = [
        {"id": c.id, "name": c.name, "role": m.role, "joined_on": m.joined_on, "left_on": m.left_on}
        for m, c in session.execute(
            select(Membership, Cluster)
            .join(Cluster, Cluster.id == Membership.cluster_id)
            .where(Membership.company_id == company_id, Membership.deleted_at.is_(None))
            .order_by(Cluster.sort_key)
        )
    ]
    result.measurements = [
        _values(m, "period", "measured_on", "kind", "turnover", "employees", "value_added")
        for m in session.scalars(
            select(ProductivityMeasurement)
            .where(
                ProductivityMeasurement.company_id == company_id,
                ProductivityMeasurement.deleted_at.is_(None),
            )
            .order_by(ProductivityMeasurement.measured_on.desc())
        )
    ]
    result.grants = [
        _values(
            g, "programme", "title", "submitted_on", "status", "requested_amount", "granted_amount"
        )
        for g in session.scalars(
            select(GrantApplication)
            .where(GrantApplication.company_id == company_id, GrantApplication.deleted_at.is_(None))
            .order_by(GrantApplication.submitted_on.desc())
        )
    ]
    result.history = history(session, [company_id, *(c["id"] for c in result.contacts)])
    return result


def history(session: Session, row_ids: list[str]) -> list[HistoryEntry]:
    """The audit entries of these rows, newest first."""
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.row_id.in_(row_ids))
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(HISTORY_LIMIT)
    )
    return [
        HistoryEntry(e.at, e.user, e.table_name, e.action, _changes(e.changes)) for e in entries
    ]


def _changes(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
