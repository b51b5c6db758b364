"""The per-cluster productivity aggregate and the monthly series of SMEs reached, against the
hand-built dataset of test_indicators (expected values counted by hand from its comments)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from infospot_app.core.indicators import Scope, compute
from infospot_app.core.indicators.cluster_figures import cluster_productivity
from infospot_app.core.indicators.monthly import MonthFigure, smes_reached_by_month
from tests.core.indicators.test_indicators import PERIOD, world  # noqa: F401 - the fixture

D = date


def test_cluster_productivity_counts_members_on_the_day_with_both_measurements(db, world):  # noqa: F811
    with db.session() as session:
        june = cluster_productivity(session, world["K1"].id, D(2026, 6, 30))
        april = cluster_productivity(session, world["K1"].id, D(2026, 4, 30))
        september = cluster_productivity(session, world["K1"].id, D(2026, 9, 30))
    # K1 on 30.06.2026: only C1 (C2 left on 01.05, C3 in 2025); C1 100,000 → 120,000 per
    # employee.
    assert (june.median, june.mean, june.measured) == (Decimal("20.00"), Decimal("20.00"), 1)
    assert set(june.changes) == {world["C1"].id}
    # On 30.04 C1 and C2 are members, but neither has a follow-up yet.
    assert (april.median, april.mean, april.measured) == (None, None, 0)
    # On 30.09 C1's latest follow-up is 9,000,000 / 12 = 750,000 per employee: +650 %.
    assert september.changes == {world["C1"].id: Decimal("650.00")}


def test_deleted_membership_does_not_count_for_the_cluster(db, world):  # noqa: F811
    with db.session() as session:
        k2 = cluster_productivity(session, world["K2"].id, D(2026, 6, 30))
    # K2: C1 (no join date, still a member); C4's membership is deleted.
    assert k2.measured == 1 and set(k2.changes) == {world["C1"].id}


def test_smes_reached_month_by_month_ends_at_the_indicator(db, world):  # noqa: F811
    with db.session() as session:
        series = smes_reached_by_month(session, PERIOD)
        total = compute(session, PERIOD).smes_reached
    # C1 visited in February; C2 and C4 attended the 10 March session; nothing else counts.
    assert series == [
        MonthFigure(D(2026, 1, 1), 0, 0),
        MonthFigure(D(2026, 2, 1), 1, 1),
        MonthFigure(D(2026, 3, 1), 2, 3),
        MonthFigure(D(2026, 4, 1), 0, 3),
        MonthFigure(D(2026, 5, 1), 0, 3),
        MonthFigure(D(2026, 6, 1), 0, 3),
    ]
    assert series[-1].cumulative == total == 3


def test_an_open_period_starts_at_the_first_activity(db, world):  # noqa: F811
    scope = Scope(None, D(2026, 3, 31), "TR19")
    with db.session() as session:
        series = smes_reached_by_month(session, scope)
    # The first TR19 activity is T3's session on 01.11.2025 (C3 attended it); V3 (C2) is on
    # 31.12.2025; then C1 in February and C4 in March (C2 already counted).
    assert [(f.month, f.new, f.cumulative) for f in series] == [
        (D(2025, 11, 1), 1, 1),
        (D(2025, 12, 1), 1, 2),
        (D(2026, 1, 1), 0, 2),
        (D(2026, 2, 1), 1, 3),
        (D(2026, 3, 1), 1, 4),
    ]


def test_no_activity_gives_no_months(db):
    with db.session() as session:
        assert smes_reached_by_month(session, Scope(None, None, "TR19")) == []
