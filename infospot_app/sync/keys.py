"""This database's key pairs, public-key fingerprints and the keys pinned for other offices.

Private keys live in the ``settings`` table of the database they belong to. The database is the
unit InfoSpot backs up, restores and moves to a new PC, so the keys go wherever the data goes
and a restored backup can still sign and decrypt; a separate key file would be one more thing to
lose. The database already holds every record in clear, so a key inside it exposes nothing that
a stolen database file would not expose anyway.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.errors import InfoSpotError
from ..core.models import Office
from ..core.services import settings

SIGNING_PRIVATE = "sync_signing_private_key"
ENCRYPTION_PRIVATE = "sync_encryption_private_key"


def b64(raw: bytes) -> str:
    """Standard base64 text of ``raw``."""
    return base64.b64encode(raw).decode("ascii")


def unb64(text: str) -> bytes:
    """The bytes of standard base64 ``text`` (ValueError if malformed)."""
    return base64.b64decode(text.encode("ascii"), validate=True)


def raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    """The 32 raw bytes of a public key."""
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint(public_key: bytes | str) -> str:
    """SHA-256 of the raw public key, first 16 bytes, as 8 groups of 4 hex digits.

    Short enough to read over the phone, long enough (128 bits) that nobody can forge a match.
    """
    raw = unb64(public_key) if isinstance(public_key, str) else public_key
    digest = hashlib.sha256(raw).hexdigest()[:32].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True)
class KeyPair:
    """This database's signing (Ed25519) and encryption (X25519) private keys."""

    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @property
    def signing_public(self) -> str:
        return b64(raw_public(self.signing.public_key()))

    @property
    def encryption_public(self) -> str:
        return b64(raw_public(self.encryption.public_key()))

    @property
    def signing_fingerprint(self) -> str:
        return fingerprint(self.signing_public)

    @property
    def encryption_fingerprint(self) -> str:
        return fingerprint(self.encryption_public)


def _raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> str:
    return b64(key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()))


def generate_keys(session: Session) -> KeyPair:
    """Make and store this database's key pairs; refuse if it has them already."""
    if settings.get_setting(session, SIGNING_PRIVATE) is not None:
        raise InfoSpotError(
            "Bu veritabanının anahtarları zaten var; yenileri oluşturulmadı.",
            "This database already has its keys; no new ones were made.",
        )
    pair = KeyPair(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    settings.set_setting(session, SIGNING_PRIVATE, _raw_private(pair.signing))
    settings.set_setting(session, ENCRYPTION_PRIVATE, _raw_private(pair.encryption))
    return pair


def load_keys(session: Session) -> KeyPair:
    """This database's key pairs, or an error saying how to make them."""
    signing = settings.get_setting(session, SIGNING_PRIVATE)
    encryption = settings.get_setting(session, ENCRYPTION_PRIVATE)
    if signing is None or encryption is None:
        raise InfoSpotError(
            "Bu veritabanının eşitleme anahtarı yok. Merkezde 'infospot init --central', "
            "ofiste 'infospot init --setup-file DOSYA' ile kurun.",
            "This database has no sync keys. Set it up with 'infospot init --central' at HQ "
            "or 'infospot init --setup-file FILE' at an office.",
        )
    return KeyPair(
        Ed25519PrivateKey.from_private_bytes(unb64(signing)),
        X25519PrivateKey.from_private_bytes(unb64(encryption)),
    )


def signing_public_key(text: str) -> Ed25519PublicKey:
    """An Ed25519 public key from base64 text."""
    return Ed25519PublicKey.from_public_bytes(unb64(text))


def encryption_public_key(text: str) -> X25519PublicKey:
    """An X25519 public key from base64 text."""
    return X25519PublicKey.from_public_bytes(unb64(text))


def office_row(session: Session, code: str) -> Office | None:
    """The live office with this code, or None."""
    return session.scalar(select(Office).where(Office.code == code, Office.deleted_at.is_(None)))
