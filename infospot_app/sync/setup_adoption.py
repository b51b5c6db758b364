"""Checking an office setup file before use, and adopting one in an office database made without it.

Someone who tried InfoSpot with an office chosen from the reference list has a database with the
right office code but no keys, so it cannot sync. Adopting HQ's setup file for the same office
stores HQ's reference rows and keys and generates the office's key pairs, keeping every record.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.orm import Session

from ..core.errors import InfoSpotError
from ..core.models import Setting
from ..core.services import settings
from ..core.services.setup import HQ
from ..core.storage import open_database
from .export import HQ_TABLES
from .keys import SIGNING_PRIVATE
from .office_setup import Fingerprints, init_from_setup_file
from .rows import MODELS


@dataclass(frozen=True)
class SetupFileInfo:
    """What a setup file says, for checking by phone before it is used."""

    office: str
    hq_signing: str


def check_setup_file(path: Path) -> SetupFileInfo:
    """Read and verify the setup file completely (on a scratch database); refuse it if bad."""
    with (
        tempfile.TemporaryDirectory(prefix="infospot-setup-") as folder,
        open_database(Path(folder) / "check.db", daily_backup=False) as db,
        db.transaction() as session,
    ):
        prints = init_from_setup_file(session, path)
    return SetupFileInfo(prints.office, prints.hq_signing)


def adoption_refusal(session: Session) -> InfoSpotError | None:
    """Why this database cannot adopt a setup file, or None when it can."""
    if settings.is_central(session):
        return InfoSpotError(
            "Merkez veritabanı kurulum dosyası almaz; kurulum dosyalarını merkez yazar.",
            "The central office's database takes no setup file; HQ writes them.",
        )
    if settings.get_setting(session, SIGNING_PRIVATE) is not None:
        return InfoSpotError(
            "Bu veritabanı zaten kurulum dosyasıyla kurulmuş; eşitleme anahtarları var.",
            "This database was already set up from a setup file; it has its sync keys.",
        )
    return None


def adopt_setup_file(session: Session, path: Path) -> Fingerprints:
    """Apply HQ's setup file to this office database that has none yet (same office code).

    The office's reference rows were seeded locally at version 1, the same version HQ's rows
    have, so they would meet as conflicts; HQ owns them, so they are marked older (version 0)
    and the setup file's rows replace them. The same code path as a new office applies the
    file: the office code is taken away for that call and must come back unchanged. Everything
    happens in the caller's transaction, so a refusal leaves the database as it was.
    """
    office = settings.office_code(session)
    if office is None:
        return init_from_setup_file(session, path)
    refusal = adoption_refusal(session)
    if refusal is not None:
        raise refusal
    for name in HQ_TABLES:
        table = MODELS[name].__table__
        session.execute(update(table).where(table.c.office == HQ).values(version=0))
    session.delete(session.get(Setting, settings.OFFICE_CODE))
    session.flush()
    prints = init_from_setup_file(session, path)
    if prints.office != office:
        raise InfoSpotError(
            f"Bu kurulum dosyası {prints.office} ofisi için; bu veritabanı {office} ofisinin. "
            f"Merkezden {office} için kurulum dosyası isteyin.",
            f"This setup file is for office {prints.office}; this database is office {office}'s. "
            f"Ask the central office for the setup file of {office}.",
        )
    for name in HQ_TABLES:
        # Rows HQ no longer has stay as they were seeded.
        table = MODELS[name].__table__
        session.execute(
            update(table).where(table.c.office == HQ, table.c.version == 0).values(version=1)
        )
    return prints
