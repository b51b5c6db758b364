"""Cluster indicators: SMEs in clusters, clusters per province, benchmarking, productivity."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, exists, select
from sqlalchemy.orm import Session

from ..models import BenchmarkAssessment, Cluster, ClusterStage, Company, Membership
from ..models import ProductivityMeasurement as Measurement
from ..services.productivity import productivity_change
from .scope import Scope


def live_membership(scope: Scope) -> Select:
    """Live memberships in live clusters of the office, overlapping the period."""
    return (
        select(Membership.company_id, Membership.cluster_id)
        .join(Cluster, Cluster.id == Membership.cluster_id)
        .where(
            Membership.deleted_at.is_(None),
            Cluster.deleted_at.is_(None),
            scope.owned(Cluster.office),
            scope.overlaps(Membership.joined_on, Membership.left_on),
        )
    )


def smes_in_clusters_ids(scope: Scope) -> Select:
    """SMEs in clusters: distinct live companies with a live membership of a live cluster of the
    office (its home office) that overlaps the period — joined on or before its end (or date
    unknown) and not left before its start. A company in two clusters counts once."""
    members = live_membership(scope).subquery()
    return select(Company.id).where(
        Company.deleted_at.is_(None), Company.id.in_(select(members.c.company_id))
    )


def cluster_ids(scope: Scope) -> Select:
    """Clusters identified by the period's end: live clusters of the office with a live stage
    record dated on or before it (every cluster when the period has no end)."""
    stmt = select(Cluster.id).where(Cluster.deleted_at.is_(None), scope.owned(Cluster.office))
    if scope.end is not None:
        reached = exists().where(
            ClusterStage.cluster_id == Cluster.id,
            ClusterStage.deleted_at.is_(None),
            ClusterStage.reached_on <= scope.end,
        )
        stmt = stmt.where(reached)
    return stmt


def clusters_per_province(session: Session, scope: Scope) -> dict[str, int]:
    """Clusters per province: each identified cluster counts once in every province it involves
    (inter-regional clusters count in each). Keys are province codes ("TR-19")."""
    ids = cluster_ids(scope).subquery()
    counts: Counter[str] = Counter()
    for provinces in session.scalars(select(Cluster.provinces).where(Cluster.id.in_(select(ids)))):
        counts.update({code for code in provinces.split(",") if code})
    return dict(sorted(counts.items()))


def clusters_benchmarked_ids(scope: Scope) -> Select:
    """Clusters benchmarked: identified clusters with a live assessment under the National
    Benchmarking System dated in the period."""
    assessed = exists().where(
        BenchmarkAssessment.cluster_id == Cluster.id,
        BenchmarkAssessment.deleted_at.is_(None),
        BenchmarkAssessment.scheme == "national",
        scope.within(BenchmarkAssessment.assessed_on),
    )
    return cluster_ids(scope).where(assessed)


@dataclass(frozen=True)
class ProductivityFigures:
    """Productivity change of cluster SMEs, in %: median, mean and how many were measured."""

    median: Decimal | None
    mean: Decimal | None
    measured: int
    changes: dict[str, Decimal]


def productivity_figures(session: Session, scope: Scope) -> ProductivityFigures:
    """Productivity change of cluster SMEs: for each SME in clusters (as above) with a baseline
    and a follow-up measured on or before the period's end, the change of the latest follow-up
    against the first baseline (value added per employee when both have it, else turnover per
    employee). The indicator is the median over those SMEs; the mean and count are given too."""
    return changes_among(session, smes_in_clusters_ids(scope), scope.as_of)


def cluster_member_ids(cluster_id: str, as_of: date) -> Select:
    """Members of one cluster on ``as_of``: live companies with a live membership of it joined
    on or before that day (or date unknown) and not left before it."""
    day = Scope(as_of, as_of)
    members = select(Membership.company_id).where(
        Membership.cluster_id == cluster_id,
        Membership.deleted_at.is_(None),
        day.overlaps(Membership.joined_on, Membership.left_on),
    )
    return select(Company.id).where(Company.deleted_at.is_(None), Company.id.in_(members))


def cluster_productivity(
    session: Session, cluster_id: str, as_of: date | None = None
) -> ProductivityFigures:
    """Productivity change of one cluster's members on ``as_of`` (default today): median and
    mean over the members with a baseline and a follow-up measured on or before that day,
    computed as for the national indicator."""
    day = as_of or date.today()
    return changes_among(session, cluster_member_ids(cluster_id, day), day)


def changes_among(session: Session, company_ids: Select, as_of: date) -> ProductivityFigures:
    """Each selected company's change (latest follow-up against first baseline, both measured
    on or before ``as_of``), with their median, mean and count."""
    members = company_ids.subquery()
    rows = session.scalars(
        select(Measurement)
        .where(
            Measurement.deleted_at.is_(None),
            Measurement.company_id.in_(select(members)),
            Measurement.measured_on <= as_of,
        )
        .order_by(Measurement.company_id, Measurement.measured_on, Measurement.id)
    )
    baseline: dict[str, Measurement] = {}
    latest: dict[str, Measurement] = {}
    for m in rows:
        if m.kind == "baseline":
            baseline.setdefault(m.company_id, m)
        else:
            latest[m.company_id] = m
    changes = {}
    for company_id, first in baseline.items():
        change = productivity_change(first, latest.get(company_id))
        if change is not None:
            changes[company_id] = change
    values = list(changes.values())
    if not values:
        return ProductivityFigures(None, None, 0, {})
    mean = (sum(values) / len(values)).quantize(Decimal("0.01"))
    median = Decimal(statistics.median(values)).quantize(Decimal("0.01"))
    return ProductivityFigures(median, mean, len(values), changes)
