"""Manifest fields shared by packages, receipts and setup files, and their checks."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from .. import __version__
from ..core.migrate import alembic_config
from .container import FORMAT, Header
from .errors import TooNew, damaged


@cache
def known_schemas() -> frozenset[str]:
    """Every schema revision this application knows (older ones can be read, upgraded)."""
    from alembic.script import ScriptDirectory  # only when a package is read or written

    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(r.revision for r in script.walk_revisions())


def schema_of(session: Session) -> str:
    """The schema revision of this database."""
    return session.execute(text("SELECT version_num FROM alembic_version")).scalar_one()


def base_manifest(session: Session, header: Header) -> dict[str, Any]:
    """The fields every manifest starts with, matching the header."""
    return {
        "format": FORMAT,
        "kind": header.kind,
        "app_version": __version__,
        "schema": schema_of(session),
        "sender": header.sender,
        "recipient": header.recipient,
        "recipient_key": header.recipient_key,
        "sequence": header.sequence,
    }


def check_manifest(manifest: dict[str, Any], header: Header) -> None:
    """Refuse a manifest that disagrees with the header or comes from a newer schema."""
    fields = ("format", "kind", "sender", "recipient", "recipient_key", "sequence")
    for name in fields:
        if manifest.get(name) != getattr(header, name):
            raise damaged(
                f"içerik listesindeki '{name}' başlıkla uyuşmuyor",
                f"the manifest's '{name}' does not match the header",
            )
    if manifest.get("schema") not in known_schemas():
        raise TooNew(
            "Bu dosya daha yeni bir veritabanı şemasıyla (daha yeni bir InfoSpot) hazırlanmış; "
            "uygulamayı güncelleyin. Veritabanına dokunulmadı.",
            "This package comes from a newer InfoSpot (a newer database schema); update the "
            "application. The database was not touched.",
        )


def integer(manifest: dict[str, Any], name: str) -> int:
    """A non-negative integer field of the manifest."""
    value = manifest.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise damaged(f"içerik listesinde '{name}' hatalı", f"the manifest's '{name}' is invalid")
    return value


def text_field(manifest: dict[str, Any], name: str, limit: int = 200) -> str:
    """A text field of the manifest."""
    value = manifest.get(name)
    if not isinstance(value, str) or len(value) > limit:
        raise damaged(f"içerik listesinde '{name}' hatalı", f"the manifest's '{name}' is invalid")
    return value
