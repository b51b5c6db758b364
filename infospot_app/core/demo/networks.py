"""Demo clusters (stage history, members, activities, benchmarks), productivity and grants."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from ..models import ClusterStage
from ..models.cluster import ACTIVITY_TYPES, CLUSTER_STAGES
from ..services.clusters import benchmarks, cluster_activities, clusters, memberships
from ..services.grants import grants
from ..services.productivity import measurements
from .flavour import ACTIVITY_TITLES
from .world import Firm, OfficeWorld, World

LABELS = ("none", "bronze", "bronze", "silver", "gold")


def add_clusters(world: World, office: OfficeWorld) -> list[tuple[str, list[Firm]]]:
    """3–6 clusters of the office's industries, with their history, members and activities."""
    r, today = world.rng, world.today
    themes = r.sample(office.flavour.clusters, min(len(office.flavour.clusters), r.randint(3, 6)))
    rows, histories = [], []
    for name, divisions in themes:
        reached = r.randint(0, len(CLUSTER_STAGES) - 1)
        day = world.weekday_between(today - timedelta(days=900), today - timedelta(days=400))
        history = []
        for stage in CLUSTER_STAGES[: reached + 1]:
            history.append((stage, day))
            day = min(day + timedelta(days=r.randint(60, 150)), today)
        histories.append(history)
        rows.append(
            {
                "name": name,
                "nace_divisions": divisions,
                "provinces": office.province,
                "stage": history[-1][0],
                "coordinator": f"{office.staff[0]} ({office.code})",
                "description": f"{name}: ortak satın alma, eğitim ve ihracat için işbirliği.",
            }
        )
    ids = world.writer.create(office.actor, clusters, rows)
    office.clusters.extend(ids)
    stages = [
        {"cluster_id": cid, "stage": stage, "reached_on": day, "note": ""}
        for cid, history in zip(ids, histories, strict=True)
        for stage, day in history
    ]
    world.writer.insert(office.actor, ClusterStage, stages)
    made = []
    for cluster_id, (_name, divisions), history in zip(ids, themes, histories, strict=True):
        members = _members(world, office, divisions)
        _add_members(world, office, cluster_id, members, history[0][1])
        _add_activities(world, office, cluster_id, history[0][1])
        if len(history) >= 3 and r.random() < 0.6:
            _add_benchmark(world, office, cluster_id, history[-1][1])
        made.append((cluster_id, members))
    return made


def _members(world: World, office: OfficeWorld, divisions: str) -> list[Firm]:
    wanted = set(divisions.split(","))
    fitting = [f for f in office.firms if f.nace[:2] in wanted]
    others = [f for f in office.firms if f.nace[:2] not in wanted]
    size = world.rng.randint(5, 25)
    chosen = world.rng.sample(fitting, min(len(fitting), size))
    if len(chosen) < size:
        chosen += world.rng.sample(others, min(len(others), size - len(chosen)))
    return chosen


def _add_members(
    world: World, office: OfficeWorld, cluster_id: str, firms: list[Firm], since: date
) -> None:
    r = world.rng
    rows = []
    for n, firm in enumerate(firms):
        joined = world.day_between(since, world.today - timedelta(days=30))
        left = world.day_between(joined, world.today) if r.random() < 0.05 else None
        role = (
            "lead_firm" if n == 0 else r.choice(("member", "member", "member", "supplier", "other"))
        )
        rows.append(
            {
                "cluster_id": cluster_id,
                "company_id": firm.id,
                "role": role,
                "joined_on": joined,
                "left_on": left,
            }
        )
    world.writer.create(office.actor, memberships, rows)


def _add_activities(world: World, office: OfficeWorld, cluster_id: str, since: date) -> None:
    r = world.rng
    rows = []
    for _ in range(r.randint(2, 6)):
        kind = r.choice(ACTIVITY_TYPES)
        rows.append(
            {
                "cluster_id": cluster_id,
                "activity_type": kind,
                "activity_date": world.weekday_between(since, world.today),
                "title": ACTIVITY_TITLES[kind],
                "participants": r.randint(6, 60),
                "notes": "",
            }
        )
    world.writer.create(office.actor, cluster_activities, rows)


