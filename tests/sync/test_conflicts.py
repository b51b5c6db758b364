"""Conflicts as they really arise (an office restores a backup and edits a row again), listed
for the review and settled at HQ by keeping the stored or the incoming copy."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from infospot_app.core.errors import InfoSpotError
from infospot_app.core.models import AuditEntry, Company
from infospot_app.core.storage import OpenDatabase
from infospot_app.sync.conflicts import list_conflicts, resolve
from infospot_app.sync.export import export_package
from infospot_app.sync.importer import import_package
from infospot_app.sync.receipts import import_receipt, write_receipt

from .network import make_office, rows_of
from .restore import add_company, backup, restore, set_employees


class Diverged:
    """TR19 sent company X at version 2 with 10 employees, restored a backup and made another
    version 2 with 20 employees; HQ imported both: one conflict is open."""

    def __init__(self, hq: OpenDatabase, folder: Path) -> None:
        self.hq, self.folder = hq, folder
        self.office = make_office(hq, "TR19", folder)
        self.company = add_company(self.office, "TR19", 1)
        import_package(hq, export_package(self.office, folder).path)
        copy = backup(self.office, folder / "backup.db")
        set_employees(self.office, "TR19", self.company, 10)
        self.send()
        self.office = restore(self.office, copy)
        set_employees(self.office, "TR19", self.company, 20)
        self.summary = self.send()

    def send(self, *, full: bool = False):  # noqa: ANN201
        """A receipt to the office (as after every delivery), then its next package to HQ."""
        receipt = write_receipt(self.hq, "TR19", self.folder / "r.isrcpt")
        import_receipt(self.office, receipt)
        return import_package(self.hq, export_package(self.office, self.folder, full=full).path)

    def employees_at_hq(self) -> int | None:
        with self.hq.session() as session:
            return session.scalar(select(Company.employees).where(Company.id == self.company))


@pytest.fixture
def diverged(hq: OpenDatabase, tmp_path: Path) -> Iterator[Diverged]:
    world = Diverged(hq, tmp_path)
    yield world
    world.office.close()


def test_the_conflict_is_listed_with_both_copies_and_what_differs(diverged: Diverged) -> None:
    assert diverged.summary.tables["companies"].conflicts == 1
    with diverged.hq.session() as session:
        (conflict,) = list_conflicts(session)
    assert (conflict.table_name, conflict.row_id, conflict.version) == (
        "companies",
        diverged.company,
        2,
    )
    assert conflict.stored["employees"] == 10 and conflict.incoming["employees"] == 20
    assert "employees" in conflict.differences and "id" not in conflict.differences
    assert conflict.resolved_at is None
    with diverged.hq.session() as session:
        assert list_conflicts(session, office="TR27") == []
        assert list_conflicts(session, resolved=True) == []


def test_keeping_the_incoming_copy_applies_the_owners_version(diverged: Diverged) -> None:
    (conflict,) = _open(diverged)
    result = resolve(diverged.hq, conflict.id, "incoming", user="merkez")
    assert result.kept == "incoming"
    assert diverged.employees_at_hq() == 20
    assert rows_of(diverged.hq, "TR19") == rows_of(diverged.office, "TR19")  # version kept: 2
    assert _open(diverged) == []
    with diverged.hq.session() as session:
        (settled,) = list_conflicts(session, resolved=True)
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "conflict"))
    assert settled.resolution == "incoming"
    assert entry is not None and entry.user == "merkez"
    assert json.loads(entry.changes)["kept"] == "incoming"


def test_keeping_the_stored_copy_changes_nothing_until_the_offices_next_edit(
    diverged: Diverged,
) -> None:
    (conflict,) = _open(diverged)
    assert resolve(diverged.hq, conflict.id, "stored").kept == "stored"
    assert diverged.employees_at_hq() == 10
    again = diverged.send(full=True)  # the declined copy comes again: not reopened
    assert again.tables["companies"].conflicts == 0 and _open(diverged) == []
    set_employees(diverged.office, "TR19", diverged.company, 30)  # version 3
    assert diverged.send().tables["companies"].updated == 1
    assert diverged.employees_at_hq() == 30
    assert rows_of(diverged.hq, "TR19") == rows_of(diverged.office, "TR19")


def test_a_newer_version_supersedes_the_conflict(diverged: Diverged) -> None:
    (conflict,) = _open(diverged)
    set_employees(diverged.office, "TR19", diverged.company, 40)
    diverged.send()
    assert resolve(diverged.hq, conflict.id, "incoming").kept == "superseded"
    assert diverged.employees_at_hq() == 40


def test_settling_twice_at_an_office_or_with_a_wrong_choice_is_refused(
    diverged: Diverged,
) -> None:
    (conflict,) = _open(diverged)
    with pytest.raises(InfoSpotError) as wrong:
        resolve(diverged.hq, conflict.id, "both")
    assert "'stored' or 'incoming'" in wrong.value.message_en
    with pytest.raises(InfoSpotError) as office:
        resolve(diverged.office, conflict.id, "stored")
    assert "settled at HQ" in office.value.message_en
    resolve(diverged.hq, conflict.id, "stored")
    with pytest.raises(InfoSpotError) as twice:
        resolve(diverged.hq, conflict.id, "incoming")
    assert "was settled on" in twice.value.message_en
    assert diverged.employees_at_hq() == 10


def _open(diverged: Diverged) -> list:
    with diverged.hq.session() as session:
        return list_conflicts(session)
