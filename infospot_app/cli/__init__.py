"""The ``infospot`` command line: every non-interactive operation, for scripts and tests."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ..core.errors import InfoSpotError
from ..core.validation import ValidationError, ValidationErrors

COMMAND_MODULES = (
    "gui_command",
    "database_commands",
    "demo_command",
    "user_commands",
    "indicator_commands",
    "sync_commands",
    "mail_commands",
    "excel_commands",
    "certificate_commands",
)
"""Command modules, imported only when the full parser is built (the GUI starts without them)."""

OPENED_FILES = (".ispkg", ".isetup")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="database file (default: $INFOSPOT_DB or the user data folder)",
    )
    common.add_argument(
        "--lang",
        choices=("tr", "en"),
        default=argparse.SUPPRESS,
        help="language of messages (default tr)",
    )
    parser = argparse.ArgumentParser(
        prog="infospot",
        parents=[common],
        description="InfoSpot — Kümelenme Bilgi Noktaları / Cluster Info Spots",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen and exit (0 = all passed)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(commands, common)
    return parser


def _version() -> str:
    from .. import __version__

    return __version__


def gui_request(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of a plain GUI start, or None when ``argv`` asks for anything else.

    A start with no command, with ``gui``, or with a package or setup file to open (what the
    file association runs) goes straight to the window without loading every command.
    """
    quick = argparse.ArgumentParser(add_help=False)
    quick.add_argument("--db")
    quick.add_argument("--lang", choices=("tr", "en"))
    quick.add_argument("rest", nargs="*")
    try:
        known, unknown = quick.parse_known_args(list(argv))
    except SystemExit:
        return None
    rest = list(known.rest)
    if unknown:
        return None
    if rest and rest[0] == "gui":
        rest = rest[1:]
    if any(not item.lower().endswith(OPENED_FILES) for item in rest):
        return None
    return argparse.Namespace(db=known.db, lang=known.lang, files=rest)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) == 2 and argv[0] == "--startup-probe":  # make bench: the GUI's own imports only
        from ..startup_probe import run_probe

        return run_probe(Path(argv[1]))
    gui = gui_request(argv)
    if gui is not None:
        from .gui_command import run_gui

        return _run(run_gui, gui)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from ..selftest import run_self_test

        return run_self_test()
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    return _run(args.run, args)


def _run(command: Callable[[argparse.Namespace], int | None], args: argparse.Namespace) -> int:
    """Run a command; a user error prints one line and gives exit status 2."""
    lang = getattr(args, "lang", None) or "tr"
    try:
        return int(command(args) or 0)
    except InfoSpotError as error:
        print(f"infospot: {error.message(lang)}", file=sys.stderr)
        return 2
    except (ValidationError, ValidationErrors) as error:
        messages = (
            error.messages(lang) if isinstance(error, ValidationErrors) else [error.message(lang)]
        )
        for message in messages:
            print(f"infospot: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("infospot: interrupted", file=sys.stderr)
        return 130
