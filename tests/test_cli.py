"""The command line: set-up, users, backup and restore round trip, clear errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from infospot_app.cli import main
from infospot_app.core.services.companies import companies
from infospot_app.core.services.listing import ListQuery
from infospot_app.core.storage import open_database
from tests.conftest import make_vkn


def run(*args: str) -> int:
    return main(list(args))


def company_names(path: Path) -> list[str]:
    with open_database(path) as db, db.session() as session:
        return [c.legal_name for c in companies.list(session, ListQuery()).rows]


def add_company(path: Path, name: str, n: int) -> None:
    from infospot_app.cli.context import command_actor

    with open_database(path) as db:
        actor = command_actor(db)
        with db.transaction() as session:
            companies.create(session, actor, {"legal_name": name, "tax_id": make_vkn(n)})


def test_init_users_backup_and_restore_round_trip(tmp_path: Path, capsys, monkeypatch) -> None:
    db = tmp_path / "ofis.db"
    assert run("--db", str(db), "init", "--office", "TR19") == 0
    monkeypatch.setenv("PW", "gizli-parola")
    assert (
        run(
            "--db",
            str(db),
            "users",
            "add",
            "ayse",
            "--role",
            "admin",
            "--name",
            "Ayşe Yılmaz",
            "--password-env",
            "PW",
        )
        == 0
    )
    add_company(db, "Önce Var Olan A.Ş.", 1)
    capsys.readouterr()
    assert run("--db", str(db), "backup", "--json") == 0
    made = Path(json.loads(capsys.readouterr().out)["backup"])
    assert made.is_file()

    add_company(db, "Sonra Eklenen Ltd.", 2)
    assert company_names(db) == ["Önce Var Olan A.Ş.", "Sonra Eklenen Ltd."]
    assert run("--db", str(db), "restore", str(made)) == 0
    assert company_names(db) == ["Önce Var Olan A.Ş."]

    capsys.readouterr()
    assert run("--db", str(db), "users", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out)[0]["full_name"] == "Ayşe Yılmaz"


def test_errors_print_one_clear_line_and_exit_non_zero(tmp_path: Path, capsys) -> None:
    db = tmp_path / "ofis.db"
    assert run("--db", str(db), "init", "--office", "TR99") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "TR99" in err[0]
    assert run("--db", str(db), "--lang", "en", "restore", str(tmp_path / "missing.db")) == 2
    assert "Backup not found" in capsys.readouterr().err


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path: Path, capsys) -> None:
    db = tmp_path / "ofis.db"
    run("--db", str(db), "init", "--office", "TR19")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    assert run("--db", str(db), "restore", str(junk)) == 2
    assert company_names(db) == []


@pytest.mark.parametrize("entry", [["-m", "infospot_app"]])
def test_python_dash_m_runs_the_cli(entry: list[str], tmp_path: Path) -> None:
    env_db = tmp_path / "m.db"
    done = subprocess.run(
        [sys.executable, *entry, "--db", str(env_db), "init", "--central"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "HQ" in done.stdout
