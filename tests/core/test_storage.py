"""Opening databases: creation, lock, too-new schemas, failed upgrades, backups."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from infospot_app.core import backup
from infospot_app.core.errors import DatabaseError, DatabaseInUse, MigrationFailed, SchemaTooNew
from infospot_app.core.migrate import head_revision
from infospot_app.core.paths import migrations_path
from infospot_app.core.storage import open_database


def revision_of(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_new_database_is_created_at_head_with_sqlite_settings(db_path: Path) -> None:
    with open_database(db_path) as db, db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0
    assert revision_of(db_path) == head_revision()


def test_second_open_for_writing_is_refused_naming_the_process(db_path: Path) -> None:
    import os

    with open_database(db_path), pytest.raises(DatabaseInUse) as refused:
        open_database(db_path)
    assert str(os.getpid()) in str(refused.value)
    assert "process" in refused.value.message("en")


def test_lock_is_released_on_close(db_path: Path) -> None:
    open_database(db_path).close()
    open_database(db_path).close()


def test_database_newer_than_the_application_is_refused_and_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dcafe9999'")
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNew) as refused:
        open_database(db_path)
    assert "newer InfoSpot" in refused.value.message("en")
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_and_kept(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_text("my thesis, not a database")
    with pytest.raises(DatabaseError):
        open_database(db_path)
    assert db_path.read_text() == "my thesis, not a database"


BROKEN_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "0002broken"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("x", sa.Integer))
    op.execute("UPDATE settings SET value = 'CHANGED'")
    with op.batch_alter_table("companies") as batch:
        batch.add_column(sa.Column("extra", sa.Integer))
    raise RuntimeError("disk on fire")


def downgrade():
    pass
"""


def test_failed_upgrade_leaves_the_original_and_a_backup(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_database(db_path) as db, db.transaction() as session:
        from infospot_app.core.services import setup

        setup.initialize(session, "TR19")
    before = revision_of(db_path)
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations_path(), scripts)
    (scripts / "versions" / "0002_broken.py").write_text(BROKEN_REVISION.format(head=before))
    monkeypatch.setattr("infospot_app.core.migrate.migrations_path", lambda: scripts)

    with pytest.raises(MigrationFailed) as failed:
        open_database(db_path)

    assert "unchanged" in failed.value.message("en")
    assert revision_of(db_path) == before
    with sqlite3.connect(db_path) as connection:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        columns = {r[1] for r in connection.execute("PRAGMA table_info(companies)")}
        office = connection.execute("SELECT value FROM settings WHERE key='office_code'")
        assert office.fetchone()[0] == '"TR19"'
    assert "half_done" not in tables and "extra" not in columns
    made = backup.list_backups(db_path)
    assert len(made) == 1 and "premigration" in made[0].name


def test_first_open_of_the_day_makes_one_daily_backup(db_path: Path) -> None:
    open_database(db_path).close()
    assert backup.list_backups(db_path) == []  # a brand-new file needs no backup
    open_database(db_path).close()
    open_database(db_path).close()
    made = backup.list_backups(db_path)
    assert len(made) == 1 and made[0].name.endswith("-daily.db")


def test_backups_keep_only_the_newest(db_path: Path) -> None:
    open_database(db_path).close()
    for _ in range(4):
        backup.make_backup(db_path, "manual", keep=3)
    assert len(backup.list_backups(db_path)) == 3


def test_read_only_open_needs_an_existing_file(db_path: Path) -> None:
    with pytest.raises(DatabaseError):
        open_database(db_path, read_only=True)


def test_daily_backups_follow_the_keep_setting(db_path: Path) -> None:
    from infospot_app.core.services import settings

    with open_database(db_path) as db, db.transaction() as session:
        settings.set_setting(session, settings.BACKUP_KEEP, 2)
    for n in range(3):
        made = backup.make_backup(db_path, "manual", keep=100)
        made.rename(made.with_name(made.name.replace(made.name.split("-")[1], f"2000010{n + 1}")))
    assert len(backup.list_backups(db_path)) == 3
    open_database(db_path).close()  # first open today: a daily backup, pruned to the setting
    names = [p.name for p in backup.list_backups(db_path)]
    assert len(names) == 2 and names[-1].endswith("-daily.db")
