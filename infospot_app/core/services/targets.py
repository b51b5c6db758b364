"""Project targets: national values and per-office values, edited only at the central office."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import validation as v
from ..errors import PermissionDenied
from ..models import Office, Target
from ..reference import DEFAULT_TARGETS
from . import record, settings
from .actor import Actor
from .aggregate import AggregateService
from .setup import HQ

NATIONAL = "national"
SPLIT_INDICATORS = frozenset({"smes_reached", "smes_in_clusters", "clusters_benchmarked"})
"""National totals that an office without its own target shares equally with the others."""


def require_central(session: Session, actor: Actor) -> None:
    """Refuse unless the actor works at HQ, in the central database."""
    actor.require_edit()
    if actor.office != HQ or not settings.is_central(session):
        raise PermissionDenied(
            "Hedefleri yalnızca merkezi proje birimi, merkezi veritabanında değiştirebilir.",
            "Only the central project office, in the central database, may change targets.",
        )


def _office_codes(session: Session) -> list[str]:
    stmt = (
        select(Office.code)
        .where(Office.deleted_at.is_(None), Office.central.is_(False))
        .order_by(Office.code)
    )
    return list(session.scalars(stmt))


class TargetService(AggregateService[Target]):
    """Targets per indicator and scope ("national" or an office code)."""

    model = Target
    noun_tr, noun_en = "hedef", "target"
    default_sort = "indicator"

    def normalize(
        self, session: Session, values: dict[str, Any], row: Target | None
    ) -> dict[str, Any]:
        check = v.Collector()
        out = dict(values)
        indicators = tuple(t.indicator for t in DEFAULT_TARGETS)
        out["indicator"] = check.check(
            v.one_of, values.get("indicator"), "indicator", indicators, "Gösterge", "Indicator"
        )
        scopes = (NATIONAL, *_office_codes(session))
        scope = (values.get("scope") or NATIONAL).strip()
        out["scope"] = check.check(
            v.one_of,
            scope if scope == NATIONAL else scope.upper(),
            "scope",
            scopes,
            "Kapsam",
            "Scope",
        )
        value = check.check(v.required, values.get("value"), "value", "Hedef değer", "Target value")
        out["value"] = (
            None
            if value is None
            else check.check(
                v.non_negative_decimal, value, "value", ("Hedef değer", "Target value")
            )
        )
        if out["indicator"] and out["scope"]:
            other = self.find(session, out["indicator"], out["scope"])
            if (
                other is not None
                and other.deleted_at is None
                and (row is None or other.id != row.id)
            ):
                check.errors.append(
                    v.ValidationError(
                        "scope",
                        "Bu gösterge için bu kapsamda zaten bir hedef var; onu düzenleyin.",
                        "A target for this indicator and scope exists already; edit that one.",
                    )
                )
        check.raise_if_any()
        return out

    def create(self, session: Session, actor: Actor, values: dict[str, Any]) -> Target:
        """Set a new target (HQ only); a deleted one for the same scope comes back."""
        require_central(session, actor)
        prepared = self._prepare(session, values, None)
        removed = self.find(session, prepared["indicator"], prepared["scope"])
        if removed is not None:
            # (indicator, scope) is unique even among tombstones.
            record.change(session, actor, removed, {**prepared, "deleted_at": None})
            return removed
        return record.create(session, actor, Target, prepared)

    def update(
        self,
        session: Session,
        actor: Actor,
        row_id: str,
        values: dict[str, Any],
        expected_version: int | None = None,
    ) -> Target:
        """Change a target (HQ only)."""
        require_central(session, actor)
        return super().update(session, actor, row_id, values, expected_version)

    def delete(self, session: Session, actor: Actor, row_id: str) -> None:
        """Remove a target (HQ only)."""
        require_central(session, actor)
        super().delete(session, actor, row_id)

    def find(self, session: Session, indicator: str, scope: str) -> Target | None:
        """The target row of an indicator and scope, live or deleted."""
        return session.scalar(
            select(Target).where(Target.indicator == indicator, Target.scope == scope)
        )


@dataclass
class TargetLine:
    """One indicator's targets: national, and for each office (set there or derived)."""

    indicator: str
    unit: str
    description_tr: str
    description_en: str
    national: Decimal | None
    offices: dict[str, Decimal | None] = field(default_factory=dict)
    derived: set[str] = field(default_factory=set)
    """Offices whose value is derived from the national target rather than set."""


def target_table(session: Session) -> list[TargetLine]:
    """Every indicator with its national target and each office's target.

    An office without its own row gets a share of a national total (rounded up) for the
    indicators that add up over offices, and the national value for the others.
    """
    rows = session.scalars(select(Target).where(Target.deleted_at.is_(None)))
    values = {(t.indicator, t.scope): t.value for t in rows}
    codes = _office_codes(session)
    lines = []
    for info in DEFAULT_TARGETS:
        national = values.get((info.indicator, NATIONAL))
        line = TargetLine(
            info.indicator, info.unit, info.description_tr, info.description_en, national
        )
        for code in codes:
            own = values.get((info.indicator, code))
            if own is None and national is not None:
                line.derived.add(code)
                if info.indicator in SPLIT_INDICATORS and codes:
                    own = Decimal(math.ceil(national / len(codes)))
                else:
                    own = national
            line.offices[code] = own
        lines.append(line)
    return lines


targets = TargetService()
