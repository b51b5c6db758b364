"""Carrying out an import plan through the services (so version, rev and audit are right)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ..services.actor import Actor
from ..services.companies import companies
from ..services.people import people
from .plan import ImportPlan, find_contact

PROGRESS_EVERY = 500


@dataclass
class ImportResult:
    """What the import did: companies created and updated, contact people added."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    contacts_added: int = 0
    contacts_updated: int = 0


def apply_plan(
    session: Session,
    actor: Actor,
    plan: ImportPlan,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Create and update the planned companies and their contacts, inside the caller's
    transaction (one for the whole list: all rows or none)."""
    actor.require_edit()
    result = ImportResult()
    todo = [o for o in plan.outcomes if o.status in ("new", "update")]
    for done, outcome in enumerate(todo, 1):
        if outcome.status == "new":
            company = companies.create(session, actor, outcome.values)
            result.created.append(company.id)
        else:
            company_id = outcome.company_id or ""
            if outcome.values:
                companies.update(session, actor, company_id, outcome.values)
            company = companies.get(session, company_id)
            result.updated.append(company.id)
        if outcome.contact is not None:
            _contact(session, actor, company.id, outcome.contact, result)
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, len(todo))
    if progress is not None:
        progress(len(todo), len(todo))
    return result


def _contact(
    session: Session, actor: Actor, company_id: str, contact: dict, result: ImportResult
) -> None:
    """Add the contact, or fill in what the list adds to the one already recorded."""
    known = find_contact(session, company_id, contact["full_name"])
    if known is None:
        people.create(session, actor, {**contact, "company_id": company_id})
        result.contacts_added += 1
        return
    changes = {
        k: value
        for k, value in contact.items()
        if k != "full_name" and value and getattr(known, k) != value
    }
    if changes and known.office == actor.office:
        people.update(session, actor, known.id, changes)
        result.contacts_updated += 1
