"""F2: Turkish search per keystroke over 100k companies, through the company service."""

from __future__ import annotations

import random
import statistics
import time
from datetime import UTC, datetime

from sqlalchemy import insert

from infospot_app.core.models import Company
from infospot_app.core.services import setup
from infospot_app.core.services.companies import companies
from infospot_app.core.services.listing import ListQuery
from infospot_app.core.storage import open_database

N = 100_000
WORDS = [
    "Işık",
    "Çağlar",
    "Öztürk",
    "Şahin",
    "Yıldız",
    "Anadolu",
    "Karadeniz",
    "Güneş",
    "Doğan",
    "Ilgaz",
    "İnci",
    "Ürün",
    "Gıda",
    "Makina",
    "Tekstil",
    "Döküm",
    "Mobilya",
    "Fındık",
]
SUFFIXES = ["San. ve Tic. Ltd. Şti.", "A.Ş.", "Gıda San. A.Ş.", "Ltd. Şti."]


def fill(db, n: int) -> None:
    rng = random.Random(5)
    now = datetime.now(UTC)
    rows = []
    for i in range(n):
        name = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i} {rng.choice(SUFFIXES)}"
        values = {"legal_name": name, "short_name": "", "tax_id": f"{i:010d}", "district": ""}
        rows.append(
            {
                **values,
                **companies.derive(values),
                "id": f"{i:036d}",
                "office": "TR19",
                "version": 1,
                "rev": 1,
                "created_at": now,
                "updated_at": now,
            }
        )
    with db.transaction() as session:
        session.execute(insert(Company), rows)


def test_turkish_search_per_keystroke(tmp_path, budget) -> None:
    db = open_database(tmp_path / "b.db")
    with db.transaction() as session:
        setup.initialize(session, "TR19")
    fill(db, N)
    typed = "ışık makina"
    timings = []
    with db.session() as session:
        for end in range(1, len(typed) + 1):
            start = time.perf_counter()
            page = companies.list(session, ListQuery(search=typed[:end], limit=100))
            timings.append(time.perf_counter() - start)
        assert page.total > 0
    db.close()
    budget(
        "F2",
        "Turkish search per keystroke, 100k companies (median)",
        statistics.median(timings),
        None,
        0.050,
    )
