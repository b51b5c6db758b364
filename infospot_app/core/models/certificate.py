"""Attendance certificates."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, fk


class Certificate(Synced, Base):
    """An attendance certificate; its number is never reused, a reprint keeps it."""

    __tablename__ = "certificates"

    enrollment_id: Mapped[str] = fk("enrollments.id")
    number: Mapped[str] = mapped_column(String(24), unique=True)
    issued_on: Mapped[date]
    verification_code: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(2), default="tr")
    revoked_at: Mapped[datetime | None]
    revoked_reason: Mapped[str | None] = mapped_column(Text)
