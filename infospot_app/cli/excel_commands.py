"""Excel commands: ``export-list`` (any list), ``report`` (the Ministry's indicator workbook)
and ``import-companies`` (a chamber's member list)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from ..core.errors import InfoSpotError
from ..core.indicators import Scope
from ..core.member_import import (
    ColumnMapping,
    ImportPlan,
    apply_plan,
    apply_saved,
    load_mapping_file,
    plan_import,
    remember_mapping,
    remembered_mapping,
    save_mapping_file,
)
from ..core.services import settings
from ..core.services.listing import ListQuery
from ..imports.spreadsheet import read_sheet
from ..reports.import_errors import write_error_workbook
from ..reports.indicator_workbook import write_workbook
from ..reports.list_export import LISTS, export_list
from .context import command_actor, emit, open_for
from .indicator_commands import parse_date


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    cmd = commands.add_parser(
        "export-list", parents=[common], help="export a list to Excel (.xlsx)"
    )
    cmd.add_argument("kind", choices=sorted(LISTS), help="which list")
    cmd.add_argument("--xlsx", metavar="FILE", required=True, type=Path, help="file to write")
    cmd.add_argument("--search", metavar="TEXT", default="", help="search text, as typed")
    cmd.add_argument(
        "--filter",
        metavar="KEY=VALUE",
        action="append",
        default=[],
        help="a list filter, e.g. training_id=… or province=TR-19 (repeatable)",
    )
    cmd.add_argument("--sort", metavar="COLUMN", help="sort column (default: the list's own)")
    cmd.add_argument("--descending", action="store_true")
    cmd.add_argument("--json", action="store_true")
    cmd.set_defaults(run=run_export_list)

    report = commands.add_parser(
        "report", parents=[common], help="the Ministry's indicator workbook (.xlsx)"
    )
    report.add_argument("--xlsx", metavar="FILE", required=True, type=Path, help="file to write")
    report.add_argument("--office", metavar="CODE", help="one office (default: this database's)")
    report.add_argument("--from", dest="start", metavar="DATE", type=parse_date, help="first day")
    report.add_argument("--to", dest="end", metavar="DATE", type=parse_date, help="last day")
    report.add_argument("--json", action="store_true")
    report.set_defaults(run=run_report)

    imp = commands.add_parser(
        "import-companies", parents=[common], help="import a chamber's member list (.xlsx)"
    )
    imp.add_argument("file", type=Path, help="the member list (.xlsx)")
    imp.add_argument("--sheet", metavar="NAME", help="sheet to read (default: the first)")
    imp.add_argument("--mapping", metavar="FILE", type=Path, help="saved column mapping (JSON)")
    imp.add_argument("--save-mapping", metavar="FILE", type=Path, help="save the mapping used")
    imp.add_argument("--dry-run", action="store_true", help="check only; change nothing")
    imp.add_argument(
        "--on-duplicate",
        choices=("update", "skip"),
        default="skip",
        help="a company already registered with the same tax id: update it or leave it",
    )
    imp.add_argument("--errors", metavar="FILE", type=Path, help="write refused rows to .xlsx")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(run=run_import_companies)


def _filters(items: list[str]) -> dict[str, object]:
    filters: dict[str, object] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InfoSpotError(
                f"Süzgeç anlaşılmadı: “{item}”. ANAHTAR=DEĞER biçiminde yazın.",
                f"Filter not understood: “{item}”. Write it as KEY=VALUE.",
            )
        text = value.strip()
        if key.strip() in ("date_from", "date_to"):
            filters[key.strip()] = parse_date(text)
        else:
            filters[key.strip()] = {"true": True, "false": False}.get(text.lower(), text)
    return filters


def run_export_list(args: argparse.Namespace) -> int:
    lang = getattr(args, "lang", "tr")
    query = ListQuery(
        search=args.search,
        filters=_filters(args.filter),
        sort=args.sort,
        descending=args.descending,
        limit=None,
    )

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    with open_for(args) as db, db.session() as session:
        count = export_list(session, args.kind, query, args.xlsx, lang=lang, progress=progress)
    text = (
        f"{count} rows written to {args.xlsx}"
        if lang == "en"
        else f"{count} satır yazıldı: {args.xlsx}"
    )
    emit(args, {"kind": args.kind, "rows": count, "file": str(args.xlsx)}, text)
    return 0


def report_scope(
    session: Session, office: str | None, start: date | None, end: date | None
) -> Scope:
    """The workbook's scope, chosen as ``infospot indicators`` chooses it: the central office
    reports nationally (with every office) unless an office is named; an office reports on
    itself."""
    own = settings.office_code(session)
    central = settings.is_central(session)
    chosen = office or (None if central else own)
    return Scope(start, end, chosen.upper() if chosen else None)


def run_report(args: argparse.Namespace) -> int:
    lang = getattr(args, "lang", "tr")
    with open_for(args) as db, db.session() as session:
        scope = report_scope(session, args.office, args.start, args.end)
        figures = write_workbook(session, scope, args.xlsx, lang=lang)
    data = {"file": str(args.xlsx), **figures.total.as_dict()}
    text = (
        f"{scope.label()}: workbook written to {args.xlsx}"
        if lang == "en"
        else f"{scope.label()}: çalışma kitabı yazıldı: {args.xlsx}"
    )
    emit(args, data, text)
    return 0


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)


def _mapping(session: Session, rows: list, given: Path | None) -> ColumnMapping:
    saved = load_mapping_file(given) if given else remembered_mapping(session)
    return apply_saved(rows, saved)


def run_import_companies(args: argparse.Namespace) -> int:
    lang = getattr(args, "lang", "tr")
    table = read_sheet(args.file, args.sheet, _progress)
    result = None
    with open_for(args) as db:
        actor = command_actor(db)
        if args.dry_run:
            with db.session() as session:
                mapping = _mapping(session, table.rows, args.mapping)
                plan = plan_import(
                    session, actor, table.rows, mapping, args.on_duplicate, _progress
                )
        else:
            with db.transaction() as session:
                mapping = _mapping(session, table.rows, args.mapping)
                plan = plan_import(
                    session, actor, table.rows, mapping, args.on_duplicate, _progress
                )
                result = apply_plan(session, actor, plan, _progress)
                remember_mapping(session, mapping, plan.headers)
    if args.errors:
        write_error_workbook(plan, args.errors, lang)
    if args.save_mapping:
        save_mapping_file(args.save_mapping, mapping, plan.headers)
    data = {
        "file": str(args.file),
        "sheet": table.sheet,
        "dry_run": args.dry_run,
        "header_line": mapping.header_row + 1,
        "mapping": mapping.by_header(plan.headers),
        **plan.summary(lang),
    }
    if result is not None:
        data["contacts_added"] = result.contacts_added
    emit(args, data, _import_text(plan, data, lang))
    return 0


def _import_text(plan: ImportPlan, data: dict, lang: str) -> str:
    names = {
        "new": ("yeni", "new"),
        "update": ("güncellenecek", "to update"),
        "unchanged": ("değişmeyen", "unchanged"),
        "skipped": ("atlanan", "skipped"),
        "rejected": ("hatalı", "invalid"),
        "duplicate": ("dosyada tekrar", "repeated in file"),
    }
    en = lang == "en"
    counts = " · ".join(f"{names[k][en]} {n}" for k, n in plan.counts().items())
    head = ("Dry run — nothing changed. " if en else "Deneme — hiçbir şey değişmedi. ") * bool(
        data["dry_run"]
    )
    lines = [f"{head}{'Rows' if en else 'Satır'} {data['rows']}: {counts}"]
    for problem in data["problems"]:
        reasons = " / ".join(problem["reasons"])
        lines.append(f"  {'line' if en else 'satır'} {problem['line']}: {reasons}")
    return "\n".join(lines)