def _add_benchmark(world: World, office: OfficeWorld, cluster_id: str, day: date) -> None:
    r = world.rng
    areas = {a: Decimal(r.randint(30, 95)) for a in ("structure", "governance", "financing")}
    areas.update(
        {a: Decimal(r.randint(25, 95)) for a in ("services", "interaction", "achievements")}
    )
    row = {
        "cluster_id": cluster_id,
        "assessed_on": day,
        "scheme": "national" if r.random() < 0.75 else "esca",
        "label": r.choice(LABELS),
        **areas,
        "notes": "",
    }
    world.writer.create(office.actor, benchmarks, [row])


def add_measurements(world: World, office: OfficeWorld, members: list[Firm]) -> None:
    """Baseline and follow-up for most cluster members; productivity up about 5–30 %."""
    r, year = world.rng, world.today.year
    rows = []
    for firm in members:
        if r.random() >= 0.75:
            continue
        staff = max(firm.employees, 1)
        turnover = Decimal(max(firm.turnover, 100_000))
        value_added = (turnover * Decimal(r.uniform(0.2, 0.45))).quantize(Decimal(1))
        base = _measure(
            firm.id, str(year - 2), date(year - 1, 3, 15), "baseline", staff, turnover, value_added
        )
        rows.append(base)
        if r.random() < 0.85:
            grow = Decimal(1 + r.uniform(0.05, 0.30))
            later_staff = max(1, staff + r.randint(-1, 3))
            factor = grow * later_staff / staff
            rows.append(
                _measure(
                    firm.id,
                    str(year - 1),
                    date(year, 3, 15) if world.today >= date(year, 3, 15) else world.today,
                    "follow_up",
                    later_staff,
                    (turnover * factor).quantize(Decimal(1)),
                    (value_added * factor).quantize(Decimal(1)),
                )
            )
    world.writer.create(office.actor, measurements, rows)


def _measure(
    company_id: str, period: str, day: date, kind: str, staff: int, turnover: Decimal, va: Decimal
) -> dict[str, Any]:
    return {
        "company_id": company_id,
        "period": period,
        "measured_on": day,
        "kind": kind,
        "employees": staff,
        "turnover": turnover,
        "value_added": va,
    }


def add_grants(world: World, office: OfficeWorld, cluster_ids: list[str]) -> None:
    """Applications of some companies (KOSGEB, agency, EU) and of half the clusters (UR-GE)."""
    r, today = world.rng, world.today
    rows = []
    applicants = [("company_id", f.id) for f in office.firms if r.random() < 0.03]
    applicants += [("cluster_id", c) for c in cluster_ids if r.random() < 0.5]
    for key, applicant in applicants:
        programme = (
            "ur_ge"
            if key == "cluster_id"
            else r.choice(("kosgeb", "kosgeb", "development_agency", "eu", "other"))
        )
        submitted = world.weekday_between(today - timedelta(days=600), today - timedelta(days=5))
        status = r.choice(
            ("draft", "submitted", "submitted", "approved", "approved", "rejected", "withdrawn")
        )
        decided = (
            world.day_between(submitted, today) if status in ("approved", "rejected") else None
        )
        requested = Decimal(r.randrange(50_000, 3_000_000, 10_000))
        granted = (
            (requested * Decimal(r.choice(("0.6", "0.75", "1")))).quantize(Decimal(1))
            if status == "approved"
            else None
        )
        rows.append(
            {
                key: applicant,
                "programme": programme,
                "title": "Kapasite geliştirme ve ihracat projesi",
                "submitted_on": None if status == "draft" else submitted,
                "decided_on": decided,
                "status": status,
                "requested_amount": requested,
                "granted_amount": granted,
                "notes": "",
            }
        )
    world.writer.create(office.actor, grants, rows)
