"""B5 frozen: start-up to the main window of the frozen build.

Timed as B5a/B5b time the source tree (tests/benchmarks/test_ui_budgets.py), so the rows sit
side by side: from outside, the whole process from launch until it has shown the main window
on the companies page and exited (``--startup-probe DB``), warm, best of three.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from infospot_app.core.services import setup
from infospot_app.core.storage import open_database

FROZEN = Path(__file__).resolve().parents[2] / "dist" / "InfoSpot" / "InfoSpot"


def wall_time(command: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def best_of_three(command: list[str]) -> float:
    wall_time(command)  # warm: the operating system has the files cached
    return min(wall_time(command) for _ in range(3))


@pytest.mark.skipif(not FROZEN.exists(), reason="no frozen build: run `make dist` first")
def test_frozen_start_up_next_to_source(tmp_path: Path, budget) -> None:
    db = tmp_path / "infospot.db"
    with open_database(db) as opened, opened.transaction() as session:
        setup.initialize(session, "TR19")
    frozen = best_of_three([str(FROZEN), "--startup-probe", str(db)])
    budget("B5f", "start-up to main window, frozen build (whole process, warm)", frozen, None, 2.0)
