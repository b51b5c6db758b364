"""Trainings, sessions, enrollments and attendance; attended hours and certificate eligibility."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from infospot_app.core.attendance import (
    Mark,
    attendance_pct,
    attended_hours,
    certificate_eligible,
    session_hours,
)
from infospot_app.core.services.attendance import (
    attendances,
    participant_attendance,
    set_attendance,
    training_attendance,
)
from infospot_app.core.services.listing import ListQuery
from infospot_app.core.services.people import people
from infospot_app.core.services.trainings import enrollments, training_sessions, trainings
from infospot_app.core.validation import ValidationErrors

from .write_path import add_company, add_person, check_write_path, errors_by_field


def add_training(db, actor, title="Yalın Üretim", **extra):
    with db.transaction() as session:
        return trainings.create(session, actor, {"title": title, **extra})


def add_session(db, actor, training, day, **extra):
    with db.transaction() as session:
        values = {"training_id": training.id, "session_date": day, **extra}
        return training_sessions.create(session, actor, values)


def test_training_write_path_and_defaults(db, actor) -> None:
    check_write_path(db, actor, trainings, {"title": "İhracat"}, {"venue": "Çorum TSO"})
    made = add_training(db, actor)
    assert made.status == "planned" and made.min_attendance_pct == 80


def test_bad_training_names_each_field(db, actor) -> None:
    with db.transaction() as session, pytest.raises(ValidationErrors) as error:
        trainings.create(
            session,
            actor,
            {
                "title": " ",
                "status": "done",
                "min_attendance_pct": 120,
                "capacity": -3,
                "start_date": date(2024, 5, 2),
                "end_date": date(2024, 5, 1),
            },
        )
    found = errors_by_field(error)
    assert set(found) == {"title", "status", "min_attendance_pct", "capacity", "end_date"}
    assert "between 0 and 100" in found["min_attendance_pct"]
    assert "negative" in found["capacity"]


def test_training_search_filters_and_turkish_title_order(db, actor) -> None:
    add_training(db, actor, "Çevre Yönetimi", topic="Çevre", start_date=date(2024, 1, 5))
    add_training(
        db, actor, "Cari Hesap", topic="Finans", start_date=date(2024, 2, 5), status="held"
    )
    add_training(
        db,
        actor,
        "Dış Ticaret",
        topic="İhracat",
        trainers="Işıl Şahin",
        start_date=date(2024, 3, 5),
    )
    with db.session() as session:

        def titles(**query):
            return [t.title for t in trainings.list(session, ListQuery(**query)).rows]

        assert titles(sort="title") == ["Cari Hesap", "Çevre Yönetimi", "Dış Ticaret"]
        assert titles(search="isil sahin") == ["Dış Ticaret"]
        assert titles(search="IHRACAT") == ["Dış Ticaret"]
        assert titles(filters={"status": "held"}) == ["Cari Hesap"]
        assert titles(filters={"topic": "Çevre"}) == ["Çevre Yönetimi"]
        assert titles(filters={"date_from": date(2024, 2, 1), "date_to": date(2024, 2, 28)}) == [
            "Cari Hesap"
        ]


def test_session_hours_come_from_the_times_and_dates_follow_sessions(db, actor) -> None:
    training = add_training(db, actor)
    first = add_session(
        db, actor, training, date(2024, 4, 10), start_time="09:00", end_time="12:30"
    )
    assert first.hours == Decimal("3.50")
    add_session(db, actor, training, date(2024, 4, 3), hours="2,5")
    last = add_session(db, actor, training, date(2024, 4, 17), hours=4)
    with db.session() as session:
        held = trainings.get(session, training.id)
        assert (held.start_date, held.end_date) == (date(2024, 4, 3), date(2024, 4, 17))
    with db.transaction() as session:
        training_sessions.delete(session, actor, last.id)
    with db.session() as session:
        assert trainings.get(session, training.id).end_date == date(2024, 4, 10)


def test_bad_session_names_each_field(db, actor) -> None:
    training = add_training(db, actor)
    with db.transaction() as session, pytest.raises(ValidationErrors) as error:
        training_sessions.create(
            session,
            actor,
            {"training_id": training.id, "start_time": "14:00", "end_time": "13:00"},
        )
    assert set(errors_by_field(error)) == {"session_date", "end_time"}
    with db.transaction() as session, pytest.raises(ValidationErrors) as error:
        training_sessions.create(
            session, actor, {"training_id": training.id, "session_date": date(2024, 1, 1)}
        )
    assert set(errors_by_field(error)) == {"hours"}


def test_session_write_path(db, actor) -> None:
    training = add_training(db, actor)
    values = {"training_id": training.id, "session_date": date(2024, 4, 3), "hours": 3}
    check_write_path(db, actor, training_sessions, values, {"hours": Decimal("2.50")})


def test_enrollment_keeps_the_company_of_the_day(db, actor) -> None:
    training = add_training(db, actor)
    old, new = add_company(db, actor, 1, "Eski Gıda A.Ş."), add_company(db, actor, 2, "Yeni Makina")
    ayse = add_person(db, actor, "Ayşe Yılmaz", old)
    with db.transaction() as session:
        enrolled = enrollments.create(
            session, actor, {"training_id": training.id, "person_id": ayse.id}
        )
    assert (enrolled.company_id, enrolled.company_name) == (old.id, "Eski Gıda A.Ş.")
    with db.transaction() as session:
        people.update(session, actor, ayse.id, {"company_id": new.id})
    with db.session() as session:
        assert enrollments.get(session, enrolled.id).company_name == "Eski Gıda A.Ş."
    with db.transaction() as session, pytest.raises(ValidationErrors) as error:
        enrollments.create(session, actor, {"training_id": training.id, "person_id": ayse.id})
    assert "already enrolled" in errors_by_field(error)["person_id"]


def test_withdrawn_and_removed_enrollments(db, actor) -> None:
    training = add_training(db, actor)
    ali = add_person(db, actor, "Ali Şen")
    with db.transaction() as session:
        enrolled = enrollments.create(
            session, actor, {"training_id": training.id, "person_id": ali.id}
        )
    with db.transaction() as session:
        withdrawn = enrollments.withdraw(session, actor, enrolled.id)
    assert withdrawn.withdrawn_at is not None and withdrawn.version == 2
    with db.transaction() as session:
        enrollments.delete(session, actor, enrolled.id)
    with db.transaction() as session:
        again = enrollments.create(
            session, actor, {"training_id": training.id, "person_id": ali.id}
        )
    assert again.deleted_at is None and again.withdrawn_at is None
    with db.session() as session:
        assert enrollments.ids(session, ListQuery(filters={"training_id": training.id})) == [
            again.id
        ]


def test_enrollment_write_path(db, actor) -> None:
    training, other = add_training(db, actor), add_training(db, actor, "Dijital Dönüşüm")
    veli = add_person(db, actor, "Veli Öz")
    values = {"training_id": training.id, "person_id": veli.id}
    check_write_path(db, actor, enrollments, values, {"training_id": other.id})


def test_attendance_is_set_once_per_session_and_gives_eligibility(db, actor) -> None:
    training = add_training(db, actor, min_attendance_pct=75)
    days = [add_session(db, actor, training, date(2024, 4, d), hours=4) for d in (1, 2, 3, 4)]
    ayse, ali = add_person(db, actor, "Ayşe"), add_person(db, actor, "Ali")
    with db.transaction() as session:
        e_ayse = enrollments.create(
            session, actor, {"training_id": training.id, "person_id": ayse.id}
        )
        e_ali = enrollments.create(
            session, actor, {"training_id": training.id, "person_id": ali.id}
        )
        for day in days[:3]:
            set_attendance(session, actor, e_ayse.id, day.id, True)
        set_attendance(session, actor, e_ali.id, days[0].id, True)
        set_attendance(session, actor, e_ali.id, days[1].id, True, Decimal(2))
    with db.session() as session:
        result = participant_attendance(session, e_ayse.id)
        assert (result.attended_hours, result.total_hours) == (Decimal(12), Decimal(16))
        assert result.attendance_pct == Decimal("75.00") and result.eligible
        ali_result = participant_attendance(session, e_ali.id)
        assert ali_result.attended_hours == Decimal(6) and not ali_result.eligible
    with db.transaction() as session:
        mark = set_attendance(session, actor, e_ayse.id, days[2].id, False)
    assert mark.version == 2 and mark.hours is None
    with db.session() as session:
        assert not participant_attendance(session, e_ayse.id).eligible
        assert len(attendances.ids(session)) == 5
        assert len(training_attendance(session, training.id)) == 2


def test_bad_attendance_names_the_field(db, actor) -> None:
    training, other = add_training(db, actor), add_training(db, actor, "Başka")
    day = add_session(db, actor, training, date(2024, 4, 1), hours=3)
    elsewhere = add_session(db, actor, other, date(2024, 4, 1), hours=3)
    with db.transaction() as session:
        enrolled = enrollments.create(
            session,
            actor,
            {"training_id": training.id, "person_id": add_person(db, actor, "Can").id},
        )
    with db.transaction() as session, pytest.raises(ValidationErrors) as error:
        set_attendance(session, actor, enrolled.id, elsewhere.id, True)
    assert set(errors_by_field(error)) == {"session_id"}
    with db.transaction() as session, pytest.raises(ValidationErrors) as error:
        set_attendance(session, actor, enrolled.id, day.id, True, Decimal(5))
    assert "exceed" in errors_by_field(error)["hours"]


def test_attendance_arithmetic() -> None:
    hours = {"a": Decimal(3), "b": Decimal(3), "c": Decimal("1.5")}
    marks = [Mark("a", True), Mark("b", True, Decimal(2)), Mark("c", False), Mark("x", True)]
    assert attended_hours(hours, marks) == Decimal(5)
    assert attended_hours(hours, [Mark("a", True, Decimal(9))]) == Decimal(3)
    assert attendance_pct(Decimal(5), Decimal("7.5")) == Decimal("66.67")
    assert attendance_pct(Decimal(0), Decimal(0)) is None
    assert certificate_eligible(Decimal(6), Decimal("7.5"), 80)
    assert not certificate_eligible(Decimal("5.99"), Decimal("7.5"), 80)
    assert not certificate_eligible(Decimal(0), Decimal(0), 0)
    assert session_hours(time(9, 15), time(12, 0)) == Decimal("2.75")
