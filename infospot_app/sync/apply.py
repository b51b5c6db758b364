"""Applying incoming rows in bulk, gated by version, with quarantine and conflicts.

Rows go from JSON straight to the values SQLite stores (``incoming.py``) and are written with
the driver's ``executemany`` on the session's own connection, inside the caller's transaction:
per batch one SELECT of the stored copies, one INSERT and one UPDATE. Every applied row is
stamped with this transaction's ``rev``; ``version`` is the owner's and never changes here.
Only rows that would be written (new, newer or conflicting) are validated and derived; stale
and unchanged rows change nothing and are only counted.
"""

from __future__ import annotations

import gc
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from ..core.services.record import transaction_rev
from . import incoming, unchanged
from .checks import check_values, checks_for
from .conflicts import record_conflict
from .derived import DERIVERS
from .errors import SyncRefused
from .quarantine import Quarantine
from .rows import MODELS, TABLE_ORDER, RowProblem, parse_line
from .summary import ImportSummary

OwnerRule = Callable[[str, Any], RowProblem | None]
"""(table, the row's ``office``) → why the sender may not send this row, or None."""

BATCH = 2000
LOOKUP = 500  # ids per ``IN (...)``, well below SQLite's limit on parameters
_DERIVED = ("search_key", "sort_key")

Row = tuple[bytes, list[Any], tuple[Any, ...] | None]
"""(the JSON line, its stored values, the stored copy or None)."""


@cache
def _references(table_name: str) -> tuple[tuple[int, str, str], ...]:
    """(column index, column, referred table) of each reference of ``table_name``."""
    table = MODELS[table_name].__table__
    names = incoming.shape(table_name).names
    return tuple(
        (names.index(fk.parent.key), fk.parent.key, fk.column.table.name)
        for fk in table.foreign_keys
    )


@cache
def _statements(table_name: str) -> tuple[str, str, str, tuple[tuple[str, Any], ...]]:
    """SELECT (prefix), INSERT and UPDATE of ``table_name``, and its derived columns."""
    table = MODELS[table_name].__table__
    names = incoming.shape(table_name).names
    derived = tuple((c, table.c[c].default.arg) for c in _DERIVED if c in table.c)
    written = [*names, "rev", *(c for c, _ in derived)]
    select_sql = f"SELECT {', '.join(names)}, rev FROM {table_name} WHERE id IN "
    insert_sql = (
        f"INSERT INTO {table_name} ({', '.join(written)}) VALUES ({', '.join('?' * len(written))})"
    )
    update_sql = (
        f"UPDATE {table_name} SET {', '.join(f'{c} = ?' for c in written if c != 'id')} "
        "WHERE id = ?"
    )
    return select_sql, insert_sql, update_sql, derived


