"""Every indicator against a small hand-built dataset; expected values are counted by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from infospot_app.core import models as m
from infospot_app.core.indicators import Scope, by_office, compute, drill_down
from infospot_app.core.services import record
from infospot_app.core.services.actor import Actor
from tests.conftest import make_vkn

TR19 = Actor("ayse", "TR19")
TR27 = Actor("emre", "TR27")
PERIOD = Scope(date(2026, 1, 1), date(2026, 6, 30), "TR19")
D = date


@pytest.fixture
def world(db):
    """The dataset; names refer to the comments in each indicator test."""
    w: dict[str, object] = {}
    with db.transaction() as s:

        def add(key, model, actor=TR19, **values):
            w[key] = record.create(s, actor, model, values)
            return w[key]

        def drop(key, actor=TR19):
            record.tombstone(s, actor, w[key])

        for n in range(1, 9):
            add(
                f"C{n}",
                m.Company,
                TR27 if n == 7 else TR19,
                legal_name=f"Firma {n}",
                tax_id=make_vkn(n),
            )
        drop("C8")
        # Visits and follow-up actions
        add(
            "V1",
            m.Visit,
            company_id=w["C1"].id,
            visit_date=D(2026, 2, 10),
            staff="Ayşe",
            visit_type="first_contact",
        )
        add(
            "V2",
            m.Visit,
            company_id=w["C1"].id,
            visit_date=D(2026, 3, 1),
            staff="Ayşe",
            visit_type="follow_up",
        )
        add(
            "V3",
            m.Visit,
            company_id=w["C2"].id,
            visit_date=D(2025, 12, 31),
            staff="Ayşe",
            visit_type="first_contact",
        )
        add(
            "V4",
            m.Visit,
            company_id=w["C8"].id,
            visit_date=D(2026, 2, 1),
            staff="Ayşe",
            visit_type="first_contact",
        )
        add(
            "V5",
            m.Visit,
            company_id=w["C3"].id,
            visit_date=D(2026, 4, 1),
            staff="Ayşe",
            visit_type="first_contact",
        )
        drop("V5")
        add(
            "V6",
            m.Visit,
            TR27,
            company_id=w["C7"].id,
            visit_date=D(2026, 2, 2),
            staff="Emre",
            visit_type="first_contact",
        )
        for key, due, done in (
            ("A1", D(2026, 5, 1), None),
            ("A2", D(2026, 5, 1), D(2026, 5, 15)),
            ("A3", D(2026, 7, 15), None),
            ("A4", D(2026, 6, 1), D(2026, 7, 10)),
        ):
            add(
                key,
                m.FollowUpAction,
                visit_id=w["V1"].id,
                description=key,
                due_on=due,
                done_on=done,
            )
        # Trainings, attendance, certificates
        for n, gender, company in (
            (1, "female", "C2"),
            (2, "male", "C4"),
            (3, "female", "C5"),
            (4, "female", "C6"),
            (5, "male", "C3"),
        ):
            add(f"P{n}", m.Person, full_name=f"Kişi {n}", gender=gender, company_id=w[company].id)
        add("T1", m.Training, title="Yalın Üretim", status="held")
        add("T2", m.Training, title="İptal", status="cancelled")
        add("T3", m.Training, title="Geçen Yıl", status="held")
        add(
            "S1",
            m.TrainingSession,
            training_id=w["T1"].id,
            session_date=D(2026, 3, 10),
            hours=Decimal(3),
        )
        add(
            "S2",
            m.TrainingSession,
            training_id=w["T1"].id,
            session_date=D(2026, 3, 11),
            hours=Decimal(4),
        )
        add(
            "S3",
            m.TrainingSession,
            training_id=w["T2"].id,
            session_date=D(2026, 3, 12),
            hours=Decimal(2),
        )
        add(
            "S4",
            m.TrainingSession,
            training_id=w["T3"].id,
            session_date=D(2025, 11, 1),
            hours=Decimal(2),
        )

        def enroll(key, training, person, company, withdrawn=False):
            add(
                key,
                m.Enrollment,
                training_id=w[training].id,
                person_id=w[person].id,
                company_id=w[company].id,
                withdrawn_at=datetime(2026, 3, 1, tzinfo=UTC) if withdrawn else None,
            )

        enroll("E1", "T1", "P1", "C2")
        enroll("E2", "T1", "P2", "C4")
        enroll("E3", "T1", "P3", "C5", withdrawn=True)
        enroll("E4", "T1", "P4", "C6")
        enroll("E5", "T2", "P5", "C3")
        enroll("E6", "T3", "P5", "C3")
        for enrollment, session, present, hours in (
            ("E1", "S1", True, None),
            ("E1", "S2", True, Decimal(2)),
            ("E2", "S1", True, None),
            ("E3", "S1", True, None),
            ("E4", "S1", False, None),
            ("E4", "S2", False, None),
            ("E5", "S3", True, None),
            ("E6", "S4", True, None),
        ):
            add(
                f"{enrollment}{session}",
                m.Attendance,
                enrollment_id=w[enrollment].id,
                session_id=w[session].id,
                present=present,
                hours=hours,
            )
        add(
            "Cert1",
            m.Certificate,
            enrollment_id=w["E1"].id,
            number="TR19-2026-00001",
            issued_on=D(2026, 3, 12),
            verification_code="x",
        )
        add(
            "Cert2",
            m.Certificate,
            enrollment_id=w["E2"].id,
            number="TR19-2026-00002",
            issued_on=D(2026, 3, 12),
            verification_code="y",
            revoked_at=datetime(2026, 4, 1, tzinfo=UTC),
            revoked_reason="hata",
        )
        # Clusters, members, benchmarking
        for key, provinces, reached in (
            ("K1", "TR-19", D(2026, 1, 5)),
            ("K2", "TR-19,TR-55", D(2026, 2, 1)),
            ("K3", "TR-19", D(2026, 1, 1)),
            ("K4", "TR-19", D(2026, 8, 1)),
        ):
            add(key, m.Cluster, name=key, provinces=provinces)
            add(
                f"{key}stage",
                m.ClusterStage,
                cluster_id=w[key].id,
                stage="identified",
                reached_on=reached,
            )
        drop("K3")
        for key, cluster, company, joined, left in (
            ("M1", "K1", "C1", D(2025, 6, 1), None),
            ("M2", "K1", "C2", D(2026, 2, 1), D(2026, 5, 1)),
            ("M3", "K1", "C3", D(2025, 1, 1), D(2025, 12, 1)),
            ("M4", "K2", "C1", None, None),
            ("M5", "K2", "C4", D(2026, 1, 1), None),
            ("M6", "K3", "C5", D(2026, 1, 1), None),
        ):
            add(
                key,
                m.Membership,
                cluster_id=w[cluster].id,
                company_id=w[company].id,
                joined_on=joined,
                left_on=left,
            )
        drop("M5")
        add(
            "B1",
            m.BenchmarkAssessment,
            cluster_id=w["K1"].id,
            assessed_on=D(2026, 3, 1),
            scheme="national",
            label="bronze",
        )
        add(
            "B2",
            m.BenchmarkAssessment,
            cluster_id=w["K2"].id,
            assessed_on=D(2026, 3, 1),
            scheme="esca",
            label="bronze",
        )
        # Productivity: C1 turnover/employee 100,000 → 120,000 (+20 %); C2 value added
        # 100,000 → 110,000 (+10 %); C1's later follow-up is after the period; C4 is no member.
        for company, kind, day, turnover, employees, va in (
            ("C1", "baseline", D(2025, 12, 31), 1_000_000, 10, None),
            ("C1", "follow_up", D(2026, 6, 1), 1_440_000, 12, None),
            ("C1", "follow_up", D(2026, 9, 1), 9_000_000, 12, None),
            ("C2", "baseline", D(2025, 12, 31), 2_000_000, 5, 500_000),
            ("C2", "follow_up", D(2026, 6, 1), 2_100_000, 5, 550_000),
            ("C4", "baseline", D(2025, 12, 31), 1_000_000, 10, None),
            ("C4", "follow_up", D(2026, 6, 1), 5_000_000, 10, None),
        ):
            add(
                f"PM{company}{day}",
                m.ProductivityMeasurement,
                company_id=w[company].id,
                period=str(day.year),
                measured_on=day,
                kind=kind,
                turnover=Decimal(turnover),
                employees=employees,
                value_added=None if va is None else Decimal(va),
            )
        # Grants
        for key, owner, submitted, status, requested, granted in (
            ("G1", ("company_id", "C1"), D(2026, 2, 1), "approved", 100_000, 80_000),
            ("G2", ("cluster_id", "K1"), D(2026, 4, 1), "submitted", 50_000, None),
            ("G3", ("company_id", "C2"), None, "draft", 70_000, None),
            ("G4", ("company_id", "C3"), D(2025, 12, 1), "approved", 10_000, 10_000),
        ):
            add(
                key,
                m.GrantApplication,
                **{owner[0]: w[owner[1]].id},
                programme="kosgeb",
                submitted_on=submitted,
                status=status,
                requested_amount=Decimal(requested),
                granted_amount=None if granted is None else Decimal(granted),
            )
    return w


@pytest.fixture
def figures(db, world):
    with db.session() as session:
        return compute(session, PERIOD)


def ids(db, world, name, scope=PERIOD):
    with db.session() as session:
        found = set(drill_down(session, name, scope))
    return {k for k, v in world.items() if getattr(v, "id", None) in found}


def test_smes_reached_counts_visits_and_attended_trainings_once(db, world, figures) -> None:
    # C1 visited twice; C2 (P1) and C4 (P2) attended T1; C3 only in a cancelled training and a
    # deleted visit; C5 withdrawn; C6 absent; C8 deleted; C7 belongs to TR27.
    assert ids(db, world, "smes_reached") == {"C1", "C2", "C4"}
    assert figures.smes_reached == 3
    with db.session() as session:
        assert compute(session, Scope(PERIOD.start, PERIOD.end)).smes_reached == 4


def test_visits_and_overdue_actions(db, world, figures) -> None:
    assert ids(db, world, "visits") == {"V1", "V2"}  # V3 before, V4 deleted company, V5 deleted
    assert ids(db, world, "follow_up_actions_overdue") == {"A1", "A4"}
    assert (figures.visits, figures.follow_up_actions_overdue) == (2, 2)


def test_training_figures(db, world, figures) -> None:
    assert ids(db, world, "trainings_held") == {"T1"}
    assert ids(db, world, "participants") == {"P1", "P2"}
    assert ids(db, world, "women_participants") == {"P1"}
    assert figures.participant_hours == Decimal(3 + 2 + 3)
    assert figures.women_share == Decimal("50.0")
    assert ids(db, world, "certificates_issued") == {"Cert1"}


def test_cluster_figures(db, world, figures) -> None:
    # C1 in K1 and K2 counts once; C2 left during the period; C3 left before; C4's membership
    # and K3 are deleted; K4 was identified after the period.
    assert ids(db, world, "smes_in_clusters") == {"C1", "C2"}
    assert ids(db, world, "clusters") == {"K1", "K2"}
    assert figures.clusters_per_province == {"TR-19": 2, "TR-55": 1}
    assert ids(db, world, "clusters_benchmarked") == {"K1"}


def test_productivity_change_of_cluster_smes(figures) -> None:
    assert figures.productivity_measured == 2
    assert figures.productivity_change_median == Decimal("15.00")
    assert figures.productivity_change_mean == Decimal("15.00")


def test_productivity_needs_a_baseline_and_a_follow_up(db, world) -> None:
    with db.session() as session:
        before_follow_ups = compute(session, Scope(PERIOD.start, date(2026, 5, 1), "TR19"))
    assert before_follow_ups.productivity_measured == 0
    assert before_follow_ups.productivity_change_median is None


def test_grant_figures(figures) -> None:
    assert (figures.grant_applications, figures.grants_approved) == (2, 1)
    assert figures.grant_amount_requested == Decimal(150_000)
    assert figures.grant_amount_granted == Decimal(80_000)


def test_per_office_breakdown_and_targets(db, world) -> None:
    with db.session() as session:
        offices = by_office(session, PERIOD)
    assert sorted(offices) == ["TR19", "TR27", "TR46", "TR55", "TR61"]
    assert offices["TR27"].smes_reached == 1 and offices["TR27"].visits == 1
    # No office target set: each of the five offices gets a fifth of the national 400.
    assert offices["TR19"].targets["smes_reached"] == Decimal(80)
    assert offices["TR19"].targets["productivity_change_pct"] == Decimal(20)


def test_json_form_is_plain(figures) -> None:
    data = figures.as_dict()
    assert data["office"] == "TR19" and data["from"] == "2026-01-01"
    assert data["participant_hours"] == "8.00"


def test_cli_prints_the_same_numbers(db, world, capsys) -> None:
    import json

    from infospot_app.cli import main

    path = str(db.path)
    db.close()  # the command opens the database itself
    assert (
        main(["--db", path, "indicators", "--from", "01.01.2026", "--to", "2026-06-30", "--json"])
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert (data["smes_reached"], data["smes_in_clusters"], data["participants"]) == (3, 2, 2)
    assert data["productivity_change_median"] == "15.00"
    with pytest.raises(SystemExit) as refused:
        main(["--db", path, "indicators", "--to", "31.02.2026"])
    assert refused.value.code == 2 and "31.02.2026" in capsys.readouterr().err
