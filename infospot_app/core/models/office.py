"""Offices and the reference data HQ owns: targets and KOBİ size thresholds."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced


class Office(Synced, Base):
    """An Info Spot or the central office (HQ); reference data owned by HQ."""

    __tablename__ = "offices"

    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    host: Mapped[str] = mapped_column(String(300), default="")
    province: Mapped[str] = mapped_column(String(6), default="")
    central: Mapped[bool] = mapped_column(default=False)
    signing_key: Mapped[str | None] = mapped_column(String(200))
    key_fingerprint: Mapped[str | None] = mapped_column(String(100))
    encryption_key: Mapped[str | None] = mapped_column(String(200))


class Target(Synced, Base):
    """A project target: an indicator's value, nationally or for one office. Owned by HQ."""

    __tablename__ = "targets"
    __table_args__ = (UniqueConstraint("indicator", "scope"),)

    indicator: Mapped[str] = mapped_column(String(60))
    scope: Mapped[str] = mapped_column(String(8), default="national")
    value: Mapped[Decimal]


class KobiThreshold(Synced, Base):
    """KOBİ size-class limits in force from a year on (employees below, turnover at most)."""

    __tablename__ = "kobi_thresholds"

    year: Mapped[int] = mapped_column(Integer, unique=True)
    micro_employees: Mapped[int]
    micro_turnover: Mapped[Decimal]
    small_employees: Mapped[int]
    small_turnover: Mapped[Decimal]
    medium_employees: Mapped[int]
    medium_turnover: Mapped[Decimal]
    source: Mapped[str] = mapped_column(String(300), default="")
