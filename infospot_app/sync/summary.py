"""What an import did, per package and per table."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

OUTCOMES = ("new", "updated", "unchanged", "stale", "conflicts", "quarantined", "deleted")


@dataclass
class TableCounts:
    """Rows of one table by outcome."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    stale: int = 0
    conflicts: int = 0
    quarantined: int = 0
    deleted: int = 0

    def total(self) -> int:
        return sum(getattr(self, name) for name in OUTCOMES)


@dataclass
class ImportSummary:
    """The outcome of importing one file."""

    file: str
    status: str = "imported"  # imported, refused, already imported, dry run
    office: str = ""
    sequence: int = 0
    message_tr: str = ""
    message_en: str = ""
    tables: dict[str, TableCounts] = field(default_factory=dict)
    missing_sequences: list[int] = field(default_factory=list)
    pinned_fingerprint: str | None = None
    reasons: list[str] = field(default_factory=list)

    def counts(self, table: str) -> TableCounts:
        return self.tables.setdefault(table, TableCounts())

    def totals(self) -> TableCounts:
        total = TableCounts()
        for counts in self.tables.values():
            for name in OUTCOMES:
                setattr(total, name, getattr(total, name) + getattr(counts, name))
        return total

    def message(self, lang: str = "tr") -> str:
        return self.message_en if lang == "en" else self.message_tr

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["totals"] = asdict(self.totals())
        return data
