"""Local sync bookkeeping: packages made and received, conflicts, quarantine. Never synced."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class PackageLog(Base):
    """A sync package this database made (out) or imported (in)."""

    __tablename__ = "package_log"
    __table_args__ = (UniqueConstraint("direction", "office", "sequence"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))
    office: Mapped[str] = mapped_column(String(8), index=True)
    sequence: Mapped[int]
    file_name: Mapped[str] = mapped_column(String(300), default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    office_clock: Mapped[datetime | None]
    rev_from: Mapped[int] = mapped_column(default=0)
    rev_to: Mapped[int] = mapped_column(default=0)
    row_count: Mapped[int] = mapped_column(default=0)
    acknowledged_at: Mapped[datetime | None]
    summary: Mapped[str] = mapped_column(Text, default="{}")


class Conflict(Base):
    """An incoming row with the same version as the stored one but different content."""

    __tablename__ = "conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    office: Mapped[str] = mapped_column(String(8), index=True)
    version: Mapped[int]
    stored: Mapped[str] = mapped_column(Text)
    incoming: Mapped[str] = mapped_column(Text)
    package_sequence: Mapped[int | None]
    detected_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    resolution: Mapped[str | None] = mapped_column(String(10))


class QuarantinedRow(Base):
    """An incoming row set aside because it failed validation (or depends on one that did)."""

    __tablename__ = "quarantine"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    office: Mapped[str] = mapped_column(String(8), index=True)
    version: Mapped[int]
    data: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    package_sequence: Mapped[int | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    released_at: Mapped[datetime | None]
