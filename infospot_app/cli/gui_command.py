"""``gui``: start the desktop application (the default command)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .context import database_path


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    gui = commands.add_parser("gui", parents=[common], help="start the desktop application")
    gui.add_argument("files", nargs="*", help=argparse.SUPPRESS)
    gui.set_defaults(run=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    from ..ui.app import run  # Qt is imported only when the window is wanted

    files = [Path(f).resolve() for f in getattr(args, "files", None) or []]
    return run(database_path(args), lang=getattr(args, "lang", None), files=files)
