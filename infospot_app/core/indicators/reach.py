"""Reach indicators: SMEs reached, visits, overdue follow-up actions."""

from __future__ import annotations

from sqlalchemy import Select, func, select, union
from sqlalchemy.orm import Session

from ..models import (
    Attendance,
    Company,
    Enrollment,
    FollowUpAction,
    Training,
    TrainingSession,
    Visit,
)
from .scope import Scope


def attended_enrollments(scope: Scope) -> Select:
    """Enrollments (live, not withdrawn, in live trainings of the scope) present at ≥ 1 live
    session held in the period."""
    return (
        select(Enrollment.id, Enrollment.person_id, Enrollment.company_id)
        .join(Training, Training.id == Enrollment.training_id)
        .join(Attendance, Attendance.enrollment_id == Enrollment.id)
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .where(
            Enrollment.deleted_at.is_(None),
            Enrollment.withdrawn_at.is_(None),
            Training.deleted_at.is_(None),
            Training.status != "cancelled",
            Attendance.deleted_at.is_(None),
            Attendance.present.is_(True),
            TrainingSession.deleted_at.is_(None),
            scope.owned(Training.office),
            scope.within(TrainingSession.session_date),
        )
        .distinct()
    )


def smes_reached_ids(scope: Scope) -> Select:
    """SMEs reached: live companies with at least one live visit in the period, or whose
    employee attended (was present at) at least one session in the period of a training.

    Scope: the office that made the visit or ran the training. The company of a participant is
    the company recorded on the enrollment (its snapshot at enrollment time).
    """
    visited = select(Visit.company_id.label("company_id")).where(
        Visit.deleted_at.is_(None), scope.owned(Visit.office), scope.within(Visit.visit_date)
    )
    trained = select(attended_enrollments(scope).subquery().c.company_id)
    reached = union(visited, trained).subquery()
    return select(Company.id).where(Company.deleted_at.is_(None), Company.id.in_(select(reached)))


def visit_ids(scope: Scope) -> Select:
    """Visits: live visits of the scope's office to live companies, dated in the period."""
    return (
        select(Visit.id)
        .join(Company, Company.id == Visit.company_id)
        .where(
            Visit.deleted_at.is_(None),
            Company.deleted_at.is_(None),
            scope.owned(Visit.office),
            scope.within(Visit.visit_date),
        )
    )


def overdue_action_ids(scope: Scope) -> Select:
    """Follow-up actions overdue on the period's last day (or today): live actions of live
    visits of the office, due before that day and not done by it."""
    day = scope.as_of
    return (
        select(FollowUpAction.id)
        .join(Visit, Visit.id == FollowUpAction.visit_id)
        .where(
            FollowUpAction.deleted_at.is_(None),
            Visit.deleted_at.is_(None),
            scope.owned(FollowUpAction.office),
            FollowUpAction.due_on < day,
            FollowUpAction.done_on.is_(None) | (FollowUpAction.done_on > day),
        )
    )


def count(session: Session, ids: Select) -> int:
    """How many rows a selection of ids holds."""
    return session.scalar(select(func.count()).select_from(ids.subquery())) or 0
