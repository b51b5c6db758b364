"""``export``, ``import``, ``receipt``, ``import-receipt``, ``office-setup`` and ``keys``."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.services import settings
from ..sync import export, importer, keys, office_setup, receipts
from ..sync.errors import AlreadyImported, SyncRefused
from ..sync.summary import OUTCOMES, ImportSummary
from .context import emit, open_for


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    made = commands.add_parser("export", parents=[common], help="write a sync package (office)")
    made.add_argument("--full", action="store_true", help="every row, not only unconfirmed ones")
    made.add_argument("--out", metavar="DIR", default=".", help="folder for the package")
    made.add_argument("--json", action="store_true")
    made.set_defaults(run=run_export)

    take = commands.add_parser("import", parents=[common], help="import sync packages (HQ)")
    take.add_argument("files", metavar="FILE", nargs="+")
    take.add_argument(
        "--dry-run", action="store_true", help="show what would change, change nothing"
    )
    take.add_argument("--json", action="store_true")
    take.set_defaults(run=run_import)

    receipt = commands.add_parser(
        "receipt", parents=[common], help="write a receipt for an office (HQ)"
    )
    receipt.add_argument("office", metavar="CODE")
    receipt.add_argument("--out", metavar="FILE", required=True)
    receipt.add_argument("--json", action="store_true")
    receipt.set_defaults(run=run_receipt)

    back = commands.add_parser(
        "import-receipt", parents=[common], help="import HQ's receipt (office)"
    )
    back.add_argument("file", metavar="FILE")
    back.add_argument("--json", action="store_true")
    back.set_defaults(run=run_import_receipt)

    office = commands.add_parser(
        "office-setup", parents=[common], help="write an office's setup file (HQ)"
    )
    office.add_argument("office", metavar="CODE")
    office.add_argument("--out", metavar="FILE", required=True)
    office.add_argument("--json", action="store_true")
    office.set_defaults(run=run_office_setup)

    shown = commands.add_parser(
        "keys", parents=[common], help="show key fingerprints, for checking by phone"
    )
    shown.add_argument("--json", action="store_true")
    shown.set_defaults(run=run_keys)


def run_init_with_keys(args: argparse.Namespace) -> int:
    """``init --central`` or ``init --setup-file FILE`` (called by the init command)."""
    with open_for(args, create=True) as db, db.transaction() as session:
        if args.central:
            prints = office_setup.init_central(session)
        else:
            prints = office_setup.init_from_setup_file(session, Path(args.setup_file))
    data = {"database": str(db.path), **prints.__dict__}
    text = (
        f"{db.path}: {prints.office} için kuruldu / set up for {prints.office}\n"
        f"imza anahtarı / signing key: {prints.signing}\n"
        f"şifreleme anahtarı / encryption key: {prints.encryption}\n"
        f"merkez imza anahtarı / HQ signing key: {prints.hq_signing} "
        "(telefonla doğrulayın / check it by phone)"
    )
    emit(args, data, text)
    return 0


def run_export(args: argparse.Namespace) -> int:
    with open_for(args) as db:
        result = export.export_package(db, Path(args.out), full=args.full)
    emit(args, {**result.__dict__, "path": str(result.path)}, str(result.path))
    return 0


def _table_text(summary: ImportSummary, lang: str) -> list[str]:
    lines = [f"{'table':24} " + " ".join(f"{o:>11}" for o in OUTCOMES)]
    for table, counts in summary.tables.items():
        lines.append(f"{table:24} " + " ".join(f"{getattr(counts, o):>11}" for o in OUTCOMES))
    return lines


def run_import(args: argparse.Namespace) -> int:
    lang = getattr(args, "lang", "tr")
    results: list[ImportSummary] = []
    failed = False
    with open_for(args) as db:
        for name in args.files:
            try:
                summary = importer.import_package(db, Path(name), dry_run=args.dry_run)
            except SyncRefused as error:
                again = (
                    isinstance(error, AlreadyImported)
                    and "already imported on" in str(error.message_en)
                    and "different content" not in error.message_en
                )
                failed = failed or not again
                summary = ImportSummary(
                    file=name, status="already imported" if again else "refused"
                )
                summary.message_tr, summary.message_en = error.message_tr, error.message_en
            results.append(summary)
    if getattr(args, "json", False):
        emit(args, [s.to_json() for s in results], "")
        return 1 if failed else 0
    for s in results:
        print(f"{s.file}: {s.status} {s.office} {s.sequence or ''}".rstrip())
        if s.status in ("refused", "already imported"):
            print(f"  {s.message(lang)}")
            continue
        for line in _table_text(s, lang):
            print(f"  {line}")
        if s.missing_sequences:
            print(
                f"  eksik paketler / missing packages: {', '.join(map(str, s.missing_sequences))}"
            )
        if s.pinned_fingerprint:
            print(
                f"  yeni anahtar kaydedildi / key pinned: {s.pinned_fingerprint} (telefonla doğrulayın / check by phone)"
            )
        for reason in s.reasons[:50]:
            print(f"  karantina / quarantine: {reason}")
    return 1 if failed else 0


def run_receipt(args: argparse.Namespace) -> int:
    with open_for(args) as db:
        path = receipts.write_receipt(db, args.office, Path(args.out))
    emit(args, {"receipt": str(path)}, str(path))
    return 0


def run_import_receipt(args: argparse.Namespace) -> int:
    with open_for(args) as db:
        summary = receipts.import_receipt(db, Path(args.file))
        with db.session() as session:
            acked = settings.get_setting(session, export.ACKED_REV, 0)
            waiting = export.unconfirmed_changes(session)
    data = {**summary.to_json(), "acknowledged_rev": acked, "unconfirmed_changes": waiting}
    emit(
        args,
        data,
        f"makbuz alındı / receipt imported; onaylanmamış değişiklik / unconfirmed changes: {waiting}",
    )
    return 0


def run_office_setup(args: argparse.Namespace) -> int:
    with open_for(args) as db, db.session() as session:
        path = office_setup.write_setup_file(session, args.office, Path(args.out))
    emit(args, {"setup_file": str(path)}, str(path))
    return 0


def run_keys(args: argparse.Namespace) -> int:
    with open_for(args) as db, db.session() as session:
        pair = keys.load_keys(session)
    data = {"signing": pair.signing_fingerprint, "encryption": pair.encryption_fingerprint}
    emit(
        args,
        data,
        f"imza / signing: {data['signing']}\nşifreleme / encryption: {data['encryption']}",
    )
    return 0
