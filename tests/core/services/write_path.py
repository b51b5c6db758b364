"""Shared arrangements for service tests: real companies and people, and the write-path checks."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from infospot_app.core.errors import ForeignRow, NotFound, PermissionDenied
from infospot_app.core.models import AuditEntry, Company, Person
from infospot_app.core.services.actor import Actor
from infospot_app.core.services.aggregate import AggregateService
from infospot_app.core.services.companies import companies
from infospot_app.core.services.listing import ListQuery
from infospot_app.core.services.people import people
from infospot_app.core.services.record import jsonable
from infospot_app.core.validation import ValidationErrors
from tests.conftest import make_vkn

OTHER_OFFICE = Actor(user="mehmet", office="TR55", role="staff")
VIEWER = Actor(user="izleyen", office="TR19", role="viewer")


def add_company(db: Any, actor: Actor, n: int, name: str | None = None, **extra: Any) -> Company:
    """A live company with a valid tax id."""
    with db.transaction() as session:
        values = {"legal_name": name or f"Firma {n} Ltd. Şti.", "tax_id": make_vkn(n), **extra}
        return companies.create(session, actor, values)


def add_person(
    db: Any, actor: Actor, name: str, company: Company | None = None, **extra: Any
) -> Person:
    """A live person, optionally working for ``company``."""
    with db.transaction() as session:
        values = {"full_name": name, "company_id": company.id if company else None, **extra}
        return people.create(session, actor, values)


def audit_of(db: Any, row_id: str) -> list[tuple[str, dict]]:
    """(action, changes) of the row's audit entries, oldest first."""
    with db.session() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.row_id == row_id).order_by(AuditEntry.id)
        )
        return [(e.action, json.loads(e.changes)) for e in entries]


def errors_by_field(error: pytest.ExceptionInfo[ValidationErrors]) -> dict[str, str]:
    """Field → English message of a ValidationErrors."""
    return {f: e.message_en for f, e in error.value.by_field().items()}


def check_write_path(
    db: Any,
    actor: Actor,
    service: AggregateService[Any],
    values: dict[str, Any],
    change: dict[str, Any],
) -> None:
    """Create, update and delete a row; prove version, rev, audit, ownership and role checks."""
    with db.transaction() as session:
        row = service.create(session, actor, values)
    assert row.version == 1 and row.office == actor.office and row.created_by == actor.user
    with db.transaction() as session:
        with pytest.raises(ForeignRow):
            service.update(session, OTHER_OFFICE, row.id, change)
        with pytest.raises(PermissionDenied):
            service.update(session, VIEWER, row.id, change)
        with pytest.raises(PermissionDenied):
            service.create(session, VIEWER, values)
    old = {k: getattr(row, k) for k in change}
    with db.transaction() as session:
        changed = service.update(session, actor, row.id, change)
    assert changed.version == 2 and changed.rev > row.rev
    action, diff = audit_of(db, row.id)[-1]
    assert action == "update"
    for key in change:
        assert key in diff, f"{key} missing from the audit entry {diff}"
        assert _same(diff[key][0], old[key])
    with db.transaction() as session:
        with pytest.raises(ForeignRow):
            service.delete(session, OTHER_OFFICE, row.id)
        service.delete(session, actor, row.id)
    with db.session() as session:
        with pytest.raises(NotFound):
            service.get(session, row.id)
        gone = service.get(session, row.id, include_deleted=True)
        assert gone.version == 3 and gone.rev > changed.rev
        assert row.id not in service.ids(session, ListQuery(limit=None))
    assert [a for a, _ in audit_of(db, row.id)] == ["create", "update", "delete"]


def _same(audited: Any, value: Any) -> bool:
    """Whether an audited (JSON) value is ``value``; numbers compare by value (3 == "3.00")."""
    if isinstance(value, Decimal):
        return Decimal(audited) == value
    return audited == jsonable(value)