@contextmanager
def _collection_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while rows stream through.

    Each batch makes thousands of short-lived lists and dicts, none in cycles; the collector
    would walk them again and again (a tenth of an import's time). Reference counting still
    frees every one of them at once, so memory does not grow.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _twice(table_name: str, row_id: str) -> SyncRefused:
    return SyncRefused(
        f"Dosyada {table_name} tablosunun {row_id} kaydı iki kez var. Dosya reddedildi; "
        "gönderen ofisten yeni bir paket isteyin. Veritabanına dokunulmadı.",
        f"The file holds row {row_id} of {table_name} twice. It was refused; ask the "
        "sending office for a new package. The database was not touched.",
    )


def contradiction(detail: object) -> SyncRefused:
    """The refusal when stored rows reject the package (a uniqueness or reference rule)."""
    return SyncRefused(
        "Paket, veritabanındaki kayıtlarla çelişiyor (benzersiz alan ya da bağlantı "
        f"kuralı: {detail}). Paket uygulanmadı; destek ekibine bildirin.",
        "The package contradicts stored records (a uniqueness or reference rule: "
        f"{detail}). It was not applied; report this to support.",
    )


class Applier:
    """Applies the rows of one file inside the caller's transaction."""

    def __init__(
        self, session: Session, summary: ImportSummary, sender: str, owner_rule: OwnerRule
    ) -> None:
        self.session = session
        self.summary = summary
        self.sender = sender
        self.owner_rule = owner_rule
        self.rev = transaction_rev(session)
        session.flush()
        connection: sqlite3.Connection = session.connection().connection.driver_connection
        self.cursor = connection.cursor()
        self.quarantine = Quarantine(session, sender, summary)

    # -- entry points ------------------------------------------------------------------------
    def apply_lines(self, table_name: str, lines: Iterable[bytes], *, retry: bool = False) -> None:
        """Apply a table's JSON lines in batches."""
        with _collection_paused():
            batch: list[bytes] = []
            for line in lines:
                batch.append(line)
                if len(batch) >= BATCH:
                    self._apply_batch(table_name, batch, retry)
                    batch = []
            if batch:
                self._apply_batch(table_name, batch, retry)

    def retry_quarantined(self) -> None:
        """Try the sender's quarantined rows again (their parent may have arrived)."""
        waiting = self.quarantine.waiting()
        for table_name in TABLE_ORDER:
            if waiting.get(table_name):
                self.apply_lines(table_name, waiting[table_name], retry=True)

    # -- one batch ---------------------------------------------------------------------------
    def _apply_batch(self, table_name: str, lines: list[bytes], retry: bool) -> None:
        shape = incoming.shape(table_name)
        counts = self.summary.counts(table_name)
        settled: list[tuple[str, int]] = []
        ids: set[str] = set()
        lines, maybe_stored = self._skip_unchanged(table_name, lines, ids, settled, retry)
        rows = self._read(table_name, shape, lines, ids)
        stored = self._stored(
            table_name, [v[shape.id_index] for _, v in rows if maybe_stored(v[shape.id_index])]
        )
        width, vi, oi = len(shape.names), shape.version_index, shape.office_index
        candidates: list[Row] = [] if stored else [(line, v, None) for line, v in rows]
        for line, values in rows if stored else ():
            row_id = values[shape.id_index]
            old = stored.get(row_id)
            if old is None:
                candidates.append((line, values, None))
            elif old[width] == self.rev:
                # Written by this very import: a second copy in the file (or, when retrying
                # the quarantine, a row that arrived anew and needs no retry).
                if retry:
                    continue
                raise _twice(table_name, row_id)
            elif old[oi] != values[oi]:
                problem = _foreign(old[oi], self.sender)
                self.quarantine.add_row(table_name, line, shape.named(values), problem)
            elif values[vi] > old[vi]:
                candidates.append((line, values, old))
            elif values[vi] < old[vi]:
                counts.stale += 1
                settled.append((row_id, old[vi]))
            elif tuple(values) == old[:width]:
                counts.unchanged += 1
                settled.append((row_id, old[vi]))
            else:
                candidates.append((line, values, old))
        inserts: list[list[Any]] = []
        updates: list[list[Any]] = []
        deleted_index = shape.names.index("deleted_at")
        for line, values, old in self._validate(table_name, candidates):
            tombstone = values[deleted_index] is not None
            if old is None:
                inserts.append(values)
                counts.deleted += tombstone
                counts.new += not tombstone
            elif values[vi] > old[vi]:
                updates.append(values)
                newly_deleted = tombstone and old[deleted_index] is None
                counts.deleted += newly_deleted
                counts.updated += not newly_deleted
            else:
                if record_conflict(self.session, table_name, line, self.summary.sequence):
                    counts.conflicts += 1
                else:
                    counts.stale += 1  # a copy HQ's reviewer already declined
                continue
            settled.append((values[shape.id_index], values[vi]))
        self._complete(table_name, inserts)
        self._complete(table_name, updates)
        self._write(table_name, inserts, updates)
        self.quarantine.release(table_name, settled)

    def _skip_unchanged(
        self,
        table_name: str,
        lines: list[bytes],
        ids: set[str],
        settled: list[tuple[str, int]],
        retry: bool,
    ) -> tuple[list[bytes], Callable[[str], bool]]:
        """Count the lines that are byte for byte their stored row (``unchanged.py``); the
        other lines, and whether an id may be stored (``unchanged.split``)."""
        rest, same, maybe_stored = unchanged.split(
            self.cursor, table_name, lines, lambda office: self.owner_rule(table_name, office)
        )
        counts = self.summary.counts(table_name)
        for row_id, version, stored_rev in same:
            if stored_rev == self.rev and retry:
                continue  # arrived anew in this import; see _apply_batch
            if row_id in ids or stored_rev == self.rev:
                raise _twice(table_name, row_id)
            ids.add(row_id)
            settled.append((row_id, version))
            counts.unchanged += 1
        return rest, maybe_stored

    def _read(
        self, table_name: str, shape: incoming.Shape, lines: list[bytes], ids: set[str]
    ) -> list[tuple[bytes, list[Any]]]:
        """Parsed and typed rows; the others go to quarantine. A repeated id refuses the file."""
        rows = []
        rule = self.owner_rule
        for line in lines:
            try:
                try:
                    values = shape.decode(line)
                except incoming.NotPlain:
                    values = self._read_strictly(table_name, shape, line)
                else:
                    problem = rule(table_name, values[shape.office_index])
                    if problem is not None:
                        raise problem
                    shape.convert(values)
            except RowProblem as problem:
                self.quarantine.add_line(table_name, line, problem)
                continue
            row_id = values[shape.id_index]
            if row_id in ids:
                raise _twice(table_name, row_id)
            ids.add(row_id)
            rows.append((line, values))
        return rows

    def _read_strictly(self, table_name: str, shape: incoming.Shape, line: bytes) -> list[Any]:
        data = parse_line(line)
        if isinstance(data, dict):
            problem = self.owner_rule(table_name, data.get("office"))
            if problem is not None:
                raise problem
        return shape.strict(data)

    def _validate(self, table_name: str, candidates: list[Row]) -> list[Row]:
        """The rows that pass the domain checks and whose references exist here."""
        shape = incoming.shape(table_name)
        checks = checks_for(table_name, shape.names)
        checked: list[Row] = []
        for row in candidates:
            try:
                check_values(checks, row[1])
            except RowProblem as problem:
                self.quarantine.add_row(table_name, row[0], shape.named(row[1]), problem)
                continue
            checked.append(row)
        references = _references(table_name)
        if not references or not checked:
            return checked
        blocked = self.quarantine.blocked
        wanted: dict[str, set[str]] = defaultdict(set)
        for _, values, _old in checked:
            for index, _column, target in references:
                ref = values[index]
                if ref is not None and ref not in blocked:
                    wanted[target].add(ref)
        missing: set[str] = set()
        for target, ids in wanted.items():
            missing |= ids - self._existing(target, sorted(ids))
        kept = []
        for row in checked:
            problem = _reference_problem(row[1], references, blocked, missing)
            if problem is None:
                kept.append(row)
            else:
                self.quarantine.add_row(table_name, row[0], shape.named(row[1]), problem)
        return kept

    # -- database work -----------------------------------------------------------------------
    def _stored(self, table_name: str, ids: list[str]) -> dict[str, tuple[Any, ...]]:
        """Stored copies (travelling columns, then rev) of the rows with these ids."""
        prefix = _statements(table_name)[0]
        id_index = incoming.shape(table_name).id_index
        out = {}
        for start in range(0, len(ids), LOOKUP):
            chunk = ids[start : start + LOOKUP]
            sql = prefix + f"({', '.join('?' * len(chunk))})"
            for row in self.cursor.execute(sql, chunk):
                out[row[id_index]] = row
        return out

    def _existing(self, table_name: str, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), LOOKUP):
            chunk = ids[start : start + LOOKUP]
            sql = f"SELECT id FROM {table_name} WHERE id IN ({', '.join('?' * len(chunk))})"
            found.update(row[0] for row in self.cursor.execute(sql, chunk))
        return found

    def _complete(self, table_name: str, rows: list[list[Any]]) -> None:
        """Add to each row, in place, this transaction's rev and the derived search keys."""
        derived = _statements(table_name)[3]
        deriver = DERIVERS.get(table_name) if derived else None
        names, rev = incoming.shape(table_name).names, self.rev
        for values in rows:
            keys = deriver(dict(zip(names, values, strict=False))) if deriver else {}
            values.append(rev)
            for column, default in derived:
                values.append(keys.get(column, default))

    def _write(self, table_name: str, inserts: list[list[Any]], updates: list[list[Any]]) -> None:
        _, insert_sql, update_sql, _ = _statements(table_name)
        id_index = incoming.shape(table_name).id_index
        try:
            if updates:
                self.cursor.executemany(
                    update_sql, ([*v[:id_index], *v[id_index + 1 :], v[id_index]] for v in updates)
                )
            if inserts:
                self.cursor.executemany(insert_sql, inserts)
        except sqlite3.IntegrityError as error:
            raise contradiction(error) from error


def _foreign(owner: str, sender: str) -> RowProblem:
    return RowProblem(
        f"bu kayıt {owner} ofisine ait; {sender} değiştiremez",
        f"this row belongs to office {owner}; {sender} may not change it",
    )


def _reference_problem(
    values: list[Any],
    references: tuple[tuple[int, str, str], ...],
    blocked: set[str],
    missing: set[str],
) -> RowProblem | None:
    for index, column, target in references:
        ref = values[index]
        if ref is None:
            continue
        if ref in blocked:
            return RowProblem(
                f"{column}: bağlı olduğu {target} kaydı {ref} karantinada",
                f"{column}: the {target} row {ref} it depends on is in quarantine",
            )
        if ref in missing:
            return RowProblem(
                f"{column}: {target} tablosunda {ref} kaydı yok",
                f"{column}: refers to {target} row {ref}, which does not exist here",
            )
    return None
