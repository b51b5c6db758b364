"""Office side: writing a sync package of every change HQ has not acknowledged."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from ..core.database import Database
from ..core.errors import InfoSpotError
from ..core.models import HQ_OWNED_MODELS, PackageLog, utcnow
from ..core.services import settings
from ..core.services.record import current_counter, next_counter
from ..core.services.setup import HQ
from .archive import ArchiveWriter
from .container import SUITE, Header, write_file
from .keys import encryption_public_key, fingerprint, load_keys, office_row
from .manifest import base_manifest
from .rows import MODELS, TABLE_ORDER, columns, encode

ACKED_REV = "sync_acked_rev"
SEQUENCE_COUNTER = "package_sequence"
HQ_TABLES = frozenset(m.__tablename__ for m in HQ_OWNED_MODELS)


@dataclass(frozen=True)
class ExportResult:
    """A package written: where, its sequence number, rows and rev range."""

    path: Path
    sequence: int
    rows: int
    rev_from: int
    rev_to: int


def package_name(office: str, sequence: int, when: str) -> str:
    """``<office>_<seq>_<date>.ispkg``."""
    return f"{office}_{sequence}_{when}.ispkg"


def unconfirmed_changes(session: Session) -> int:
    """How many of this office's rows changed since the rev HQ last acknowledged."""
    office = settings.office_code(session)
    acked = settings.get_setting(session, ACKED_REV, 0)
    total = 0
    for name in TABLE_ORDER:
        if name in HQ_TABLES:
            continue
        table = MODELS[name].__table__
        stmt = select(func.count()).where(table.c.office == office, table.c.rev > acked)
        total += session.scalar(stmt) or 0
    return total


def export_package(db: Database, out_dir: Path, *, full: bool = False) -> ExportResult:
    """Write the next package into ``out_dir`` and log it; returns where it went.

    The sequence number is taken and committed first, so a crash part-way leaves a gap (which
    HQ names and which costs nothing) but never two different packages with one number.
    """
    with db.transaction() as session:
        office, sequence, rev_from, rev_to, previous = _allocate(session, full)
    with db.session() as session:
        header, body, rows = _build(session, office, sequence, rev_from, rev_to, previous, full)
        recipient = office_row(session, HQ)
        assert recipient is not None and recipient.encryption_key is not None
        key = encryption_public_key(recipient.encryption_key)
    path = out_dir / package_name(office, sequence, utcnow().strftime("%Y-%m-%d"))
    with body:
        write_file(path, header, body, key)
    digest = _sha256(path)
    with db.transaction() as session:
        log = PackageLog.__table__
        session.execute(
            update(log)
            .where(log.c.direction == "out", log.c.sequence == sequence)
            .values(file_name=path.name, sha256=digest, row_count=rows)
        )
    return ExportResult(path, sequence, rows, rev_from, rev_to)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _allocate(session: Session, full: bool) -> tuple[str, int, int, int, str | None]:
    office = settings.office_code(session)
    if office is None or settings.is_central(session):
        raise InfoSpotError(
            "Paket yalnızca bir ofis veritabanından hazırlanır; merkez makbuz gönderir.",
            "Packages are made by an office database; HQ sends receipts instead.",
        )
    load_keys(session)
    hq = office_row(session, HQ)
    if hq is None or not hq.encryption_key:
        raise InfoSpotError(
            "Merkezin şifreleme anahtarı bilinmiyor. Ofisi merkezden gelen kurulum dosyasıyla "
            "kurun ('infospot init --setup-file DOSYA').",
            "HQ's encryption key is unknown. Set the office up from HQ's setup file "
            "('infospot init --setup-file FILE').",
        )
    log = PackageLog.__table__
    previous = session.scalar(
        select(log.c.sha256).where(log.c.direction == "out").order_by(log.c.sequence.desc())
    )
    sequence = next_counter(session, SEQUENCE_COUNTER)
    rev_from = 0 if full else settings.get_setting(session, ACKED_REV, 0)
    rev_to = current_counter(session, "rev")
    session.execute(
        insert(log).values(
            direction="out",
            office=office,
            sequence=sequence,
            created_at=utcnow(),
            office_clock=utcnow(),
            rev_from=rev_from,
            rev_to=rev_to,
        )
    )
    return office, sequence, rev_from, rev_to, previous or None


def _rows(session: Session, name: str, office: str, rev_from: int, rev_to: int) -> Iterator[str]:
    table = MODELS[name].__table__
    stmt = (
        select(*(table.c[c.name] for c in columns(name)))
        .where(table.c.office == office, table.c.rev > rev_from, table.c.rev <= rev_to)
        .order_by(table.c.rev, table.c.id)
        .execution_options(yield_per=2000)
    )
    for row in session.execute(stmt):
        yield encode(name, row._mapping)


def _build(
    session: Session,
    office: str,
    sequence: int,
    rev_from: int,
    rev_to: int,
    previous: str | None,
    full: bool,
) -> tuple[Header, IO[bytes], int]:
    pair = load_keys(session)
    hq = office_row(session, HQ)
    assert hq is not None and hq.encryption_key is not None
    header = Header("package", office, HQ, sequence, fingerprint(hq.encryption_key), SUITE)
    archive = ArchiveWriter()
    counts: dict[str, int] = {}
    for name in TABLE_ORDER:
        if name in HQ_TABLES:
            continue
        table = MODELS[name].__table__
        found = session.scalar(
            select(func.count()).where(
                table.c.office == office, table.c.rev > rev_from, table.c.rev <= rev_to
            )
        )
        if found:
            entry = archive.write_member(
                f"rows/{name}.jsonl", _rows(session, name, office, rev_from, rev_to)
            )
            counts[name] = entry["rows"]
    manifest = {
        **base_manifest(session, header),
        "previous_sha256": previous,
        "office_clock": utcnow().isoformat(),
        "rev_from": rev_from,
        "rev_to": rev_to,
        "full": full,
        "signing_key": pair.signing_public,
        "encryption_key": pair.encryption_public,
        "counts": counts,
    }
    return header, archive.finish(manifest, pair.signing), sum(counts.values())
