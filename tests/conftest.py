"""Shared fixtures: offscreen Qt, a fresh real SQLite database per test, valid tax ids."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from stdnum.tr import tckimlik, vkn  # noqa: E402

from infospot_app.core.services import setup  # noqa: E402
from infospot_app.core.services.actor import Actor  # noqa: E402
from infospot_app.core.storage import OpenDatabase, open_database  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user data folder and settings."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("INFOSPOT_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's database lives."""
    return tmp_path / "data" / "infospot.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[OpenDatabase]:
    """A fresh database set up for office TR19."""
    database = open_database(db_path)
    with database.transaction() as session:
        setup.initialize(session, "TR19")
    yield database
    database.close()


@pytest.fixture
def actor() -> Actor:
    """A staff member of TR19."""
    return Actor(user="ayse", office="TR19", role="staff")


def make_vkn(n: int) -> str:
    """The n-th valid 10-digit tax number (VKN)."""
    base = f"{n % 10**9:09d}"
    return base + vkn.calc_check_digit(base)


def make_tckn(n: int) -> str:
    """The n-th valid 11-digit identity number (TCKN)."""
    base = f"{1 + n % 8:d}{n % 10**8:08d}"
    return base + tckimlik.calc_check_digits(base)


@pytest.fixture
def tax_ids() -> Iterator[str]:
    """An endless supply of distinct valid VKNs."""
    return (make_vkn(n) for n in range(1, 10**9))
