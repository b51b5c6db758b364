"""A corpus of broken and hostile packages: each is refused or quarantined with its own message,
and the central database's synced tables stay exactly as they were."""

from __future__ import annotations

import copy
import json
import os
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from infospot_app.core.services.companies import companies
from infospot_app.core.storage import OpenDatabase
from infospot_app.sync.container import FORMAT
from infospot_app.sync.errors import SyncRefused
from infospot_app.sync.export import export_package
from infospot_app.sync.importer import import_package

from ..conftest import make_vkn
from . import forge
from .network import digest, make_hq, rows_of, staff


class World:
    """HQ with TR19 and TR27 already known, and a valid company row of each to mutate."""

    def __init__(
        self, hq: OpenDatabase, tr19: OpenDatabase, tr27: OpenDatabase, folder: Path
    ) -> None:
        self.hq, self.tr19, self.tr27, self.folder = hq, tr19, tr27, folder
        self.first = {}
        for code, db, n in (("TR19", tr19, 1), ("TR27", tr27, 2)):
            with db.transaction() as session:
                companies.create(
                    session, staff(code), {"legal_name": f"Firma {n}", "tax_id": make_vkn(n)}
                )
            self.first[code] = export_package(db, folder / "legit").path
            import_package(hq, self.first[code])
        self.company = {
            code: json.loads(next(iter(rows_of(db, code)["companies"].values())))
            for code, db in (("TR19", tr19), ("TR27", tr27))
        }

    def new_company(self, n: int, **changes: Any) -> dict[str, Any]:
        row = copy.deepcopy(self.company["TR19"])
        row.update(id=f"00000000-0000-4000-8000-{n:012d}", tax_id=make_vkn(1000 + n), version=1)
        row.update(changes)
        return row

    def package(self, name: str, rows: dict[str, list[dict[str, Any]]], **options: Any) -> Path:
        options.setdefault("sequence", 100 + len(list(self.folder.glob("case-*"))))
        return forge.package(
            self.folder / f"case-{name}.ispkg", self.tr19, self.hq, rows, **options
        )


def flip(path: Path, offset: int) -> Path:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x04
    path.write_bytes(bytes(data))
    return path


