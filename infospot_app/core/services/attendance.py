"""Attendance marks of training participants, and their attendance over a whole training."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import validation as v
from ..attendance import Mark, attendance_pct, attended_hours, certificate_eligible
from ..models import Attendance, Enrollment, TrainingSession
from . import record
from .actor import Actor
from .aggregate import AggregateService
from .references import require_live
from .trainings import enrollments, training_sessions, trainings


class AttendanceService(AggregateService[Attendance]):
    """Attendance marks: one per enrollment and session."""

    model = Attendance
    noun_tr, noun_en = "katılım", "attendance"

    def normalize(
        self, session: Session, values: dict[str, Any], row: Attendance | None
    ) -> dict[str, Any]:
        check = v.Collector()
        out = dict(values)
        enrollment_id = check.check(
            require_live,
            session,
            Enrollment,
            values.get("enrollment_id"),
            "enrollment_id",
            "Kayıt",
            "Enrollment",
        )
        session_id = check.check(
            require_live,
            session,
            TrainingSession,
            values.get("session_id"),
            "session_id",
            "Oturum",
            "Session",
        )
        out["present"] = bool(values.get("present"))
        hours = check.check(v.non_negative_decimal, values.get("hours"), "hours")
        out["hours"] = hours if out["present"] else None
        if enrollment_id and session_id:
            enrollment = session.get(Enrollment, enrollment_id)
            sitting = session.get(TrainingSession, session_id)
            if enrollment.training_id != sitting.training_id:  # type: ignore[union-attr]
                check.errors.append(
                    v.ValidationError(
                        "session_id",
                        "Oturum, katılımcının kayıtlı olduğu eğitime ait değil.",
                        "The session does not belong to the participant's training.",
                    )
                )
            elif out["hours"] is not None and out["hours"] > sitting.hours:  # type: ignore[union-attr]
                check.errors.append(
                    v.ValidationError(
                        "hours",
                        f"Katılım saati oturum süresini ({sitting.hours} saat) aşamaz.",  # type: ignore[union-attr]
                        f"Hours attended cannot exceed the session's {sitting.hours} hours.",  # type: ignore[union-attr]
                    )
                )
        check.raise_if_any()
        return out


def set_attendance(
    session: Session,
    actor: Actor,
    enrollment_id: str,
    session_id: str,
    present: bool,
    hours: Decimal | None = None,
) -> Attendance:
    """Mark a participant present or absent for a session, creating or updating the mark."""
    actor.require_edit()
    values = {
        "enrollment_id": enrollment_id,
        "session_id": session_id,
        "present": present,
        "hours": hours,
    }
    existing = session.scalar(
        select(Attendance).where(
            Attendance.enrollment_id == enrollment_id, Attendance.session_id == session_id
        )
    )
    prepared = attendances._prepare(session, values, existing)
    if existing is None:
        return record.create(session, actor, Attendance, prepared)
    record.change(session, actor, existing, {**prepared, "deleted_at": None})
    return existing


@dataclass(frozen=True)
class ParticipantAttendance:
    """A participant's attendance over a whole training."""

    enrollment_id: str
    attended_hours: Decimal
    total_hours: Decimal
    attendance_pct: Decimal | None
    eligible: bool


def training_attendance(session: Session, training_id: str) -> list[ParticipantAttendance]:
    """Attendance of every live enrollment of the training (withdrawn ones are not eligible)."""
    training = trainings.get(session, training_id)
    hours = {s.id: s.hours for s in training_sessions.of_training(session, training_id)}
    total = sum(hours.values(), Decimal(0))
    enrollments = list(
        session.scalars(
            select(Enrollment)
            .where(Enrollment.training_id == training_id, Enrollment.deleted_at.is_(None))
            .order_by(Enrollment.id)
        )
    )
    marks: dict[str, list[Mark]] = {e.id: [] for e in enrollments}
    rows = session.execute(
        select(
            Attendance.enrollment_id, Attendance.session_id, Attendance.present, Attendance.hours
        ).where(Attendance.enrollment_id.in_(list(marks)), Attendance.deleted_at.is_(None))
    )
    for enrollment_id, session_id, present, mark_hours in rows:
        marks[enrollment_id].append(Mark(session_id, present, mark_hours))
    result = []
    for e in enrollments:
        attended = attended_hours(hours, marks[e.id])
        eligible = e.withdrawn_at is None and certificate_eligible(
            attended, total, training.min_attendance_pct
        )
        result.append(
            ParticipantAttendance(e.id, attended, total, attendance_pct(attended, total), eligible)
        )
    return result


def participant_attendance(session: Session, enrollment_id: str) -> ParticipantAttendance:
    """One participant's attended hours, percentage and certificate eligibility."""
    enrollment = enrollments.get(session, enrollment_id)
    found = training_attendance(session, enrollment.training_id)
    return next(p for p in found if p.enrollment_id == enrollment_id)


attendances = AttendanceService()
