"""A training's attendance as a grid: participants × sessions, with totals and certificates.

The attendance page, the attendance export and the sign-in sheet all read this one shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import (
    Attendance,
    Certificate,
    Enrollment,
    Office,
    Person,
    Training,
    TrainingSession,
)
from ..turkish import sort_key
from .attendance import training_attendance
from .trainings import training_sessions, trainings


@dataclass(frozen=True)
class SessionColumn:
    """One session of the training."""

    id: str
    session_date: date
    start_time: time | None
    end_time: time | None
    hours: Decimal


@dataclass(frozen=True)
class Cell:
    """One participant's mark for one session: None when nothing was recorded."""

    present: bool | None
    hours: Decimal | None = None


@dataclass(frozen=True)
class ParticipantRow:
    """One enrolled participant and their marks, in session order."""

    enrollment_id: str
    person_id: str
    full_name: str
    company_name: str
    withdrawn: bool
    cells: tuple[Cell, ...]
    attended_hours: Decimal
    attendance_pct: Decimal | None
    eligible: bool
    certificate_id: str | None
    certificate_number: str | None


@dataclass(frozen=True)
class AttendanceGrid:
    """The whole grid of a training."""

    training: Training
    sessions: tuple[SessionColumn, ...]
    rows: tuple[ParticipantRow, ...]

    @property
    def total_hours(self) -> Decimal:
        return sum((s.hours for s in self.sessions), Decimal(0))


def attendance_grid(session: Session, training_id: str) -> AttendanceGrid:
    """The training's participants (Turkish name order) × sessions (date order)."""
    training = trainings.get(session, training_id)
    sittings = training_sessions.of_training(session, training_id)
    columns = tuple(
        SessionColumn(s.id, s.session_date, s.start_time, s.end_time, s.hours) for s in sittings
    )
    totals = {p.enrollment_id: p for p in training_attendance(session, training_id)}
    found = session.execute(
        select(Enrollment, Person.full_name)
        .join(Person, Person.id == Enrollment.person_id)
        .where(Enrollment.training_id == training_id, Enrollment.deleted_at.is_(None))
    ).all()
    marks: dict[tuple[str, str], Cell] = {}
    for enrollment_id, session_id, present, hours in session.execute(
        select(
            Attendance.enrollment_id, Attendance.session_id, Attendance.present, Attendance.hours
        ).where(Attendance.enrollment_id.in_(list(totals)), Attendance.deleted_at.is_(None))
    ):
        marks[(enrollment_id, session_id)] = Cell(present, hours)
    held = {
        c.enrollment_id: c
        for c in session.scalars(
            select(Certificate).where(
                Certificate.enrollment_id.in_(list(totals)),
                Certificate.deleted_at.is_(None),
                Certificate.revoked_at.is_(None),
            )
        )
    }
    rows = []
    for enrollment, name in sorted(found, key=lambda pair: (sort_key(pair[1]), pair[0].id)):
        total = totals[enrollment.id]
        certificate = held.get(enrollment.id)
        rows.append(
            ParticipantRow(
                enrollment_id=enrollment.id,
                person_id=enrollment.person_id,
                full_name=name,
                company_name=enrollment.company_name,
                withdrawn=enrollment.withdrawn_at is not None,
                cells=tuple(marks.get((enrollment.id, c.id), Cell(None)) for c in columns),
                attended_hours=total.attended_hours,
                attendance_pct=total.attendance_pct,
                eligible=total.eligible,
                certificate_id=certificate.id if certificate else None,
                certificate_number=certificate.number if certificate else None,
            )
        )
    return AttendanceGrid(training, columns, tuple(rows))


@dataclass(frozen=True)
class SessionRoster:
    """What a session's sign-in sheet shows."""

    training: Training
    sitting: TrainingSession
    participants: tuple[tuple[str, str], ...]
    """(full name, company) of every participant not withdrawn, in Turkish name order."""
    office_name: str
    office_host: str


def session_roster(session: Session, session_id: str) -> SessionRoster:
    """The training, the session and who is expected at it."""
    sitting = training_sessions.get(session, session_id)
    grid = attendance_grid(session, sitting.training_id)
    people = tuple((r.full_name, r.company_name) for r in grid.rows if not r.withdrawn)
    office = session.scalar(select(Office).where(Office.code == grid.training.office))
    name, host = (office.name, office.host) if office else (grid.training.office, "")
    return SessionRoster(grid.training, sitting, people, name, host)
