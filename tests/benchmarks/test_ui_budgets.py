"""B4 (company list over 100k companies) and B5 (start-up to the main window)."""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from stdnum.tr import vkn

from infospot_app.core.services import setup
from infospot_app.core.services.actor import Actor
from infospot_app.core.storage import open_database
from infospot_app.core.turkish import fold, sort_key

COUNT = 100_000
WORDS = [
    "Öztürk",
    "Şahin",
    "Yıldız",
    "Çelik",
    "Doğan",
    "Kılıç",
    "Aslan",
    "Işık",
    "Güneş",
    "Kaya",
    "Demir",
    "Ege",
    "Anadolu",
    "Karadeniz",
    "Hitit",
    "Osmancık",
    "Sungurlu",
    "İskilip",
    "Alaca",
    "Gıda",
    "Tekstil",
    "Makina",
    "Döküm",
    "Un",
    "Yapı",
    "Mobilya",
    "Orman",
    "Plastik",
    "Ambalaj",
    "Tarım",
    "Süt",
    "Kimya",
    "Metal",
    "Elektrik",
    "Otomotiv",
    "Cam",
    "Seramik",
]
DISTRICTS = ("Merkez", "Sungurlu", "Osmancık", "İskilip", "Alaca", "Bayat", "Kargı", "Mecitözü")


def fill(path: Path, count: int) -> None:
    """A TR19 database with ``count`` companies written straight to SQLite (keys included)."""
    with open_database(path) as db, db.transaction() as session:
        setup.initialize(session, "TR19")
    rng = random.Random(4)
    rows = []
    for n in range(count):
        name = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(WORDS)} San. ve Tic. A.Ş. {n}"
        base = f"{n + 1:09d}"
        tax = base + vkn.calc_check_digit(base)
        district = rng.choice(DISTRICTS)
        rows.append(
            (
                str(uuid.UUID(int=n + 1, version=4)), "TR19", 1, 1, "2026-03-01 10:00:00",
                "2026-03-01 10:00:00", "ayse", "ayse", name, tax, "TR-19", district,
                "10.71", rng.randint(1, 400), rng.choice(("micro", "small", "medium", "large")),
                fold(f"{name} {tax} {district}"), sort_key(name),
            )
        )  # fmt: skip
    columns = [
        "id",
        "office",
        "version",
        "rev",
        "created_at",
        "updated_at",
        "created_by",
        "updated_by",
        "legal_name",
        "tax_id",
        "province",
        "district",
        "nace_code",
        "employees",
        "size_class",
        "search_key",
        "sort_key",
    ]
    with sqlite3.connect(path) as connection:
        connection.executemany(
            f"INSERT INTO companies ({','.join(columns)}, short_name, tax_office, address, notes)"
            f" VALUES ({','.join('?' * len(columns))}, '', '', '', '')",
            rows,
        )


@pytest.fixture(scope="module")
def big_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("b4") / "infospot.db"
    fill(path, COUNT)
    return path


def test_b4_company_list_first_rows_and_search_per_keystroke(qtbot, big_database, budget):
    from infospot_app.ui.company_list_page import CompanyListPage
    from infospot_app.ui.context import AppContext
    from infospot_app.ui.tasks import TaskManager

    db = open_database(big_database, daily_backup=False)
    context = AppContext(db, Actor("ayse", "TR19"), TaskManager(db))
    try:
        firsts = []
        for _ in range(3):
            start = time.perf_counter()
            page = CompanyListPage(context)
            qtbot.addWidget(page)
            qtbot.waitUntil(lambda p=page: p.model.rowCount() > 0, timeout=10_000)
            page.model.data(page.model.index(0, 0))
            firsts.append(time.perf_counter() - start)
        budget("B4a", "company list, 100k companies: first rows shown", min(firsts), None, 0.2)

        timings = []
        for word in ("öztürk maki", "ışık döküm", "sungurlu gıda"):
            for end in range(1, len(word) + 1):
                page.search.setText(word[:end])
                start = time.perf_counter()
                with qtbot.waitSignal(page.model.first_rows_shown, timeout=10_000):
                    page.apply_query()
                page.model.data(page.model.index(0, 0))
                timings.append(time.perf_counter() - start)
        median = statistics.median(timings)
        budget(
            "B4b", "company list, 100k companies: search per keystroke (median)", median, None, 0.05
        )
    finally:
        context.tasks.wait()
        db.close()


def _startup(path: Path) -> float:
    """Seconds from launching ``infospot --startup-probe`` until it has shown the main window
    on the companies page with its first rows, and exited: the whole process, from outside."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "infospot_app", "--startup-probe", str(path)],
        capture_output=True,
        check=True,
        env=env,
    )
    return time.perf_counter() - start


def test_b5_start_up_to_main_window(tmp_path, big_database, budget):
    empty = tmp_path / "empty.db"
    with open_database(empty) as db, db.transaction() as session:
        setup.initialize(session, "TR19")
    _startup(empty)  # warm: the operating system has the files cached
    budget(
        "B5a",
        "start-up to main window, empty database (whole process, warm)",
        min(_startup(empty) for _ in range(3)),
        None,
        1.0,
    )
    _startup(big_database)
    budget(
        "B5b",
        "start-up to main window, 100k companies (whole process, warm)",
        min(_startup(big_database) for _ in range(3)),
        None,
        1.5,
    )
