"""What a company list shows beyond the company row: its clusters and its last visit."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Cluster, Company, Membership, Visit
from ..turkish import sort_key
from .companies import companies
from .listing import ListQuery

EXTRA_SORTS = ("clusters", "last_visit")


@dataclass(frozen=True)
class CompanyFacts:
    """The live clusters a company belongs to (Turkish order) and its latest visit date."""

    clusters: tuple[str, ...] = ()
    last_visit: date | None = None


def _cluster_count() -> Any:
    return (
        select(func.count(Membership.id))
        .where(
            Membership.company_id == Company.id,
            Membership.deleted_at.is_(None),
            Membership.left_on.is_(None),
        )
        .correlate(Company)
        .scalar_subquery()
    )


def _last_visit() -> Any:
    return (
        select(func.max(Visit.visit_date))
        .where(Visit.company_id == Company.id, Visit.deleted_at.is_(None))
        .correlate(Company)
        .scalar_subquery()
    )


def ordered_ids(session: Session, query: ListQuery) -> list[str]:
    """The ids a company list shows, in order (the first ``query.limit`` only, if given);
    also sorts by cluster count or last visit."""
    if query.sort not in EXTRA_SORTS:
        stmt = companies.statement(session, query).with_only_columns(Company.id)
        if query.limit is not None:  # the first page alone: the index gives it in milliseconds
            stmt = stmt.limit(query.limit)
        return list(session.scalars(stmt))
    base = companies.statement(session, replace(query, sort=None)).with_only_columns(Company.id)
    term = _cluster_count() if query.sort == "clusters" else _last_visit()
    ordered = term.desc() if query.descending else term.asc()
    if query.sort == "last_visit":  # companies never visited come last either way
        ordered = ordered.nulls_last()
    return list(
        session.scalars(base.order_by(None).order_by(ordered, Company.sort_key, Company.id))
    )


def facts(session: Session, company_ids: list[str]) -> dict[str, CompanyFacts]:
    """Clusters and last visit of each company (a bounded query per page of rows)."""
    if not company_ids:
        return {}
    names: dict[str, list[str]] = {}
    rows = session.execute(
        select(Membership.company_id, Cluster.name)
        .join(Cluster, Cluster.id == Membership.cluster_id)
        .where(
            Membership.company_id.in_(company_ids),
            Membership.deleted_at.is_(None),
            Membership.left_on.is_(None),
            Cluster.deleted_at.is_(None),
        )
    )
    for company_id, name in rows:
        names.setdefault(company_id, []).append(name)
    visits = dict(
        session.execute(
            select(Visit.company_id, func.max(Visit.visit_date))
            .where(Visit.company_id.in_(company_ids), Visit.deleted_at.is_(None))
            .group_by(Visit.company_id)
        ).all()
    )
    return {
        cid: CompanyFacts(tuple(sorted(names.get(cid, ()), key=sort_key)), visits.get(cid))
        for cid in company_ids
    }
