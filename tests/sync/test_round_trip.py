"""HQ and two offices exchange packages and receipts, through the API and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from infospot_app.cli import main
from infospot_app.core.services.companies import companies
from infospot_app.core.services.people import people
from infospot_app.core.storage import OpenDatabase
from infospot_app.sync.errors import AlreadyImported
from infospot_app.sync.export import export_package, unconfirmed_changes
from infospot_app.sync.importer import import_package
from infospot_app.sync.receipts import import_receipt, write_receipt

from ..conftest import make_vkn
from .network import digest, rows_of, staff


def add_company(db: OpenDatabase, code: str, n: int) -> str:
    with db.transaction() as session:
        company = companies.create(
            session,
            staff(code),
            {"legal_name": f"Firma {n}", "tax_id": make_vkn(n), "employees": 4},
        )
        people.create(session, staff(code), {"full_name": f"Kişi {n}", "company_id": company.id})
    return company.id


def test_packages_and_receipts_bring_hq_to_the_offices_state(
    hq: OpenDatabase, tr19: OpenDatabase, tr27: OpenDatabase, tmp_path: Path
) -> None:
    first = add_company(tr19, "TR19", 1)
    add_company(tr27, "TR27", 2)
    for office in (tr19, tr27):
        summary = import_package(hq, export_package(office, tmp_path / "out").path)
        assert summary.tables["companies"].new == 1
        assert summary.pinned_fingerprint is not None
    with tr19.transaction() as session:
        companies.update(session, staff("TR19"), first, {"employees": 40})
    with tr19.session() as session:
        assert unconfirmed_changes(session) == 2  # exported, not yet acknowledged
    import_receipt(tr19, write_receipt(hq, "TR19", tmp_path / "r1.isrcpt"))
    with tr19.session() as session:
        assert unconfirmed_changes(session) == 1  # only the edit made after the package
    second = export_package(tr19, tmp_path / "out")
    assert second.rows == 1
    summary = import_package(hq, second.path)
    assert summary.tables["companies"].updated == 1
    for code, office in (("TR19", tr19), ("TR27", tr27)):
        assert rows_of(hq, code) == rows_of(office, code)


def test_reimport_changes_nothing_and_says_when(
    hq: OpenDatabase, tr19: OpenDatabase, tmp_path: Path
) -> None:
    add_company(tr19, "TR19", 3)
    package = export_package(tr19, tmp_path / "out").path
    import_package(hq, package)
    before = digest(hq)
    with pytest.raises(AlreadyImported) as refused:
        import_package(hq, package)
    assert "was already imported on" in refused.value.message_en
    assert digest(hq) == before


def test_dry_run_reports_the_real_summary_and_changes_nothing(
    hq: OpenDatabase, tr19: OpenDatabase, tmp_path: Path
) -> None:
    add_company(tr19, "TR19", 4)
    package = export_package(tr19, tmp_path / "out").path
    before = digest(hq)
    dry = import_package(hq, package, dry_run=True)
    assert digest(hq) == before
    real = import_package(hq, package)
    assert dry.status == "dry run"
    assert dry.tables == real.tables


def test_lost_package_is_named_and_covered_by_the_next(
    hq: OpenDatabase, tr19: OpenDatabase, tmp_path: Path
) -> None:
    add_company(tr19, "TR19", 5)
    import_package(hq, export_package(tr19, tmp_path / "out").path)
    import_receipt(tr19, write_receipt(hq, "TR19", tmp_path / "r.isrcpt"))
    add_company(tr19, "TR19", 6)
    export_package(tr19, tmp_path / "lost")  # never arrives
    add_company(tr19, "TR19", 7)
    summary = import_package(hq, export_package(tr19, tmp_path / "out").path)
    assert summary.missing_sequences == [2]
    assert rows_of(hq, "TR19") == rows_of(tr19, "TR19")


def test_cli_round_trip_between_hq_and_two_offices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hq, out = str(tmp_path / "hq.db"), tmp_path / "out"
    assert main(["init", "--central", "--db", hq]) == 0
    for code in ("TR19", "TR27"):
        setup = str(tmp_path / f"{code}.setup")
        office = str(tmp_path / f"{code}.db")
        assert main(["office-setup", code, "--out", setup, "--db", hq]) == 0
        assert main(["init", "--setup-file", setup, "--db", office]) == 0
        capsys.readouterr()
        assert main(["export", "--db", office, "--out", str(out), "--json"]) == 0
        package = json.loads(capsys.readouterr().out)["path"]
        assert Path(package).name.startswith(f"{code}_1_")
        assert main(["import", package, "--db", hq, "--json"]) == 0
        assert json.loads(capsys.readouterr().out)[0]["status"] == "imported"
        receipt = str(tmp_path / f"{code}.isrcpt")
        assert main(["receipt", code, "--out", receipt, "--db", hq]) == 0
        capsys.readouterr()
        assert main(["import-receipt", receipt, "--db", office, "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["unconfirmed_changes"] == 0
    assert main(["import", package, "--db", hq]) == 0
    assert "already imported" in capsys.readouterr().out
