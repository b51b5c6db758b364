"""Training indicators: trainings held, participants, participant-hours, women, certificates."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ..models import Attendance, Certificate, Enrollment, Person, Training, TrainingSession
from .reach import attended_enrollments
from .scope import Scope


def trainings_held_ids(scope: Scope) -> Select:
    """Trainings held: live trainings of the office with status "held" and at least one live
    session in the period."""
    return (
        select(Training.id)
        .join(TrainingSession, TrainingSession.training_id == Training.id)
        .where(
            Training.deleted_at.is_(None),
            Training.status == "held",
            TrainingSession.deleted_at.is_(None),
            scope.owned(Training.office),
            scope.within(TrainingSession.session_date),
        )
        .distinct()
    )


def participant_ids(scope: Scope) -> Select:
    """Participants: distinct people (live) present at ≥ 1 session in the period of a live,
    not cancelled training of the office (enrollment live and not withdrawn)."""
    attended = attended_enrollments(scope).subquery()
    return select(Person.id).where(
        Person.deleted_at.is_(None), Person.id.in_(select(attended.c.person_id))
    )


def women_participant_ids(scope: Scope) -> Select:
    """Women among participants: participants whose recorded gender is female."""
    return participant_ids(scope).where(Person.gender == "female")


def participant_hours(session: Session, scope: Scope) -> Decimal:
    """Participant-hours: over live present attendance records of live enrollments (not
    withdrawn) at live sessions in the period of live, not cancelled trainings of the office,
    the sum of the attendance's hours, or the session's hours when none were recorded."""
    hours = func.coalesce(Attendance.hours, TrainingSession.hours)
    total = session.scalar(
        select(func.sum(hours))
        .select_from(Attendance)
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .join(Enrollment, Enrollment.id == Attendance.enrollment_id)
        .join(Training, Training.id == Enrollment.training_id)
        .where(
            Attendance.deleted_at.is_(None),
            Attendance.present.is_(True),
            TrainingSession.deleted_at.is_(None),
            Enrollment.deleted_at.is_(None),
            Enrollment.withdrawn_at.is_(None),
            Training.deleted_at.is_(None),
            Training.status != "cancelled",
            scope.owned(Training.office),
            scope.within(TrainingSession.session_date),
        )
    )
    return Decimal(str(total or 0))


def certificate_ids(scope: Scope) -> Select:
    """Certificates issued: live certificates of the office issued in the period and not
    revoked."""
    return select(Certificate.id).where(
        Certificate.deleted_at.is_(None),
        Certificate.revoked_at.is_(None),
        scope.owned(Certificate.office),
        scope.within(Certificate.issued_on),
    )
