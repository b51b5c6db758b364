"""Productivity measurements of companies and the change since the baseline."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import validation as v
from ..models import Company, ProductivityMeasurement
from ..models.productivity import MEASUREMENT_KINDS
from .aggregate import AggregateService
from .references import require_live

CENT = Decimal("0.01")


class Measured(Protocol):
    """What productivity needs from a measurement."""

    turnover: Decimal | None
    employees: int | None
    value_added: Decimal | None


def productivity(m: Measured, basis: str | None = None) -> Decimal | None:
    """Value added (or, without it, turnover) per employee; None when it cannot be computed.

    ``basis`` ("value_added" or "turnover") forces one measure, so two periods compare alike.
    """
    if not m.employees:
        return None
    basis = basis or ("value_added" if m.value_added is not None else "turnover")
    amount = getattr(m, basis)
    return None if amount is None else Decimal(amount) / m.employees


def productivity_change(baseline: Measured | None, follow_up: Measured | None) -> Decimal | None:
    """Change of productivity from baseline to follow-up in %, rounded to 0.01; None unless both.

    Value added is used when both measurements have it, turnover otherwise.
    """
    if baseline is None or follow_up is None:
        return None
    both_va = baseline.value_added is not None and follow_up.value_added is not None
    basis = "value_added" if both_va else "turnover"
    before, after = productivity(baseline, basis), productivity(follow_up, basis)
    if before is None or after is None or before == 0:
        return None
    return ((after - before) * 100 / before).quantize(CENT, ROUND_HALF_UP)


class MeasurementService(AggregateService[ProductivityMeasurement]):
    """Create, edit, delete and list productivity measurements."""

    model = ProductivityMeasurement
    noun_tr, noun_en = "verimlilik ölçümü", "productivity measurement"
    default_sort = "measured_on"

    def normalize(
        self, session: Session, values: dict[str, Any], row: ProductivityMeasurement | None
    ) -> dict[str, Any]:
        check = v.Collector()
        out = dict(values)
        out["company_id"] = check.check(
            require_live,
            session,
            Company,
            values.get("company_id"),
            "company_id",
            "Firma",
            "Company",
        )
        out["period"] = check.check(v.required, values.get("period"), "period", "Dönem", "Period")
        out["measured_on"] = check.check(
            v.required_date,
            values.get("measured_on"),
            "measured_on",
            "Ölçüm tarihi",
            "Date measured",
        )
        out["kind"] = check.check(
            v.one_of, values.get("kind"), "kind", MEASUREMENT_KINDS, "Ölçüm türü", "Kind"
        )
        employees = check.check(v.non_negative_int, values.get("employees"), "employees")
        if employees == 0:
            check.errors.append(
                v.ValidationError(
                    "employees",
                    "Çalışan sayısı 0 olamaz; verimlilik çalışan başına hesaplanır.",
                    "Employees cannot be 0; productivity is computed per employee.",
                )
            )
        out["employees"] = employees
        out["turnover"] = check.check(v.non_negative_decimal, values.get("turnover"), "turnover")
        out["value_added"] = check.check(
            v.non_negative_decimal, values.get("value_added"), "value_added"
        )
        check.raise_if_any()
        return out

    def filter_clauses(self, session: Session, filters: dict[str, Any]) -> list[Any]:
        clauses = []
        for key in ("company_id", "kind", "period", "office"):
            if filters.get(key):
                clauses.append(getattr(ProductivityMeasurement, key) == filters[key])
        return clauses

    def of_company(self, session: Session, company_id: str) -> list[ProductivityMeasurement]:
        """The company's live measurements, oldest first."""
        stmt = (
            select(ProductivityMeasurement)
            .where(
                ProductivityMeasurement.company_id == company_id,
                ProductivityMeasurement.deleted_at.is_(None),
            )
            .order_by(ProductivityMeasurement.measured_on, ProductivityMeasurement.id)
        )
        return list(session.scalars(stmt))


def company_change(session: Session, company_id: str) -> Decimal | None:
    """The company's productivity change: latest follow-up against the first baseline, in %."""
    found = measurements.of_company(session, company_id)
    baselines = [m for m in found if m.kind == "baseline"]
    follow_ups = [m for m in found if m.kind == "follow_up"]
    if not baselines or not follow_ups:
        return None
    return productivity_change(baselines[0], follow_ups[-1])


measurements = MeasurementService()
