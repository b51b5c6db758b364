"""Company visits, the people met, and follow-up actions."""

from __future__ import annotations

from datetime import date

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, fk, live_unique

VISIT_TYPES = (
    "first_contact",
    "needs_analysis",
    "follow_up",
    "cluster_meeting",
    "grant_support",
    "other",
)


class Visit(Synced, Base):
    """A visit an Info Spot made to a company."""

    __tablename__ = "visits"

    company_id: Mapped[str] = fk("companies.id")
    visit_date: Mapped[date] = mapped_column(index=True)
    staff: Mapped[str] = mapped_column(String(200))
    visit_type: Mapped[str] = mapped_column(String(20))
    topics: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    needs: Mapped[str] = mapped_column(Text, default="")
    next_visit_on: Mapped[date | None]


class VisitContact(Synced, Base):
    """A person met on a visit."""

    __tablename__ = "visit_contacts"
    __table_args__ = (live_unique("visit_contacts", "visit_id", "person_id"),)

    visit_id: Mapped[str] = fk("visits.id")
    person_id: Mapped[str] = fk("people.id")


class FollowUpAction(Synced, Base):
    """Something promised on a visit, with a due date and who does it."""

    __tablename__ = "follow_up_actions"

    visit_id: Mapped[str] = fk("visits.id")
    description: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(index=True)
    responsible: Mapped[str] = mapped_column(String(200), default="")
    done_on: Mapped[date | None]
