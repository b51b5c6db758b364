"""Checking a setup file, and adopting one in an office database set up from the reference list."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from infospot_app.core.errors import InfoSpotError
from infospot_app.core.models import Office
from infospot_app.core.services import settings, setup
from infospot_app.core.storage import OpenDatabase, open_database
from infospot_app.sync import office_setup
from infospot_app.sync.export import export_package
from infospot_app.sync.importer import import_package
from infospot_app.sync.keys import fingerprint, load_keys, office_row
from infospot_app.sync.setup_adoption import adopt_setup_file, check_setup_file

from .network import digest, rows_of
from .test_round_trip import add_company


def _setup_file(hq: OpenDatabase, code: str, folder: Path) -> Path:
    path = folder / f"{code}.isetup"
    with hq.session() as session:
        office_setup.write_setup_file(session, code, path)
    return path


def _listed_office(folder: Path, code: str) -> OpenDatabase:
    """An office database made the way the wizard does without a setup file."""
    db = open_database(folder / f"{code}-listed.db", daily_backup=False)
    with db.transaction() as session:
        setup.initialize(session, code)
    return db


def test_check_reads_the_office_and_hq_fingerprint(hq: OpenDatabase, tmp_path: Path) -> None:
    info = check_setup_file(_setup_file(hq, "TR19", tmp_path))
    with hq.session() as session:
        hq_fingerprint = office_row(session, "HQ").key_fingerprint
    assert (info.office, info.hq_signing) == ("TR19", hq_fingerprint)


def test_check_refuses_a_truncated_file(hq: OpenDatabase, tmp_path: Path) -> None:
    path = _setup_file(hq, "TR19", tmp_path)
    path.write_bytes(path.read_bytes()[:-200])  # cut short, as by a USB stick pulled out
    with pytest.raises(InfoSpotError):
        check_setup_file(path)


def test_adopting_keeps_the_records_and_makes_the_office_able_to_sync(
    hq: OpenDatabase, tmp_path: Path
) -> None:
    office = _listed_office(tmp_path, "TR19")
    add_company(office, "TR19", 1)
    before = rows_of(office, "TR19")
    with office.transaction() as session:
        prints = adopt_setup_file(session, _setup_file(hq, "TR19", tmp_path))
    with office.session() as session:
        assert settings.office_code(session) == "TR19"
        assert not settings.is_central(session)
        assert load_keys(session).signing_fingerprint == prints.signing
        hq_row = office_row(session, "HQ")
        assert fingerprint(hq_row.signing_key) == prints.hq_signing
        assert session.scalar(select(Office).where(Office.version == 0)) is None
    assert rows_of(office, "TR19") == before
    summary = import_package(hq, export_package(office, tmp_path / "out").path)
    assert summary.tables["companies"].new == 1
    assert rows_of(hq, "TR19") == before


def test_adopting_another_offices_file_changes_nothing(hq: OpenDatabase, tmp_path: Path) -> None:
    office = _listed_office(tmp_path, "TR19")
    add_company(office, "TR19", 2)
    before = digest(office)
    with pytest.raises(InfoSpotError) as refused, office.transaction() as session:
        adopt_setup_file(session, _setup_file(hq, "TR27", tmp_path))
    assert "TR27" in refused.value.message("en")
    assert digest(office) == before
    with office.session() as session:
        assert settings.office_code(session) == "TR19"
        assert settings.get_setting(session, "sync_signing_private_key") is None


def test_adopting_twice_or_at_hq_is_refused(
    hq: OpenDatabase, tr19: OpenDatabase, tmp_path: Path
) -> None:
    path = _setup_file(hq, "TR19", tmp_path)
    for db in (tr19, hq):
        with pytest.raises(InfoSpotError), db.transaction() as session:
            adopt_setup_file(session, path)
