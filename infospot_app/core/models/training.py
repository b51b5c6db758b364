"""Trainings, their sessions, enrollments and attendance."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, fk, live_unique

TRAINING_STATUSES = ("planned", "held", "cancelled")


class Training(Synced, Base):
    """A training an Info Spot runs."""

    __tablename__ = "trainings"

    title: Mapped[str] = mapped_column(String(300))
    topic: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    venue: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[date | None] = mapped_column(index=True)
    end_date: Mapped[date | None]
    trainers: Mapped[str] = mapped_column(String(300), default="")
    organiser: Mapped[str] = mapped_column(String(300), default="")
    capacity: Mapped[int | None]
    min_attendance_pct: Mapped[int] = mapped_column(default=80)
    status: Mapped[str] = mapped_column(String(10), default="planned")
    cluster_id: Mapped[str | None] = fk("clusters.id", nullable=True)
    search_key: Mapped[str] = mapped_column(Text, default="")


class TrainingSession(Synced, Base):
    """One sitting of a training: a date and its hours."""

    __tablename__ = "training_sessions"

    training_id: Mapped[str] = fk("trainings.id")
    session_date: Mapped[date]
    start_time: Mapped[time | None]
    end_time: Mapped[time | None]
    hours: Mapped[Decimal] = mapped_column(Numeric(5, 2))


class Enrollment(Synced, Base):
    """A person enrolled in a training, with the company they came from."""

    __tablename__ = "enrollments"
    __table_args__ = (live_unique("enrollments", "training_id", "person_id"),)

    training_id: Mapped[str] = fk("trainings.id")
    person_id: Mapped[str] = fk("people.id")
    company_id: Mapped[str | None] = fk("companies.id", nullable=True)
    company_name: Mapped[str] = mapped_column(String(300), default="")
    withdrawn_at: Mapped[datetime | None]


class Attendance(Synced, Base):
    """Whether an enrolled person attended a session, and for how many hours."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("enrollment_id", "session_id"),)

    enrollment_id: Mapped[str] = fk("enrollments.id")
    session_id: Mapped[str] = fk("training_sessions.id")
    present: Mapped[bool] = mapped_column(default=True)
    hours: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
