"""The project's indicators, each defined exactly in its function's docstring.

Every indicator takes a :class:`Scope` (a period and one office, or national). The dashboard,
the Ministry's workbook and ``infospot indicators`` all read them from here.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ..models import Office
from ..services.targets import target_table
from . import cluster_figures, grant_figures, reach, training_figures
from .scope import Scope

__all__ = ["DRILL_DOWNS", "Indicators", "Scope", "by_office", "compute", "drill_down", "targets"]


@dataclass(frozen=True)
class Indicators:
    """All indicators for one scope."""

    scope: Scope
    smes_reached: int
    smes_in_clusters: int
    clusters: int
    clusters_per_province: dict[str, int]
    clusters_benchmarked: int
    productivity_change_median: Decimal | None
    productivity_change_mean: Decimal | None
    productivity_measured: int
    trainings_held: int
    participants: int
    women_participants: int
    participant_hours: Decimal
    certificates_issued: int
    visits: int
    follow_up_actions_overdue: int
    grant_applications: int
    grants_approved: int
    grant_amount_requested: Decimal
    grant_amount_granted: Decimal
    targets: dict[str, Decimal] = field(default_factory=dict)

    @property
    def women_share(self) -> Decimal | None:
        """Women among participants, in % (None without participants)."""
        if not self.participants:
            return None
        return (Decimal(self.women_participants) * 100 / self.participants).quantize(Decimal("0.1"))

    def as_dict(self) -> dict[str, Any]:
        """Plain values for JSON (decimals as text, dates ISO)."""
        data = asdict(self)
        scope = data.pop("scope")
        data["office"] = scope["office"]
        data["from"] = scope["start"].isoformat() if scope["start"] else None
        data["to"] = scope["end"].isoformat() if scope["end"] else None
        data["women_share"] = self.women_share
        return _plain(data)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, Decimal):
        return str(value)
    return value


DRILL_DOWNS = {
    "smes_reached": reach.smes_reached_ids,
    "smes_in_clusters": cluster_figures.smes_in_clusters_ids,
    "clusters": cluster_figures.cluster_ids,
    "clusters_benchmarked": cluster_figures.clusters_benchmarked_ids,
    "trainings_held": training_figures.trainings_held_ids,
    "participants": training_figures.participant_ids,
    "women_participants": training_figures.women_participant_ids,
    "certificates_issued": training_figures.certificate_ids,
    "visits": reach.visit_ids,
    "follow_up_actions_overdue": reach.overdue_action_ids,
    "grant_applications": grant_figures.application_ids,
}
"""Indicator name → the selection of row ids behind its number (for "open the list")."""


def drill_down(session: Session, name: str, scope: Scope) -> list[str]:
    """The ids of the rows an indicator counts (companies, clusters, trainings, …)."""
    return list(session.scalars(DRILL_DOWNS[name](scope)))


def _count(session: Session, ids: Select) -> int:
    return reach.count(session, ids)


def compute(session: Session, scope: Scope) -> Indicators:
    """Every indicator for ``scope``, with the targets that apply to it."""
    productivity = cluster_figures.productivity_figures(session, scope)
    grants = grant_figures.grant_figures(session, scope)
    counts = {
        name: _count(session, make(scope))
        for name, make in DRILL_DOWNS.items()
        if name != "grant_applications"
    }
    return Indicators(
        scope=scope,
        clusters_per_province=cluster_figures.clusters_per_province(session, scope),
        productivity_change_median=productivity.median,
        productivity_change_mean=productivity.mean,
        productivity_measured=productivity.measured,
        participant_hours=training_figures.participant_hours(session, scope),
        grant_applications=grants.applications,
        grants_approved=grants.approved,
        grant_amount_requested=grants.requested,
        grant_amount_granted=grants.granted,
        targets=targets(session, scope.office),
        **counts,
    )


def targets(session: Session, office: str | None) -> dict[str, Decimal]:
    """The targets in force nationally, or for one office: its own where HQ set one, else its
    share of a national total (indicators that add up over offices) or the national value
    (``core.services.targets.target_table`` is the one rule, used by the dashboard too)."""
    found: dict[str, Decimal] = {}
    for line in target_table(session):
        value = line.national if office is None else line.offices.get(office, line.national)
        if value is not None:
            found[line.indicator] = value
    return found


def by_office(session: Session, scope: Scope) -> dict[str, Indicators]:
    """The indicators of every Info Spot (not HQ) for the scope's period."""
    offices = session.scalars(
        select(Office.code)
        .where(Office.deleted_at.is_(None), Office.central.is_(False))
        .order_by(Office.code)
    )
    return {code: compute(session, Scope(scope.start, scope.end, code)) for code in offices}
