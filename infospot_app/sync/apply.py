"""Applying incoming rows in bulk, gated by version, with quarantine and conflicts.

Core statements only (no ORM object per row): one SELECT of the stored versions per batch, one
executemany INSERT and one executemany UPDATE. Every applied row is stamped with this
transaction's ``rev``; ``version`` is the owner's and never changes here.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from ..core.models import Conflict, QuarantinedRow, utcnow
from ..core.services.record import transaction_rev
from .checks import check_fields
from .derived import derive
from .errors import SyncRefused
from .rows import MODELS, RowProblem, columns, comparable, decode, encode, parse_line
from .summary import ImportSummary

OwnerRule = Callable[[str, dict[str, Any]], RowProblem | None]
"""Returns why the sender may not send this row, or None."""

BATCH = 2000


def _references(table_name: str) -> list[tuple[str, str]]:
    table = MODELS[table_name].__table__
    return [(fk.parent.key, fk.column.table.name) for fk in table.foreign_keys]


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
        self.seen: dict[str, set[str]] = defaultdict(set)
        self.blocked: set[str] = set()
        self.pending = self._pending_quarantine()

    # -- entry points ------------------------------------------------------------------------
    def apply_lines(self, table_name: str, lines: Iterable[bytes]) -> None:
        """Apply a table's JSON lines in batches."""
        batch: list[bytes] = []
        for line in lines:
            batch.append(line)
            if len(batch) >= BATCH:
                self._apply_batch(table_name, batch)
                batch = []
        if batch:
            self._apply_batch(table_name, batch)

    def retry_quarantined(self) -> None:
        """Try again the sender's quarantined rows that did not arrive anew (their parent may have)."""
        q = QuarantinedRow.__table__
        stmt = select(q.c.table_name, q.c.row_id, q.c.data).where(
            q.c.office == self.sender, q.c.released_at.is_(None), q.c.row_id != ""
        )
        waiting: dict[str, list[bytes]] = defaultdict(list)
        for table_name, row_id, data in self.session.execute(stmt):
            fresh = row_id not in self.seen[table_name] and row_id not in self.blocked
            if table_name in MODELS and fresh:
                waiting[table_name].append(data.encode("utf-8"))
        for table_name in MODELS:
            if waiting.get(table_name):
                self.apply_lines(table_name, waiting[table_name])

    # -- one batch ---------------------------------------------------------------------------
    def _apply_batch(self, table_name: str, lines: list[bytes]) -> None:
        candidates = []
        for line in lines:
            values = self._admit(table_name, line)
            if values is not None:
                candidates.append(values)
        candidates = self._check_references(table_name, candidates)
        stored = self._stored(table_name, [v["id"] for v in candidates])
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        counts = self.summary.counts(table_name)
        for values in candidates:
            old = stored.get(values["id"])
            tombstone = values["deleted_at"] is not None
            if old is None:
                inserts.append(values)
                counts.deleted += tombstone
                counts.new += not tombstone
            elif old["office"] != values["office"]:
                problem = RowProblem(
                    f"bu kayıt {old['office']} ofisine ait; {self.sender} değiştiremez",
                    f"this row belongs to office {old['office']}; {self.sender} may not change it",
                )
                self._quarantine(table_name, values, problem)
            elif values["version"] > old["version"]:
                updates.append(values)
                newly_deleted = tombstone and old["deleted_at"] is None
                counts.deleted += newly_deleted
                counts.updated += not newly_deleted
            elif values["version"] < old["version"]:
                counts.stale += 1
            elif comparable(table_name, values) == comparable(table_name, old):
                counts.unchanged += 1
            else:
                counts.conflicts += 1
                self._conflict(table_name, old, values)
        self._write(table_name, inserts, updates)
        self._release(table_name, inserts + updates)

    def _admit(self, table_name: str, line: bytes) -> dict[str, Any] | None:
        """Parsed, typed and checked values of a line, or None after quarantining it."""
        data: Any = None
        try:
            data = parse_line(line)
            problem = self.owner_rule(table_name, data) if isinstance(data, dict) else None
            if problem is not None:
                raise problem
            values = decode(table_name, data)
            check_fields(table_name, values)
        except RowProblem as problem:
            self._quarantine(table_name, data if isinstance(data, dict) else line, problem)
            return None
        row_id = values["id"]
        if row_id in self.seen[table_name]:
            raise SyncRefused(
                f"Dosyada {table_name} tablosunun {row_id} kaydı iki kez var. Dosya reddedildi; "
                "gönderen ofisten yeni bir paket isteyin. Veritabanına dokunulmadı.",
                f"The file holds row {row_id} of {table_name} twice. It was refused; ask the "
                "sending office for a new package. The database was not touched.",
            )
        self.seen[table_name].add(row_id)
        return values

    def _check_references(
        self, table_name: str, rows: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        references = _references(table_name)
        if not references:
            return rows
        unknown: dict[str, set[str]] = defaultdict(set)
        for values in rows:
            for column, target in references:
                ref = values[column]
                if ref is not None and ref not in self.seen[target]:
                    unknown[target].add(ref)
        missing: set[str] = set()
        for target, ids in unknown.items():
            table = MODELS[target].__table__
            found = set()
            id_list = sorted(ids)
            for start in range(0, len(id_list), 500):
                chunk = id_list[start : start + 500]
                found.update(self.session.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
            missing |= ids - found
        kept = []
        for values in rows:
            problem = self._reference_problem(values, references, missing)
            if problem is None:
                kept.append(values)
            else:
                self._quarantine(table_name, values, problem)
        return kept

    def _reference_problem(
        self, values: dict[str, Any], references: list[tuple[str, str]], missing: set[str]
    ) -> RowProblem | None:
        for column, target in references:
            ref = values[column]
            if ref is None:
                continue
            if ref in self.blocked:
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

    # -- database work -----------------------------------------------------------------------
    def _stored(self, table_name: str, ids: list[str]) -> dict[str, dict[str, Any]]:
        if not ids:
            return {}
        table = MODELS[table_name].__table__
        names = [c.name for c in columns(table_name)]
        stmt = select(*(table.c[n] for n in names)).where(table.c.id.in_(ids))
        return {row.id: dict(row._mapping) for row in self.session.execute(stmt)}

    def _write(
        self, table_name: str, inserts: list[dict[str, Any]], updates: list[dict[str, Any]]
    ) -> None:
        table = MODELS[table_name].__table__
        for values in inserts + updates:
            values["rev"] = self.rev
            values.update(derive(table_name, values))
        if updates:
            names = [n for n in updates[0] if n != "id"]
            stmt = (
                update(table)
                .where(table.c.id == bindparam("b_id"))
                .values({n: bindparam(f"b_{n}") for n in names})
            )
            self.session.execute(stmt, [{f"b_{k}": v for k, v in row.items()} for row in updates])
        if inserts:
            self.session.execute(insert(table), inserts)

    def _pending_quarantine(self) -> dict[tuple[str, str], int]:
        q = QuarantinedRow.__table__
        stmt = select(q.c.table_name, q.c.row_id, q.c.version).where(
            q.c.office == self.sender, q.c.released_at.is_(None)
        )
        return {(t, r): v for t, r, v in self.session.execute(stmt)}

    def _release(self, table_name: str, applied: list[dict[str, Any]]) -> None:
        if not self.pending:
            return
        released = [
            v["id"]
            for v in applied
            if self.pending.get((table_name, v["id"]), v["version"] + 1) <= v["version"]
        ]
        if released:
            q = QuarantinedRow.__table__
            self.session.execute(
                update(q)
                .where(q.c.table_name == table_name, q.c.row_id.in_(released))
                .where(q.c.released_at.is_(None))
                .values(released_at=utcnow())
            )
            for row_id in released:
                self.pending.pop((table_name, row_id), None)

    def _quarantine(self, table_name: str, data: Any, problem: RowProblem) -> None:
        self.summary.counts(table_name).quarantined += 1
        row_id = data.get("id") if isinstance(data, dict) else None
        row_id = row_id if isinstance(row_id, str) and len(row_id) <= 36 else ""
        version = data.get("version") if isinstance(data, dict) else 0
        version = version if isinstance(version, int) and not isinstance(version, bool) else 0
        if row_id:
            self.blocked.add(row_id)
        if isinstance(data, dict):
            text = (
                encode(table_name, data)
                if _typed(data)
                else json.dumps(data, ensure_ascii=False, default=str)
            )
        else:
            text = bytes(data[:4096]).decode("utf-8", "replace")
        self.summary.reasons.append(f"{table_name} {row_id or '?'}: {problem.text()}")
        q = QuarantinedRow.__table__
        pending = self.pending.get((table_name, row_id)) if row_id else None
        if pending is not None and pending == version:
            self.session.execute(
                update(q)
                .where(q.c.table_name == table_name, q.c.row_id == row_id)
                .where(q.c.released_at.is_(None), q.c.version == version)
                .values(reason=problem.text(), data=text)
            )
            return
        self.session.execute(
            insert(q).values(
                table_name=table_name,
                row_id=row_id,
                office=self.sender,
                version=version,
                data=text,
                reason=problem.text(),
                package_sequence=self.summary.sequence,
                created_at=utcnow(),
            )
        )
        if row_id:
            self.pending[(table_name, row_id)] = version

    def _conflict(self, table_name: str, old: dict[str, Any], values: dict[str, Any]) -> None:
        c = Conflict.__table__
        incoming = encode(table_name, values)
        duplicate = self.session.scalar(
            select(c.c.id).where(
                c.c.table_name == table_name,
                c.c.row_id == values["id"],
                c.c.version == values["version"],
                c.c.incoming == incoming,
                c.c.resolved_at.is_(None),
            )
        )
        if duplicate is None:
            self.session.execute(
                insert(c).values(
                    table_name=table_name,
                    row_id=values["id"],
                    office=values["office"],
                    version=values["version"],
                    stored=encode(table_name, old),
                    incoming=incoming,
                    package_sequence=self.summary.sequence,
                    detected_at=utcnow(),
                )
            )


def _typed(data: dict[str, Any]) -> bool:
    """True when ``data`` holds decoded Python values (not raw JSON) of a full row."""
    return "created_at" in data and not isinstance(data.get("created_at"), str)
