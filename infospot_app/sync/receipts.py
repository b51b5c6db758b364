"""Receipts: HQ acknowledges an office's packages and sends back reference data."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.orm import Session

from ..core.database import Database
from ..core.errors import InfoSpotError
from ..core.models import (
    Cluster,
    Company,
    Conflict,
    Counter,
    Membership,
    PackageLog,
    QuarantinedRow,
    utcnow,
)
from ..core.services import settings
from ..core.services.record import current_counter, next_counter
from ..core.services.setup import HQ
from .acknowledgement import received
from .apply import Applier
from .archive import ArchiveReader, ArchiveWriter
from .container import SUITE, Header, open_body, read_envelope, write_file
from .errors import damaged
from .export import ACKED_REV, HQ_TABLES, SEQUENCE_COUNTER
from .importer import spool
from .keys import encryption_public_key, fingerprint, load_keys, office_row, signing_public_key
from .manifest import base_manifest, check_manifest, integer
from .office_setup import reference_lines
from .rows import MODELS, TABLE_ORDER, RowProblem, columns, encode
from .summary import ImportSummary

RECEIPT_TABLES = HQ_TABLES | {"companies", "clusters"}
LAST_RECEIPT = "sync_last_receipt"


def _partner_rows(session: Session, office: str, province: str) -> dict[str, Iterator[str]]:
    """Other offices' clusters and companies this office works with (read-only there)."""
    own_companies = select(Company.id).where(Company.office == office)
    own_clusters = select(Cluster.id).where(Cluster.office == office)
    clusters_stmt = select(Cluster.id).where(
        Cluster.office != office,
        or_(
            Cluster.id.in_(
                select(Membership.cluster_id).where(Membership.company_id.in_(own_companies))
            ),
            Cluster.provinces.contains(province) if province else False,
        ),
    )
    companies_stmt = select(Company.id).where(
        Company.office != office,
        Company.id.in_(
            select(Membership.company_id).where(Membership.cluster_id.in_(own_clusters))
        ),
    )
    out = {}
    for name, ids_stmt in (("clusters", clusters_stmt), ("companies", companies_stmt)):
        table = MODELS[name].__table__
        stmt = select(*(table.c[c.name] for c in columns(name))).where(table.c.id.in_(ids_stmt))
        out[name] = iter([encode(name, r._mapping) for r in session.execute(stmt)])
    return out


def _issues(session: Session, office: str) -> tuple[list[str], list[str]]:
    q = QuarantinedRow.__table__
    c = Conflict.__table__
    quarantined = [
        json.dumps({"table": t, "row_id": r, "version": v, "reason": why}, ensure_ascii=False)
        for t, r, v, why in session.execute(
            select(q.c.table_name, q.c.row_id, q.c.version, q.c.reason).where(
                q.c.office == office, q.c.released_at.is_(None)
            )
        )
    ]
    conflicts = [
        json.dumps(
            {"table": t, "row_id": r, "version": v, "reason": "conflict"}, ensure_ascii=False
        )
        for t, r, v in session.execute(
            select(c.c.table_name, c.c.row_id, c.c.version).where(
                c.c.office == office, c.c.resolved_at.is_(None)
            )
        )
    ]
    return quarantined, conflicts


def write_receipt(db: Database, office: str, out: Path) -> Path:
    """Write the receipt for ``office`` at HQ, encrypted to the office's pinned key."""
    office = office.strip().upper()
    with db.transaction() as session:
        if not settings.is_central(session):
            raise InfoSpotError("Makbuzu yalnızca merkez hazırlar.", "Only HQ writes receipts.")
        row = office_row(session, office)
        if row is None or not row.encryption_key:
            raise InfoSpotError(
                f"{office} ofisinden henüz paket alınmadı; anahtarı bilinmediği için makbuz "
                "hazırlanamaz.",
                f"No package has come from {office} yet; its key is unknown, so no receipt "
                "can be written.",
            )
        sequence = next_counter(session, f"receipt:{office}")
        pair = load_keys(session)
        header = Header("receipt", HQ, office, sequence, fingerprint(row.encryption_key), SUITE)
        got = received(session, office)
        archive = ArchiveWriter()
        for name in TABLE_ORDER:
            if name in HQ_TABLES:
                archive.write_member(f"rows/{name}.jsonl", iter(reference_lines(session, name)))
        for name, lines in _partner_rows(session, office, row.province).items():
            archive.write_member(f"rows/{name}.jsonl", lines)
        quarantined, conflicts = _issues(session, office)
        archive.write_member("receipt/quarantine.jsonl", iter(quarantined))
        archive.write_member("receipt/conflicts.jsonl", iter(conflicts))
        manifest = {
            **base_manifest(session, header),
            "created": utcnow().isoformat(),
            "acknowledged": {
                "rev": got.acked_rev,
                "sequence": got.highest_sequence,
                "missing": got.missing,
                "packages": _imported_digests(session, office),
            },
        }
        body = archive.finish(manifest, pair.signing)
        key = encryption_public_key(row.encryption_key)
    with body:
        return write_file(out, header, body, key)


def _receipt_rule(own: str) -> Any:
    def rule(table: str, office: Any) -> RowProblem | None:
        if table not in RECEIPT_TABLES:
            return RowProblem(f"makbuz {table} taşıyamaz", f"a receipt may not carry {table}")
        if table in HQ_TABLES and office != HQ:
            return RowProblem("başvuru verisi merkeze ait olmalı", "reference data must be HQ's")
        if office == own:
            return RowProblem(
                "makbuz ofisin kendi kaydını değiştiremez",
                "a receipt may not change the office's own rows",
            )
        return None

    return rule


