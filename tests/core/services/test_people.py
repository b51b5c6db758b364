"""People and consents: validation, KVKK export and erasure."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from infospot_app.core.models import AuditEntry, Person
from infospot_app.core.services.companies import companies
from infospot_app.core.services.listing import ListQuery
from infospot_app.core.services.people import ERASED_NAME, consents, people
from infospot_app.core.validation import ValidationErrors
from tests.conftest import make_vkn


@pytest.fixture
def company(db, actor):
    with db.transaction() as session:
        return companies.create(session, actor, {"legal_name": "Çağlar Un", "tax_id": make_vkn(1)})


def test_person_with_company_and_consent(db, actor, company) -> None:
    with db.transaction() as session:
        p = people.create(
            session,
            actor,
            {
                "full_name": "Gülşen Çağlar",
                "company_id": company.id,
                "phone": "0 (364) 213 45 67",
                "gender": "female",
            },
        )
        consents.create(
            session,
            actor,
            {
                "person_id": p.id,
                "purpose": "certificate",
                "notice_version": "v1.2",
                "given_on": date(2026, 5, 4),
                "method": "paper_form",
                "recorded_by": "ayse",
            },
        )
    with db.session() as session:
        found = people.list(session, ListQuery(search="gulsen caglar")).rows
        assert [x.full_name for x in found] == ["Gülşen Çağlar"]
        assert found[0].phone.startswith("+90 364")
        assert [c.purpose for c in consents.of_person(session, p.id)] == ["certificate"]


def test_unknown_company_and_bad_gender_are_refused(db, actor) -> None:
    with pytest.raises(ValidationErrors) as refused, db.transaction() as session:
        people.create(
            session, actor, {"full_name": "Ali Veli", "company_id": "nope", "gender": "robot"}
        )
    assert set(refused.value.by_field()) == {"company_id", "gender"}


def test_consent_withdrawal_is_recorded(db, actor) -> None:
    with db.transaction() as session:
        p = people.create(session, actor, {"full_name": "Özge Işık"})
        c = consents.create(
            session,
            actor,
            {
                "person_id": p.id,
                "purpose": "photos",
                "notice_version": "v1",
                "given_on": date(2026, 1, 5),
                "method": "verbal",
            },
        )
    with db.transaction() as session:
        consents.withdraw(session, actor, c.id, date(2026, 2, 1))
    with db.session() as session:
        assert consents.get(session, c.id).withdrawn_on == date(2026, 2, 1)


def test_export_holds_everything_and_erasure_blanks_personal_fields(db, actor, company) -> None:
    with db.transaction() as session:
        p = people.create(
            session,
            actor,
            {
                "full_name": "Şule Öztürk",
                "email": "sule@ornek.com.tr",
                "phone": "0532 111 22 33",
                "company_id": company.id,
                "gender": "female",
            },
        )
        consents.create(
            session,
            actor,
            {
                "person_id": p.id,
                "purpose": "contact",
                "notice_version": "v1.2",
                "given_on": date(2026, 5, 4),
                "method": "email",
            },
        )
    with db.session() as session:
        everything = people.everything_about(session, p.id)
    assert everything["person"]["email"] == "sule@ornek.com.tr"
    assert len(everything["consents"]) == 1 and everything["audit"]

    with db.transaction() as session:
        people.erase(session, actor, p.id)
    with db.session() as session:
        erased = session.get(Person, p.id)
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.row_id == p.id).order_by(AuditEntry.id.desc())
        ).first()
        assert people.list(session, ListQuery(search="şule")).total == 0
    assert erased.full_name == ERASED_NAME and erased.email is None and erased.phone is None
    assert erased.gender == "female"  # statistics are kept
    assert erased.erased_at is not None and erased.version == 2
    assert entry.action == "update"

    # Nothing personal survives in the audit log either, yet the history shows the erasure.
    with db.session() as session:
        history = [
            e.changes for e in session.scalars(select(AuditEntry).where(AuditEntry.row_id == p.id))
        ]
        after = people.everything_about(session, p.id)
    assert len(history) == 2
    for text in history + [str(after)]:
        assert "Şule" not in text and "sule@ornek.com.tr" not in text and "532" not in text
