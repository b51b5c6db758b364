"""Demo visits (people met, follow-up actions) and trainings (sessions, enrollments, attendance)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from ..models import Enrollment, TrainingSession
from ..reference import office_info, province
from ..services.attendance import attendances
from ..services.people import consents
from ..services.trainings import enrollments, training_sessions, trainings
from ..services.visits import follow_up_actions, visit_contacts, visits
from .firms import consent_values
from .flavour import ACTIONS, TRAININGS, VISIT_TOPICS
from .world import OfficeWorld, World

VISITED_SHARE = 0.3
"""Of the companies that have contact people, the share the office has visited."""
LATER_TYPES = ("needs_analysis", "follow_up", "cluster_meeting", "grant_support", "other")
SITTINGS = ((time(9, 30), time(12, 30)), (time(13, 30), time(17, 0)), (time(10, 0), time(16, 0)))


def add_visits(world: World, office: OfficeWorld) -> None:
    """Visits to some companies, with the people met and follow-up actions (some overdue)."""
    r, today = world.rng, world.today
    rows: list[dict[str, Any]] = []
    met: list[tuple[int, list[str]]] = []
    for firm in office.firms:
        if not firm.people or r.random() >= VISITED_SHARE:
            continue
        day = world.weekday_between(today - timedelta(days=700), today - timedelta(days=30))
        for n in range(r.choice((1, 1, 2, 2, 3))):
            next_on = day + timedelta(days=r.randint(20, 90)) if r.random() < 0.4 else None
            rows.append(
                {
                    "company_id": firm.id,
                    "visit_date": day,
                    "staff": r.choice(office.staff),
                    "visit_type": "first_contact" if n == 0 else r.choice(LATER_TYPES),
                    "topics": ", ".join(r.sample(VISIT_TOPICS, r.randint(1, 3))),
                    "summary": "Firma yetkilileriyle görüşüldü; üretim kapasitesi ve "
                    "ihracat planları konuşuldu.",
                    "needs": r.choice(
                        ("Eğitim", "Finansman", "Pazar araştırması", "Belgelendirme")
                    ),
                    "next_visit_on": next_on,
                }
            )
            met.append((len(rows) - 1, r.sample(firm.people, r.randint(1, len(firm.people)))))
            day = min(day + timedelta(days=r.randint(25, 160)), today - timedelta(days=1))
    ids = world.writer.create(office.actor, visits, rows)
    contacts = [{"visit_id": ids[i], "person_id": p} for i, persons in met for p in persons]
    world.writer.create(office.actor, visit_contacts, contacts)
    actions = []
    for visit_id, row in zip(ids, rows, strict=True):
        for _ in range(r.choice((0, 1, 1, 2))):
            due = row["visit_date"] + timedelta(days=r.randint(7, 45))
            done_odds = 0.7 if due < today else 0.1
            done = (
                world.day_between(row["visit_date"], min(due + timedelta(days=10), today))
                if r.random() < done_odds
                else None
            )
            actions.append(
                {
                    "visit_id": visit_id,
                    "description": r.choice(ACTIONS),
                    "due_on": due,
                    "responsible": row["staff"],
                    "done_on": done,
                }
            )
    world.writer.create(office.actor, follow_up_actions, actions)


def add_trainings(world: World, office: OfficeWorld, count: int) -> None:
    """Trainings with 2–4 sessions; participants enrolled; attendance for those already held."""
    r, today = world.rng, world.today
    participants = [p for firm in office.firms for p in firm.people]
    place = province(office.province).name
    for _ in range(count):
        if len(participants) < 5:
            return
        title, topic = r.choice(TRAININGS)
        first = world.weekday_between(today - timedelta(days=600), today + timedelta(days=60))
        days = [first + timedelta(days=7 * k) for k in range(r.randint(2, 4))]
        held = days[-1] < today
        status = "held" if held else "planned"
        if held and r.random() < 0.05:
            status = "cancelled"
        training = {
            "title": title,
            "topic": topic,
            "description": f"{title} konulu uygulamalı eğitim.",
            "venue": f"{place} Ticaret ve Sanayi Odası Eğitim Salonu",
            "start_date": days[0],
            "end_date": days[-1],
            "trainers": ", ".join(
                world.person_name(r.random() < 0.45)[0] for _ in range(r.randint(1, 2))
            ),
            "organiser": office_info(office.code).name,
            "capacity": r.choice((20, 25, 30, 40)),
            "min_attendance_pct": r.choice((80, 80, 80, 70)),
            "status": status,
            "cluster_id": r.choice(office.clusters)
            if office.clusters and r.random() < 0.3
            else None,
        }
        (training_id,) = world.writer.create(office.actor, trainings, [training])
        sitting = r.choice(SITTINGS)
        session_rows = [
            {
                "training_id": training_id,
                "session_date": d,
                "start_time": sitting[0],
                "end_time": sitting[1],
            }
            for d in days
        ]
        session_ids = world.writer.create(office.actor, training_sessions, session_rows)
        chosen = r.sample(participants, min(len(participants), r.randint(8, training["capacity"])))
        enrolled = [
            {
                "training_id": training_id,
                "person_id": person_id,
                "withdrawn_at": _withdrawal(world, days[0]) if r.random() < 0.04 else None,
            }
            for person_id in chosen
        ]
        enrollment_ids = world.writer.create(office.actor, enrollments, enrolled)
        newcomers = [p for p in chosen if p not in office.certificate_consent]
        office.certificate_consent.update(newcomers)
        world.writer.create(
            office.actor,
            consents,
            [
                consent_values(p, "certificate", days[0] - timedelta(days=3), office.staff[0])
                for p in newcomers
            ],
        )
        if status == "held":
            staying = [
                e
                for e, row in zip(enrollment_ids, enrolled, strict=True)
                if not row["withdrawn_at"]
            ]
            _attendance(world, office, staying, session_ids, sitting)


def _withdrawal(world: World, start: Any) -> datetime:
    day = start - timedelta(days=world.rng.randint(1, 5))
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)


def _attendance(
    world: World,
    office: OfficeWorld,
    enrollment_ids: list[str],
    session_ids: list[str],
    sitting: tuple[time, time],
) -> None:
    """Most participants attend most sessions; a few leave early."""
    r = world.rng
    length = (
        Decimal(
            (sitting[1].hour * 60 + sitting[1].minute) - (sitting[0].hour * 60 + sitting[0].minute)
        )
        / 60
    )
    marks = []
    for enrollment_id in enrollment_ids:
        keen = 0.93 if r.random() < 0.8 else 0.55
        for session_id in session_ids:
            present = r.random() < keen
            early = present and r.random() < 0.05
            marks.append(
                {
                    "enrollment_id": enrollment_id,
                    "session_id": session_id,
                    "present": present,
                    "hours": length - 1 if early else None,
                }
            )
    # The checks look each mark's enrollment and session up; load them once, not per mark.
    session = world.writer.session
    held = list(session.scalars(select(Enrollment).where(Enrollment.id.in_(enrollment_ids))))
    held += session.scalars(select(TrainingSession).where(TrainingSession.id.in_(session_ids)))
    world.writer.create(office.actor, attendances, marks)
    del held
