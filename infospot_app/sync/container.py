"""The outer file: magic, a short clear header, then the body encrypted with HPKE (RFC 9180).

Layout (docs/sync-format.md): ``MAGIC`` (8 bytes), the header length (4 bytes, big-endian),
the header (UTF-8 JSON), then the HPKE single-shot ciphertext ``enc || ct`` whose ``info`` is
``INFO_PREFIX + header bytes``, so the header cannot be altered without decryption failing.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from . import limits
from .atomic import write_atomically
from .errors import Damaged, SyncRefused, TooNew, WrongRecipient, damaged

MAGIC = b"ISPKG\r\n\x1a"
FORMAT = 1
SUITE = "HPKE-base/X25519/HKDF-SHA256/ChaCha20-Poly1305"
INFO_PREFIX = b"InfoSpot sync file\x00"
KINDS = ("package", "receipt", "setup")
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
_LENGTH = struct.Struct(">I")


@dataclass(frozen=True)
class Header:
    """The clear header: enough to route the file and pick the key, nothing secret."""

    kind: str
    sender: str
    recipient: str
    sequence: int
    recipient_key: str | None
    encryption: str
    format: int = FORMAT

    def to_bytes(self) -> bytes:
        data = {
            "format": self.format,
            "kind": self.kind,
            "sender": self.sender,
            "recipient": self.recipient,
            "sequence": self.sequence,
            "recipient_key": self.recipient_key,
            "encryption": self.encryption,
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write_file(path: Path, header: Header, body: bytes, recipient: X25519PublicKey | None) -> Path:
    """Write the file atomically; the body is encrypted to ``recipient`` unless setup."""
    raw = header.to_bytes()
    payload = body if recipient is None else _SUITE.encrypt(body, recipient, info=INFO_PREFIX + raw)
    return write_atomically(path, [MAGIC, _LENGTH.pack(len(raw)), raw, payload])


def read_header(data: bytes) -> tuple[Header, bytes, bytes]:
    """The header, its raw bytes and the payload; refuses what is not an InfoSpot file."""
    if len(data) > limits.MAX_FILE_BYTES:
        raise SyncRefused(
            f"Dosya çok büyük ({len(data) // 2**20} MiB). Bir eşitleme dosyası en fazla "
            f"{limits.MAX_FILE_BYTES // 2**20} MiB olabilir.",
            f"The file is too large ({len(data) // 2**20} MiB). A sync file is at most "
            f"{limits.MAX_FILE_BYTES // 2**20} MiB.",
        )
    if not data.startswith(MAGIC):
        raise Damaged(
            "Bu bir InfoSpot eşitleme dosyası değil (dosya başı tanınmadı). Doğru dosyayı seçin.",
            "This is not an InfoSpot sync file (unknown file start). Choose the right file.",
        )
    if len(data) < len(MAGIC) + _LENGTH.size:
        raise damaged("dosya başlığı eksik", "the header is cut short")
    (length,) = _LENGTH.unpack_from(data, len(MAGIC))
    start = len(MAGIC) + _LENGTH.size
    if length > limits.MAX_HEADER_BYTES or start + length > len(data):
        raise damaged("başlık uzunluğu geçersiz", "the header length is invalid")
    raw = data[start : start + length]
    return _parse_header(raw), raw, data[start + length :]


def _parse_header(raw: bytes) -> Header:
    try:
        fields: dict[str, Any] = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise damaged("başlık okunamadı", "the header cannot be read") from error
    if not isinstance(fields, dict):
        raise damaged("başlık okunamadı", "the header cannot be read")
    version = fields.get("format")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT:
        raise TooNew(
            "Bu dosya daha yeni bir InfoSpot ile hazırlanmış; uygulamayı güncelleyin. "
            "Veritabanına dokunulmadı.",
            "This package comes from a newer InfoSpot; update the application. "
            "The database was not touched.",
        )
    try:
        header = Header(
            kind=_text(fields, "kind"),
            sender=_text(fields, "sender"),
            recipient=_text(fields, "recipient"),
            sequence=_integer(fields, "sequence"),
            recipient_key=fields.get("recipient_key"),
            encryption=_text(fields, "encryption"),
            format=_integer(fields, "format"),
        )
    except (KeyError, TypeError) as error:
        raise damaged(
            "başlıkta alan eksik ya da hatalı", "a header field is missing or wrong"
        ) from error
    if header.recipient_key is not None and not isinstance(header.recipient_key, str):
        raise damaged("başlıkta alıcı anahtarı hatalı", "the header's recipient key is invalid")
    if header.format != FORMAT or header.kind not in KINDS:
        raise damaged("başlıkta bilinmeyen tür", "unknown kind in the header")
    if header.encryption not in (SUITE, "none") or (header.encryption == "none") != (
        header.kind == "setup"
    ):
        raise damaged("şifreleme yöntemi geçersiz", "invalid encryption method")
    return header


def _text(fields: dict[str, Any], key: str) -> str:
    value = fields[key]
    if not isinstance(value, str) or not 0 < len(value) <= 80:
        raise TypeError(key)
    return value


def _integer(fields: dict[str, Any], key: str) -> int:
    value = fields[key]
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise TypeError(key)
    return value


def decrypt(
    header: Header, raw_header: bytes, payload: bytes, private: X25519PrivateKey | None, own: str
) -> bytes:
    """The plaintext body; refuses a file encrypted to another key or altered on the way."""
    if header.encryption == "none":
        return payload
    if private is None or header.recipient_key != own:
        raise WrongRecipient(
            "Bu paket başka bir merkez ofis anahtarı için hazırlanmış; bu veritabanı açamaz. "
            "Gönderen ofisin kurulum dosyasını kontrol edin. Veritabanına dokunulmadı.",
            "This package was made for another central office key; this database cannot open "
            "it. Check the sending office's setup file. The database was not touched.",
        )
    try:
        return _SUITE.decrypt(payload, private, info=INFO_PREFIX + raw_header)
    except (InvalidTag, ValueError) as error:
        raise damaged("şifre çözülemedi", "decryption failed") from error
