"""Visits, people met and follow-up actions: validation, the write path, filters, overdue list."""

from __future__ import annotations

from datetime import date

import pytest

from infospot_app.core.services.companies import companies
from infospot_app.core.services.listing import ListQuery
from infospot_app.core.services.visits import (
    follow_up_actions,
    overdue_actions,
    visit_contacts,
    visits,
)
from infospot_app.core.validation import ValidationErrors

from .write_path import add_company, add_person, check_write_path, errors_by_field


def add_visit(db, actor, company, when, **extra):
    with db.transaction() as session:
        values = {"company_id": company.id, "visit_date": when, "visit_type": "follow_up", **extra}
        return visits.create(session, actor, values)


def test_visit_write_path(db, actor) -> None:
    company = add_company(db, actor, 1)
    values = {
        "company_id": company.id,
        "visit_date": date(2024, 3, 1),
        "visit_type": "first_contact",
    }
    check_write_path(db, actor, visits, values, {"summary": "İhtiyaç analizi yapıldı"})


def test_staff_defaults_to_the_signed_in_user(db, actor) -> None:
    visit = add_visit(db, actor, add_company(db, actor, 1), date(2024, 3, 1))
    assert visit.staff == "ayse"


def test_bad_visit_names_each_field(db, actor) -> None:
    company = add_company(db, actor, 1)
    with db.transaction() as session, pytest.raises(ValidationErrors) as error:
        visits.create(
            session,
            actor,
            {
                "company_id": company.id,
                "visit_date": "31.02.2024",
                "visit_type": "party",
            },
        )
    found = errors_by_field(error)
    assert set(found) == {"visit_date", "visit_type"}
    assert "first_contact" in found["visit_type"]
    with db.transaction() as session, pytest.raises(ValidationErrors) as error:
        visits.create(
            session,
            actor,
            {
                "company_id": company.id,
                "visit_type": "other",
                "visit_date": date(2024, 5, 2),
                "next_visit_on": date(2024, 5, 1),
            },
        )
    assert set(errors_by_field(error)) == {"next_visit_on"}
    with db.transaction() as session, pytest.raises(ValidationErrors) as error:
        visits.create(session, actor, {"visit_type": "other"})
    assert set(errors_by_field(error)) == {"company_id", "visit_date"}


def test_a_deleted_company_cannot_be_visited(db, actor) -> None:
    company = add_company(db, actor, 1)
    with db.transaction() as session:
        companies.delete(session, actor, company.id)
    with db.transaction() as session, pytest.raises(ValidationErrors) as error:
        visits.create(
            session,
            actor,
            {"company_id": company.id, "visit_date": "01.03.2024", "visit_type": "other"},
        )
    assert "not found or has been deleted" in errors_by_field(error)["company_id"]


def test_visit_filters_and_turkish_staff_order(db, actor) -> None:
    one, two = add_company(db, actor, 1), add_company(db, actor, 2)
    add_visit(db, actor, one, date(2024, 1, 10), staff="Çağla")
    add_visit(db, actor, one, date(2024, 2, 10), staff="Cem", visit_type="grant_support")
    add_visit(db, actor, two, date(2024, 3, 10), staff="Deniz")
    with db.session() as session:

        def staff(**query):
            return [r.staff for r in visits.list(session, ListQuery(**query)).rows]

        assert staff(filters={"date_from": date(2024, 2, 1)}) == ["Cem", "Deniz"]
        assert staff(filters={"date_to": date(2024, 2, 10)}) == ["Çağla", "Cem"]
        assert staff(filters={"visit_type": "grant_support"}) == ["Cem"]
        assert staff(filters={"company_id": two.id}) == ["Deniz"]
        assert staff(filters={"staff": "Çağla"}) == ["Çağla"]
        assert staff(sort="staff") == ["Cem", "Çağla", "Deniz"]
        assert staff(sort="visit_date", descending=True) == ["Deniz", "Cem", "Çağla"]


def test_people_met_are_recorded_once_and_can_come_back(db, actor) -> None:
    company = add_company(db, actor, 1)
    visit = add_visit(db, actor, company, date(2024, 3, 1))
    ayse = add_person(db, actor, "Ayşe Yılmaz", company)
    with db.transaction() as session:
        first = visit_contacts.add(session, actor, visit.id, ayse.id)
        assert visit_contacts.add(session, actor, visit.id, ayse.id).id == first.id
    with db.transaction() as session:
        visit_contacts.delete(session, actor, first.id)
    with db.session() as session:
        assert visits.contacts(session, visit.id) == []
    with db.transaction() as session:
        visit_contacts.add(session, actor, visit.id, ayse.id)
    with db.session() as session:
        assert [p.full_name for p in visits.contacts(session, visit.id)] == ["Ayşe Yılmaz"]
    with db.transaction() as session, pytest.raises(ValidationErrors) as error:
        visit_contacts.add(session, actor, visit.id, "no-such-person")
    assert set(errors_by_field(error)) == {"person_id"}


def test_contact_write_path(db, actor) -> None:
    company = add_company(db, actor, 1)
    visit = add_visit(db, actor, company, date(2024, 3, 1))
    ayse, ali = add_person(db, actor, "Ayşe"), add_person(db, actor, "Ali")
    values = {"visit_id": visit.id, "person_id": ayse.id}
    check_write_path(db, actor, visit_contacts, values, {"person_id": ali.id})


def test_follow_up_actions_done_and_overdue(db, actor) -> None:
    visit = add_visit(db, actor, add_company(db, actor, 1), date(2024, 3, 1))
    with db.transaction() as session:
        late = follow_up_actions.create(
            session,
            actor,
            {"visit_id": visit.id, "description": "Teklif gönder", "due_on": date(2024, 3, 10)},
        )
        follow_up_actions.create(
            session,
            actor,
            {"visit_id": visit.id, "description": "Ara", "due_on": date(2024, 4, 10)},
        )
        done = follow_up_actions.create(
            session,
            actor,
            {"visit_id": visit.id, "description": "Broşür", "due_on": date(2024, 3, 5)},
        )
    with db.transaction() as session:
        marked = follow_up_actions.mark_done(session, actor, done.id, date(2024, 3, 4))
    assert marked.done_on == date(2024, 3, 4) and marked.version == 2
    with db.session() as session:
        assert [a.id for a in overdue_actions(session, date(2024, 4, 1))] == [late.id]
        assert [a.id for a in overdue_actions(session, date(2024, 4, 1), office="TR55")] == []
        assert len(overdue_actions(session, date(2024, 5, 1))) == 2
    with db.transaction() as session:
        visits.delete(session, actor, visit.id)
    with db.session() as session:
        assert overdue_actions(session, date(2024, 5, 1)) == []


def test_action_write_path_and_validation(db, actor) -> None:
    visit = add_visit(db, actor, add_company(db, actor, 1), date(2024, 3, 1))
    values = {"visit_id": visit.id, "description": "Teklif gönder", "due_on": date(2024, 3, 10)}
    check_write_path(db, actor, follow_up_actions, values, {"responsible": "Şule"})
    with db.transaction() as session, pytest.raises(ValidationErrors) as error:
        follow_up_actions.create(session, actor, {"visit_id": visit.id, "due_on": "yarın"})
    assert set(errors_by_field(error)) == {"description", "due_on"}
