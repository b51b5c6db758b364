"""``certificates``, ``signin-sheet``, ``attendance-list`` and ``verify``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.certificate_code import InvalidCode
from ..core.errors import InfoSpotError
from ..core.services import certificates as certs
from ..core.services.attendance_grid import attendance_grid, session_roster
from ..core.services.certificate_print import printable
from ..reports.attendance_xlsx import write_attendance_xlsx
from ..reports.certificate_keys import database_signer, public_key_lookup
from ..reports.certificate_pdf import artwork_from_settings, write_certificates, write_separate
from ..reports.certificate_wording import day_text, hours_text, span_text, wording
from ..reports.signin_sheet import write_signin_sheet
from .context import command_actor, emit, open_for


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    cmd = commands.add_parser(
        "certificates",
        parents=[common],
        help="issue missing certificates of a training and print them to PDF "
        "(--lang picks the template)",
    )
    cmd.add_argument("training_id", metavar="TRAINING_ID")
    cmd.add_argument("--out", metavar="FILE.pdf", type=Path, help="one PDF for the training")
    cmd.add_argument("--separate", metavar="DIR", type=Path, help="one PDF per person in DIR")
    cmd.add_argument("--json", action="store_true")
    cmd.set_defaults(run=run_certificates)

    sheet = commands.add_parser("signin-sheet", parents=[common], help="a session's sign-in sheet")
    sheet.add_argument("session_id", metavar="SESSION_ID")
    sheet.add_argument("--out", metavar="FILE.pdf", type=Path, required=True)
    sheet.add_argument("--walk-ins", type=int, default=6, help="blank rows (default 6)")
    sheet.set_defaults(run=run_signin_sheet)

    listing = commands.add_parser(
        "attendance-list", parents=[common], help="a training's attendance list (.xlsx)"
    )
    listing.add_argument("training_id", metavar="TRAINING_ID")
    listing.add_argument("--out", metavar="FILE.xlsx", type=Path, required=True)
    listing.set_defaults(run=run_attendance_list)

    verify = commands.add_parser(
        "verify", parents=[common], help="check a certificate's verification code (offline)"
    )
    verify.add_argument("code", metavar="CODE", help="the code under the QR code, in quotes")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(run=run_verify)


def run_certificates(args: argparse.Namespace) -> int:
    if args.out is None and args.separate is None:
        raise InfoSpotError(
            "Belgelerin yazılacağı yeri verin: --out DOSYA.pdf ya da --separate KLASÖR.",
            "Say where to write the certificates: --out FILE.pdf or --separate DIR.",
        )
    language = getattr(args, "lang", None)
    with open_for(args) as db:
        actor = command_actor(db)
        with db.transaction() as session:
            result = certs.issue(
                session,
                actor,
                args.training_id,
                database_signer(session),
                language=language or "tr",
            )
        with db.session() as session:
            sheets = printable(session, certs.of_training(session, args.training_id))
            artwork = artwork_from_settings(session)
    if not sheets:
        raise InfoSpotError(
            "Bu eğitimde belge alabilecek katılımcı yok. Yoklamayı ve asgari katılım oranını "
            "kontrol edin.",
            "No participant of this training is eligible for a certificate. Check the "
            "attendance and the minimum attendance.",
        )
    written = []
    if args.out is not None:
        written.append(write_certificates(args.out, sheets, artwork, language))
    if args.separate is not None:
        written += write_separate(args.separate, sheets, artwork, language)
    data = {
        "issued": [c.number for c in result.issued],
        "reissued": [c.number for c in result.reissued],
        "unchanged": [c.number for c in result.unchanged],
        "not_eligible": len(result.not_eligible),
        "files": [str(p) for p in written],
    }
    text = (
        f"{len(result.issued)} yeni belge / new, {len(result.reissued)} yeniden imzalandı / "
        f"re-signed, {len(result.unchanged)} aynı / unchanged, {len(result.not_eligible)} "
        f"katılımı yetersiz / not eligible\n" + "\n".join(str(p) for p in written)
    )
    emit(args, data, text)
    return 0


def run_signin_sheet(args: argparse.Namespace) -> int:
    with open_for(args) as db, db.session() as session:
        roster = session_roster(session, args.session_id)
    print(write_signin_sheet(args.out, roster, max(args.walk_ins, 0)))
    return 0


def run_attendance_list(args: argparse.Namespace) -> int:
    with open_for(args) as db, db.session() as session:
        grid = attendance_grid(session, args.training_id)
    write_attendance_xlsx(args.out, grid, getattr(args, "lang", "tr"))
    print(args.out)
    return 0


STATUS_TEXT = {
    "valid": ("GEÇERLİ", "VALID"),
    "revoked": ("İPTAL EDİLMİŞ", "REVOKED"),
    "invalid": (
        "GEÇERSİZ: imza tutmuyor; belgedeki bilgiler değiştirilmiş olabilir",
        "INVALID: the signature does not match; the certificate's facts may have been altered",
    ),
    "unknown_key": (
        "DOĞRULANAMADI: düzenleyen ofisin anahtarı bu veritabanında yok",
        "CANNOT VERIFY: this database does not know the issuing office's key",
    ),
}


def run_verify(args: argparse.Namespace) -> int:
    lang = getattr(args, "lang", "tr")
    with open_for(args) as db, db.session() as session:
        try:
            outcome = certs.verify(session, args.code, public_key_lookup(session))
        except InvalidCode as error:
            print(f"infospot: {error.message(lang)}", file=sys.stderr)
            return 1
    facts, words = outcome.facts, wording(lang)
    tr, en = STATUS_TEXT[outcome.status]
    lines = [
        tr if lang == "tr" else en,
        f"{words.number}: {facts.number}",
        f"{'Katılımcı' if lang == 'tr' else 'Participant'}: {facts.full_name}",
        f"{'Eğitim' if lang == 'tr' else 'Training'}: {facts.training_title}",
        f"{words.dates}: {span_text(facts.start_date, facts.end_date)}",
        f"{words.duration}: {hours_text(facts.total_hours, words)}",
        f"{words.issued}: {day_text(facts.issued_on)}",
    ]
    if outcome.status == "revoked":
        lines.append(f"{'İptal nedeni' if lang == 'tr' else 'Reason'}: {outcome.revoked_reason}")
    if outcome.superseded:
        lines.append(
            "Bu belgenin düzeltilmiş daha yeni bir baskısı var."
            if lang == "tr"
            else "A corrected, newer print of this certificate exists."
        )
    data = {
        "status": outcome.status,
        "number": facts.number,
        "full_name": facts.full_name,
        "training_title": facts.training_title,
        "start_date": facts.start_date,
        "end_date": facts.end_date,
        "total_hours": str(facts.total_hours),
        "issued_on": facts.issued_on,
        "revoked_reason": outcome.revoked_reason,
        "superseded": outcome.superseded,
    }
    emit(args, data, "\n".join(lines))
    return 0 if outcome.valid else 1
