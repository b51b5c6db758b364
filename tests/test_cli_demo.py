"""``infospot demo``: fills a set-up database, survives a backup/restore round trip, refuses bare ones."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from infospot_app.cli import main
from infospot_app.cli.context import command_actor
from infospot_app.core.models import Company, Person
from infospot_app.core.services.companies import companies
from infospot_app.core.storage import open_database


def run(*args: str) -> int:
    return main(list(args))


def count(path: Path, model: type) -> int:
    with open_database(path) as db, db.session() as session:
        return session.scalar(
            select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        )


def test_demo_then_backup_and_restore_round_trip(tmp_path: Path, capsys) -> None:
    db = tmp_path / "x.db"
    assert run("--db", str(db), "init", "--office", "TR19") == 0
    capsys.readouterr()
    assert run("--db", str(db), "demo", "--companies", "1000", "--seed", "5", "--json") == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["offices"] == ["TR19"] and summary["counts"]["companies"] == 1000
    assert summary["counts"]["people"] == count(db, Person) > 0
    assert run("--db", str(db), "backup", "--json") == 0
    backup = Path(json.loads(capsys.readouterr().out)["backup"])

    with open_database(db) as opened:
        actor = command_actor(opened)
        with opened.transaction() as session:
            first = session.scalars(select(Company).order_by(Company.sort_key).limit(3)).all()
            for company in first:
                companies.delete(session, actor, company.id)
    assert count(db, Company) == 997

    assert run("--db", str(db), "restore", str(backup)) == 0
    assert count(db, Company) == 1000
    assert count(db, Person) == summary["counts"]["people"]


def test_demo_prints_a_table_and_refuses_a_bare_database(tmp_path: Path, capsys) -> None:
    db = tmp_path / "y.db"
    assert run("--db", str(db), "demo") == 2
    assert "infospot:" in capsys.readouterr().err
    open_database(db).close()  # exists, but never set up for an office
    assert run("--db", str(db), "--lang", "en", "demo") == 2
    assert "not set up" in capsys.readouterr().err
    assert run("--db", str(db), "init", "--central") == 0
    assert run("--db", str(db), "demo", "--companies", "25") == 0
    out = capsys.readouterr().out
    assert "TR19, TR27, TR46, TR55, TR61" in out
    assert "companies" in out and "25" in out
