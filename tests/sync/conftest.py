"""Fixtures: HQ and two offices (TR19, TR27) on real SQLite files, set up from setup files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from infospot_app.core.storage import OpenDatabase

from .network import make_hq, make_office


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[OpenDatabase]:
    db = make_hq(tmp_path)
    yield db
    db.close()


@pytest.fixture
def tr19(hq: OpenDatabase, tmp_path: Path) -> Iterator[OpenDatabase]:
    db = make_office(hq, "TR19", tmp_path)
    yield db
    db.close()


@pytest.fixture
def tr27(hq: OpenDatabase, tmp_path: Path) -> Iterator[OpenDatabase]:
    db = make_office(hq, "TR27", tmp_path)
    yield db
    db.close()
