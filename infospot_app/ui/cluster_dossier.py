"""Everything a cluster's page shows, read in one session as plain values (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.indicators.cluster_figures import ProductivityFigures, cluster_productivity
from ..core.models import (
    BenchmarkAssessment,
    Cluster,
    ClusterActivity,
    ClusterStage,
    Company,
    GrantApplication,
    Membership,
)
from ..core.services.clusters import benchmarks, cluster_activities, clusters
from ..core.services.grants import grants
from ..core.services.listing import ListQuery


@dataclass
class MemberLine:
    """A membership with its company's name, tax ID and owner office."""

    membership: Membership
    company: str
    tax_id: str
    company_office: str


@dataclass
class ClusterDossier:
    """A cluster with its stage history, members, activities, assessments, grants and the
    productivity change of its current members."""

    cluster: Cluster
    stages: list[ClusterStage]
    members: list[MemberLine] = field(default_factory=list)
    activities: list[ClusterActivity] = field(default_factory=list)
    benchmarks: list[BenchmarkAssessment] = field(default_factory=list)
    grants: list[GrantApplication] = field(default_factory=list)
    productivity: ProductivityFigures | None = None


def _of_cluster(service: Any, session: Session, cluster_id: str, sort: str) -> list[Any]:
    query = ListQuery(filters={"cluster_id": cluster_id}, sort=sort, descending=True, limit=None)
    return service.list(session, query).rows


def cluster_dossier(session: Session, cluster_id: str) -> ClusterDossier:
    """The cluster and its lists (live rows only; newest activities and assessments first)."""
    result = ClusterDossier(clusters.get(session, cluster_id), clusters.stages(session, cluster_id))
    rows = session.execute(
        select(Membership, Company.legal_name, Company.tax_id, Company.office)
        .join(Company, Company.id == Membership.company_id)
        .where(
            Membership.cluster_id == cluster_id,
            Membership.deleted_at.is_(None),
            Company.deleted_at.is_(None),
        )
        .order_by(Membership.left_on.is_not(None), Company.sort_key, Membership.id)
    )
    result.members = [MemberLine(m, name, tax_id, office) for m, name, tax_id, office in rows]
    result.activities = _of_cluster(cluster_activities, session, cluster_id, "activity_date")
    result.benchmarks = _of_cluster(benchmarks, session, cluster_id, "assessed_on")
    result.grants = _of_cluster(grants, session, cluster_id, "submitted_on")
    result.productivity = cluster_productivity(session, cluster_id)
    return result
