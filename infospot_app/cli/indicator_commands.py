"""``indicators``: the project's indicators for a period and an office (or national)."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from ..core.errors import InfoSpotError
from ..core.indicators import Scope, by_office, compute
from ..core.services import settings
from .context import emit, open_for

LABELS = {
    "smes_reached": "Ulaşılan KOBİ / SMEs reached",
    "smes_in_clusters": "Kümelerdeki KOBİ / SMEs in clusters",
    "clusters": "Küme / Clusters",
    "clusters_benchmarked": "Kıyaslanan küme / Clusters benchmarked",
    "productivity_change_median": "Verimlilik değişimi % / Productivity change %",
    "trainings_held": "Yapılan eğitim / Trainings held",
    "participants": "Katılımcı / Participants",
    "women_participants": "Kadın katılımcı / Women participants",
    "participant_hours": "Katılımcı-saat / Participant-hours",
    "certificates_issued": "Verilen belge / Certificates issued",
    "visits": "Ziyaret / Visits",
    "follow_up_actions_overdue": "Geciken eylem / Overdue actions",
    "grant_applications": "Hibe başvurusu / Grant applications",
    "grant_amount_requested": "İstenen tutar TL / Requested TRY",
    "grant_amount_granted": "Verilen tutar TL / Granted TRY",
}


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    cmd = commands.add_parser("indicators", parents=[common], help="the project's indicators")
    cmd.add_argument("--office", metavar="CODE", help="one office (default: this database's)")
    cmd.add_argument("--national", action="store_true", help="all offices (central office)")
    cmd.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        type=parse_date,
        help="first day, dd.mm.yyyy or yyyy-mm-dd",
    )
    cmd.add_argument("--to", dest="end", metavar="DATE", type=parse_date, help="last day")
    cmd.add_argument("--json", action="store_true")
    cmd.set_defaults(run=run_indicators)


def parse_date(text: str) -> date:
    """A date typed the Turkish way (dd.mm.yyyy) or as ISO (yyyy-mm-dd)."""
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"tarih anlaşılmadı / not a date: {text} (dd.mm.yyyy)")


def run_indicators(args: argparse.Namespace) -> int:
    with open_for(args) as db, db.session() as session:
        own = settings.office_code(session)
        central = settings.is_central(session)
        office = None if args.national or (central and not args.office) else (args.office or own)
        if office is None and not central:
            raise InfoSpotError(
                "Ulusal göstergeler yalnızca merkez veritabanında hesaplanır.",
                "National indicators are computed in the central database only.",
            )
        scope = Scope(args.start, args.end, office.upper() if office else None)
        figures = compute(session, scope)
        offices = by_office(session, scope) if office is None else {}
    data = figures.as_dict()
    if offices:
        data["offices"] = {code: f.as_dict() for code, f in offices.items()}
    lines = [scope.label()]
    for key, label in LABELS.items():
        target = data["targets"].get(key.replace("_median", "_pct"))
        lines.append(
            f"{label:52} {data[key] if data[key] is not None else '-':>14}"
            + (f"   hedef/target {target}" if target else "")
        )
    emit(args, data, "\n".join(lines))
    return 0
