"""Recognising incoming rows that are byte for byte the stored ones, without reading them.

A row that arrives again (a second full package, a package re-sent after a lost receipt) is
exactly the JSON line the office's exporter writes for it (``rows.encode``: columns in table
order, compact separators, UTF-8, timestamps ``…T…+00:00``, amounts with their scale). SQLite
rebuilds that line from the stored row with ``json_object`` (its string escaping is the same as
Python's ``json``), so a line equal to it is unchanged and needs no parsing, typing or
comparing in Python. Anything else, including a line that differs only in form, goes through
the full reading; equality here is therefore only ever a shortcut, never a decision the full
reading would make differently.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import cache

import msgspec

from .rows import MODELS, columns

LOOKUP = 500


class _Head(msgspec.Struct):
    id: str
    version: int


_heads = msgspec.json.Decoder(_Head)


def head(line: bytes) -> tuple[str, int] | None:
    """The id and version of a line, or None if it has no plain ones."""
    try:
        found = _heads.decode(line)
    except (msgspec.DecodeError, ValueError):
        return None
    return found.id, found.version


def _json_value(name: str, kind: str, scale: int | None) -> str:
    """SQL for the JSON value ``rows.encode`` writes for stored column ``name``."""
    if kind == "datetime":  # stored "YYYY-MM-DD HH:MM:SS.ffffff" (UTC)
        return (
            f"CASE WHEN {name} IS NULL THEN NULL "
            f"WHEN substr({name}, 21) = '000000' "
            f"THEN substr({name}, 1, 10) || 'T' || substr({name}, 12, 8) || '+00:00' "
            f"ELSE substr({name}, 1, 10) || 'T' || substr({name}, 12) || '+00:00' END"
        )
    if kind == "time":  # stored "HH:MM:SS.ffffff"
        return (
            f"CASE WHEN {name} IS NULL THEN NULL "
            f"WHEN substr({name}, 10) = '000000' THEN substr({name}, 1, 8) ELSE {name} END"
        )
    if kind == "decimal":
        return f"CASE WHEN {name} IS NULL THEN NULL ELSE printf('%.{scale}f', {name}) END"
    if kind == "bool":
        return (
            f"CASE WHEN {name} IS NULL THEN NULL "
            f"WHEN {name} THEN json('true') ELSE json('false') END"
        )
    return name  # text, integers and dates are stored as they travel


@cache
def _select(table_name: str) -> str:
    table = MODELS[table_name].__table__
    pairs = []
    for spec in columns(table_name):
        scale = getattr(table.c[spec.name].type, "scale", None) if spec.kind == "decimal" else None
        pairs.append(f"'{spec.name}', {_json_value(spec.name, spec.kind, scale)}")
    return (
        f"SELECT id, version, office, rev, json_object({', '.join(pairs)}) "
        f"FROM {table_name} WHERE id IN "
    )


def stored_lines(
    cursor: sqlite3.Cursor, table_name: str, ids: list[str]
) -> dict[str, tuple[int, str, int, bytes]] | None:
    """id → (version, owner, rev, the row's JSON line) of the stored rows with these ids;
    None if this SQLite cannot build JSON (then every line is read in full)."""
    prefix = _select(table_name)
    out: dict[str, tuple[int, str, int, bytes]] = {}
    for start in range(0, len(ids), LOOKUP):
        chunk = ids[start : start + LOOKUP]
        try:
            found = cursor.execute(prefix + f"({', '.join('?' * len(chunk))})", chunk).fetchall()
        except sqlite3.OperationalError:  # an SQLite built without JSON
            return None
        for row_id, version, office, rev, text in found:
            out[row_id] = (version, office, rev, text.encode("utf-8"))
    return out


def split(
    cursor: sqlite3.Cursor,
    table_name: str,
    lines: list[bytes],
    may_send: Callable[[str], object],
) -> tuple[list[bytes], list[tuple[str, int, int]], Callable[[str], bool]]:
    """The lines to read in full; (id, version, stored rev) of the lines equal to their stored
    row (whose owner ``may_send`` accepts: it returns None); and a test telling whether a row
    id may be stored (False only for ids looked up here and not found)."""
    heads = [head(line) for line in lines]
    probed = {h[0] for h in heads if h is not None}
    known = stored_lines(cursor, table_name, list(probed))
    if known is None:
        return lines, [], lambda _row_id: True
    maybe = lambda row_id: row_id in known or row_id not in probed  # noqa: E731
    if not known:
        return lines, [], maybe
    rest: list[bytes] = []
    same: list[tuple[str, int, int]] = []
    for line, found in zip(lines, heads, strict=True):
        if found is not None:
            stored = known.get(found[0])
            if (
                stored is not None
                and stored[0] == found[1]
                and stored[3] == line
                and may_send(stored[1]) is None
            ):
                same.append((found[0], stored[0], stored[2]))
                continue
        rest.append(line)
    return rest, same, maybe