def import_receipt(db: Database, path: Path) -> ImportSummary:
    """Import HQ's receipt at an office: acknowledgement, issues, reference data; one transaction."""
    envelope = read_envelope(path)
    header = envelope.header
    summary = ImportSummary(file=str(path), office=header.sender, sequence=header.sequence)
    with spool(db) as body, db.transaction() as session:
        own = settings.office_code(session)
        if header.kind != "receipt" or header.sender != HQ or header.recipient != own:
            raise damaged(
                "bu dosya bu ofis için bir makbuz değil", "this is not a receipt for this office"
            )
        pair = load_keys(session)
        archive = ArchiveReader(
            open_body(envelope, pair.encryption, pair.encryption_fingerprint, body)
        )
        hq = office_row(session, HQ)
        if hq is None or not hq.signing_key:
            raise damaged("merkezin anahtarı bilinmiyor", "HQ's key is unknown")
        archive.verify(signing_public_key(hq.signing_key))
        archive.check_hashes()
        check_manifest(archive.manifest, header)
        files = archive.manifest["files"]
        applier = Applier(session, summary, HQ, _receipt_rule(own))
        for name in TABLE_ORDER:
            if f"rows/{name}.jsonl" in files:
                applier.apply_lines(name, archive.lines(f"rows/{name}.jsonl"))
        acknowledged = archive.manifest.get("acknowledged")
        if not isinstance(acknowledged, dict):
            raise damaged("makbuzda onay bilgisi yok", "the receipt has no acknowledgement")
        _acknowledge(session, acknowledged)
        if header.sequence > settings.get_setting(session, LAST_RECEIPT, 0):
            settings.set_setting(session, LAST_RECEIPT, header.sequence)
            _store_issues(session, own, archive)
    return summary


def _imported_digests(session: Session, office: str) -> list[str]:
    """SHA-256 of every package of ``office`` HQ imported, oldest first."""
    log = PackageLog.__table__
    stmt = (
        select(log.c.sha256)
        .where(log.c.direction == "in", log.c.office == office)
        .order_by(log.c.created_at, log.c.id)
    )
    return list(session.scalars(stmt))


def _acknowledge(session: Session, acknowledged: dict[str, Any]) -> None:
    """Confirm what HQ holds: the acknowledged rev, the packages, and the package counter.

    The acknowledged rev is worked out here from this office's own packages that HQ holds by
    digest, the same "covered without gaps from 0" rule HQ applies. HQ's own figure counts revs
    of whatever the office sent, and after the office restored an older backup its rev numbers
    start again below that figure: trusting it would mark edits made since as confirmed before
    they ever left. (A receipt without digests, from an older HQ, is taken at its figure.)

    The package counter is raised to HQ's highest sequence: after a restored backup the office
    would otherwise number its next packages again from the backup's count, and HQ refuses a
    number it already has.
    """
    log = PackageLog.__table__
    digests = acknowledged.get("packages")
    if isinstance(digests, list):
        held = {d for d in digests if isinstance(d, str)}
        rev = _covered(session, held)
        session.execute(
            update(log)
            .where(log.c.direction == "out", log.c.sha256.in_(held))
            .where(log.c.acknowledged_at.is_(None))
            .values(acknowledged_at=utcnow())
        )
    else:
        rev = integer(acknowledged, "rev")
    if rev > settings.get_setting(session, ACKED_REV, 0):
        settings.set_setting(session, ACKED_REV, rev)
    acked = settings.get_setting(session, ACKED_REV, 0)
    session.execute(
        update(log)
        .where(log.c.direction == "out", log.c.rev_to <= acked, log.c.acknowledged_at.is_(None))
        .values(acknowledged_at=utcnow())
    )
    raise_counter(session, SEQUENCE_COUNTER, integer(acknowledged, "sequence"))


def _covered(session: Session, held: set[str]) -> int:
    """The end of this office's rev range covered without gaps from 0 by packages HQ holds."""
    log = PackageLog.__table__
    ranges = session.execute(
        select(log.c.rev_from, log.c.rev_to, log.c.sha256).where(log.c.direction == "out")
    ).all()
    covered = 0
    for rev_from, rev_to, digest in sorted(ranges):
        if digest in held and rev_from <= covered:
            covered = max(covered, rev_to)
    return covered


def raise_counter(session: Session, name: str, at_least: int) -> None:
    """Make counter ``name`` at least ``at_least`` (never lower it)."""
    if current_counter(session, name) >= at_least:
        return
    counter = session.get(Counter, name)
    if counter is None:
        session.add(Counter(name=name, value=at_least))
    else:
        counter.value = at_least
    session.flush()


def _store_issues(session: Session, own: str, archive: ArchiveReader) -> None:
    """Replace the office's copy of HQ's quarantine and conflict lists."""
    q = QuarantinedRow.__table__
    c = Conflict.__table__
    session.execute(delete(q).where(q.c.office == own))
    session.execute(delete(c).where(c.c.office == own))
    for name, table in (("receipt/quarantine.jsonl", q), ("receipt/conflicts.jsonl", c)):
        if name not in archive.manifest["files"]:
            continue
        for line in archive.lines(name):
            item = json.loads(line)
            common = {
                "table_name": str(item.get("table", ""))[:40],
                "row_id": str(item.get("row_id", ""))[:36],
                "office": own,
                "version": int(item.get("version", 0)),
            }
            if table is q:
                values = {
                    **common,
                    "data": "",
                    "reason": str(item.get("reason", ""))[:2000],
                    "created_at": utcnow(),
                }
            else:
                values = {**common, "stored": "", "incoming": "", "detected_at": utcnow()}
            session.execute(insert(table).values(**values))
