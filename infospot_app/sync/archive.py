"""The body: a ZIP archive of ``manifest.json``, its Ed25519 ``manifest.sig`` and data files.

Member names are looked up by exact name and never used as paths; every member must be listed
in the manifest with its SHA-256, and decompression is bounded (size and ratio).
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import zipfile
from collections.abc import Iterator
from typing import IO, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from . import limits
from .errors import BadSignature, SyncRefused, damaged

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
DATA_NAME = re.compile(r"^(rows|receipt)/[a-z_]{1,40}\.jsonl$")
_CHUNK = 1 << 20


class MemberWriter:
    """Writes JSON Lines into one archive member, counting rows and hashing bytes."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle
        self._hash = hashlib.sha256()
        self.rows = 0
        self.bytes = 0
        self._pending: list[bytes] = []
        self._pending_size = 0

    def write_line(self, line: str) -> None:
        data = line.encode("utf-8") + b"\n"
        self._pending.append(data)
        self._pending_size += len(data)
        self.rows += 1
        if self._pending_size >= _CHUNK:
            self.flush()

    def flush(self) -> None:
        chunk = b"".join(self._pending)
        self._pending.clear()
        self._pending_size = 0
        self._hash.update(chunk)
        self.bytes += len(chunk)
        self._handle.write(chunk)

    def entry(self) -> dict[str, Any]:
        return {"sha256": self._hash.hexdigest(), "bytes": self.bytes, "rows": self.rows}


