"""Creating many rows at once through the services' own validation, with the write path's
bookkeeping (version 1, this transaction's rev, created_* stamps, one audit entry per row)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from ..models import AuditEntry, Company, KobiThreshold, Synced, utcnow
from ..services import record
from ..services.actor import Actor
from ..services.aggregate import AggregateService
from ..services.companies import CompanyService
from ..services.references import forget_live, remember_live


class BulkCompanies(CompanyService):
    """The company service with its two per-row lookups answered from memory.

    Tax ids already in the database are loaded once; the caller guarantees the new ones are
    unique among themselves (the unique index is the backstop). The KOBİ thresholds are read
    once per year instead of once per row.
    """

    def __init__(self, session: Session) -> None:
        live = select(Company.tax_id).where(Company.deleted_at.is_(None))
        self.registered: frozenset[str] = frozenset(session.scalars(live))
        self.taken: set[str] = set(self.registered)
        """Tax ids registered before the run, and those handed out during it."""
        self._thresholds: dict[int, KobiThreshold | None] = {}

    def find_by_tax_id(self, session: Session, tax_id: str) -> Company | None:
        return super().find_by_tax_id(session, tax_id) if tax_id in self.registered else None

    def threshold(self, session: Session, year: int) -> KobiThreshold | None:
        if year not in self._thresholds:
            self._thresholds[year] = super().threshold(session, year)
        return self._thresholds[year]


def _column_defaults(model: type[Synced]) -> dict[str, Any]:
    defaults = {}
    for column in model.__table__.columns:
        default = column.default
        defaults[column.key] = default.arg if default is not None and default.is_scalar else None
    return defaults


class BulkWriter:
    """Inserts validated rows in batches inside the caller's transaction."""

    def __init__(self, session: Session, new_id: Callable[[], str]) -> None:
        self.session = session
        self.new_id = new_id
        self.rev = record.transaction_rev(session)
        self.now = utcnow()
        self.counts: Counter[str] = Counter()

    def create(
        self, actor: Actor, service: AggregateService[Any], values: list[dict[str, Any]]
    ) -> list[str]:
        """Validate each row with the service's normalize/derive, insert all; the new ids."""
        actor.require_edit()
        prepared = []
        for row in values:
            clean = service.normalize(self.session, row, None)
            prepared.append({**clean, **service.derive(clean)})
        return self.insert(actor, service.model, prepared)

    def insert(self, actor: Actor, model: type[Synced], values: list[dict[str, Any]]) -> list[str]:
        """Insert rows whose values are already valid (as ``record.create`` would), audited."""
        if not values:
            return []
        actor.require_edit()
        defaults = _column_defaults(model)
        stamps = {
            "office": actor.office,
            "version": 1,
            "rev": self.rev,
            "created_at": self.now,
            "updated_at": self.now,
            "created_by": actor.user,
            "updated_by": actor.user,
            "deleted_at": None,
        }
        rows, audit, ids = [], [], []
        table = model.__tablename__
        for value in values:
            row_id = value.get("id") or self.new_id()
            ids.append(row_id)
            rows.append({**defaults, **value, **stamps, "id": row_id})
            fields = {
                k: record.jsonable(v)
                for k, v in value.items()
                if k not in record.BOOKKEEPING and v is not None
            }
            audit.append(
                {
                    "at": self.now,
                    "user": actor.user,
                    "table_name": table,
                    "row_id": row_id,
                    "action": "create",
                    "changes": json.dumps(fields, ensure_ascii=False, default=str),
                }
            )
        self._executemany(model.__table__, rows, frozenset(stamps))
        self._executemany(AuditEntry.__table__, audit, frozenset({"at", "user", "table_name"}))
        remember_live(self.session, ids)
        self.counts[table] += len(rows)
        return ids

    def _executemany(
        self, table: Table, rows: list[dict[str, Any]], constant: frozenset[str] = frozenset()
    ) -> None:
        """One driver-level executemany, values converted by SQLAlchemy's own column types.

        Columns named in ``constant`` hold one value for every row and are converted once.
        """
        connection = self.session.connection()
        dialect = connection.dialect
        columns = [c for c in table.columns if c.key in rows[0]]
        converted = []
        for column in columns:
            fn = column.type.dialect_impl(dialect).bind_processor(dialect)
            key = column.key
            if column.key in constant:
                value = rows[0][key]
                converted.append([fn(value) if fn and value is not None else value] * len(rows))
            elif fn is None:
                converted.append([row[key] for row in rows])
            else:
                converted.append([None if row[key] is None else fn(row[key]) for row in rows])
        names = ", ".join(dialect.identifier_preparer.quote(c.name) for c in columns)
        marks = ", ".join("?" for _ in columns)
        sql = f"INSERT INTO {table.name} ({names}) VALUES ({marks})"
        connection.exec_driver_sql(sql, list(zip(*converted, strict=True)))

    def finish(self) -> None:
        """Forget the ids noted as live during the run."""
        forget_live(self.session)
