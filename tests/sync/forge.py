"""Building packages by hand, as a hostile or broken sender would, with real keys and formats."""

from __future__ import annotations

import io
import json
import struct
import zipfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from infospot_app.core.storage import OpenDatabase
from infospot_app.sync.container import (
    _LENGTH,
    _SUITE,
    FORMAT,
    INFO_PREFIX,
    MAGIC,
    SUITE,
    SUITE_V1,
    Header,
    write_file,
)
from infospot_app.sync.keys import encryption_public_key, fingerprint, load_keys, office_row


def office_keys(db: OpenDatabase) -> Any:
    with db.session() as session:
        return load_keys(session)


def hq_encryption(hq: OpenDatabase) -> str:
    with hq.session() as session:
        row = office_row(session, "HQ")
        assert row is not None and row.encryption_key
        return row.encryption_key


def body(
    manifest: dict[str, Any],
    members: dict[str, bytes],
    key: Ed25519PrivateKey,
    *,
    extra: dict[str, bytes] | None = None,
    sign: bool = True,
    with_manifest: bool = True,
) -> bytes:
    import hashlib

    files = {
        name: {
            "sha256": hashlib.sha256(data).hexdigest(),
            "bytes": len(data),
            "rows": data.count(b"\n"),
        }
        for name, data in members.items()
    }
    raw = json.dumps({**manifest, "files": files}).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in {**members, **(extra or {})}.items():
            archive.writestr(name, data)
        if with_manifest:
            archive.writestr("manifest.json", raw)
        if sign:
            archive.writestr("manifest.sig", key.sign(raw))
    return out.getvalue()


def package(
    path: Path,
    office: OpenDatabase,
    hq: OpenDatabase,
    rows: dict[str, list[dict[str, Any]]],
    *,
    sender: str = "TR19",
    sequence: int = 1,
    key: Ed25519PrivateKey | None = None,
    recipient_key: str | None = None,
    manifest_changes: dict[str, Any] | None = None,
    raw_members: dict[str, bytes] | None = None,
    format_version: int = FORMAT,
    **options: Any,
) -> Path:
    """A package from ``office`` carrying ``rows`` (table → list of row dicts)."""
    pair = office_keys(office)
    hq_key = hq_encryption(hq)
    members = {
        f"rows/{t}.jsonl": b"".join(json.dumps(r).encode() + b"\n" for r in rs)
        for t, rs in rows.items()
    }
    members.update(raw_members or {})
    suite = SUITE_V1 if format_version == 1 else SUITE
    header = Header(
        "package",
        sender,
        "HQ",
        sequence,
        recipient_key or fingerprint(hq_key),
        suite,
        format_version,
    )
    manifest = {
        "format": format_version,
        "kind": "package",
        "app_version": "0.1.0",
        "schema": "0001",
        "sender": sender,
        "recipient": "HQ",
        "recipient_key": header.recipient_key,
        "sequence": sequence,
        "previous_sha256": None,
        "office_clock": "2026-03-12T09:00:00+00:00",
        "rev_from": 0,
        "rev_to": 10,
        "full": False,
        "signing_key": pair.signing_public,
        "encryption_key": pair.encryption_public,
        "counts": {},
        **(manifest_changes or {}),
    }
    data = body(manifest, members, key or pair.signing, **options)
    if format_version == 1:
        return format_1_file(path, header, data, hq_key)
    return write_file(path, header, data, encryption_public_key(hq_key))


def format_1_file(path: Path, header: Header, data: bytes, hq_key: str) -> Path:
    """A file as InfoSpot wrote them before format 2: the body as one HPKE ciphertext."""
    raw = header.to_bytes()
    sealed = _SUITE.encrypt(data, encryption_public_key(hq_key), info=INFO_PREFIX + raw)
    path.write_bytes(MAGIC + _LENGTH.pack(len(raw)) + raw + sealed)
    return path


def raw_file(path: Path, header: dict[str, Any], payload: bytes) -> Path:
    raw = json.dumps(header).encode()
    path.write_bytes(MAGIC + struct.pack(">I", len(raw)) + raw + payload)
    return path
