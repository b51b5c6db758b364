"""``mail-settings``, ``send``, ``outbox`` and ``eml``: sending packages by e-mail."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import asdict, replace
from pathlib import Path

from ..sync import mail, mail_password
from ..sync.outbox import Outbox, RetryReport, mail_settings_of, outbox_dir, retry_outbox
from .context import emit, open_for


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    conf = commands.add_parser(
        "mail-settings", parents=[common], help="show or change the SMTP settings (office)"
    )
    conf.add_argument("--server")
    conf.add_argument("--port", type=int)
    conf.add_argument("--security", choices=mail.SECURITY)
    conf.add_argument("--user")
    conf.add_argument("--sender", metavar="ADDRESS")
    conf.add_argument("--to", metavar="ADDRESS", help="the central office's address")
    conf.add_argument(
        "--password-stdin", action="store_true", help="read the password and keep it in the keyring"
    )
    conf.add_argument("--json", action="store_true")
    conf.set_defaults(run=run_mail_settings)

    send = commands.add_parser(
        "send", parents=[common], help="e-mail a package to HQ (through the outbox)"
    )
    send.add_argument("file", metavar="FILE")
    _password_options(send)
    send.set_defaults(run=run_send)

    box = commands.add_parser("outbox", parents=[common], help="packages waiting to be e-mailed")
    box.add_argument("--retry", action="store_true", help="try to send what is waiting")
    _password_options(box)
    box.set_defaults(run=run_outbox)

    draft = commands.add_parser(
        "eml", parents=[common], help="write an e-mail draft (.eml) with the package attached"
    )
    draft.add_argument("file", metavar="FILE")
    draft.add_argument("--out", metavar="X.eml", required=True)
    draft.add_argument("--json", action="store_true")
    draft.set_defaults(run=run_eml)


def _password_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin", action="store_true", help="read the SMTP password from stdin"
    )
    parser.add_argument("--json", action="store_true")


def run_mail_settings(args: argparse.Namespace) -> int:
    with open_for(args) as db, db.transaction() as session:
        value = mail.load_mail_settings(session)
        changes = {
            "server": args.server,
            "port": args.port,
            "security": args.security,
            "user": args.user,
            "sender": args.sender,
            "central_address": args.to,
        }
        given = {k: v for k, v in changes.items() if v is not None}
        if args.security and args.port is None:
            given["port"] = mail.DEFAULT_PORTS[args.security]
        if given:
            value = replace(value, **given)
            mail.save_mail_settings(session, value)
    if args.password_stdin:
        mail_password.save_password(value.user, value.server, sys.stdin.readline().rstrip("\n"))
    data = {**asdict(value), "password_store": mail_password.store_usable()}
    text = "\n".join(f"{k}: {v}" for k, v in data.items())
    emit(args, data, text)
    return 0


def _password(args: argparse.Namespace, value: mail.MailSettings) -> str | None:
    """The password from stdin, the keyring, or typed at the terminal; None if not needed."""
    if not value.user:
        return None
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    kept = mail_password.saved_password(value.user, value.server)
    if kept is not None:
        return kept
    if not mail_password.store_usable():
        lang = getattr(args, "lang", "tr")
        print(f"infospot: {mail_password.store_unavailable().message(lang)}", file=sys.stderr)
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"{value.user}@{value.server} parola / password: ")


def _report(args: argparse.Namespace, report: RetryReport) -> int:
    lang = getattr(args, "lang", "tr")
    error = report.error
    data = {
        "sent": [asdict(e) for e in report.sent],
        "waiting": [asdict(e) for e in report.waiting],
        "error": error.message(lang) if error else None,
        "needs_password": report.needs_password,
    }
    lines = [f"gönderildi / sent: {e.file}" for e in report.sent]
    lines += [f"bekliyor / waiting: {e.file}" for e in report.waiting]
    if report.needs_password:
        lines.append(
            "parola gerekli: --password-stdin ile verin / a password is needed: give it with "
            "--password-stdin"
        )
    if error:
        lines.append(error.message(lang))
    emit(args, data, "\n".join(lines))
    return 1 if report.waiting else 0


def run_send(args: argparse.Namespace) -> int:
    with open_for(args) as db:
        value = mail_settings_of(db)
        mail.require_usable(value)
        folder = outbox_dir(db.path)
        Outbox(folder).add(Path(args.file))
        password = _password(args, value)
        if value.user and password is None:
            return _report(args, RetryReport(waiting=Outbox(folder).waiting(), needs_password=True))
        return _report(args, retry_outbox(folder, value, password))


def run_outbox(args: argparse.Namespace) -> int:
    with open_for(args) as db:
        folder = outbox_dir(db.path)
        if args.retry:
            value = mail_settings_of(db)
            password = _password(args, value) if Outbox(folder).waiting() else None
            if value.user and password is None and Outbox(folder).waiting():
                report = RetryReport(waiting=Outbox(folder).waiting(), needs_password=True)
            else:
                report = retry_outbox(folder, value, password)
            return _report(args, report)
    entries = Outbox(folder).entries()
    lang = getattr(args, "lang", "tr")
    lines = []
    for e in entries:
        state = f"sent {e.sent_at}" if e.sent_at else f"waiting, {e.attempts} attempts"
        error = e.last_error_en if lang == "en" else e.last_error_tr
        lines.append(f"{e.file}  {state}" + (f"  — {error}" if error and e.waiting else ""))
    emit(args, [asdict(e) for e in entries], "\n".join(lines) or "boş / empty")
    return 0


def run_eml(args: argparse.Namespace) -> int:
    with open_for(args) as db:
        value = mail_settings_of(db)
    path = mail.write_draft(value, Path(args.file), Path(args.out))
    emit(args, {"eml": str(path)}, str(path))
    return 0
