"""The verification code of a certificate: its facts in clear text, signed with Ed25519.

A code reads ``TR19-2026-00042|Ayşe Yılmaz|Yalın Üretim|02.03.2026|04.03.2026|18|10.03.2026|
3F2A9C01|<signature>``: number, participant, training, first and last day, total hours, issue
date, the first 8 hex digits of the signing key's fingerprint, and the base64url Ed25519
signature of everything before it. A phone that scans the QR code shows the facts; ``infospot
verify`` checks the signature offline, so a changed name, number, date or hours fails.

The core never touches the key itself: whoever issues passes a ``Signer``.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from .errors import InfoSpotError

SEPARATOR = "|"
# Signatures are over this prefix plus the facts, so a certificate signature can never be
# passed off as the signature of a sync package manifest made with the same key, or vice versa.
DOMAIN = b"infospot-certificate-v1\n"
FIELD_COUNT = 9
DATE_FORMAT = "%d.%m.%Y"


@dataclass(frozen=True)
class Signer:
    """Signs bytes with the issuing database's Ed25519 key; ``fingerprint`` names that key."""

    sign: Callable[[bytes], bytes]
    fingerprint: str

    @property
    def key_id(self) -> str:
        """The first 8 hex digits of the fingerprint, carried in every code."""
        return self.fingerprint.replace("-", "")[:8].upper()


@dataclass(frozen=True)
class CertificateFacts:
    """What a certificate states, exactly as signed."""

    number: str
    full_name: str
    training_title: str
    start_date: date | None
    end_date: date | None
    total_hours: Decimal
    issued_on: date

    @property
    def office(self) -> str:
        """The issuing office: the number's first part (``TR19`` of ``TR19-2026-00042``)."""
        return self.number.split("-", 1)[0]


@dataclass(frozen=True)
class CodeReading:
    """A code taken apart: the facts, the key id, the signed text and the signature."""

    facts: CertificateFacts
    key_id: str
    signed: bytes
    signature: bytes

    def signature_valid(self, public_key: bytes) -> bool:
        """Whether the signature is by the 32-byte Ed25519 ``public_key``."""
        try:
            Ed25519PublicKey.from_public_bytes(public_key).verify(self.signature, self.signed)
        except (InvalidSignature, ValueError):
            return False
        return True


class InvalidCode(InfoSpotError):
    """The text is not a certificate verification code at all."""


def clean(text: str) -> str:
    """A fact made safe to carry: no separator, no line breaks, single spaces."""
    return " ".join(text.replace(SEPARATOR, "¦").split())


def hours_text(hours: Decimal) -> str:
    """Hours without trailing zeros (18, 17.5)."""
    return format(hours.normalize(), "f")


def _day(value: date | None) -> str:
    return "" if value is None else value.strftime(DATE_FORMAT)


def facts_text(facts: CertificateFacts, key_id: str) -> str:
    """The signed part of a code."""
    fields = [
        clean(facts.number),
        clean(facts.full_name),
        clean(facts.training_title),
        _day(facts.start_date),
        _day(facts.end_date),
        hours_text(facts.total_hours),
        _day(facts.issued_on),
        key_id,
    ]
    return SEPARATOR.join(fields)


def make_code(facts: CertificateFacts, signer: Signer) -> str:
    """The verification code of ``facts``, signed by ``signer``."""
    text = facts_text(facts, signer.key_id)
    signature = signer.sign(DOMAIN + text.encode("utf-8"))
    return text + SEPARATOR + base64.urlsafe_b64encode(signature).decode("ascii").rstrip("=")


def _not_a_code() -> InvalidCode:
    return InvalidCode(
        "Bu metin bir InfoSpot belge doğrulama kodu değil. Kodu eksiksiz kopyalayın "
        "(QR kodunu okutun ya da belgedeki kodun tamamını yazın).",
        "This text is not an InfoSpot certificate verification code. Copy the whole code "
        "(scan the QR code or type the full code printed on the certificate).",
    )


def _parse_day(text: str, required: bool) -> date | None:
    if not text and not required:
        return None
    return datetime.strptime(text, DATE_FORMAT).date()


def read_code(code: str) -> CodeReading:
    """Take a code apart (InvalidCode if it is not one); the signature is not checked here."""
    code = code.strip()
    fields = code.split(SEPARATOR)
    if len(fields) != FIELD_COUNT:
        raise _not_a_code()
    number, name, title, start, end, hours, issued, key_id, signature = fields
    try:
        facts = CertificateFacts(
            number=number,
            full_name=name,
            training_title=title,
            start_date=_parse_day(start, required=False),
            end_date=_parse_day(end, required=False),
            total_hours=Decimal(hours),
            issued_on=_parse_day(issued, required=True),  # type: ignore[arg-type]
        )
        raw_signature = base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4))
    except (ValueError, InvalidOperation, binascii.Error) as error:
        raise _not_a_code() from error
    if "-" not in number or len(raw_signature) != 64:
        raise _not_a_code()
    signed = DOMAIN + code.rsplit(SEPARATOR, 1)[0].encode("utf-8")
    return CodeReading(facts, key_id, signed, raw_signature)
