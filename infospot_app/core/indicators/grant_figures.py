"""Grant indicators: applications submitted and the amounts requested and granted."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ..models import GrantApplication
from .scope import Scope


def application_ids(scope: Scope) -> Select:
    """Grant applications: live applications of the office submitted in the period (drafts,
    never submitted, do not count)."""
    return select(GrantApplication.id).where(
        GrantApplication.deleted_at.is_(None),
        GrantApplication.submitted_on.is_not(None),
        scope.owned(GrantApplication.office),
        scope.within(GrantApplication.submitted_on),
    )


@dataclass(frozen=True)
class GrantFigures:
    """Counts and sums (TRY) of the applications submitted in the period."""

    applications: int
    approved: int
    requested: Decimal
    granted: Decimal


def grant_figures(session: Session, scope: Scope) -> GrantFigures:
    """Applications submitted, of which approved; amounts requested (all) and granted (approved)."""
    ids = application_ids(scope).subquery()
    approved = GrantApplication.status == "approved"
    row = session.execute(
        select(
            func.count(),
            func.count().filter(approved),
            func.coalesce(func.sum(GrantApplication.requested_amount), 0),
            func.coalesce(func.sum(GrantApplication.granted_amount).filter(approved), 0),
        ).where(GrantApplication.id.in_(select(ids)))
    ).one()
    return GrantFigures(row[0], row[1], Decimal(str(row[2])), Decimal(str(row[3])))
