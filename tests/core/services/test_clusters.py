"""Clusters with stage history, memberships, activities and benchmark assessments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from infospot_app.core.services.clusters import (
    benchmarks,
    cluster_activities,
    clusters,
    memberships,
)
from infospot_app.core.services.listing import ListQuery
from infospot_app.core.validation import ValidationErrors

from .write_path import add_company, check_write_path, errors_by_field


def add_cluster(db, actor, name, **extra):
    with db.transaction() as session:
        return clusters.create(session, actor, {"name": name, **extra})


def test_cluster_write_path(db, actor) -> None:
    check_write_path(db, actor, clusters, {"name": "Çorum Makine Kümesi"}, {"coordinator": "ÇTSO"})


def test_divisions_and_provinces_are_checked_and_normalised(db, actor) -> None:
    made = add_cluster(
        db, actor, "Un ve Unlu Mamuller", nace_divisions=" 25, 10,10", provinces="Çorum, 55"
    )
    assert made.nace_divisions == "10,25" and made.provinces == "TR-19,TR-55"
    with db.transaction() as session, pytest.raises(ValidationErrors) as error:
        clusters.create(
            session,
            actor,
            {"name": "", "nace_divisions": "10, 04", "provinces": "Atlantis", "stage": "done"},
        )
    found = errors_by_field(error)
    assert set(found) == {"name", "nace_divisions", "provinces", "stage"}
    assert "“04”" in found["nace_divisions"]
    assert "Atlantis" in found["provinces"]


def test_stage_changes_are_kept_with_their_date(db, actor) -> None:
    made = add_cluster(db, actor, "Mobilya Kümesi")
    with db.transaction() as session:
        clusters.set_stage(session, actor, made.id, "analysis", date(2024, 2, 1))
        clusters.update(session, actor, made.id, {"description": "Yol haritası hazır"})
        clusters.set_stage(session, actor, made.id, "road_map", date(2024, 6, 1), note="onaylandı")
    with db.session() as session:
        history = clusters.stages(session, made.id)
    # History is in date order; the stage given on creation is dated the day it was entered.
    assert [(s.stage, s.reached_on, s.note) for s in history] == [
        ("analysis", date(2024, 2, 1), ""),
        ("road_map", date(2024, 6, 1), "onaylandı"),
        ("identified", date.today(), ""),
    ]
    with db.session() as session:
        assert clusters.get(session, made.id).stage == "road_map"


def test_cluster_list_turkish_order_search_and_filters(db, actor) -> None:
    add_cluster(db, actor, "Çorum Leblebi", nace_divisions="10", provinces="19")
    add_cluster(db, actor, "Cide Ahşap", nace_divisions="16", provinces="19,55", stage="analysis")
    add_cluster(db, actor, "Dokuma", nace_divisions="13,14", provinces="61")
    with db.session() as session:

        def names(**query):
            return [c.name for c in clusters.list(session, ListQuery(**query)).rows]

        assert names() == ["Cide Ahşap", "Çorum Leblebi", "Dokuma"]
        assert names(search="corum") == ["Çorum Leblebi"]
        assert names(filters={"nace_division": "14"}) == ["Dokuma"]
        assert names(filters={"nace_division": "1"}) == []
        assert names(filters={"province": "TR-55"}) == ["Cide Ahşap"]
        assert names(filters={"stage": "analysis"}) == ["Cide Ahşap"]


def test_membership_rules(db, actor) -> None:
    cluster, other = add_cluster(db, actor, "Makine"), add_cluster(db, actor, "Gıda")
    company = add_company(db, actor, 1)
    with db.transaction() as session:
        first = memberships.create(
            session,
            actor,
            {"cluster_id": cluster.id, "company_id": company.id, "joined_on": "01.02.2024"},
        )
        memberships.create(session, actor, {"cluster_id": other.id, "company_id": company.id})
    assert first.role == "member"
    with db.transaction() as session, pytest.raises(ValidationErrors) as error:
        memberships.create(session, actor, {"cluster_id": cluster.id, "company_id": company.id})
    assert "already a member" in errors_by_field(error)["company_id"]
    with db.transaction() as session, pytest.raises(ValidationErrors) as error:
        memberships.update(session, actor, first.id, {"left_on": date(2024, 1, 1), "role": "boss"})
    assert set(errors_by_field(error)) == {"left_on", "role"}
    with db.transaction() as session:
        memberships.update(session, actor, first.id, {"left_on": date(2024, 9, 1)})
        memberships.create(session, actor, {"cluster_id": cluster.id, "company_id": company.id})
    with db.session() as session:
        current = memberships.list(
            session, ListQuery(filters={"cluster_id": cluster.id, "current": True})
        )
        assert current.total == 1


def test_membership_write_path(db, actor) -> None:
    cluster, company = add_cluster(db, actor, "Makine"), add_company(db, actor, 1)
    values = {"cluster_id": cluster.id, "company_id": company.id, "role": "member"}
    check_write_path(db, actor, memberships, values, {"role": "lead_firm"})


def test_activity_write_path_and_validation(db, actor) -> None:
    cluster = add_cluster(db, actor, "Makine")
    values = {
        "cluster_id": cluster.id,
        "activity_type": "workshop",
        "activity_date": date(2024, 3, 3),
        "title": "Değer zinciri çalıştayı",
    }
    check_write_path(db, actor, cluster_activities, values, {"participants": 24})
    with db.transaction() as session, pytest.raises(ValidationErrors) as error:
        cluster_activities.create(
            session,
            actor,
            {"cluster_id": cluster.id, "activity_type": "picnic", "participants": -1},
        )
    assert set(errors_by_field(error)) == {
        "activity_type",
        "activity_date",
        "title",
        "participants",
    }


def test_benchmark_write_path_and_area_values(db, actor) -> None:
    cluster = add_cluster(db, actor, "Makine")
    values = {
        "cluster_id": cluster.id,
        "assessed_on": date(2024, 5, 5),
        "scheme": "esca",
        "structure": 55,
    }
    check_write_path(db, actor, benchmarks, values, {"label": "bronze"})
    with db.transaction() as session, pytest.raises(ValidationErrors) as error:
        benchmarks.create(
            session,
            actor,
            {**values, "scheme": "iso", "governance": 101, "financing": "-3"},
        )
    found = errors_by_field(error)
    assert set(found) == {"scheme", "governance", "financing"}
    assert found["governance"].startswith("Governance")
    with db.transaction() as session:
        made = benchmarks.create(session, actor, {**values, "services": "72,5"})
    assert made.services == Decimal("72.5") and made.label == "none" and made.interaction is None
