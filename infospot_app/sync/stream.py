"""The body of a format-2 file: ChaCha20-Poly1305 in fixed-size segments (the STREAM
construction), under a random key that HPKE seals to the recipient.

``cryptography``'s HPKE (RFC 9180) offers only single-shot Seal and Open of a whole message,
so a 500,000-row package would sit in memory twice (ciphertext and plaintext). Instead HPKE
seals a fresh 32-byte key, and the body is cut into segments of ``SEGMENT`` bytes, each
sealed with ChaCha20-Poly1305 (RFC 8439) under that key with the nonce
``segment number (11 bytes, big-endian) || last flag (1 byte: 1 for the final segment, else 0)``
and empty associated data. This is STREAM (Hoang, Reyhanitabar, Rogaway and Vizár, CRYPTO 2015),
as used by age and Tink: segments cannot be reordered, dropped, repeated, truncated or
extended without a tag failing, and both ends work one segment at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from .errors import damaged

SEGMENT = 64 * 1024
TAG = 16
KEY_BYTES = 32


def _nonce(number: int, last: bool) -> bytes:
    return number.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def new_key() -> bytes:
    """A fresh random body key."""
    return ChaCha20Poly1305.generate_key()


def seal(key: bytes, source: IO[bytes]) -> Iterator[bytes]:
    """The sealed segments of everything ``source`` holds, one at a time."""
    aead = ChaCha20Poly1305(key)
    number = 0
    current = source.read(SEGMENT)
    while True:
        following = source.read(SEGMENT)
        last = not following
        yield aead.encrypt(_nonce(number, last), current, None)
        if last:
            return
        number += 1
        current = following


def open_into(key: bytes, source: IO[bytes], sink: IO[bytes]) -> None:
    """Open every segment of ``source`` into ``sink``; Damaged if any is altered or missing."""
    aead = ChaCha20Poly1305(key)
    number = 0
    current = source.read(SEGMENT + TAG)
    while True:
        following = source.read(SEGMENT + TAG)
        last = not following
        if len(current) < TAG or (last and number > 0 and len(current) == TAG):
            raise damaged(
                "şifre çözülemedi (içerik eksik)", "decryption failed (the content is cut short)"
            )
        try:
            sink.write(aead.decrypt(_nonce(number, last), current, None))
        except InvalidTag as error:
            raise damaged("şifre çözülemedi", "decryption failed") from error
        if last:
            return
        number += 1
        current = following
