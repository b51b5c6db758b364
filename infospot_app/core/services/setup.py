"""Initialising a database for an office or the central office, with HQ's reference data."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InfoSpotError
from ..models import KobiThreshold, Office, Target, utcnow
from ..reference import DEFAULT_TARGETS, OFFICES, all_thresholds, office_info
from . import settings
from .record import transaction_rev

HQ = "HQ"
_NAMESPACE = uuid.UUID("6f1c1c1e-3d0a-4f4e-9a55-1b9b0c2f7a10")


def reference_id(kind: str, key: str) -> str:
    """A deterministic id for HQ-owned reference rows, the same in every database."""
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{key}"))


def initialize(session: Session, office_code: str) -> None:
    """Make a new database the office's (or HQ's) and seed the reference data."""
    office_code = office_code.strip().upper()
    existing = settings.office_code(session)
    if existing is not None:
        raise InfoSpotError(
            f"Bu veritabanı zaten {existing} ofisine kurulmuş.",
            f"This database is already set up for office {existing}.",
        )
    try:
        office_info(office_code)
    except KeyError as error:
        codes = ", ".join(o.code for o in OFFICES)
        raise InfoSpotError(
            f"Bilinmeyen ofis kodu {office_code}. Geçerli kodlar: {codes}.",
            f"Unknown office code {office_code}. Known codes: {codes}.",
        ) from error
    settings.set_setting(session, settings.OFFICE_CODE, office_code)
    settings.set_setting(session, settings.MODE, "central" if office_code == HQ else "office")
    seed_reference_data(session)


def _reference_row(session: Session, model: type, row_id: str, values: dict) -> None:
    if session.get(model, row_id) is not None:
        return
    now = utcnow()
    session.add(
        model(
            id=row_id,
            office=HQ,
            version=1,
            rev=transaction_rev(session),
            created_at=now,
            updated_at=now,
            created_by="setup",
            updated_by="setup",
            **values,
        )
    )


def seed_reference_data(session: Session) -> None:
    """Insert the reference offices, targets and KOBİ thresholds (owned by HQ) if missing."""
    for info in OFFICES:
        _reference_row(
            session,
            Office,
            reference_id("office", info.code),
            dict(
                code=info.code,
                name=info.name,
                host=info.host,
                province=info.province_code,
                central=info.central,
            ),
        )
    for target in DEFAULT_TARGETS:
        _reference_row(
            session,
            Target,
            reference_id("target", f"{target.indicator}:national"),
            dict(indicator=target.indicator, scope="national", value=Decimal(target.value)),
        )
    for t in all_thresholds():
        _reference_row(
            session,
            KobiThreshold,
            reference_id("kobi", str(t.year)),
            dict(
                year=t.year,
                micro_employees=t.micro_employees,
                micro_turnover=t.micro_turnover,
                small_employees=t.small_employees,
                small_turnover=t.small_turnover,
                medium_employees=t.medium_employees,
                medium_turnover=t.medium_turnover,
                source=t.reference[:300],
            ),
        )
    session.flush()


def offices(session: Session) -> list[Office]:
    """The live offices known to this database, by code."""
    return list(
        session.scalars(select(Office).where(Office.deleted_at.is_(None)).order_by(Office.code))
    )