class ArchiveWriter:
    """Builds the body in a temporary file (never all rows in memory); ``finish`` signs it."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by finish()
        self._zip = zipfile.ZipFile(self._file, "w", zipfile.ZIP_DEFLATED, compresslevel=6)
        self.files: dict[str, dict[str, Any]] = {}

    def write_member(self, name: str, lines: Iterator[str]) -> dict[str, Any]:
        """Stream ``lines`` into member ``name``; returns its manifest entry."""
        assert DATA_NAME.match(name), name
        with self._zip.open(name, "w", force_zip64=True) as handle:
            writer = MemberWriter(handle)
            for line in lines:
                writer.write_line(line)
            writer.flush()
        self.files[name] = writer.entry()
        return self.files[name]

    def finish(self, manifest: dict[str, Any], key: Ed25519PrivateKey) -> IO[bytes]:
        """Add the manifest (with the file list) and its signature; the archive, rewound (a
        temporary file: the caller closes it)."""
        manifest = {**manifest, "files": self.files}
        raw = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
        self._zip.writestr(MANIFEST, raw)
        self._zip.writestr(SIGNATURE, key.sign(raw))
        self._zip.close()
        self._file.seek(0)
        return self._file


class ArchiveReader:
    """Reads a body: members checked against the manifest, bounded decompression."""

    def __init__(self, body: IO[bytes]) -> None:
        try:
            self._zip = zipfile.ZipFile(body)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, ValueError, OSError) as error:
            raise damaged(
                "içerik arşivi okunamadı", "the content archive cannot be read"
            ) from error
        names = [i.filename for i in infos]
        if len(names) > limits.MAX_MEMBERS or len(set(names)) != len(names):
            raise damaged("arşivde çok ya da yinelenen dosya var", "too many or repeated members")
        self._infos = {i.filename: i for i in infos}
        if MANIFEST not in self._infos:
            raise damaged("içerik listesi (manifest) yok", "the manifest is missing")
        if SIGNATURE not in self._infos:
            raise damaged("imza yok", "the signature is missing")
        self.raw_manifest = self._read_all(MANIFEST, limits.MAX_MANIFEST_BYTES)
        self.signature = self._read_all(SIGNATURE, 128)
        try:
            manifest = json.loads(self.raw_manifest.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as error:
            raise damaged("içerik listesi okunamadı", "the manifest cannot be read") from error
        if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
            raise damaged("içerik listesi okunamadı", "the manifest cannot be read")
        self.manifest: dict[str, Any] = manifest
        self.verified: set[str] = set()
        self._check_members()

    def _check_members(self) -> None:
        listed = set(self.manifest["files"])
        for name in self._infos:
            if name in (MANIFEST, SIGNATURE):
                continue
            if not DATA_NAME.match(name):
                raise SyncRefused(
                    f"Dosyada izin verilmeyen bir öğe adı var: {name!r}. Dosya reddedildi; "
                    "veritabanına dokunulmadı.",
                    f"The file holds a member with a forbidden name: {name!r}. It was refused; "
                    "the database was not touched.",
                )
            if name not in listed:
                raise damaged(
                    f"{name} içerik listesinde yok", f"{name} is not listed in the manifest"
                )
        for name in listed:
            if name not in self._infos:
                raise damaged(f"{name} eksik", f"{name} is missing")

    def verify(self, key: Ed25519PublicKey) -> None:
        """Check the manifest's Ed25519 signature with ``key``."""
        try:
            key.verify(self.signature, self.raw_manifest)
        except InvalidSignature as error:
            raise BadSignature(
                "İmza, gönderen ofis için kayıtlı anahtarla doğrulanamadı: dosya değiştirilmiş "
                "ya da başka bir anahtarla imzalanmış. Ofisi arayıp anahtar parmak izini "
                "karşılaştırın. Veritabanına dokunulmadı.",
                "The signature does not verify with the key on record for the sender: the file "
                "was altered or signed with another key. Call the office and compare the key "
                "fingerprint. The database was not touched.",
            ) from error

    def check_hashes(self) -> None:
        """Decompress every listed member not read yet (bounded); compare SHA-256 and size."""
        for name in self.manifest["files"]:
            if name in self.verified:
                continue
            digest = hashlib.sha256()
            size = 0
            for chunk in self._chunks(name):
                digest.update(chunk)
                size += len(chunk)
            self._verify(name, digest.hexdigest(), size)

    def lines(self, name: str) -> Iterator[bytes]:
        """The lines of member ``name`` (bounded in length), without their newline.

        The member's SHA-256 and size are checked as it streams past; a mismatch is raised
        after its last line, so whatever the caller did with the lines must be undone by its
        transaction (an import is one transaction).
        """
        digest = hashlib.sha256()
        size = 0
        rest = b""
        chunks = self._chunks(name)
        for chunk in chunks:
            digest.update(chunk)
            size += len(chunk)
            parts = (rest + chunk).split(b"\n")
            rest = parts.pop()
            if len(rest) > limits.MAX_LINE_BYTES or any(
                len(part) > limits.MAX_LINE_BYTES for part in parts
            ):
                for _ in chunks:  # a decompression bomb (bounded) is named as such first
                    pass
                raise _oversized_line(name)
            yield from parts
        self._verify(name, digest.hexdigest(), size)
        if rest:
            yield rest

    def _verify(self, name: str, sha256: str, size: int) -> None:
        entry = self.manifest["files"][name]
        if not isinstance(entry, dict) or entry.get("sha256") != sha256:
            raise damaged(f"{name} özeti tutmuyor", f"the SHA-256 of {name} does not match")
        if entry.get("bytes") != size:
            raise damaged(f"{name} boyutu tutmuyor", f"the size of {name} does not match")
        self.verified.add(name)

    def _chunks(self, name: str) -> Iterator[bytes]:
        info = self._infos[name]
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise damaged(f"{name} bilinmeyen sıkıştırma", f"{name} uses unknown compression")
        cap = min(
            limits.MAX_MEMBER_BYTES, max(limits.RATIO_FLOOR, info.compress_size * limits.MAX_RATIO)
        )
        total = 0
        try:
            with self._zip.open(info) as handle:
                while chunk := handle.read(_CHUNK):
                    total += len(chunk)
                    if total > cap:
                        raise SyncRefused(
                            f"{name} açıldığında sınırı aşıyor (sıkıştırma bombası olabilir). "
                            "Dosya reddedildi; veritabanına dokunulmadı.",
                            f"{name} expands beyond the limit (possibly a decompression bomb). "
                            "The file was refused; the database was not touched.",
                        )
                    yield chunk
        except (zipfile.BadZipFile, OSError, EOFError) as error:
            raise damaged(f"{name} açılamadı", f"{name} cannot be decompressed") from error

    def _read_all(self, name: str, cap: int) -> bytes:
        if self._infos[name].file_size > cap:
            raise damaged(f"{name} çok büyük", f"{name} is too large")
        data = b"".join(self._chunks(name))
        if len(data) > cap:
            raise damaged(f"{name} çok büyük", f"{name} is too large")
        return data


def _oversized_line(name: str) -> SyncRefused:
    return SyncRefused(
        f"{name} içinde çok uzun bir satır var (en fazla {limits.MAX_LINE_BYTES} bayt). "
        "Dosya reddedildi; veritabanına dokunulmadı.",
        f"{name} holds an over-long line (at most {limits.MAX_LINE_BYTES} bytes). "
        "The file was refused; the database was not touched.",
    )
