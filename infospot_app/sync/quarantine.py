"""Incoming rows set aside with their reason; a later version that passes releases them."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ..core.models import QuarantinedRow, utcnow
from .rows import RowProblem, parse_line
from .summary import ImportSummary

_TABLE = QuarantinedRow.__table__


def _line_text(line: bytes, limit: int | None = None) -> str:
    return bytes(line[:limit]).decode("utf-8", "replace")


class Quarantine:
    """The sender's quarantine during one import: what is pending, what this import set aside."""

    def __init__(self, session: Session, sender: str, summary: ImportSummary) -> None:
        self.session = session
        self.sender = sender
        self.summary = summary
        self.blocked: set[str] = set()
        """Ids set aside by this import: rows that refer to them are set aside too."""
        stmt = select(_TABLE.c.table_name, _TABLE.c.row_id, _TABLE.c.version).where(
            _TABLE.c.office == sender, _TABLE.c.released_at.is_(None)
        )
        self.pending: dict[tuple[str, str], int] = {}
        for table_name, row_id, version in session.execute(stmt):
            key = (table_name, row_id)
            self.pending[key] = max(version, self.pending.get(key, version))

    def add_line(self, table_name: str, line: bytes, problem: RowProblem) -> None:
        """Set aside a line that could not be read as a row of the table."""
        try:
            data = parse_line(line)
        except RowProblem:
            data = None
        if not isinstance(data, dict):
            self._add(table_name, "", 0, _line_text(line, 4096), problem)
            return
        row_id = data.get("id")
        version = data.get("version")
        self._add(
            table_name,
            row_id if isinstance(row_id, str) and len(row_id) <= 36 else "",
            version if isinstance(version, int) and not isinstance(version, bool) else 0,
            _line_text(line),
            problem,
        )

    def add_row(
        self, table_name: str, line: bytes, values: dict[str, Any], problem: RowProblem
    ) -> None:
        """Set aside a row that was read but fails a check."""
        self._add(table_name, values["id"], values["version"], _line_text(line), problem)

    def _add(
        self, table_name: str, row_id: str, version: int, text: str, problem: RowProblem
    ) -> None:
        self.summary.counts(table_name).quarantined += 1
        version = max(0, min(version, 2**62))
        if row_id:
            self.blocked.add(row_id)
        self.summary.reasons.append(f"{table_name} {row_id or '?'}: {problem.text()}")
        pending = self.pending.get((table_name, row_id)) if row_id else None
        if pending is not None and pending == version:
            self.session.execute(
                update(_TABLE)
                .where(_TABLE.c.table_name == table_name, _TABLE.c.row_id == row_id)
                .where(_TABLE.c.released_at.is_(None), _TABLE.c.version == version)
                .values(reason=problem.text(), data=text)
            )
            return
        self.session.execute(
            insert(_TABLE).values(
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
            self.pending[(table_name, row_id)] = max(version, pending or 0)

    def release(self, table_name: str, settled: list[tuple[str, int]]) -> None:
        """Release pending rows whose stored version is now at least theirs."""
        if not self.pending:
            return
        released = [
            row_id
            for row_id, version in settled
            if self.pending.get((table_name, row_id), version + 1) <= version
        ]
        for start in range(0, len(released), 500):
            chunk = released[start : start + 500]
            self.session.execute(
                update(_TABLE)
                .where(_TABLE.c.table_name == table_name, _TABLE.c.row_id.in_(chunk))
                .where(_TABLE.c.office == self.sender, _TABLE.c.released_at.is_(None))
                .values(released_at=utcnow())
            )
        for row_id in released:
            self.pending.pop((table_name, row_id), None)

    def waiting(self) -> dict[str, list[bytes]]:
        """Pending rows to try again (their parent may have arrived): the highest version of
        each row, leaving out rows this import set aside again."""
        stmt = select(_TABLE.c.table_name, _TABLE.c.row_id, _TABLE.c.version, _TABLE.c.data).where(
            _TABLE.c.office == self.sender, _TABLE.c.released_at.is_(None), _TABLE.c.row_id != ""
        )
        best: dict[tuple[str, str], tuple[int, str]] = {}
        for table_name, row_id, version, data in self.session.execute(stmt):
            key = (table_name, row_id)
            if row_id not in self.blocked and version >= best.get(key, (-1, ""))[0]:
                best[key] = (version, data)
        out: dict[str, list[bytes]] = defaultdict(list)
        for (table_name, _row_id), (_version, data) in best.items():
            out[table_name].append(data.encode("utf-8"))
        return out
