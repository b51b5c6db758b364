"""People (contacts and participants) and their KVKK consents."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, browse_index, fk

GENDERS = ("female", "male", "other", "unspecified")
CONSENT_PURPOSES = ("contact", "certificate", "photos", "ministry_sharing", "newsletter")
CONSENT_METHODS = ("paper_form", "email", "verbal", "electronic_form")


class Person(Synced, Base):
    """A contact person or training participant, usually working for a company."""

    __tablename__ = "people"
    __table_args__ = (browse_index("people"),)

    full_name: Mapped[str] = mapped_column(String(200))
    company_id: Mapped[str | None] = fk("companies.id", nullable=True)
    position: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    gender: Mapped[str] = mapped_column(String(12), default="unspecified")
    erased_at: Mapped[datetime | None]
    search_key: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(400), default="")


class Consent(Synced, Base):
    """A consent a person gave for one purpose, under one version of the information notice."""

    __tablename__ = "consents"

    person_id: Mapped[str] = fk("people.id")
    purpose: Mapped[str] = mapped_column(String(30))
    notice_version: Mapped[str] = mapped_column(String(30))
    given_on: Mapped[date]
    method: Mapped[str] = mapped_column(String(20))
    recorded_by: Mapped[str] = mapped_column(String(64))
    withdrawn_on: Mapped[date | None]
