"""The ``infospot`` command line: every non-interactive operation, for scripts and tests."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from ..core.errors import InfoSpotError
from ..core.validation import ValidationError, ValidationErrors
from . import (
    certificate_commands,
    database_commands,
    demo_command,
    excel_commands,
    gui_command,
    indicator_commands,
    mail_commands,
    sync_commands,
    user_commands,
)

COMMAND_MODULES = (
    gui_command,
    database_commands,
    demo_command,
    user_commands,
    indicator_commands,
    sync_commands,
    mail_commands,
    excel_commands,
    certificate_commands,
)


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
    for module in COMMAND_MODULES:
        module.register(commands, common)
    return parser


def _version() -> str:
    from .. import __version__

    return __version__


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.self_test:
        from ..selftest import run_self_test

        return run_self_test()
    if args.command is None:
        args = parser.parse_args(["gui", *(sys.argv[1:] if argv is None else argv)])
    lang = getattr(args, "lang", "tr")
    try:
        return int(args.run(args) or 0)
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
