"""Grant applications of companies or clusters."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, fk

PROGRAMMES = ("ur_ge", "kosgeb", "development_agency", "eu", "other")
GRANT_STATUSES = ("draft", "submitted", "approved", "rejected", "withdrawn")


class GrantApplication(Synced, Base):
    """An application to a support programme, by a company or by a cluster."""

    __tablename__ = "grant_applications"
    __table_args__ = (
        CheckConstraint("(company_id IS NULL) <> (cluster_id IS NULL)", name="company_or_cluster"),
    )

    company_id: Mapped[str | None] = fk("companies.id", nullable=True)
    cluster_id: Mapped[str | None] = fk("clusters.id", nullable=True)
    programme: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300), default="")
    submitted_on: Mapped[date | None]
    decided_on: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(10), default="draft")
    requested_amount: Mapped[Decimal | None]
    granted_amount: Mapped[Decimal | None]
    notes: Mapped[str] = mapped_column(Text, default="")
