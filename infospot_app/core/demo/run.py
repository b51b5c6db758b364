"""Filling a database with realistic, deterministic demo data in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import InfoSpotError
from ..services import settings
from ..services.setup import HQ
from .bulk import BulkCompanies, BulkWriter
from .firms import add_companies, add_people
from .networks import add_clusters, add_grants, add_measurements
from .outreach import add_trainings, add_visits
from .world import World

PILOT_OFFICES = ("TR19", "TR27", "TR46", "TR55", "TR61")
PEOPLE_SHARE = 0.6
"""Share of companies with contact people on record."""
COMPANIES_PER_TRAINING = 400
MAX_TRAININGS = 40


@dataclass(frozen=True)
class DemoSummary:
    """What a demo run added: rows per table, and for which offices."""

    offices: tuple[str, ...]
    counts: dict[str, int]

    @property
    def total(self) -> int:
        """All rows added (audit entries not counted)."""
        return sum(self.counts.values())


def fill_demo(
    session: Session,
    *,
    seed: int = 1,
    companies: int = 200,
    today: date | None = None,
    user: str = "demo",
) -> DemoSummary:
    """Add demo data: the office's own in an office database, the five pilots' at HQ."""
    own = settings.office_code(session)
    if own is None:
        raise InfoSpotError(
            "Veritabanı henüz kurulmamış. Önce 'infospot init --office KOD' çalıştırın.",
            "The database is not set up yet. Run 'infospot init --office CODE' first.",
        )
    if companies < 0:
        raise InfoSpotError(
            "Firma sayısı negatif olamaz.", "The number of companies cannot be negative."
        )
    codes = PILOT_OFFICES if own == HQ else (own,)
    world = World(seed, today or date.today())
    world.writer = BulkWriter(session, world.new_id)
    service = BulkCompanies(session)
    try:
        for n, code in enumerate(codes):
            share = companies // len(codes) + (1 if n < companies % len(codes) else 0)
            office = world.office(code, user)
            add_companies(world, office, share, service)
            add_people(world, office, PEOPLE_SHARE)
            made = add_clusters(world, office) if office.firms else []
            for _cluster_id, members in made:
                add_measurements(world, office, members)
            add_visits(world, office)
            trainings = min(MAX_TRAININGS, max(3, share // COMPANIES_PER_TRAINING))
            add_trainings(world, office, trainings if office.firms else 0)
            add_grants(world, office, [c for c, _ in made])
    except IntegrityError as error:
        # Ids come from the seed, so running the same seed twice collides on the first row.
        raise InfoSpotError(
            f"Örnek veri eklenemedi: bu veritabanında {seed} tohumuyla üretilmiş veri zaten "
            "var. Başka bir --seed değeri verin.",
            f"Could not add demo data: this database already holds data made with seed {seed}. "
            "Give another --seed value.",
        ) from error
    finally:
        world.writer.finish()
    counts = {name: count for name, count in sorted(world.writer.counts.items())}
    return DemoSummary(codes, counts)
