"""HQ side: importing office packages (header → decrypt → signature → hashes → schema → rows)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import IO, Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..core.database import Database
from ..core.errors import InfoSpotError
from ..core.models import PackageLog, utcnow
from ..core.services import record, settings
from ..core.services.actor import Actor
from ..core.services.setup import HQ
from .acknowledgement import received
from .apply import Applier, OwnerRule, contradiction
from .archive import ArchiveReader
from .container import Envelope, Header, open_body, read_envelope
from .errors import AlreadyImported, SyncRefused, damaged
from .export import HQ_TABLES
from .keys import fingerprint, load_keys, office_row, signing_public_key
from .manifest import check_manifest, integer, text_field
from .rows import MODELS, TABLE_ORDER, RowProblem
from .summary import ImportSummary

SYNC_ACTOR = Actor(user="sync", office=HQ, role="admin")


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


def package_rule(sender: str) -> OwnerRule:
    """An office may send only rows it owns, and never HQ's reference data."""

    def rule(table: str, office: Any) -> RowProblem | None:
        if table in HQ_TABLES:
            return RowProblem(
                f"{table} merkezin başvuru verisidir; ofis paketi taşıyamaz",
                f"{table} is HQ's reference data; an office package may not carry it",
            )
        if office != sender:
            return RowProblem(
                f"kayıt {office} ofisine ait, paket ise {sender} ofisinden",
                f"the row belongs to office {office} but the package is from {sender}",
            )
        return None

    return rule


def spool(db: Database) -> IO[bytes]:
    """A temporary file beside the database for a decrypted body: the database's own disk,
    and gone when closed (or, if the process dies, unlinked already on POSIX)."""
    return tempfile.TemporaryFile(dir=db.path.parent, prefix=".infospot-body-")


def import_package(db: Database, path: Path, *, dry_run: bool = False) -> ImportSummary:
    """Import one package at HQ in one transaction; a refusal raises SyncRefused."""
    summary = ImportSummary(file=str(path))
    envelope = read_envelope(path)
    summary.office, summary.sequence = envelope.header.sender, envelope.header.sequence
    try:
        with spool(db) as body, db.transaction() as session:
            _import(session, summary, envelope, body)
            if dry_run:
                raise _DryRun
    except _DryRun:
        summary.status = "dry run"
    except IntegrityError as error:
        raise contradiction(error.orig) from error
    return summary


def _import(session: Session, summary: ImportSummary, envelope: Envelope, body: IO[bytes]) -> None:
    header = envelope.header
    if not settings.is_central(session):
        raise InfoSpotError(
            "Paketler yalnızca merkez veritabanına alınır. Ofiste makbuzu alın: "
            "'infospot import-receipt DOSYA'.",
            "Packages are imported only into the central database. At an office import "
            "receipts: 'infospot import-receipt FILE'.",
        )
    _refuse_replay(session, header, envelope.sha256, same_content=True)
    if header.kind != "package" or header.recipient != HQ:
        raise damaged("bu dosya merkeze gönderilmiş bir paket değil", "not a package for HQ")
    pair = load_keys(session)
    archive = ArchiveReader(open_body(envelope, pair.encryption, pair.encryption_fingerprint, body))
    manifest = archive.manifest
    office = office_row(session, header.sender)
    if office is None or office.central:
        raise SyncRefused(
            f"{header.sender} adlı bir ofis tanınmıyor. Ofis merkezde tanımlı değil; "
            "paket alınmadı.",
            f"Office {header.sender} is unknown here; it is not defined at HQ. The package "
            "was not imported.",
        )
    _verify_and_pin(session, summary, archive, office)
    check_manifest(manifest, header)
    _refuse_replay(session, header, envelope.sha256, same_content=False)
    rev_from, rev_to = integer(manifest, "rev_from"), integer(manifest, "rev_to")
    files = manifest["files"]
    for name in files:
        table = name.removeprefix("rows/").removesuffix(".jsonl")
        if not name.startswith("rows/") or table not in MODELS:
            raise damaged(f"bilinmeyen tablo dosyası {name}", f"unknown table file {name}")
    applier = Applier(session, summary, header.sender, package_rule(header.sender))
    for table in TABLE_ORDER:
        if f"rows/{table}.jsonl" in files:
            applier.apply_lines(table, archive.lines(f"rows/{table}.jsonl"))
    archive.check_hashes()  # every member was checked while its rows streamed past
    applier.retry_quarantined()
    clock = text_field(manifest, "office_clock", 40)
    session.execute(
        insert(PackageLog.__table__).values(
            direction="in",
            office=header.sender,
            sequence=header.sequence,
            file_name=envelope.path.name[:300],
            sha256=envelope.sha256,
            created_at=utcnow(),
            office_clock=_parse_clock(clock),
            rev_from=rev_from,
            rev_to=rev_to,
            row_count=summary.totals().total(),
            summary=json.dumps(summary.to_json(), ensure_ascii=False),
        )
    )
    summary.missing_sequences = received(session, header.sender).missing


def _verify_and_pin(
    session: Session, summary: ImportSummary, archive: ArchiveReader, office: Any
) -> None:
    """Verify with the pinned key; on first contact pin the manifest's keys."""
    manifest = archive.manifest
    if office.signing_key:
        archive.verify(signing_public_key(office.signing_key))
        return
    try:
        signing = text_field(manifest, "signing_key", 60)
        encryption = text_field(manifest, "encryption_key", 60)
        key = signing_public_key(signing)
        fingerprint(encryption)
    except ValueError as error:
        raise damaged("gönderen anahtarı okunamadı", "the sender's key cannot be read") from error
    archive.verify(key)
    record.change(
        session,
        SYNC_ACTOR,
        office,
        {
            "signing_key": signing,
            "key_fingerprint": fingerprint(signing),
            "encryption_key": encryption,
        },
    )
    summary.pinned_fingerprint = fingerprint(signing)


def _refuse_replay(session: Session, header: Header, digest: str, *, same_content: bool) -> None:
    log = PackageLog.__table__
    found = session.execute(
        select(log.c.sha256, log.c.created_at).where(
            log.c.direction == "in",
            log.c.office == header.sender,
            log.c.sequence == header.sequence,
        )
    ).first()
    if found is None:
        return
    when = found.created_at.strftime("%d.%m.%Y")
    if found.sha256 == digest:
        raise AlreadyImported(
            f"{header.sender} ofisinin {header.sequence} numaralı paketi {when} tarihinde zaten "
            "alındı; hiçbir şey değişmedi.",
            f"Package {header.sequence} of {header.sender} was already imported on {when}; "
            "nothing changed.",
        )
    if not same_content:
        raise AlreadyImported(
            f"{header.sender} ofisinin {header.sequence} numaralı paketi {when} tarihinde farklı "
            "içerikle alınmıştı (ofis eski bir yedeğe dönmüş olabilir). Bu paket reddedildi; "
            f"ofise bir makbuz gönderin ('infospot receipt {header.sender}'), ofis makbuzu "
            "aldıktan sonra yeni bir paket hazırlasın.",
            f"Package {header.sequence} of {header.sender} was already imported on {when} with "
            "different content (the office may have restored an older backup). This one was "
            f"refused; send the office a receipt ('infospot receipt {header.sender}') and ask "
            "for a new package once it is imported there.",
        )


def _parse_clock(text: str) -> Any:
    from datetime import UTC, datetime

    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
