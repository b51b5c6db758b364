"""Targets: only the central office edits them; national and per-office values."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from infospot_app.core.errors import PermissionDenied
from infospot_app.core.services import setup
from infospot_app.core.services.actor import Actor
from infospot_app.core.services.targets import target_table, targets
from infospot_app.core.storage import open_database
from infospot_app.core.validation import ValidationErrors

from .write_path import audit_of, errors_by_field

HQ_STAFF = Actor(user="merkez", office="HQ", role="staff")


@pytest.fixture
def central(tmp_path: Path):
    database = open_database(tmp_path / "central.db")
    with database.transaction() as session:
        setup.initialize(session, "HQ")
    yield database
    database.close()


def line(db, indicator):
    with db.session() as session:
        return next(t for t in target_table(session) if t.indicator == indicator)


def test_an_office_cannot_change_targets(db, actor) -> None:
    with db.session() as session:
        national = targets.find(session, "smes_reached", "national")
    with db.transaction() as session, pytest.raises(PermissionDenied):
        targets.update(session, actor, national.id, {"value": 1})
    with db.transaction() as session, pytest.raises(PermissionDenied):
        targets.create(session, actor, {"indicator": "smes_reached", "scope": "TR19", "value": 90})
    with db.transaction() as session, pytest.raises(PermissionDenied):
        targets.update(session, HQ_STAFF, national.id, {"value": 1})  # HQ user, office database


def test_central_office_sets_national_and_office_targets(central) -> None:
    assert line(central, "smes_reached").national == Decimal(400)
    assert line(central, "smes_reached").offices["TR19"] == Decimal(80)
    assert line(central, "clusters_per_province_min").offices["TR61"] == Decimal(3)
    with central.transaction() as session:
        national = targets.find(session, "smes_reached", "national")
        targets.update(session, HQ_STAFF, national.id, {"value": 450})
        own = targets.create(
            session, HQ_STAFF, {"indicator": "smes_reached", "scope": "tr19", "value": "100"}
        )
    assert own.scope == "TR19" and own.version == 1
    found = line(central, "smes_reached")
    assert found.national == Decimal(450)
    assert found.offices["TR19"] == Decimal(100) and "TR19" not in found.derived
    assert found.offices["TR27"] == Decimal(90) and "TR27" in found.derived
    assert audit_of(central, national.id)[-1] == ("update", {"value": ["400.00", "450"]})
    with central.transaction() as session:
        targets.delete(session, HQ_STAFF, own.id)
    assert line(central, "smes_reached").offices["TR19"] == Decimal(90)
    with central.transaction() as session:
        back = targets.create(
            session, HQ_STAFF, {"indicator": "smes_reached", "scope": "TR19", "value": 95}
        )
    assert back.id == own.id and back.version == 3
    assert line(central, "smes_reached").offices["TR19"] == Decimal(95)


def test_bad_target_names_each_field(central) -> None:
    with central.transaction() as session, pytest.raises(ValidationErrors) as error:
        targets.create(session, HQ_STAFF, {"indicator": "happiness", "scope": "TR99", "value": -1})
    assert set(errors_by_field(error)) == {"indicator", "scope", "value"}
    with central.transaction() as session, pytest.raises(ValidationErrors) as error:
        targets.create(session, HQ_STAFF, {"indicator": "smes_reached", "value": 5})
    assert "exists already" in errors_by_field(error)["scope"]
