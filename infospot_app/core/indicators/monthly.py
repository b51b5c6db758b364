"""Monthly series of an indicator, for the dashboard's chart."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Attendance, TrainingSession, Visit
from .reach import attended_enrollments, count, smes_reached_ids
from .scope import Scope

MAX_MONTHS = 120
"""A period longer than this is charted over its last ten years."""


@dataclass(frozen=True)
class MonthFigure:
    """One calendar month: SMEs first reached in it (within the period) and the running total."""

    month: date
    new: int
    cumulative: int


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def next_month(day: date) -> date:
    """The first day of the month after ``day``'s."""
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def _first_activity(session: Session, scope: Scope) -> date | None:
    """The earliest visit or attended session of the scope (where an open period starts)."""
    visits = select(func.min(Visit.visit_date)).where(
        Visit.deleted_at.is_(None), scope.owned(Visit.office), scope.within(Visit.visit_date)
    )
    attended = attended_enrollments(scope).subquery()
    sessions = (
        select(func.min(TrainingSession.session_date))
        .join(Attendance, Attendance.session_id == TrainingSession.id)
        .where(
            Attendance.enrollment_id.in_(select(attended.c.id)),
            Attendance.deleted_at.is_(None),
            Attendance.present.is_(True),
            TrainingSession.deleted_at.is_(None),
            scope.within(TrainingSession.session_date),
        )
    )
    found = [session.scalar(visits), session.scalar(sessions)]
    return min((d for d in found if d is not None), default=None)


def smes_reached_by_month(session: Session, scope: Scope) -> list[MonthFigure]:
    """SMEs reached, month by month: for each month of the period (from its start, or from the
    first activity when it has none, to its end or today), the running total is the indicator
    "SMEs reached" computed from the period's start to that month's last day (or the period's
    end, if earlier); "new" is the increase over the month before. The last running total
    therefore equals the indicator for the whole period."""
    first = scope.start or _first_activity(session, scope)
    last = scope.as_of
    if first is None or first > last:
        return []
    month = first.replace(day=1)
    months = []
    while month <= last:
        months.append(month)
        month = next_month(month)
    figures: list[MonthFigure] = []
    previous = 0
    if len(months) > MAX_MONTHS:  # the months cut off still count in the running total
        months = months[-MAX_MONTHS:]
        before = Scope(scope.start, months[0] - timedelta(days=1), scope.office)
        previous = count(session, smes_reached_ids(before))
    for month in months:
        until = min(month_end(month), last)
        total = count(session, smes_reached_ids(Scope(scope.start, until, scope.office)))
        figures.append(MonthFigure(month, total - previous, total))
        previous = total
    return figures