def truncated(w: World) -> Path:
    data = w.first["TR19"].read_bytes()
    path = w.folder / "case-truncated.ispkg"
    path.write_bytes(data[: len(data) // 2])
    return path


def copy_of_first(w: World, name: str) -> Path:
    path = w.folder / f"case-{name}.ispkg"
    path.write_bytes(w.first["TR19"].read_bytes())
    return path


def wrong_recipient(w: World) -> Path:
    other = make_hq(w.folder / "other-hq")
    try:
        return forge.package(
            w.folder / "case-other-hq.ispkg", w.tr19, other, {"companies": [w.new_company(1)]}
        )
    finally:
        other.close()


def bomb(w: World) -> Path:
    zeros = b" " * (60 << 20)
    return w.package("bomb", {}, raw_members={"rows/companies.jsonl": zeros})


def bad_json(w: World) -> Path:
    return w.package("bad-json", {}, raw_members={"rows/companies.jsonl": b'{"id": "x", oops\n'})


def future_format(w: World) -> Path:
    return forge.raw_file(
        w.folder / "case-future.ispkg", {"format": FORMAT + 1, "kind": "package"}, b"x" * 64
    )


def not_ours(w: World) -> Path:
    path = w.folder / "case-not-ours.ispkg"
    path.write_bytes(zlib.compress(b"hello") * 10)
    return path


def receipt_kind(w: World) -> Path:
    path = forge.raw_file(
        w.folder / "case-kind.ispkg",
        {
            "format": FORMAT,
            "kind": "receipt",
            "sender": "HQ",
            "recipient": "HQ",
            "sequence": 1,
            "recipient_key": None,
            "encryption": forge.SUITE,
        },
        b"x" * 64,
    )
    return path


REFUSED: dict[str, tuple[Callable[[World], Path], str]] = {
    "truncated file": (truncated, "decryption failed"),
    "flipped bit in the header": (lambda w: flip(copy_of_first(w, "hdr"), 40), "damaged"),
    "flipped bit in the body": (
        lambda w: flip(copy_of_first(w, "body"), -100),
        "decryption failed",
    ),
    "encrypted to another key": (wrong_recipient, "made for another central office key"),
    "signed by another office's key": (
        lambda w: w.package(
            "forged", {"companies": [w.new_company(2)]}, key=forge.office_keys(w.tr27).signing
        ),
        "signature does not verify",
    ),
    "unknown office": (lambda w: w.package("tr99", {}, sender="TR99"), "Office TR99 is unknown"),
    "replay": (lambda w: w.first["TR19"], "was already imported on"),
    "same sequence, other content": (
        lambda w: w.package("seq", {"companies": [w.new_company(3)]}, sequence=1),
        "with different content",
    ),
    "future format version": (future_format, "comes from a newer InfoSpot"),
    "future schema": (
        lambda w: w.package("schema", {}, manifest_changes={"schema": "9999"}),
        "newer database schema",
    ),
    "member name with ../": (
        lambda w: w.package("dots", {}, extra={"../../evil.jsonl": b"{}\n"}),
        "forbidden name",
    ),
    "absolute member name": (
        lambda w: w.package("abs", {}, extra={"/etc/passwd": b"root\n"}),
        "forbidden name",
    ),
    "decompression bomb": (bomb, "decompression bomb"),
    "duplicate ids": (
        lambda w: w.package("dup", {"companies": [w.new_company(4), w.new_company(4)]}),
        "twice",
    ),
    "missing manifest": (
        lambda w: w.package("nomanifest", {}, with_manifest=False),
        "manifest is missing",
    ),
    "missing signature": (lambda w: w.package("nosig", {}, sign=False), "signature is missing"),
    "file not in the manifest": (
        lambda w: w.package("extra", {}, extra={"rows/people.jsonl": b"{}\n"}),
        "not listed in the manifest",
    ),
    "not an InfoSpot file": (not_ours, "not an InfoSpot sync file"),
    "a receipt sent as a package": (receipt_kind, "not a package for HQ"),
    "an over-long line": (
        lambda w: w.package(
            "longline", {}, raw_members={"rows/companies.jsonl": os.urandom(1 << 20).hex().encode()}
        ),
        "over-long line",
    ),
}


def tombstone_of_other(w: World) -> dict[str, list[dict[str, Any]]]:
    row = copy.deepcopy(w.company["TR27"])
    row.update(office="TR19", version=row["version"] + 1, deleted_at="2026-03-12T10:00:00+00:00")
    return {"companies": [row]}


def dependent_of_bad(w: World) -> dict[str, list[dict[str, Any]]]:
    company = w.new_company(9, tax_id="1234567891")
    person = {
        "id": "00000000-0000-4000-9000-000000000001",
        "office": "TR19",
        "version": 1,
        "created_at": company["created_at"],
        "updated_at": company["updated_at"],
        "created_by": "x",
        "updated_by": "x",
        "deleted_at": None,
        "full_name": "Ali Veli",
        "company_id": company["id"],
        "position": "",
        "phone": None,
        "email": None,
        "gender": "unspecified",
        "erased_at": None,
    }
    return {"companies": [company], "people": [person]}


def dangling(w: World) -> dict[str, list[dict[str, Any]]]:
    rows = dependent_of_bad(w)
    rows["people"][0]["company_id"] = "00000000-0000-4000-8000-999999999999"
    return {"people": rows["people"]}


QUARANTINED: dict[str, tuple[Callable[[World], dict[str, list[dict[str, Any]]]], str]] = {
    "oversized field": (
        lambda w: {"companies": [w.new_company(5, legal_name="A" * 5000)]},
        "too long",
    ),
    "row owned by another office": (
        lambda w: {"companies": [w.new_company(6, office="TR27")]},
        "belongs to office TR27 but the package is from TR19",
    ),
    "tombstone of another office's row": (
        tombstone_of_other,
        "belongs to office TR27; TR19 may not change it",
    ),
    "dangling reference": (dangling, "does not exist here"),
    "invalid tax id": (
        lambda w: {"companies": [w.new_company(7, tax_id="1234567891")]},
        "check digit",
    ),
    "dependent of a quarantined row": (dependent_of_bad, "it depends on is in quarantine"),
    "unknown field": (
        lambda w: {"companies": [w.new_company(8, colour="red")]},
        "unknown field colour",
    ),
    "HQ reference data from an office": (
        lambda w: {"targets": [{**w.new_company(10), "office": "TR19"}]},
        "HQ's reference data",
    ),
    "wrong type": (
        lambda w: {"companies": [w.new_company(11, employees="many")]},
        "an integer expected",
    ),
}


@pytest.fixture
def world(hq: OpenDatabase, tr19: OpenDatabase, tr27: OpenDatabase, tmp_path: Path) -> World:
    return World(hq, tr19, tr27, tmp_path)


def test_the_corpus_has_at_least_25_distinct_cases() -> None:
    messages = [m for _, m in REFUSED.values()] + [m for _, m in QUARANTINED.values()]
    assert len(REFUSED) + len(QUARANTINED) >= 25
    assert len(set(messages)) >= 25


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_hostile_package_is_refused_and_changes_nothing(world: World, case: str) -> None:
    make, expected = REFUSED[case]
    path = make(world)
    before = digest(world.hq)
    with pytest.raises(SyncRefused) as refused:
        import_package(world.hq, path)
    assert expected in refused.value.message_en
    assert refused.value.message_tr and refused.value.message_tr != refused.value.message_en
    assert digest(world.hq) == before


def test_a_bad_line_is_quarantined_with_its_reason(world: World) -> None:
    before = digest(world.hq)
    summary = import_package(world.hq, bad_json(world))
    assert summary.tables["companies"].quarantined == 1
    assert "not valid JSON" in summary.reasons[0]
    assert digest(world.hq) == before


@pytest.mark.parametrize("case", sorted(QUARANTINED))
def test_hostile_row_is_quarantined_and_changes_nothing(world: World, case: str) -> None:
    make, expected = QUARANTINED[case]
    path = world.package(case.replace(" ", "-").replace("'", ""), make(world))
    before = digest(world.hq)
    summary = import_package(world.hq, path)
    assert summary.totals().quarantined >= 1
    assert any(expected in reason for reason in summary.reasons), summary.reasons
    assert summary.totals().new == summary.totals().updated == summary.totals().deleted == 0
    assert digest(world.hq) == before
