"""Productivity measurements of companies."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, fk

MEASUREMENT_KINDS = ("baseline", "follow_up")


class ProductivityMeasurement(Synced, Base):
    """A company's turnover, employees and value added for one period."""

    __tablename__ = "productivity_measurements"

    company_id: Mapped[str] = fk("companies.id")
    period: Mapped[str] = mapped_column(String(20))
    measured_on: Mapped[date]
    kind: Mapped[str] = mapped_column(String(10))
    turnover: Mapped[Decimal | None]
    employees: Mapped[int | None]
    value_added: Mapped[Decimal | None]
