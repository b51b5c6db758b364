"""List queries: paging, filters, Turkish search and Turkish sorting, shared by all aggregates."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..turkish import search_terms, sort_key

T = TypeVar("T")

DISTINCT_LIMIT = 2000


@dataclass
class ListQuery:
    """What a list shows: search text, filters, sort column and direction, and a page."""

    search: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False
    offset: int = 0
    limit: int | None = 100


@dataclass
class Page(Generic[T]):
    """One page of a list and the total number of rows the query matches."""

    rows: list[T]
    total: int


def escape_like(term: str) -> str:
    """Escape LIKE wildcards so a typed % or _ matches itself."""
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_clause(column: InstrumentedAttribute[str], text: str) -> Any:
    """Every folded word of ``text`` must occur in the folded ``column`` (Turkish rules)."""
    terms = search_terms(text)
    if not terms:
        return None
    return and_(*(column.like(f"%{escape_like(t)}%", escape="\\") for t in terms))


def turkish_order(session: Session, column: Any, base: Select[Any] | None = None) -> Any:
    """An ORDER BY expression putting a low-cardinality text column in Turkish order.

    The distinct values are ranked in Python with the Turkish sort key and mapped with a
    portable CASE; high-cardinality text columns store a ``sort_key`` column instead.
    """
    source = select(column).distinct().limit(DISTINCT_LIMIT + 1)
    values = [v for v in session.scalars(source) if v is not None]
    if len(values) > DISTINCT_LIMIT:
        return func.lower(column)
    ranked = sorted(values, key=sort_key)
    if not ranked:
        return column
    return case({v: i for i, v in enumerate(ranked)}, value=column, else_=len(ranked))
