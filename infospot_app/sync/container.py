"""The outer file: magic, a short clear header, then the body encrypted to the recipient.

Layout (docs/sync-format.md): ``MAGIC`` (8 bytes), the header length (4 bytes, big-endian),
the header (UTF-8 JSON), then the payload. Format 2 (written): a 32-byte body key sealed with
HPKE (RFC 9180) single-shot, ``enc || ct``, then the body in STREAM segments under that key
(``stream.py``). Format 1 (still read): the whole body as one HPKE ciphertext. Either way HPKE's
``info`` is ``INFO_PREFIX + header bytes``, so the header cannot be altered without decryption
failing. Files are read and written a segment at a time, never whole in memory.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from . import limits, stream
from .atomic import write_atomically
from .errors import Damaged, SyncRefused, TooNew, WrongRecipient, damaged

MAGIC = b"ISPKG\r\n\x1a"
FORMAT = 2
READABLE = (1, 2)
SUITE_V1 = "HPKE-base/X25519/HKDF-SHA256/ChaCha20-Poly1305"
SUITE = "HPKE-base/X25519/HKDF-SHA256/ChaCha20-Poly1305+STREAM-ChaCha20-Poly1305-64KiB"
SUITES = {1: SUITE_V1, 2: SUITE}
SEALED_KEY_BYTES = 32 + stream.KEY_BYTES + stream.TAG  # enc, then the sealed body key
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


def write_file(
    path: Path, header: Header, body: bytes | IO[bytes], recipient: X25519PublicKey | None
) -> Path:
    """Write the file atomically, a segment at a time; the body is encrypted to ``recipient``
    unless setup (then ``recipient`` is None and the body travels in clear)."""
    raw = header.to_bytes()
    source = io.BytesIO(body) if isinstance(body, bytes) else body
    return write_atomically(path, _chunks(raw, source, recipient))


def _chunks(raw: bytes, source: IO[bytes], recipient: X25519PublicKey | None) -> Iterator[bytes]:
    yield MAGIC + _LENGTH.pack(len(raw)) + raw
    if recipient is None:
        while chunk := source.read(stream.SEGMENT):
            yield chunk
        return
    key = stream.new_key()
    yield _SUITE.encrypt(key, recipient, info=INFO_PREFIX + raw)
    yield from stream.seal(key, source)


@dataclass(frozen=True)
class Envelope:
    """A sync file on disk: its header, where the payload starts, its SHA-256."""

    path: Path
    header: Header
    raw_header: bytes
    payload_offset: int
    sha256: str


def read_envelope(path: Path) -> Envelope:
    """The header of the file at ``path`` and the file's SHA-256, reading it in chunks."""
    size = path.stat().st_size
    _refuse_size(size)
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        start = handle.read(len(MAGIC) + _LENGTH.size + limits.MAX_HEADER_BYTES)
        digest.update(start)
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    header, raw, _ = read_header(start)
    return Envelope(path, header, raw, len(MAGIC) + _LENGTH.size + len(raw), digest.hexdigest())


def _refuse_size(size: int) -> None:
    if size > limits.MAX_FILE_BYTES:
        raise SyncRefused(
            f"Dosya çok büyük ({size // 2**20} MiB). Bir eşitleme dosyası en fazla "
            f"{limits.MAX_FILE_BYTES // 2**20} MiB olabilir.",
            f"The file is too large ({size // 2**20} MiB). A sync file is at most "
            f"{limits.MAX_FILE_BYTES // 2**20} MiB.",
        )


def read_header(data: bytes) -> tuple[Header, bytes, bytes]:
    """The header, its raw bytes and the payload (or what of it ``data`` holds, when ``data``
    is the start of a file); refuses what is not an InfoSpot file."""
    _refuse_size(len(data))
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
    if isinstance(version, int) and not isinstance(version, bool) and version > max(READABLE):
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
    if header.format not in READABLE or header.kind not in KINDS:
        raise damaged("başlıkta bilinmeyen tür", "unknown kind in the header")
    if header.encryption not in (SUITES[header.format], "none") or (
        header.encryption == "none"
    ) != (header.kind == "setup"):
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


def open_body(
    envelope: Envelope, private: X25519PrivateKey | None, own: str, sink: IO[bytes]
) -> IO[bytes]:
    """Write the plaintext body into ``sink`` (a temporary file) and return it rewound;
    refuses a file encrypted to another key or altered on the way."""
    header = envelope.header
    if header.encryption != "none" and (private is None or header.recipient_key != own):
        raise WrongRecipient(
            "Bu paket başka bir merkez ofis anahtarı için hazırlanmış; bu veritabanı açamaz. "
            "Gönderen ofisin kurulum dosyasını kontrol edin. Veritabanına dokunulmadı.",
            "This package was made for another central office key; this database cannot open "
            "it. Check the sending office's setup file. The database was not touched.",
        )
    info = INFO_PREFIX + envelope.raw_header
    with open(envelope.path, "rb") as source:
        source.seek(envelope.payload_offset)
        if header.encryption == "none":
            shutil.copyfileobj(source, sink)
        elif header.format == 1:
            sink.write(_open_whole(source.read(), private, info))
        else:
            sealed = source.read(SEALED_KEY_BYTES)
            stream.open_into(_open_whole(sealed, private, info), source, sink)
    sink.flush()
    sink.seek(0)
    return sink


def _open_whole(ciphertext: bytes, private: X25519PrivateKey | None, info: bytes) -> bytes:
    try:
        return _SUITE.decrypt(ciphertext, private, info=info)
    except (InvalidTag, ValueError) as error:
        raise damaged("şifre çözülemedi", "decryption failed") from error
