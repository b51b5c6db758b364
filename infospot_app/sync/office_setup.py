"""Setting up HQ's keys, writing an office setup file at HQ, and creating an office from it."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.errors import InfoSpotError
from ..core.models import utcnow
from ..core.services import record, settings, setup
from ..core.services.setup import HQ
from .apply import Applier
from .archive import ArchiveReader, ArchiveWriter
from .container import Envelope, Header, open_body, read_envelope, write_file
from .errors import damaged
from .export import HQ_TABLES
from .importer import SYNC_ACTOR
from .keys import fingerprint, generate_keys, load_keys, office_row, signing_public_key
from .manifest import base_manifest, check_manifest, text_field
from .rows import MODELS, TABLE_ORDER, RowProblem, columns, encode
from .summary import ImportSummary


@dataclass(frozen=True)
class Fingerprints:
    """Fingerprints to read over the phone: this database's own, and HQ's."""

    office: str
    signing: str
    encryption: str
    hq_signing: str


def init_central(session: Session) -> Fingerprints:
    """Set a fresh database up as HQ with its key pairs; HQ's office row carries the public keys."""
    setup.initialize(session, HQ)
    pair = generate_keys(session)
    hq = office_row(session, HQ)
    assert hq is not None
    values = {
        "signing_key": pair.signing_public,
        "key_fingerprint": pair.signing_fingerprint,
        "encryption_key": pair.encryption_public,
    }
    record.change(session, SYNC_ACTOR, hq, values)
    return Fingerprints(
        HQ, pair.signing_fingerprint, pair.encryption_fingerprint, pair.signing_fingerprint
    )


def reference_lines(session: Session, table_name: str) -> list[str]:
    """Every row of an HQ-owned table, tombstones included, as JSON lines."""
    table = MODELS[table_name].__table__
    stmt = select(*(table.c[c.name] for c in columns(table_name))).order_by(table.c.id)
    return [encode(table_name, row._mapping) for row in session.execute(stmt)]


def write_setup_file(session: Session, office: str, out: Path) -> Path:
    """Write the signed setup file of ``office`` (HQ only)."""
    office = office.strip().upper()
    if not settings.is_central(session):
        raise InfoSpotError(
            "Kurulum dosyasını yalnızca merkez hazırlar.", "Only HQ writes setup files."
        )
    row = office_row(session, office)
    if row is None or row.central:
        raise InfoSpotError(
            f"{office} adlı bir ofis tanımlı değil.", f"There is no office {office} defined."
        )
    pair = load_keys(session)
    header = Header("setup", HQ, office, 0, None, "none")
    archive = ArchiveWriter()
    for name in TABLE_ORDER:
        if name in HQ_TABLES:
            archive.write_member(f"rows/{name}.jsonl", iter(reference_lines(session, name)))
    manifest = {
        **base_manifest(session, header),
        "created": utcnow().isoformat(),
        "signing_key": pair.signing_public,
        "encryption_key": pair.encryption_public,
    }
    with archive.finish(manifest, pair.signing) as body:
        return write_file(out, header, body, None)


def _setup_rule(table: str, office: object) -> RowProblem | None:
    if table not in HQ_TABLES or office != HQ:
        return RowProblem(
            "kurulum dosyası yalnızca merkez verisi taşır", "setup files carry HQ data only"
        )
    return None


def init_from_setup_file(session: Session, path: Path) -> Fingerprints:
    """Create this office from HQ's setup file; generate the office's key pairs."""
    if settings.office_code(session) is not None:
        raise InfoSpotError(
            "Bu veritabanı zaten kurulmuş; kurulum dosyası yeni bir veritabanına uygulanır.",
            "This database is already set up; a setup file is applied to a new database.",
        )
    envelope = read_envelope(path)
    header = envelope.header
    if header.kind != "setup" or header.sender != HQ:
        raise damaged("bu bir ofis kurulum dosyası değil", "this is not an office setup file")
    with tempfile.TemporaryFile() as body:
        return _set_up(session, path, envelope, ArchiveReader(open_body(envelope, None, "", body)))


def _set_up(
    session: Session, path: Path, envelope: Envelope, archive: ArchiveReader
) -> Fingerprints:
    header = envelope.header
    check_manifest(archive.manifest, header)
    hq_key = text_field(archive.manifest, "signing_key", 60)
    archive.verify(signing_public_key(hq_key))  # trust on first use; the fingerprint is shown
    archive.check_hashes()
    settings.set_setting(session, settings.OFFICE_CODE, header.recipient)
    settings.set_setting(session, settings.MODE, "office")
    summary = ImportSummary(file=str(path), office=HQ)
    applier = Applier(session, summary, HQ, _setup_rule)
    for name in TABLE_ORDER:
        if f"rows/{name}.jsonl" in archive.manifest["files"]:
            applier.apply_lines(name, archive.lines(f"rows/{name}.jsonl"))
    hq = office_row(session, HQ)
    own = office_row(session, header.recipient)
    if summary.totals().quarantined or hq is None or own is None or hq.signing_key != hq_key:
        raise damaged("kurulum verisi eksik ya da tutarsız", "the setup data is incomplete")
    pair = generate_keys(session)
    settings.set_setting(session, "setup_file_sha256", envelope.sha256)
    return Fingerprints(
        header.recipient, pair.signing_fingerprint, pair.encryption_fingerprint, fingerprint(hq_key)
    )
