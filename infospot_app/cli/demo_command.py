"""``demo``: fill the database with realistic Turkish demo data."""

from __future__ import annotations

import argparse
import time

from ..core.demo import fill_demo
from .context import command_actor, emit, open_for


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    demo = commands.add_parser(
        "demo", parents=[common], help="add realistic demo data (deterministic with --seed)"
    )
    demo.add_argument("--seed", type=int, default=1, help="same seed, same data (default 1)")
    demo.add_argument(
        "--companies", type=int, default=200, metavar="N", help="companies to add (default 200)"
    )
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(run=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    with open_for(args) as db:
        actor = command_actor(db)  # refuses a database that is not set up
        started = time.perf_counter()
        with db.transaction() as session:
            summary = fill_demo(session, seed=args.seed, companies=args.companies, user=actor.user)
        seconds = time.perf_counter() - started
    lines = [f"{table:28} {count:>9,}" for table, count in summary.counts.items()]
    text = "\n".join(
        [
            f"Örnek veri eklendi / demo data added: {', '.join(summary.offices)} "
            f"({summary.total:,} kayıt / rows, {seconds:.1f} s)",
            *lines,
        ]
    )
    data = {
        "offices": list(summary.offices),
        "seed": args.seed,
        "counts": summary.counts,
        "total": summary.total,
        "seconds": round(seconds, 2),
    }
    emit(args, data, text)
    return 0
