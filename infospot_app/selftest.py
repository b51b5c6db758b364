"""``--self-test``: prove an installation works, offscreen, against temporary databases.

Each step runs the real commands a user or an office script would run; the frozen build runs
the same steps (``InfoSpot --self-test``), so a missing module, resource or Qt plugin shows up
as a failed step instead of a crash on a user's PC.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any


class StepFailed(Exception):
    """A step did not produce what it should."""


class SelfTest:
    """Runs the steps in a temporary folder: an HQ database and one office database."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.hq = folder / "merkez.db"
        self.office = folder / "ofis.db"

    def cli(self, *args: str) -> dict[str, Any]:
        """Run an ``infospot`` command in-process and return its JSON output."""
        from .cli import main

        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main([*args, "--json"])
        if status != 0:
            raise StepFailed(f"infospot {' '.join(args)} → {status}: {err.getvalue().strip()}")
        return json.loads(out.getvalue() or "{}")

    def migrate(self) -> str:
        self.cli("--db", str(self.hq), "init", "--central")
        setup = self.folder / "TR19.isetup"
        self.cli("--db", str(self.hq), "office-setup", "TR19", "--out", str(setup))
        self.cli("--db", str(self.office), "init", "--setup-file", str(setup))
        return "central and office databases created at the newest schema"

    def demo(self) -> str:
        data = self.cli("--db", str(self.office), "demo", "--companies", "120", "--seed", "3")
        companies = data.get("counts", {}).get("companies", 0)
        if companies < 120:
            raise StepFailed(f"demo data incomplete: {data}")
        return f"demo data: {data.get('total')} rows, {companies} companies"

    def certificate(self) -> str:
        from sqlalchemy import select

        from .core.models import Training
        from .core.storage import open_database

        with open_database(self.office) as db, db.session() as session:
            held = session.scalars(select(Training.id).where(Training.status == "held")).all()
        target = self.folder / "sertifikalar.pdf"
        for training_id in held:
            self.cli("--db", str(self.office), "certificates", training_id, "--out", str(target))
            if target.exists() and target.read_bytes().startswith(b"%PDF"):
                return f"certificates rendered ({target.stat().st_size // 1024} KiB)"
        raise StepFailed("no held training produced a certificate PDF")

    def package(self) -> str:
        made = self.cli("--db", str(self.office), "export", "--out", str(self.folder))
        path = made["path"]
        summary = self.cli("--db", str(self.hq), "import", path)
        status = [s.get("status") for s in summary] if isinstance(summary, list) else summary
        if status != ["imported"]:
            raise StepFailed(f"the central office did not import the package: {_short(summary)}")
        return f"package {Path(path).name} exported and imported at the central office"

    def xlsx(self) -> str:
        from openpyxl import load_workbook

        target = self.folder / "firmalar.xlsx"
        self.cli("--db", str(self.office), "export-list", "companies", "--xlsx", str(target))
        book = load_workbook(target, read_only=True)
        rows = sum(1 for _ in book.active.iter_rows(values_only=True))
        book.close()
        if rows < 2:
            raise StepFailed("the company list export is empty")
        return f"company list exported to xlsx ({rows - 1} rows)"

    def window(self) -> str:
        """Build the real main window on the office database and open every page."""
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from .ui.window_check import draw_every_page

        drawn = draw_every_page(self.office, "TR19")
        if drawn is None:
            raise StepFailed("Qt could not draw the main window offscreen")
        pages, width, height = drawn
        return f"main window drawn offscreen with {pages} pages ({width}×{height})"

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("migrate", self.migrate),
            ("demo", self.demo),
            ("certificate", self.certificate),
            ("package", self.package),
            ("xlsx", self.xlsx),
            ("window", self.window),
        ]


def _short(summary: Any) -> str:
    text = json.dumps(summary, ensure_ascii=False)
    return text if len(text) < 120 else text[:117] + "…"


def run_self_test(write: Callable[[str], None] = print) -> int:
    """Run every step, report each, and return 0 only if all passed."""
    failures = 0
    with tempfile.TemporaryDirectory(prefix="infospot-selftest-") as folder:
        test = SelfTest(Path(folder))
        for name, step in test.steps():
            started = time.perf_counter()
            try:
                detail = step()
                write(f"PASS {name:12} {time.perf_counter() - started:6.2f}s  {detail}")
            except Exception as error:  # noqa: BLE001 - every failure is reported, none hidden
                failures += 1
                write(f"FAIL {name:12} {time.perf_counter() - started:6.2f}s  {error}")
                write("".join(traceback.format_exception(error)).rstrip())
    write(f"{'all steps passed' if not failures else f'{failures} step(s) failed'}")
    return 0 if not failures else 1
