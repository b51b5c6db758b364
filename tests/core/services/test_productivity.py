"""Productivity measurements: validation, the write path, productivity and its change."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from infospot_app.core.models import ProductivityMeasurement
from infospot_app.core.services.productivity import (
    company_change,
    measurements,
    productivity,
    productivity_change,
)
from infospot_app.core.validation import ValidationErrors

from .write_path import add_company, check_write_path, errors_by_field


def measured(**values) -> ProductivityMeasurement:
    return ProductivityMeasurement(
        **{"turnover": None, "employees": None, "value_added": None, **values}
    )


def test_measurement_write_path(db, actor) -> None:
    company = add_company(db, actor, 1)
    values = {
        "company_id": company.id,
        "period": "2023",
        "measured_on": date(2024, 2, 1),
        "kind": "baseline",
        "employees": 20,
        "turnover": "4.000.000",
    }
    check_write_path(db, actor, measurements, values, {"employees": 22})


def test_bad_measurement_names_each_field(db, actor) -> None:
    company = add_company(db, actor, 1)
    with db.transaction() as session, pytest.raises(ValidationErrors) as error:
        measurements.create(
            session,
            actor,
            {
                "company_id": company.id,
                "kind": "guess",
                "employees": 0,
                "turnover": -5,
                "value_added": "çok",
            },
        )
    found = errors_by_field(error)
    assert set(found) == {"period", "measured_on", "kind", "employees", "turnover", "value_added"}
    assert "cannot be 0" in found["employees"]


def test_productivity_uses_value_added_else_turnover() -> None:
    assert productivity(measured(employees=10, turnover=Decimal(1000))) == Decimal(100)
    both = measured(employees=10, turnover=Decimal(1000), value_added=Decimal(300))
    assert productivity(both) == Decimal(30)
    assert productivity(measured(turnover=Decimal(1000))) is None


def test_change_compares_like_with_like() -> None:
    base = measured(employees=10, turnover=Decimal(1000), value_added=Decimal(300))
    later = measured(employees=10, turnover=Decimal(1200), value_added=Decimal(360))
    assert productivity_change(base, later) == Decimal("20.00")
    no_va = measured(employees=8, turnover=Decimal(1100))
    assert productivity_change(base, no_va) == Decimal("37.50")  # turnover on both sides
    assert productivity_change(base, None) is None
    assert productivity_change(None, later) is None


def test_company_change_is_latest_follow_up_against_baseline(db, actor) -> None:
    company = add_company(db, actor, 1)

    def add(kind, day, turnover):
        with db.transaction() as session:
            measurements.create(
                session,
                actor,
                {
                    "company_id": company.id,
                    "period": str(day.year),
                    "measured_on": day,
                    "kind": kind,
                    "employees": 10,
                    "turnover": turnover,
                },
            )

    with db.session() as session:
        assert company_change(session, company.id) is None
    add("baseline", date(2023, 1, 15), 1000)
    with db.session() as session:
        assert company_change(session, company.id) is None
    add("follow_up", date(2025, 1, 15), 1300)
    add("follow_up", date(2024, 1, 15), 1100)
    with db.session() as session:
        assert company_change(session, company.id) == Decimal("30.00")
