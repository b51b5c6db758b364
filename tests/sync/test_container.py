"""The format-2 body: STREAM segments under a key sealed with HPKE; format 1 is still read."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from infospot_app.core.storage import OpenDatabase
from infospot_app.sync import stream
from infospot_app.sync.container import FORMAT, SEALED_KEY_BYTES, read_envelope
from infospot_app.sync.errors import Damaged, SyncRefused
from infospot_app.sync.importer import import_package

from .network import digest, rows_of
from .test_hostile import World


def sealed(data: bytes, key: bytes) -> list[bytes]:
    return list(stream.seal(key, io.BytesIO(data)))


def opened(segments: list[bytes], key: bytes) -> bytes:
    sink = io.BytesIO()
    stream.open_into(key, io.BytesIO(b"".join(segments)), sink)
    return sink.getvalue()


@pytest.mark.parametrize(
    "size", [0, 1, stream.SEGMENT - 1, stream.SEGMENT, stream.SEGMENT + 1, 3 * stream.SEGMENT]
)
def test_segments_round_trip_at_every_boundary(size: int) -> None:
    key = stream.new_key()
    data = os.urandom(size)
    segments = sealed(data, key)
    assert len(segments) == max(1, -(-size // stream.SEGMENT))
    assert opened(segments, key) == data


@pytest.mark.parametrize(
    "damage",
    [
        lambda s: s[:-1],  # the final segment dropped: the one before is not marked final
        lambda s: [s[1], s[0], *s[2:]],  # reordered
        lambda s: [s[0], *s],  # repeated
        lambda s: [*s, s[-1]],  # extended
        lambda s: [*s[:-1], s[-1][:-1]],  # truncated inside the final segment
        lambda s: [*s, b"\x00" * stream.TAG],  # an empty extra segment
    ],
)
def test_reordered_dropped_or_truncated_segments_are_refused(damage) -> None:  # noqa: ANN001
    key = stream.new_key()
    segments = sealed(os.urandom(3 * stream.SEGMENT + 10), key)
    with pytest.raises(Damaged) as refused:
        opened(damage(segments), key)
    assert "decryption failed" in refused.value.message_en


def test_a_package_is_written_as_format_2_and_read_segment_by_segment(
    hq: OpenDatabase, tr19: OpenDatabase, tr27: OpenDatabase, tmp_path: Path
) -> None:
    world = World(hq, tr19, tr27, tmp_path)
    rows = [world.new_company(n, notes=os.urandom(1500).hex()) for n in range(100, 160)]
    path = world.package("big", {"companies": rows})
    envelope = read_envelope(path)
    assert envelope.header.format == FORMAT == 2
    payload = path.stat().st_size - envelope.payload_offset - SEALED_KEY_BYTES
    assert payload > stream.SEGMENT + stream.TAG  # more than one segment
    assert import_package(hq, path).tables["companies"].new == len(rows)


def test_cut_at_a_segment_boundary_is_refused_and_changes_nothing(
    hq: OpenDatabase, tr19: OpenDatabase, tr27: OpenDatabase, tmp_path: Path
) -> None:
    world = World(hq, tr19, tr27, tmp_path)
    rows = [world.new_company(n, notes=os.urandom(1500).hex()) for n in range(200, 260)]
    path = world.package("cut", {"companies": rows})
    envelope = read_envelope(path)
    data = path.read_bytes()
    boundary = envelope.payload_offset + SEALED_KEY_BYTES + stream.SEGMENT + stream.TAG
    path.write_bytes(data[:boundary])
    before = digest(hq)
    with pytest.raises(SyncRefused) as refused:
        import_package(hq, path)
    assert "decryption failed" in refused.value.message_en
    assert digest(hq) == before


def test_a_format_1_package_is_still_read(
    hq: OpenDatabase, tr19: OpenDatabase, tr27: OpenDatabase, tmp_path: Path
) -> None:
    world = World(hq, tr19, tr27, tmp_path)
    path = world.package("old", {"companies": [world.new_company(300)]}, format_version=1)
    assert read_envelope(path).header.format == 1
    summary = import_package(hq, path)
    assert summary.tables["companies"].new == 1
    assert any(r for r in rows_of(hq, "TR19")["companies"] if r.endswith("000000000300"))


def test_a_format_1_file_for_another_key_is_refused(
    hq: OpenDatabase, tr19: OpenDatabase, tr27: OpenDatabase, tmp_path: Path
) -> None:
    world = World(hq, tr19, tr27, tmp_path)
    path = world.package("old-other", {}, format_version=1, recipient_key="AAAA")
    with pytest.raises(SyncRefused) as refused:
        import_package(hq, path)
    assert "made for another central office key" in refused.value.message_en
