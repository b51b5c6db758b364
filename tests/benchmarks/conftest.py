"""Benchmark harness: each benchmark records one row per budget; the table prints at the end.

Run with ``make bench``. Benchmarks measure and report; a row over budget makes the run fail,
so the table is the evidence (DESIGN.md, "Quality budgets").
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass
class BudgetRow:
    """One budget: what was measured, against which baseline, and the limit."""

    budget_id: str
    what: str
    measured: float
    baseline: float | None
    limit: float
    unit: str = "s"

    @property
    def ratio(self) -> float | None:
        return None if self.baseline in (None, 0) else self.measured / self.baseline

    @property
    def passed(self) -> bool:
        value = self.ratio if self.baseline is not None else self.measured
        return value is not None and value <= self.limit


ROWS: list[BudgetRow] = []


@pytest.fixture
def budget() -> object:
    """Call ``budget(id, what, measured, baseline, limit, unit)``; baseline None = absolute."""

    def record(
        budget_id: str,
        what: str,
        measured: float,
        baseline: float | None,
        limit: float,
        unit: str = "s",
    ) -> BudgetRow:
        row = BudgetRow(budget_id, what, measured, baseline, limit, unit)
        ROWS.append(row)
        return row

    return record


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not ROWS:
        return
    write = terminalreporter.write_line
    write("")
    write(f"{'id':5} {'what':58} {'measured':>11} {'baseline':>11} {'ratio':>7} {'budget':>9}  ok")
    for r in sorted(ROWS, key=lambda r: r.budget_id):
        base = f"{r.baseline:.3f}{r.unit}" if r.baseline is not None else "-"
        ratio = f"{r.ratio:.2f}" if r.ratio is not None else "-"
        limit = f"≤{r.limit:g}×" if r.baseline is not None else f"≤{r.limit:g}{r.unit}"
        write(
            f"{r.budget_id:5} {r.what[:58]:58} {r.measured:10.3f}{r.unit} {base:>11} "
            f"{ratio:>7} {limit:>9}  {'PASS' if r.passed else 'FAIL'}"
        )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if any(not r.passed for r in ROWS) and exitstatus == 0:
        session.exitstatus = 1
