"""Declarative base, the shared sync columns and column types used by every model."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import DateTime, ForeignKey, Index, MetaData, Numeric, String, TypeDecorator, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A fresh row id: a random UUID, made where the row is created and never reused."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored as naive UTC and always returned timezone-aware (UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; InfoSpot stores aware UTC timestamps")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


Money = Numeric(16, 2)
Amount = Numeric(12, 2)


class Base(DeclarativeBase):
    """The declarative base of every InfoSpot table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), Decimal: Numeric(16, 2), str: String()}


class Synced:
    """The columns every synced table shares (DESIGN.md, "Domain model")."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office: Mapped[str] = mapped_column(String(8), index=True)
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    deleted_at: Mapped[datetime | None]

    @declared_attr
    def rev(cls) -> Mapped[int]:  # noqa: N805 - declared_attr receives the class
        return mapped_column(index=True, default=0)

    @property
    def is_deleted(self) -> bool:
        """True for a tombstone."""
        return self.deleted_at is not None


def fk(target: str, *, nullable: bool = False, index: bool = True):  # noqa: ANN201
    """A foreign key column to ``target`` ("table.id"), indexed."""
    return mapped_column(String(36), ForeignKey(target), nullable=nullable, index=index)


def browse_index(table: str) -> Index:
    """The index lists and searches walk: live rows in Turkish order, carrying the search key.

    Searching scans this covering index in order and stops after a page, instead of reading
    the table; ``LIKE '%term%'`` cannot use an ordinary index on the search key.
    """
    live = text("deleted_at IS NULL")
    return Index(
        f"ix_{table}_browse",
        "sort_key",
        "id",
        "search_key",
        sqlite_where=live,
        postgresql_where=live,
    )


def live_unique(table: str, *columns: str) -> Index:
    """Uniqueness among live rows only: a tombstone never blocks a new row."""
    live = text("deleted_at IS NULL")
    return Index(
        f"uq_{table}_{'_'.join(columns)}_live",
        *columns,
        unique=True,
        sqlite_where=live,
        postgresql_where=live,
    )
