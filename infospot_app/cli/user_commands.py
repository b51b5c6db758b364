"""``users add|list|passwd|deactivate|activate``."""

from __future__ import annotations

import argparse
import getpass
import os

from ..core.services import users
from .context import command_actor, emit, open_for


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("users", parents=[common], help="manage user accounts")
    verbs = group.add_subparsers(dest="verb", required=True, metavar="VERB")
    add = verbs.add_parser("add", parents=[common], help="add an account")
    add.add_argument("username")
    add.add_argument("--name", default="", help="full name")
    add.add_argument("--role", choices=("admin", "staff", "viewer"), default="staff")
    add.add_argument(
        "--password-env",
        metavar="VAR",
        help="read the password from this environment variable (else prompt)",
    )
    add.set_defaults(run=run_add)
    listing = verbs.add_parser("list", parents=[common], help="list the accounts")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_list)
    passwd = verbs.add_parser("passwd", parents=[common], help="set a password")
    passwd.add_argument("username")
    passwd.add_argument("--password-env", metavar="VAR")
    passwd.set_defaults(run=run_passwd)
    for verb, active in (("deactivate", False), ("activate", True)):
        p = verbs.add_parser(verb, parents=[common], help=f"{verb} an account")
        p.add_argument("username")
        p.set_defaults(run=run_active, active=active)


def _password(args: argparse.Namespace) -> str:
    if args.password_env:
        return os.environ.get(args.password_env, "")
    first = getpass.getpass("Parola / Password: ")
    if getpass.getpass("Tekrar / Again: ") != first:
        raise SystemExit("infospot: parolalar aynı değil / the passwords differ")
    return first


def run_add(args: argparse.Namespace) -> int:
    password = _password(args)
    with open_for(args) as db, db.transaction() as session:
        actor = command_actor(db)
        first = users.user_count(session) == 0
        users.add_user(
            session, None if first else actor, args.username, args.name, args.role, password
        )
    print(f"{args.username.lower()} ({args.role})")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_for(args) as db, db.session() as session:
        found = users.list_users(session)
    rows = [
        {"username": u.username, "full_name": u.full_name, "role": u.role, "active": u.active}
        for u in found
    ]
    text = "\n".join(
        f"{u.username:20} {u.role:7} {'active' if u.active else 'inactive':9} {u.full_name}"
        for u in found
    )
    emit(args, rows, text or "-")
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    password = _password(args)
    with open_for(args) as db, db.transaction() as session:
        users.set_password(session, command_actor(db), args.username, password)
    return 0


def run_active(args: argparse.Namespace) -> int:
    with open_for(args) as db, db.transaction() as session:
        users.set_active(session, command_actor(db), args.username, args.active)
    return 0
