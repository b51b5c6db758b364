"""What the Sync page lists: unconfirmed changes, packages made, offices, quarantine, conflicts."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from infospot_app.core.services.companies import companies
from infospot_app.core.storage import OpenDatabase
from infospot_app.sync.acknowledgement import unconfirmed
from infospot_app.sync.export import export_package
from infospot_app.sync.importer import import_package
from infospot_app.sync.overview import (
    office_statuses,
    open_conflicts,
    open_issue_counts,
    open_quarantine,
    packages_made,
)
from infospot_app.sync.receipts import import_receipt, write_receipt

from . import forge
from .network import rows_of, staff
from .test_round_trip import add_company


def test_unconfirmed_counts_changes_until_a_receipt_confirms_them(
    hq: OpenDatabase, tr19: OpenDatabase, tmp_path: Path
) -> None:
    with tr19.session() as session:
        assert unconfirmed(session).count == 0 and unconfirmed(session).since is None
    before = datetime.now(UTC) - timedelta(seconds=1)
    add_company(tr19, "TR19", 21)
    with tr19.session() as session:
        waiting = unconfirmed(session)
    assert waiting.count == 2  # the company and its person
    assert waiting.since is not None and waiting.since.replace(tzinfo=UTC) >= before
    import_package(hq, export_package(tr19, tmp_path).path)
    with tr19.session() as session:
        assert unconfirmed(session).count == 2  # exported is not confirmed
        (made,) = packages_made(session)
    assert made.sequence == 1 and made.rows == 2 and made.acknowledged_at is None
    import_receipt(tr19, write_receipt(hq, "TR19", tmp_path / "r.isrcpt"))
    with tr19.session() as session:
        assert unconfirmed(session).count == 0
        (made,) = packages_made(session)
    assert made.acknowledged_at is not None
    with hq.session() as session:
        assert unconfirmed(session).count == 0  # HQ sends receipts, not packages


def test_office_status_names_missing_packages_and_the_clock_difference(
    hq: OpenDatabase, tr19: OpenDatabase, tmp_path: Path
) -> None:
    add_company(tr19, "TR19", 22)
    export_package(tr19, tmp_path / "lost")  # number 1 never reaches HQ
    add_company(tr19, "TR19", 23)
    import_package(hq, export_package(tr19, tmp_path).path)
    with hq.session() as session:
        statuses = {s.code: s for s in office_statuses(session)}
    tr19_status = statuses["TR19"]
    assert tr19_status.last_sequence == 2 and tr19_status.missing == [1]
    assert tr19_status.last_contact is not None and tr19_status.key_fingerprint
    assert tr19_status.clock_difference is not None
    assert abs(tr19_status.clock_difference) < timedelta(minutes=5)
    assert statuses["TR27"].last_sequence == 0 and statuses["TR27"].last_contact is None
    assert "HQ" not in statuses


def test_quarantine_and_conflicts_are_listed_with_reasons_and_both_versions(
    hq: OpenDatabase, tr19: OpenDatabase, tmp_path: Path
) -> None:
    company_id = add_company(tr19, "TR19", 24)
    import_package(hq, export_package(tr19, tmp_path).path)
    with tr19.transaction() as session:
        companies.update(session, staff("TR19"), company_id, {"employees": 9})
    edited = json.loads(rows_of(tr19, "TR19")["companies"][company_id])
    twin = {**edited, "employees": 99}  # same version, other content: a restored backup
    bad = {**edited, "id": "0" * 8 + "-0000-4000-8000-" + "0" * 12, "tax_id": "123"}
    path = forge.package(
        tmp_path / "twin.ispkg",
        tr19,
        hq,
        {"companies": [twin, bad]},
        sequence=9,
        manifest_changes={"rev_from": 0, "rev_to": 50},
    )
    import_package(hq, path)
    import_package(hq, export_package(tr19, tmp_path / "real").path)
    with hq.session() as session:
        (conflict,) = open_conflicts(session)
        quarantined = open_quarantine(session)
        counts = open_issue_counts(session)
    assert conflict.row_id == company_id and conflict.office == "TR19"
    assert {conflict.stored["employees"], conflict.incoming["employees"]} == {9, 99}
    assert [q.row_id for q in quarantined] == [bad["id"]]
    assert "tax" in quarantined[0].reason.lower() or "vergi" in quarantined[0].reason.lower()
    assert counts == (1, 1)
