"""What the dashboard shows, gathered in one background job (plain values, no Qt).

The numbers come from ``core.indicators.compute`` — the same function ``infospot indicators``
prints — so the dashboard and the command line always agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.indicators import Indicators, Scope, by_office, compute
from ..core.indicators.monthly import MonthFigure, smes_reached_by_month
from ..core.models import Office
from ..core.services import settings
from ..core.services.targets import target_table

TARGET_INDICATORS = (
    "smes_reached",
    "smes_in_clusters",
    "clusters_per_province",
    "clusters_benchmarked",
    "productivity_change_pct",
)
"""The logframe's indicators, one card each (DESIGN.md, "Project targets")."""


@dataclass(frozen=True)
class OfficeLine:
    """An Info Spot: its code, name and province code."""

    code: str
    name: str
    province: str


@dataclass
class DashboardData:
    """The figures of one scope, the offices' figures at the central office, and targets."""

    scope: Scope
    central: bool
    figures: Indicators
    monthly: list[MonthFigure]
    targets: dict[str, Decimal | None]
    offices: list[OfficeLine] = field(default_factory=list)
    office_figures: dict[str, Indicators] = field(default_factory=dict)
    office_targets: dict[str, dict[str, Decimal | None]] = field(default_factory=dict)

    def province_band(self) -> tuple[Decimal | None, Decimal | None]:
        """The target band of clusters per province (at least, at most)."""
        return self.targets.get("clusters_per_province_min"), self.targets.get(
            "clusters_per_province_max"
        )

    def pilot_provinces(self) -> list[str]:
        """The provinces charted: the Info Spots' own, then any other a cluster involves."""
        codes = [o.province for o in self.offices if o.province]
        for code in self.figures.clusters_per_province:
            if code not in codes:
                codes.append(code)
        return codes

    def provinces_in_band(self) -> tuple[int, int]:
        """How many Info Spot provinces have clusters within the band, of how many."""
        low, high = self.province_band()
        counts = self.figures.clusters_per_province
        own = [o.province for o in self.offices if o.province]
        inside = sum(
            1
            for code in own
            if (low is None or counts.get(code, 0) >= low)
            and (high is None or counts.get(code, 0) <= high)
        )
        return inside, len(own)


def office_lines(session: Session, office: str | None) -> list[OfficeLine]:
    """The Info Spots in scope (one, or every one at the central office), by code."""
    stmt = (
        select(Office)
        .where(Office.deleted_at.is_(None), Office.central.is_(False))
        .order_by(Office.code)
    )
    if office is not None:
        stmt = stmt.where(Office.code == office)
    return [OfficeLine(o.code, o.name, o.province) for o in session.scalars(stmt)]


def gather(session: Session, start: date | None, end: date | None, office: str) -> DashboardData:
    """The dashboard's figures for a period: national at the central office, else ``office``'s."""
    central = settings.is_central(session)
    scope = Scope(start, end, None if central else office)
    lines = target_table(session)
    if central:
        targets = {line.indicator: line.national for line in lines}
    else:  # the office's own target, or its share of the national one
        targets = {line.indicator: line.offices.get(office, line.national) for line in lines}
    data = DashboardData(
        scope=scope,
        central=central,
        figures=compute(session, scope),
        monthly=smes_reached_by_month(session, scope),
        targets=targets,
        offices=office_lines(session, scope.office),
    )
    if central:
        data.office_figures = by_office(session, scope)
        data.office_targets = {
            o.code: {line.indicator: line.offices.get(o.code) for line in lines}
            for o in data.offices
        }
    return data
