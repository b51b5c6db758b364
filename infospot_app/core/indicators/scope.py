"""What an indicator is computed over: a period and an office (or the whole country)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, true


@dataclass(frozen=True)
class Scope:
    """A period (inclusive; open ends allowed) and an office code, or None for national."""

    start: date | None = None
    end: date | None = None
    office: str | None = None

    def owned(self, column: Any) -> Any:
        """Rows owned by the scope's office (everything when national)."""
        return true() if self.office is None else column == self.office

    def within(self, column: Any) -> Any:
        """A date column inside the period."""
        clauses = []
        if self.start is not None:
            clauses.append(column >= self.start)
        if self.end is not None:
            clauses.append(column <= self.end)
        return and_(true(), *clauses)

    def overlaps(self, first: Any, last: Any) -> Any:
        """A [first, last] interval (either may be NULL = open) overlapping the period."""
        clauses = []
        if self.end is not None:
            clauses.append((first.is_(None)) | (first <= self.end))
        if self.start is not None:
            clauses.append((last.is_(None)) | (last >= self.start))
        return and_(true(), *clauses)

    @property
    def as_of(self) -> date:
        """The day "overdue" and "latest" are judged on: the period's end, or today."""
        return self.end or date.today()

    def label(self) -> str:
        """A short text for headers, dates as dd.MM.yyyy."""
        return f"{self.office or 'TR'} {_day(self.start)}–{_day(self.end)}"


def _day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "…"
