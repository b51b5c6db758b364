"""Grant applications: company or cluster, programmes, statuses, amounts and dates."""

from __future__ import annotations

from datetime import date

import pytest

from infospot_app.core.services.clusters import clusters
from infospot_app.core.services.grants import grants
from infospot_app.core.services.listing import ListQuery
from infospot_app.core.validation import ValidationErrors

from .write_path import add_company, check_write_path, errors_by_field


def test_grant_write_path(db, actor) -> None:
    company = add_company(db, actor, 1)
    values = {"company_id": company.id, "programme": "kosgeb", "requested_amount": "250.000"}
    check_write_path(db, actor, grants, values, {"status": "submitted"})


def test_exactly_one_applicant(db, actor) -> None:
    company = add_company(db, actor, 1)
    with db.transaction() as session:
        cluster = clusters.create(session, actor, {"name": "Makine"})
    for applicant in ({}, {"company_id": company.id, "cluster_id": cluster.id}):
        with db.transaction() as session, pytest.raises(ValidationErrors) as error:
            grants.create(session, actor, {"programme": "eu", **applicant})
        assert "exactly one" in errors_by_field(error)["company_id"]
    with db.transaction() as session:
        made = grants.create(session, actor, {"programme": "ur_ge", "cluster_id": cluster.id})
    assert made.company_id is None and made.status == "draft"


def test_bad_grant_names_each_field(db, actor) -> None:
    company = add_company(db, actor, 1)
    with db.transaction() as session, pytest.raises(ValidationErrors) as error:
        grants.create(
            session,
            actor,
            {
                "company_id": company.id,
                "programme": "lottery",
                "status": "won",
                "requested_amount": -1,
                "submitted_on": date(2024, 5, 1),
                "decided_on": date(2024, 4, 1),
            },
        )
    assert set(errors_by_field(error)) == {
        "programme",
        "status",
        "requested_amount",
        "decided_on",
    }
    with db.transaction() as session:  # more granted than requested is allowed
        made = grants.create(
            session,
            actor,
            {
                "company_id": company.id,
                "programme": "kosgeb",
                "requested_amount": 100,
                "granted_amount": 150,
            },
        )
    assert made.granted_amount > made.requested_amount


def test_grant_filters_and_turkish_title_order(db, actor) -> None:
    company = add_company(db, actor, 1)
    with db.transaction() as session:
        for title, programme, status in (
            ("Çevre dostu üretim", "eu", "approved"),
            ("Cihaz yenileme", "kosgeb", "submitted"),
            ("Dijital pazarlama", "kosgeb", "rejected"),
        ):
            grants.create(
                session,
                actor,
                {
                    "company_id": company.id,
                    "title": title,
                    "programme": programme,
                    "status": status,
                },
            )
    with db.session() as session:

        def titles(**query):
            return [g.title for g in grants.list(session, ListQuery(**query)).rows]

        assert titles(sort="title") == ["Cihaz yenileme", "Çevre dostu üretim", "Dijital pazarlama"]
        assert titles(filters={"programme": "kosgeb"}, sort="title") == [
            "Cihaz yenileme",
            "Dijital pazarlama",
        ]
        assert titles(filters={"status": "approved"}) == ["Çevre dostu üretim"]
