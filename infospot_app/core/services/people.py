"""People and their KVKK consents; exporting and erasing a person."""

from __future__ import annotations

import json
from datetime import date
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import validation as v
from ..models import AuditEntry, Company, Consent, Person, utcnow
from ..models.person import CONSENT_METHODS, CONSENT_PURPOSES, GENDERS
from ..turkish import fold, sort_key
from . import record
from .actor import Actor
from .aggregate import AggregateService
from .references import require_live

ERASED_NAME = "(silindi)"


def _choice(value: Any, field: str, allowed: tuple[str, ...], label_tr: str, label_en: str) -> str:
    if value not in allowed:
        raise v.ValidationError(
            field,
            f"{label_tr} şunlardan biri olmalı: {', '.join(allowed)}.",
            f"{label_en} must be one of: {', '.join(allowed)}.",
        )
    return value


class PersonService(AggregateService[Person]):
    """Create, edit, delete, find, list, export and erase people."""

    model = Person
    noun_tr, noun_en = "kişi", "person"
    sort_columns: ClassVar[dict[str, str]] = {"name": "sort_key"}
    turkish_columns = frozenset({"position"})
    default_sort = "name"

    def normalize(
        self, session: Session, values: dict[str, Any], row: Person | None
    ) -> dict[str, Any]:
        check = v.Collector()
        out = dict(values)
        out["full_name"] = check.check(
            v.required, values.get("full_name"), "full_name", "Ad soyad", "Full name"
        )
        out["email"] = check.check(v.email, values.get("email"))
        out["phone"] = check.check(v.phone, values.get("phone"))
        out["gender"] = check.check(
            _choice, values.get("gender") or "unspecified", "gender", GENDERS, "Cinsiyet", "Gender"
        )
        out["position"] = (values.get("position") or "").strip()
        if values.get("company_id"):
            check.check(
                require_live,
                session,
                Company,
                values["company_id"],
                "company_id",
                "Firma",
                "Company",
            )
        check.raise_if_any()
        return out

    def derive(self, values: dict[str, Any]) -> dict[str, Any]:
        name = values.get("full_name") or ""
        words = [name, values.get("email") or "", values.get("phone") or ""]
        return {"search_key": fold(" ".join(words)), "sort_key": sort_key(name)}

    def erase(self, session: Session, actor: Actor, person_id: str) -> Person:
        """KVKK erasure: blank the personal fields, keep the row for statistics; syncs as an edit."""
        person = self.get(session, person_id)
        record.change(
            session,
            actor,
            person,
            {
                "full_name": ERASED_NAME,
                "phone": None,
                "email": None,
                "position": "",
                "search_key": "",
                "sort_key": sort_key(ERASED_NAME),
                "erased_at": utcnow(),
            },
        )
        _redact_history(session, person.id)
        return person

    def everything_about(self, session: Session, person_id: str) -> dict[str, Any]:
        """All data held about a person (KVKK access request), as plain values."""
        from ..models import Attendance, Certificate, Enrollment, VisitContact

        person = self.get(session, person_id, include_deleted=True)
        enrollments = list(
            session.scalars(select(Enrollment).where(Enrollment.person_id == person.id))
        )
        ids = [e.id for e in enrollments]
        return {
            "person": record.row_values(person),
            "consents": [
                record.row_values(c)
                for c in session.scalars(select(Consent).where(Consent.person_id == person.id))
            ],
            "visits_met": [
                record.row_values(c)
                for c in session.scalars(
                    select(VisitContact).where(VisitContact.person_id == person.id)
                )
            ],
            "enrollments": [record.row_values(e) for e in enrollments],
            "attendance": [
                record.row_values(a)
                for a in session.scalars(
                    select(Attendance).where(Attendance.enrollment_id.in_(ids))
                )
            ],
            "certificates": [
                record.row_values(c)
                for c in session.scalars(
                    select(Certificate).where(Certificate.enrollment_id.in_(ids))
                )
            ],
            "audit": [
                record.row_values(a)
                for a in session.scalars(
                    select(AuditEntry).where(AuditEntry.row_id == person.id).order_by(AuditEntry.id)
                )
            ],
        }


class ConsentService(AggregateService[Consent]):
    """Consents per purpose, with the information notice version; withdrawal is an edit."""

    model = Consent
    noun_tr, noun_en = "onay", "consent"
    default_sort = "given_on"

    def normalize(
        self, session: Session, values: dict[str, Any], row: Consent | None
    ) -> dict[str, Any]:
        check = v.Collector()
        out = dict(values)
        check.check(v.required, values.get("person_id"), "person_id", "Kişi", "Person")
        out["purpose"] = check.check(
            _choice, values.get("purpose"), "purpose", CONSENT_PURPOSES, "Amaç", "Purpose"
        )
        out["method"] = check.check(
            _choice, values.get("method"), "method", CONSENT_METHODS, "Yöntem", "Method"
        )
        out["notice_version"] = check.check(
            v.required,
            values.get("notice_version"),
            "notice_version",
            "Aydınlatma metni sürümü",
            "Information notice version",
        )
        out["given_on"] = check.check(
            v.required, values.get("given_on"), "given_on", "Onay tarihi", "Date of consent"
        )
        out["recorded_by"] = (values.get("recorded_by") or "").strip()
        if out["given_on"] and values.get("withdrawn_on"):
            check.check(v.date_not_before, out["given_on"], values["withdrawn_on"], "withdrawn_on")
        check.raise_if_any()
        return out

    def withdraw(
        self, session: Session, actor: Actor, consent_id: str, when: date | None = None
    ) -> Consent:
        """Record the withdrawal of a consent."""
        return self.update(session, actor, consent_id, {"withdrawn_on": when or date.today()})

    def of_person(self, session: Session, person_id: str) -> list[Consent]:
        """The person's live consents, oldest first."""
        return list(
            session.scalars(
                select(Consent)
                .where(Consent.person_id == person_id, Consent.deleted_at.is_(None))
                .order_by(Consent.given_on)
            )
        )


people = PersonService()
consents = ConsentService()


PERSONAL_FIELDS = ("full_name", "phone", "email", "position")


def _redact_history(session: Session, person_id: str) -> None:
    """Blank the personal values the audit log kept for this person (old → new included).

    The entries themselves stay: who changed the record and when is not personal data about
    the erased person, and the log must show that an erasure happened.
    """
    entries = session.scalars(
        select(AuditEntry).where(
            AuditEntry.table_name == Person.__tablename__, AuditEntry.row_id == person_id
        )
    )
    for entry in entries:
        changes = json.loads(entry.changes or "{}")
        redacted = {
            key: ([ERASED_NAME, ERASED_NAME] if isinstance(value, list) else ERASED_NAME)
            if key in PERSONAL_FIELDS
            else value
            for key, value in changes.items()
        }
        if redacted != changes:
            entry.changes = json.dumps(redacted, ensure_ascii=False)
    session.flush()
