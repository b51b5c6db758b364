"""Demo data: deterministic, valid, owned by the right office, linked, and Turkish."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from stdnum.tr import vkn

from infospot_app.core.demo import PILOT_OFFICES, fill_demo
from infospot_app.core.errors import InfoSpotError
from infospot_app.core.models import (
    SYNCED_MODELS,
    AuditEntry,
    Company,
    Consent,
    Enrollment,
    FollowUpAction,
    Person,
)
from infospot_app.core.reference import current_districts, is_valid_nace
from infospot_app.core.services import setup
from infospot_app.core.services.productivity import company_change
from infospot_app.core.storage import open_database

TODAY = date(2025, 6, 16)
DEMO_TABLES = [
    m for m in SYNCED_MODELS if m.__tablename__ not in ("offices", "targets", "kobi_thresholds")
]


def demo_db(path: Path, office: str, seed: int = 3, companies: int = 300):
    database = open_database(path)
    with database.transaction() as session:
        setup.initialize(session, office)
    with database.transaction() as session:
        summary = fill_demo(session, seed=seed, companies=companies, today=TODAY)
    return database, summary


@pytest.fixture
def office_demo(tmp_path: Path):
    database, summary = demo_db(tmp_path / "office.db", "TR19")
    yield database, summary
    database.close()


def contents(database) -> dict[str, list[tuple]]:
    """Every demo row without the wall-clock stamps."""
    skip = {"created_at", "updated_at"}
    found = {}
    with database.session() as session:
        for model in DEMO_TABLES:
            columns = [c for c in model.__table__.columns if c.key not in skip]
            rows = session.execute(select(*columns).order_by(model.id)).all()
            found[model.__tablename__] = [tuple(r) for r in rows]
    return found


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path) -> None:
    first, _ = demo_db(tmp_path / "a.db", "TR19")
    again, _ = demo_db(tmp_path / "b.db", "TR19")
    other, _ = demo_db(tmp_path / "c.db", "TR19", seed=4)
    try:
        assert contents(first) == contents(again)
        assert contents(first)["companies"] != contents(other)["companies"]
    finally:
        for database in (first, again, other):
            database.close()


def test_every_entity_type_is_filled_and_audited(office_demo) -> None:
    database, summary = office_demo
    for model in DEMO_TABLES:
        if model.__tablename__ != "certificates":
            assert summary.counts.get(model.__tablename__, 0) > 0, model.__tablename__
    with database.session() as session:
        audited = session.scalar(select(func.count()).select_from(AuditEntry))
        assert audited == summary.total
        assert session.scalar(select(func.count()).select_from(Company)) == 300


def test_tax_ids_valid_unique_and_companies_local(office_demo) -> None:
    database, _ = office_demo
    with database.session() as session:
        firms = session.scalars(select(Company)).all()
    ids = [c.tax_id for c in firms]
    assert len(set(ids)) == len(ids)
    assert all(len(t) == 10 and vkn.is_valid(t) for t in ids)
    assert {c.province for c in firms} == {"TR-19"}
    assert {c.district for c in firms} <= set(current_districts("TR-19"))
    assert all(is_valid_nace(c.nace_code) for c in firms)
    manufacturing = sum("10" <= c.nace_code[:2] <= "33" for c in firms)
    assert manufacturing > len(firms) / 2
    assert {c.size_class for c in firms} >= {"micro", "small", "medium"}


def test_rows_belong_to_the_office_and_references_hold(office_demo) -> None:
    database, _ = office_demo
    with database.session() as session:
        for model in DEMO_TABLES:
            offices = set(session.scalars(select(model.office).distinct()))
            assert offices <= {"TR19"}, model.__tablename__
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []


def test_text_is_turkish_and_gender_balanced(office_demo) -> None:
    database, _ = office_demo
    with database.session() as session:
        names = " ".join(session.scalars(select(Company.legal_name)))
        people = session.scalars(select(Person)).all()
        trainees = session.scalars(
            select(Person.gender).join(Enrollment, Enrollment.person_id == Person.id)
        ).all()
    assert set("çğıöşüÇŞİ") & set(names + " ".join(p.full_name for p in people))
    assert "Ltd. Şti." in names and "A.Ş." in names
    women = Counter(trainees)["female"] / len(trainees)
    assert 0.25 < women < 0.55


def test_some_actions_overdue_some_done_and_productivity_rises(office_demo) -> None:
    database, _ = office_demo
    with database.session() as session:
        actions = session.scalars(select(FollowUpAction)).all()
        overdue = [a for a in actions if a.done_on is None and a.due_on < TODAY]
        assert overdue and any(a.done_on for a in actions)
        measured = session.scalars(
            select(Company.id).where(
                Company.id.in_(
                    text(
                        "SELECT company_id FROM productivity_measurements WHERE kind = 'follow_up'"
                    )
                )
            )
        ).all()
        changes = [company_change(session, c) for c in measured]
    assert changes and all(c is not None and 0 < c < 40 for c in changes)


def test_central_database_spreads_over_the_pilot_offices(tmp_path: Path) -> None:
    database, summary = demo_db(tmp_path / "hq.db", "HQ", companies=250)
    try:
        assert summary.offices == PILOT_OFFICES
        with database.session() as session:
            per_office = dict(
                session.execute(select(Company.office, func.count()).group_by(Company.office)).all()
            )
            places = set(session.execute(select(Company.office, Company.province).distinct()).all())
        assert per_office == {code: 50 for code in PILOT_OFFICES}
        assert places == {(code, f"TR-{code[2:]}") for code in PILOT_OFFICES}
    finally:
        database.close()


def test_refuses_a_database_not_set_up_and_a_repeated_seed(tmp_path: Path, office_demo) -> None:
    bare = open_database(tmp_path / "bare.db")
    try:
        with bare.transaction() as session, pytest.raises(InfoSpotError, match="kurulmamış"):
            fill_demo(session, companies=5)
    finally:
        bare.close()
    database, _ = office_demo
    with database.transaction() as session, pytest.raises(InfoSpotError) as error:
        fill_demo(session, seed=3, companies=300, today=TODAY)
    assert "another --seed" in error.value.message_en


def test_participants_consented_to_certificates_and_notice_is_current(office_demo) -> None:
    database, _ = office_demo
    with database.session() as session:
        enrolled = set(session.scalars(select(Enrollment.person_id)))
        consented = set(
            session.scalars(select(Consent.person_id).where(Consent.purpose == "certificate"))
        )
        notices = set(session.scalars(select(Consent.notice_version).distinct()))
        contacts = set(
            session.scalars(select(Consent.person_id).where(Consent.purpose == "contact"))
        )
        people = set(session.scalars(select(Person.id)))
    assert enrolled and enrolled <= consented
    assert notices == {"v1.2"} and contacts == people
