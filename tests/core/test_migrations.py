"""Migrations: the models and the revisions agree, and every released schema upgrades to head."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from infospot_app.core import backup
from infospot_app.core.migrate import head_revision
from infospot_app.core.models import Base
from infospot_app.core.storage import open_database

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "schema").glob("*.db"))


def test_models_and_migrations_do_not_drift(db_path: Path) -> None:
    with open_database(db_path) as db, db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True}
        )
        assert compare_metadata(context, Base.metadata) == []


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_every_released_schema_upgrades_to_head_keeping_its_data(
    fixture: Path, tmp_path: Path
) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(fixture, path)
    with sqlite3.connect(path) as connection:
        before = connection.execute("SELECT id, legal_name, version FROM companies").fetchall()

    with open_database(path) as db, db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            head_revision()
        )
        after = connection.exec_driver_sql("SELECT id, legal_name, version FROM companies").all()
    assert sorted(after) == sorted(before)
    if fixture.stem != head_revision():
        assert any("premigration" in p.name for p in backup.list_backups(path))


def test_there_is_a_fixture_for_the_first_revision() -> None:
    assert any(f.stem == "0001" for f in FIXTURES)


def test_the_quick_head_read_from_the_files_is_alembics_head() -> None:
    from infospot_app.core.migrate import shipped_head

    assert shipped_head() == head_revision()
