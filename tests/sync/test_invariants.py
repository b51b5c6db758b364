"""Property tests of the five sync invariants (DESIGN.md, "Sync protocol").

Two offices make random creates, edits and deletes through the services and export at random;
packages are lost, duplicated and reordered on the way; receipts go back at random. In the end
each office sends one more package, and HQ holds exactly each office's latest state (no edit
lost); a second HQ importing every package in another order holds the same (convergence);
re-importing changes nothing (idempotence); no office's rows ever carry another office's data.
"""

from __future__ import annotations

import contextlib
import random
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infospot_app.core.services.companies import companies
from infospot_app.core.services.people import people
from infospot_app.core.storage import open_database
from infospot_app.sync.errors import AlreadyImported
from infospot_app.sync.export import export_package
from infospot_app.sync.importer import import_package
from infospot_app.sync.receipts import import_receipt, write_receipt

from ..conftest import make_vkn
from .network import digest, make_hq, make_office, rows_of, staff

OFFICES = ("TR19", "TR27")

step = st.one_of(
    st.tuples(st.just("create"), st.sampled_from(OFFICES), st.integers(0, 10**6)),
    st.tuples(st.just("edit"), st.sampled_from(OFFICES), st.integers(0, 50)),
    st.tuples(st.just("delete"), st.sampled_from(OFFICES), st.integers(0, 50)),
    st.tuples(st.just("export"), st.sampled_from(OFFICES), st.booleans()),
    st.tuples(st.just("deliver"), st.integers(0, 50), st.booleans()),
    st.tuples(st.just("receipt"), st.sampled_from(OFFICES), st.booleans()),
)


def _live_companies(db, code):  # noqa: ANN001, ANN202
    with db.session() as session:
        return sorted(companies.ids(session))


def _run(steps: list[tuple], seed: int, folder: Path) -> None:
    rng = random.Random(seed)
    hq = make_hq(folder)
    twin_path = folder / "twin.db"
    with sqlite3.connect(hq.path) as source, sqlite3.connect(twin_path) as target:
        source.backup(target)
    offices = {code: make_office(hq, code, folder) for code in OFFICES}
    in_transit: list[Path] = []
    delivered: list[Path] = []
    counter = 0
    try:
        for kind, a, b in steps:
            if kind == "create":
                counter += 1
                db = offices[a]
                with db.transaction() as session:
                    company = companies.create(
                        session,
                        staff(a),
                        {
                            "legal_name": f"Firma {b}",
                            "tax_id": make_vkn(b * 7 + counter),
                            "employees": b % 300,
                        },
                    )
                    people.create(
                        session, staff(a), {"full_name": f"Kişi {b}", "company_id": company.id}
                    )
            elif kind in ("edit", "delete"):
                db = offices[a]
                ids = _live_companies(db, a)
                if not ids:
                    continue
                target = ids[b % len(ids)]
                with db.transaction() as session:
                    if kind == "edit":
                        companies.update(
                            session, staff(a), target, {"employees": b + rng.randint(0, 999)}
                        )
                    else:
                        companies.delete(session, staff(a), target)
            elif kind == "export":
                in_transit.append(export_package(offices[a], folder / "out", full=b).path)
            elif kind == "deliver" and in_transit:
                package = in_transit[a % len(in_transit)]
                if not b:  # lost, or kept for a duplicate delivery later
                    in_transit.remove(package)
                    if rng.random() < 0.3:
                        continue
                try:
                    import_package(hq, package)
                    delivered.append(package)
                except AlreadyImported:
                    pass
            elif kind == "receipt" and b:
                with hq.session() as session:
                    from infospot_app.sync.keys import office_row

                    known = office_row(session, a).encryption_key
                if known:
                    import_receipt(
                        offices[a], write_receipt(hq, a, folder / f"r-{counter}-{a}.isrcpt")
                    )
                    counter += 1
        for code, db in offices.items():
            final = export_package(db, folder / "out").path
            import_package(hq, final)
            delivered.append(final)
            assert rows_of(hq, code) == rows_of(db, code), "an edit was lost"
        before = digest(hq)
        for package in delivered:
            with contextlib.suppress(AlreadyImported):
                import_package(hq, package)
        assert digest(hq) == before, "a re-import changed something"
        twin = open_database(twin_path, daily_backup=False)
        try:
            for package in reversed(delivered):
                import_package(twin, package)
            for code in OFFICES:
                assert rows_of(twin, code) == rows_of(hq, code), "order changed the result"
                assert all(
                    f'"office":"{code}"' in r
                    for t in rows_of(hq, code).values()
                    for r in t.values()
                )
        finally:
            twin.close()
    finally:
        for db in offices.values():
            db.close()
        hq.close()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=5, max_size=30), seed=st.integers(0, 2**16))
def test_every_edit_reaches_hq_whatever_happens_to_the_packages(
    steps: list[tuple], seed: int
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _run(steps, seed, Path(folder))
