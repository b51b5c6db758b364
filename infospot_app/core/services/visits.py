"""Company visits, the people met on them, and their follow-up actions."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import validation as v
from ..models import Company, FollowUpAction, Person, Visit, VisitContact
from ..models.visit import VISIT_TYPES
from . import record
from .actor import Actor
from .aggregate import AggregateService
from .references import require_live


class VisitService(AggregateService[Visit]):
    """Create, edit, delete and list visits; staff defaults to the signed-in user."""

    model = Visit
    noun_tr, noun_en = "ziyaret", "visit"
    turkish_columns = frozenset({"staff", "visit_type"})
    default_sort = "visit_date"

    def normalize(
        self, session: Session, values: dict[str, Any], row: Visit | None
    ) -> dict[str, Any]:
        check = v.Collector()
        out = dict(values)
        out["company_id"] = check.check(
            require_live,
            session,
            Company,
            values.get("company_id"),
            "company_id",
            "Firma",
            "Company",
        )
        out["visit_type"] = check.check(
            v.one_of,
            values.get("visit_type"),
            "visit_type",
            VISIT_TYPES,
            "Ziyaret türü",
            "Visit type",
        )
        visit_date = check.check(
            v.required_date, values.get("visit_date"), "visit_date", "Ziyaret tarihi", "Visit date"
        )
        out["visit_date"] = visit_date
        out["next_visit_on"] = check.check(
            v.date_value,
            values.get("next_visit_on"),
            "next_visit_on",
            "Sonraki ziyaret tarihi",
            "Next visit date",
        )
        check.check(v.date_not_before, visit_date, out["next_visit_on"], "next_visit_on")
        for text_field in ("staff", "topics", "summary", "needs"):
            out[text_field] = (values.get(text_field) or "").strip()
        check.raise_if_any()
        return out

    def create(self, session: Session, actor: Actor, values: dict[str, Any]) -> Visit:
        """Record a visit; without a staff name, the signed-in user made it."""
        if v.is_blank(values.get("staff")):
            values = {**values, "staff": actor.user}
        return super().create(session, actor, values)

    def filter_clauses(self, session: Session, filters: dict[str, Any]) -> list[Any]:
        clauses = []
        if filters.get("date_from"):
            clauses.append(Visit.visit_date >= filters["date_from"])
        if filters.get("date_to"):
            clauses.append(Visit.visit_date <= filters["date_to"])
        for key in ("visit_type", "staff", "company_id", "office"):
            if filters.get(key):
                clauses.append(getattr(Visit, key) == filters[key])
        return clauses

    def contacts(self, session: Session, visit_id: str) -> list[Person]:
        """The live people met on a visit, in Turkish name order."""
        stmt = (
            select(Person)
            .join(VisitContact, VisitContact.person_id == Person.id)
            .where(
                VisitContact.visit_id == visit_id,
                VisitContact.deleted_at.is_(None),
                Person.deleted_at.is_(None),
            )
            .order_by(Person.sort_key)
        )
        return list(session.scalars(stmt))


class VisitContactService(AggregateService[VisitContact]):
    """Who was met on a visit: one row per visit and person."""

    model = VisitContact
    noun_tr, noun_en = "görüşülen kişi", "person met"

    def normalize(
        self, session: Session, values: dict[str, Any], row: VisitContact | None
    ) -> dict[str, Any]:
        check = v.Collector()
        out = dict(values)
        out["visit_id"] = check.check(
            require_live, session, Visit, values.get("visit_id"), "visit_id", "Ziyaret", "Visit"
        )
        out["person_id"] = check.check(
            require_live, session, Person, values.get("person_id"), "person_id", "Kişi", "Person"
        )
        check.raise_if_any()
        return out

    def add(self, session: Session, actor: Actor, visit_id: str, person_id: str) -> VisitContact:
        """Record that ``person_id`` was met on the visit (again after a removal is fine)."""
        values = self._prepare(session, {"visit_id": visit_id, "person_id": person_id}, None)
        existing = session.scalar(
            select(VisitContact)
            .where(VisitContact.visit_id == visit_id, VisitContact.person_id == person_id)
            .order_by(VisitContact.deleted_at.is_not(None), VisitContact.id)
            .limit(1)
        )
        if existing is None:
            return record.create(session, actor, VisitContact, values)
        if existing.deleted_at is not None:
            # The pair is unique even among tombstones, so a removed contact comes back to life.
            record.change(session, actor, existing, {"deleted_at": None})
        return existing


class FollowUpActionService(AggregateService[FollowUpAction]):
    """Follow-up actions of visits: what, who, by when, and when it was done."""

    model = FollowUpAction
    noun_tr, noun_en = "takip eylemi", "follow-up action"
    turkish_columns = frozenset({"responsible"})
    default_sort = "due_on"

    def normalize(
        self, session: Session, values: dict[str, Any], row: FollowUpAction | None
    ) -> dict[str, Any]:
        check = v.Collector()
        out = dict(values)
        out["visit_id"] = check.check(
            require_live, session, Visit, values.get("visit_id"), "visit_id", "Ziyaret", "Visit"
        )
        out["description"] = check.check(
            v.required, values.get("description"), "description", "Yapılacak iş", "Description"
        )
        out["due_on"] = check.check(
            v.date_value, values.get("due_on"), "due_on", "Son tarih", "Due date"
        )
        out["done_on"] = check.check(
            v.date_value, values.get("done_on"), "done_on", "Yapıldığı tarih", "Date done"
        )
        out["responsible"] = (values.get("responsible") or "").strip()
        check.raise_if_any()
        return out

    def mark_done(
        self, session: Session, actor: Actor, action_id: str, when: date | None = None
    ) -> FollowUpAction:
        """Record that the action was done (today unless ``when`` is given)."""
        return self.update(session, actor, action_id, {"done_on": when or date.today()})

    def filter_clauses(self, session: Session, filters: dict[str, Any]) -> list[Any]:
        clauses = []
        for key in ("visit_id", "responsible", "office"):
            if filters.get(key):
                clauses.append(getattr(FollowUpAction, key) == filters[key])
        if filters.get("open") is not None:
            is_open = FollowUpAction.done_on.is_(None)
            clauses.append(is_open if filters["open"] else ~is_open)
        return clauses


def overdue_actions(
    session: Session, today: date, office: str | None = None
) -> list[FollowUpAction]:
    """Live actions not done whose due date is before ``today``, oldest due first."""
    stmt = (
        select(FollowUpAction)
        .join(Visit, Visit.id == FollowUpAction.visit_id)
        .where(
            FollowUpAction.deleted_at.is_(None),
            Visit.deleted_at.is_(None),
            FollowUpAction.done_on.is_(None),
            FollowUpAction.due_on < today,
        )
        .order_by(FollowUpAction.due_on, FollowUpAction.id)
    )
    if office is not None:
        stmt = stmt.where(FollowUpAction.office == office)
    return list(session.scalars(stmt))


visits = VisitService()
visit_contacts = VisitContactService()
follow_up_actions = FollowUpActionService()
