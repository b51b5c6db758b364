"""Keys pinned on first contact are listed until someone confirms them by phone."""

from __future__ import annotations

from pathlib import Path

import pytest

from infospot_app.core.errors import InfoSpotError, PermissionDenied
from infospot_app.core.services.actor import Actor
from infospot_app.core.storage import OpenDatabase
from infospot_app.sync.export import export_package
from infospot_app.sync.importer import import_package
from infospot_app.sync.keys import load_keys
from infospot_app.sync.pinning import confirm_key, pinned_keys, unconfirmed_keys

from .restore import add_company

REVIEWER = Actor(user="merkez", office="HQ", role="admin")


def fingerprint_of(db: OpenDatabase) -> str:
    with db.session() as session:
        return load_keys(session).signing_fingerprint


def test_hq_lists_an_office_from_its_first_package_until_confirmed(
    hq: OpenDatabase, tr19: OpenDatabase, tr27: OpenDatabase, tmp_path: Path
) -> None:
    with hq.session() as session:
        assert unconfirmed_keys(session) == []  # nobody has sent anything yet
    add_company(tr19, "TR19", 1)
    import_package(hq, export_package(tr19, tmp_path).path)
    with hq.session() as session:
        (pending,) = unconfirmed_keys(session)
    assert (pending.code, pending.fingerprint) == ("TR19", fingerprint_of(tr19))
    assert pending.first_contact is not None and not pending.confirmed

    spoken = fingerprint_of(tr19).replace("-", " ").lower()  # as read over the phone
    with hq.transaction() as session:
        confirmed = confirm_key(session, REVIEWER, "tr19", spoken)
    assert confirmed.confirmed and confirmed.confirmed_by == "merkez"
    with hq.session() as session:
        assert unconfirmed_keys(session) == []
        (known,) = pinned_keys(session)
    assert known.code == "TR19" and known.confirmed and known.confirmed_at is not None


def test_a_wrong_fingerprint_or_an_unknown_office_confirms_nothing(
    hq: OpenDatabase, tr19: OpenDatabase, tr27: OpenDatabase, tmp_path: Path
) -> None:
    add_company(tr19, "TR19", 1)
    import_package(hq, export_package(tr19, tmp_path).path)
    with pytest.raises(InfoSpotError) as wrong, hq.transaction() as session:
        confirm_key(session, REVIEWER, "TR19", fingerprint_of(tr27))
    assert "not the one pinned for TR19" in wrong.value.message_en
    with pytest.raises(InfoSpotError) as unknown, hq.transaction() as session:
        confirm_key(session, REVIEWER, "TR27", fingerprint_of(tr27))
    assert "No key is pinned for TR27" in unknown.value.message_en
    viewer = Actor(user="bakan", office="HQ", role="viewer")
    with pytest.raises(PermissionDenied), hq.transaction() as session:
        confirm_key(session, viewer, "TR19", fingerprint_of(tr19))
    with hq.session() as session:
        assert [k.code for k in unconfirmed_keys(session)] == ["TR19"]


def test_an_office_lists_hqs_key_from_its_setup_file(hq: OpenDatabase, tr19: OpenDatabase) -> None:
    with tr19.session() as session:
        (pending,) = unconfirmed_keys(session)
    assert (pending.code, pending.fingerprint) == ("HQ", fingerprint_of(hq))
    staff = Actor(user="ayse", office="TR19", role="staff")
    with tr19.transaction() as session:
        confirm_key(session, staff, "HQ", fingerprint_of(hq))
    with tr19.session() as session:
        assert unconfirmed_keys(session) == []
