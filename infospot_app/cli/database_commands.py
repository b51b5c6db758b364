"""``init``, ``backup`` and ``restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core import backup
from ..core.errors import InfoSpotError
from ..core.services import settings, setup
from .context import database_path, emit, open_for


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    init = commands.add_parser("init", parents=[common], help="create and set up a database")
    which = init.add_mutually_exclusive_group(required=True)
    which.add_argument("--office", metavar="CODE", help="office code, e.g. TR19")
    which.add_argument("--central", action="store_true", help="the central office (HQ), with keys")
    which.add_argument(
        "--setup-file", metavar="FILE", help="an office, from the setup file HQ made for it"
    )
    init.add_argument("--json", action="store_true")
    init.set_defaults(run=run_init)

    make = commands.add_parser("backup", parents=[common], help="write a consistent copy")
    make.add_argument("--out", metavar="FILE", help="where to write it (default: backups folder)")
    make.add_argument("--json", action="store_true")
    make.set_defaults(run=run_backup)

    restore = commands.add_parser(
        "restore", parents=[common], help="replace the database by a backup (a safety copy is kept)"
    )
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(run=run_restore)

    listing = commands.add_parser("backups", parents=[common], help="list the backups")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_backups)


def run_init(args: argparse.Namespace) -> int:
    if args.central or args.setup_file:
        from .sync_commands import run_init_with_keys

        return run_init_with_keys(args)
    code = args.office
    with open_for(args, create=True) as db, db.transaction() as session:
        setup.initialize(session, code)
    emit(
        args,
        {"database": str(db.path), "office": code.upper()},
        f"{db.path}: {code.upper()} için kuruldu / set up for {code.upper()}",
    )
    return 0


def run_backup(args: argparse.Namespace) -> int:
    with open_for(args) as db:
        with db.session() as session:
            keep = settings.get_setting(session, settings.BACKUP_KEEP, backup.DEFAULT_KEEP)
        if args.out:
            made = backup.copy_database(db.path, Path(args.out))
        else:
            made = backup.make_backup(db.path, "manual", keep=keep)
    emit(args, {"backup": str(made)}, str(made))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    source = Path(args.file)
    if not source.is_file():
        raise InfoSpotError(f"Yedek dosyası bulunamadı: {source}", f"Backup not found: {source}")
    target = database_path(args)
    # Holding the lock proves no other InfoSpot has the database open while it is replaced.
    with open_for(args, create=False) as db:
        db.engine.dispose()
        safety = backup.restore_backup(source, target)
    emit(
        args,
        {"restored": str(target), "safety_copy": str(safety)},
        f"{target} geri yüklendi / restored; önceki hali / previous state: {safety}",
    )
    return 0


def run_backups(args: argparse.Namespace) -> int:
    found = backup.list_backups(database_path(args))
    emit(args, [str(p) for p in found], "\n".join(str(p) for p in found) or "-")
    return 0
