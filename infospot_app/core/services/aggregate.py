"""The service every aggregate shares: create, update, delete, get and list."""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ..errors import NotFound
from ..models import Synced
from . import record
from .actor import Actor
from .listing import ListQuery, Page, search_clause, turkish_order

M = TypeVar("M", bound=Synced)


class AggregateService(Generic[M]):
    """Generic service of one synced model; subclasses add validation and derived fields."""

    model: ClassVar[type[Synced]]
    noun_tr: ClassVar[str] = "kayıt"
    noun_en: ClassVar[str] = "record"
    sort_columns: ClassVar[dict[str, str]] = {}
    """Sort name → attribute; text attributes named in ``turkish_columns`` sort the Turkish way."""
    turkish_columns: ClassVar[frozenset[str]] = frozenset()
    default_sort: ClassVar[str | None] = None

    # -- hooks -------------------------------------------------------------------------------
    def normalize(self, session: Session, values: dict[str, Any], row: M | None) -> dict[str, Any]:
        """Validate and normalise the full set of editable values (raise ValidationErrors)."""
        return values

    def derive(self, values: dict[str, Any]) -> dict[str, Any]:
        """Fields computed from the others (search and sort keys)."""
        return {}

    def filter_clauses(self, session: Session, filters: dict[str, Any]) -> list[Any]:
        """WHERE clauses for the list's filters."""
        return [getattr(self.model, k) == v for k, v in filters.items() if v is not None]

    # -- writes ------------------------------------------------------------------------------
    def editable(self) -> list[str]:
        """The model's columns a user may set."""
        return [c.key for c in self.model.__table__.columns if c.key not in record.BOOKKEEPING]

    def _prepare(self, session: Session, values: dict[str, Any], row: M | None) -> dict[str, Any]:
        unknown = set(values) - set(self.editable())
        if unknown:
            raise TypeError(f"{self.model.__name__} has no editable fields {sorted(unknown)}")
        current = {k: getattr(row, k) for k in self.editable()} if row is not None else {}
        merged = self.normalize(session, {**current, **values}, row)
        return {**merged, **self.derive(merged)}

    def create(self, session: Session, actor: Actor, values: dict[str, Any]) -> M:
        """Validate and insert a new row owned by the actor's office."""
        actor.require_edit()
        prepared = self._prepare(session, values, None)
        return record.create(session, actor, self.model, prepared)  # type: ignore[return-value]

    def update(
        self,
        session: Session,
        actor: Actor,
        row_id: str,
        values: dict[str, Any],
        expected_version: int | None = None,
    ) -> M:
        """Validate and apply changes to an existing row."""
        actor.require_edit()
        row = self.get(session, row_id)
        record.check_owner(actor, row)
        prepared = self._prepare(session, values, row)
        record.change(session, actor, row, prepared, expected_version)
        return row

    def delete(self, session: Session, actor: Actor, row_id: str) -> None:
        """Tombstone the row."""
        record.tombstone(session, actor, self.get(session, row_id))

    # -- reads -------------------------------------------------------------------------------
    def get(self, session: Session, row_id: str, *, include_deleted: bool = False) -> M:
        """The row with ``row_id``, or NotFound."""
        row = session.get(self.model, row_id)
        if row is None or (row.deleted_at is not None and not include_deleted):
            raise NotFound(
                f"{self.noun_tr.capitalize()} bulunamadı; silinmiş olabilir.",
                f"{self.noun_en.capitalize()} not found; it may have been deleted.",
            )
        return row  # type: ignore[return-value]

    def statement(self, session: Session, query: ListQuery) -> Select[Any]:
        """The SELECT behind a list: live rows, search, filters and Turkish order."""
        model = self.model
        stmt = select(model).where(model.deleted_at.is_(None))
        if query.search and hasattr(model, "search_key"):
            clause = search_clause(model.search_key, query.search)  # type: ignore[attr-defined]
            if clause is not None:
                stmt = stmt.where(clause)
        for clause in self.filter_clauses(session, query.filters):
            stmt = stmt.where(clause)
        return stmt.order_by(*self.order(session, query))

    def order(self, session: Session, query: ListQuery) -> list[Any]:
        """ORDER BY terms for the query's sort, with the id as the final tie-breaker."""
        name = query.sort or self.default_sort
        terms: list[Any] = []
        if name is not None:
            attribute = getattr(self.model, self.sort_columns.get(name, name))
            if name in self.turkish_columns:
                attribute = turkish_order(session, attribute)
            terms.append(attribute.desc() if query.descending else attribute.asc())
        terms.append(self.model.id)
        return terms

    def list(self, session: Session, query: ListQuery | None = None) -> Page[M]:
        """A page of rows and the total count.

        The ordered ids come from one walk of the browse index; the page's rows are then
        fetched by id. That is one scan instead of a count plus a page query.
        """
        query = query or ListQuery()
        ids = self.ids(session, query)
        end = None if query.limit is None else query.offset + query.limit
        return Page(self.by_ids(session, ids[query.offset : end]), len(ids))

    def ids(self, session: Session, query: ListQuery | None = None) -> list[str]:
        """The ids of every row the query matches, in list order (for lazy table models)."""
        query = query or ListQuery()
        stmt = self.statement(session, query).with_only_columns(self.model.id)
        return list(session.scalars(stmt))

    def by_ids(self, session: Session, ids: list[str]) -> list[M]:
        """The rows with these ids, in the order given."""
        found = {r.id: r for r in session.scalars(select(self.model).where(self.model.id.in_(ids)))}
        return [found[i] for i in ids if i in found]  # type: ignore[misc]
