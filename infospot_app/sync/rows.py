"""Rows as JSON Lines: which columns travel, how values are written and read back strictly."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, Integer, Numeric, String, Table, Text, Time

from ..core.models import SYNCED_MODELS, Synced
from ..core.models.base import UTCDateTime
from . import limits

LOCAL_COLUMNS = frozenset({"rev", "search_key", "sort_key"})
"""Never sent: ``rev`` is each database's own, the search and sort keys are derived on arrival."""

MODELS: dict[str, type[Synced]] = {m.__tablename__: m for m in SYNCED_MODELS}
TABLE_ORDER: tuple[str, ...] = tuple(MODELS)


class RowProblem(ValueError):
    """Why an incoming row cannot be stored, in Turkish and English."""

    def __init__(self, message_tr: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_tr = message_tr
        self.message_en = message_en

    def text(self) -> str:
        return f"{self.message_tr} / {self.message_en}"


@dataclass(frozen=True)
class ColumnSpec:
    """One travelling column: its name, kind, length limit and whether null is allowed."""

    name: str
    kind: str
    length: int | None
    nullable: bool
    default: Any
    digits: int | None = None


def _kind(column: Any) -> str:
    kinds = (
        (UTCDateTime, "datetime"),
        (Boolean, "bool"),
        (Date, "date"),
        (Time, "time"),
        (Numeric, "decimal"),
        (Integer, "int"),
        (Text, "text"),
        (String, "str"),
    )
    for type_, name in kinds:
        if isinstance(column.type, type_):
            return name
    raise TypeError(f"no sync encoding for {column.type!r}")


@cache
def columns(table_name: str) -> tuple[ColumnSpec, ...]:
    """The columns of ``table_name`` that travel, in table order."""
    table: Table = MODELS[table_name].__table__  # type: ignore[assignment]
    specs = []
    for column in table.columns:
        if column.key in LOCAL_COLUMNS:
            continue
        default = column.default.arg if column.default is not None else None
        kind = _kind(column)
        specs.append(
            ColumnSpec(
                name=column.key,
                kind=kind,
                length=getattr(column.type, "length", None),
                nullable=bool(column.nullable) and not column.primary_key,
                default=None if callable(default) else default,
                digits=getattr(column.type, "precision", None) if kind == "decimal" else None,
            )
        )
    return tuple(specs)


def _write_value(kind: str) -> Callable[[Any], Any]:
    if kind in ("date", "datetime", "time"):
        return lambda v: None if v is None else v.isoformat()
    if kind == "decimal":
        return lambda v: None if v is None else str(v)
    return lambda v: v


@cache
def encoders(table_name: str) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    """(name, converter) per travelling column, for writing rows."""
    return tuple((c.name, _write_value(c.kind)) for c in columns(table_name))


def encode(table_name: str, row: Any) -> str:
    """One row (a mapping with Python values) as a JSON line."""
    data = {name: convert(row[name]) for name, convert in encoders(table_name)}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def problem(field: str, tr: str, en: str) -> RowProblem:
    return RowProblem(f"{field}: {tr}", f"{field}: {en}")


def _read_text(spec: ColumnSpec, value: Any) -> str:
    if not isinstance(value, str):
        raise problem(spec.name, "metin bekleniyordu", "text expected")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:  # a lone surrogate, which JSON allows
            raise problem(
                spec.name, "geçersiz Unicode karakter", "holds an invalid Unicode character"
            ) from error
    limit = spec.length or limits.MAX_TEXT_CHARS
    if len(value) > limit:
        raise problem(
            spec.name,
            f"çok uzun ({len(value)} karakter, en fazla {limit})",
            f"too long ({len(value)} characters, at most {limit})",
        )
    return value


def _read_int(spec: ColumnSpec, value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or abs(value) >= 2**62:
        raise problem(spec.name, "tam sayı bekleniyordu", "an integer expected")
    return value


def _read_bool(spec: ColumnSpec, value: Any) -> bool:
    if not isinstance(value, bool):
        raise problem(spec.name, "doğru/yanlış bekleniyordu", "true or false expected")
    return value


def _read_date(spec: ColumnSpec, value: Any) -> date:
    try:
        if isinstance(value, str) and len(value) == 10:
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise problem(spec.name, "tarih (YYYY-AA-GG) bekleniyordu", "a date (YYYY-MM-DD) expected")


def _read_time(spec: ColumnSpec, value: Any) -> time:
    try:
        if isinstance(value, str) and len(value) <= 15:
            return time.fromisoformat(value)
    except ValueError:
        pass
    raise problem(spec.name, "saat (SS:DD) bekleniyordu", "a time of day (HH:MM) expected")


def _read_datetime(spec: ColumnSpec, value: Any) -> datetime:
    try:
        if isinstance(value, str) and len(value) <= 40:
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is not None:
                return moment.astimezone(UTC)
    except (ValueError, OverflowError):  # OverflowError: year 1 or 9999 moved to UTC
        pass
    raise problem(spec.name, "saat dilimli zaman bekleniyordu", "a UTC timestamp expected")


def _read_decimal(spec: ColumnSpec, value: Any) -> Decimal:
    try:
        if isinstance(value, str) and len(value) <= 40:
            number = Decimal(value)
            if number.is_finite() and abs(number) < Decimal(10) ** ((spec.digits or 16) - 2):
                return number
    except InvalidOperation:
        pass
    raise problem(spec.name, "sayı bekleniyordu", "a number expected")


READERS: dict[str, Callable[[ColumnSpec, Any], Any]] = {
    "str": _read_text,
    "text": _read_text,
    "int": _read_int,
    "bool": _read_bool,
    "date": _read_date,
    "datetime": _read_datetime,
    "time": _read_time,
    "decimal": _read_decimal,
}


def decode(table_name: str, data: Any) -> dict[str, Any]:
    """Column values from one parsed JSON object, strictly typed; RowProblem if not valid.

    A column missing from the object (a package from an older schema) takes its default.
    """
    if not isinstance(data, dict):
        raise RowProblem("satır bir JSON nesnesi değil", "the row is not a JSON object")
    specs = columns(table_name)
    unknown = set(data) - {s.name for s in specs}
    if unknown:
        name = sorted(unknown)[0][:40]
        raise RowProblem(f"bilinmeyen alan {name}", f"unknown field {name}")
    values: dict[str, Any] = {}
    for spec in specs:
        value = data.get(spec.name, spec.default)
        if value is None:
            if not spec.nullable:
                raise problem(spec.name, "boş olamaz", "cannot be empty")
            values[spec.name] = None
            continue
        values[spec.name] = READERS[spec.kind](spec, value)
    if values["version"] < 1:
        raise problem("version", "1 ya da daha büyük olmalı", "must be 1 or more")
    return values


def parse_line(line: bytes) -> Any:
    """One JSON line parsed (RowProblem if it is not JSON)."""
    try:
        return json.loads(line)
    except (UnicodeDecodeError, ValueError) as error:
        raise RowProblem("satır JSON değil", "the line is not valid JSON") from error


def comparable(table_name: str, values: dict[str, Any]) -> tuple[Any, ...]:
    """The travelling values in a form where equal content compares equal."""
    out = []
    for spec in columns(table_name):
        value = values.get(spec.name)
        if spec.kind == "decimal" and value is not None:
            value = Decimal(value).normalize()
        out.append(value)
    return tuple(out)
