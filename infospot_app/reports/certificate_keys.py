"""The keys certificates are signed and checked with: this database's and the pinned offices'.

The core takes a ``Signer`` and a public-key lookup so that it never touches the sync keys;
this module builds both from ``sync.keys``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy.orm import Session

from ..core.certificate_code import Signer
from ..core.services import settings
from ..core.services.certificates import office_public_key
from ..sync import keys

log = logging.getLogger(__name__)


def database_signer(session: Session) -> Signer:
    """A signer with this database's Ed25519 key, made (and stored) the first time if missing.

    An office set up with ``infospot init --office`` has no keys until it first syncs; a
    certificate printed before then must still carry a signature. Call inside a write
    transaction so that new keys are stored with the certificates they signed.
    """
    if settings.get_setting(session, keys.SIGNING_PRIVATE) is None:
        log.info("this database had no signing key; generating one for certificates")
        pair = keys.generate_keys(session)
    else:
        pair = keys.load_keys(session)
    return Signer(sign=pair.signing.sign, fingerprint=pair.signing_fingerprint)


def public_key_lookup(session: Session) -> Callable[[str], bytes | None]:
    """Office code → raw Ed25519 public key: this database's own, else the offices table's."""
    own_office = settings.office_code(session)
    own_key = settings.get_setting(session, keys.SIGNING_PRIVATE)
    own = keys.load_keys(session) if own_key is not None else None

    def lookup(office: str) -> bytes | None:
        if own is not None and office == own_office:
            return keys.raw_public(own.signing.public_key())
        pinned = office_public_key(session, office)
        return keys.unb64(pinned) if pinned else None

    return lookup
