"""The rows of each exported list: the record and what the list shows beside it (names, counts).

Each loader takes a batch of ids, in list order, and returns one row per id in that order, with
the related names fetched in one query per batch rather than one per row.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core.models import (
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
from ..core.services.attendance import ParticipantAttendance, training_attendance
from ..core.services.clusters import clusters, memberships
from ..core.services.grants import grants
from ..core.services.people import people
from ..core.services.productivity import measurements, productivity
from ..core.services.trainings import enrollments, trainings
from ..core.services.visits import visits


def _names(session: Session, model: Any, column: Any, ids: Iterable[str | None]) -> dict[str, Any]:
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    return dict(session.execute(select(model.id, column).where(model.id.in_(wanted))).all())


def company_rows(session: Session, ids: list[str]) -> list[Any]:
    """Companies' columns as plain rows (attribute access like the model, loaded far faster
    than ORM objects: company lists are the long ones)."""
    stmt = select(*Company.__table__.columns).where(Company.id.in_(ids))
    found = {row.id: row for row in session.execute(stmt)}
    return [found[i] for i in ids if i in found]


class PersonLine(NamedTuple):
    person: Person
    company: str


def person_rows(session: Session, ids: list[str]) -> list[PersonLine]:
    """People with their company's legal name."""
    found = people.by_ids(session, ids)
    names = _names(session, Company, Company.legal_name, (p.company_id for p in found))
    return [PersonLine(p, names.get(p.company_id or "", "")) for p in found]


class VisitLine(NamedTuple):
    visit: Visit
    company: str
    tax_id: str


def visit_rows(session: Session, ids: list[str]) -> list[VisitLine]:
    """Visits with the visited company's name and tax id."""
    found = visits.by_ids(session, ids)
    wanted = sorted({v.company_id for v in found})
    info = {
        row.id: (row.legal_name, row.tax_id)
        for row in session.execute(
            select(Company.id, Company.legal_name, Company.tax_id).where(Company.id.in_(wanted))
        )
    }
    return [VisitLine(v, *info.get(v.company_id, ("", ""))) for v in found]


class TrainingLine(NamedTuple):
    training: Training
    enrolled: int


def _live_counts(session: Session, column: Any, ids: list[str], *extra: Any) -> dict[str, int]:
    model = column.class_
    stmt = (
        select(column, func.count())
        .where(column.in_(ids), model.deleted_at.is_(None), *extra)
        .group_by(column)
    )
    return dict(session.execute(stmt).all())  # type: ignore[arg-type]


def training_rows(session: Session, ids: list[str]) -> list[TrainingLine]:
    """Trainings with how many people are enrolled (not withdrawn)."""
    found = trainings.by_ids(session, ids)
    counts = _live_counts(session, Enrollment.training_id, ids, Enrollment.withdrawn_at.is_(None))
    return [TrainingLine(t, counts.get(t.id, 0)) for t in found]


class ParticipantLine(NamedTuple):
    enrollment: Enrollment
    training: str
    person: Person | None
    attendance: ParticipantAttendance | None


def participant_rows(session: Session, ids: list[str]) -> list[ParticipantLine]:
    """Enrollments with the training's title, the person and their attendance over it."""
    found = enrollments.by_ids(session, ids)
    titles = _names(session, Training, Training.title, (e.training_id for e in found))
    persons = {p.id: p for p in people.by_ids(session, [e.person_id for e in found])}
    attendance: dict[str, ParticipantAttendance] = {}
    for training_id in sorted({e.training_id for e in found}):
        for line in training_attendance(session, training_id):
            attendance[line.enrollment_id] = line
    return [
        ParticipantLine(
            e, titles.get(e.training_id, ""), persons.get(e.person_id), attendance.get(e.id)
        )
        for e in found
    ]


class ClusterLine(NamedTuple):
    cluster: Cluster
    members: int


def cluster_rows(session: Session, ids: list[str]) -> list[ClusterLine]:
    """Clusters with how many companies are current members."""
    found = clusters.by_ids(session, ids)
    counts = _live_counts(session, Membership.cluster_id, ids, Membership.left_on.is_(None))
    return [ClusterLine(c, counts.get(c.id, 0)) for c in found]


class MemberLine(NamedTuple):
    membership: Membership
    cluster: str
    company: str
    tax_id: str


def member_rows(session: Session, ids: list[str]) -> list[MemberLine]:
    """Memberships with the cluster's and the company's names."""
    found = memberships.by_ids(session, ids)
    names = _names(session, Cluster, Cluster.name, (m.cluster_id for m in found))
    wanted = sorted({m.company_id for m in found})
    info = {
        row.id: (row.legal_name, row.tax_id)
        for row in session.execute(
            select(Company.id, Company.legal_name, Company.tax_id).where(Company.id.in_(wanted))
        )
    }
    return [
        MemberLine(m, names.get(m.cluster_id, ""), *info.get(m.company_id, ("", ""))) for m in found
    ]


class GrantLine(NamedTuple):
    grant: GrantApplication
    applicant: str


def grant_rows(session: Session, ids: list[str]) -> list[GrantLine]:
    """Grant applications with the applicant's name (a company or a cluster)."""
    found = grants.by_ids(session, ids)
    firms = _names(session, Company, Company.legal_name, (g.company_id for g in found))
    groups = _names(session, Cluster, Cluster.name, (g.cluster_id for g in found))
    return [
        GrantLine(g, firms.get(g.company_id or "") or groups.get(g.cluster_id or "", ""))
        for g in found
    ]


class MeasurementLine(NamedTuple):
    measurement: ProductivityMeasurement
    company: str
    productivity: Decimal | None


def measurement_rows(session: Session, ids: list[str]) -> list[MeasurementLine]:
    """Productivity measurements with the company's name and the productivity per employee."""
    found = measurements.by_ids(session, ids)
    names = _names(session, Company, Company.legal_name, (m.company_id for m in found))
    return [MeasurementLine(m, names.get(m.company_id, ""), productivity(m)) for m in found]
