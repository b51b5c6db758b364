"""Incoming JSON lines read straight into the values SQLite stores, strictly typed.

A line is first decoded by ``msgspec`` into a per-table struct that checks, in C, what most of
a row is: text within its length, integers within bounds, no unknown or missing field. The few
other columns (timestamps, amounts, dates, booleans) are converted in Python, timestamps and
amounts in the form InfoSpot writes by a short path. A line the struct does not take (an
older schema, a wrong value, odd JSON) is read again by the strict readers of ``rows.py``,
which say what is wrong, so the fast path never decides anything the strict one would not.
Values come out exactly as SQLAlchemy's bind processors would store them (a test compares the
two), so rows can be compared with stored ones and written without the ORM.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import cache
from typing import Annotated, Any

import msgspec

from . import limits
from .rows import READERS, ColumnSpec, RowProblem, columns, problem

_INT_BOUND = 2**62
_AMOUNT_BOUND = {digits: 10 ** (digits - 2) for digits in range(3, 40)}


def _store_datetime(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _store_time(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}.{moment.microsecond:06d}"


_STORE: dict[str, Callable[[Any], Any]] = {
    "datetime": _store_datetime,
    "date": date.isoformat,
    "time": _store_time,
    "decimal": float,
    "bool": int,
}


def stored_value(spec: ColumnSpec, value: Any) -> Any:
    """The stored form of one JSON value of column ``spec`` (strict; RowProblem if invalid)."""
    if value is None:
        if spec.nullable:
            return None
        raise problem(spec.name, "boş olamaz", "cannot be empty")
    typed = READERS[spec.kind](spec, value)
    store = _STORE.get(spec.kind)
    return typed if store is None else store(typed)


_TIMESTAMP = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?\+00:00$"
_AMOUNT = r"^-?[0-9]{1,24}(\.[0-9]{1,6})?$"
_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


def _timestamp(spec: ColumnSpec, value: str) -> Any:
    """A timestamp in the form InfoSpot writes ("2026-03-12T09:41:07.123456+00:00", or
    without the fraction when it is zero; the struct checked the form): ``fromisoformat``
    checks the ranges and the stored text is cut out of it."""
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return stored_value(spec, value)  # says what is wrong
    if len(value) == 25:
        return f"{value[:10]} {value[11:19]}.000000"
    return f"{value[:10]} {value[11:26]}"


def _amount(spec: ColumnSpec, value: str) -> Any:
    """A plain decimal ("1234567.50"; the struct checked the form) is stored as its float
    directly: the same number ``float(Decimal(text))`` gives, both round the exact decimal
    once."""
    number = float(value)
    if -_AMOUNT_BOUND[spec.digits or 16] < number < _AMOUNT_BOUND[spec.digits or 16]:
        return number
    return stored_value(spec, value)


def _date(spec: ColumnSpec, value: str) -> Any:
    """A date "YYYY-MM-DD" (the struct checked the form) is stored as it is, once valid."""
    try:
        date.fromisoformat(value)
    except ValueError:
        return stored_value(spec, value)
    return value


_CONVERT: dict[str, Callable[[ColumnSpec, Any], Any]] = {
    "datetime": _timestamp,
    "decimal": _amount,
    "date": _date,
    "bool": lambda _spec, value: int(value),
}
_PATTERNS = {"datetime": _TIMESTAMP, "decimal": _AMOUNT, "date": _DATE}


class NotPlain(Exception):
    """The line is not a plain row of the table; read it with the strict readers."""


def _field_type(spec: ColumnSpec) -> Any:
    """What the struct checks: text within its length, bounded integers, booleans, and the
    forms InfoSpot writes timestamps, amounts and dates in; the rest stays a JSON value."""
    if spec.kind in ("str", "text"):
        kind: Any = Annotated[str, msgspec.Meta(max_length=spec.length or limits.MAX_TEXT_CHARS)]
    elif spec.kind == "int":
        kind = Annotated[int, msgspec.Meta(gt=-_INT_BOUND, lt=_INT_BOUND)]
    elif spec.kind == "bool":
        kind = bool
    elif spec.kind in _PATTERNS:
        kind = Annotated[str, msgspec.Meta(pattern=_PATTERNS[spec.kind])]
    else:
        return Any  # converted (and checked) in Python
    return kind | None if spec.nullable else kind


@dataclass(frozen=True)
class Shape:
    """How rows of one table are read: travelling column names, struct decoder, conversions."""

    table: str
    names: tuple[str, ...]
    keys: frozenset[str]
    specs: tuple[ColumnSpec, ...]
    id_index: int
    office_index: int
    version_index: int
    decoder: msgspec.json.Decoder
    others: tuple[tuple[int, Callable[[ColumnSpec, Any], Any], ColumnSpec], ...]

    def decode(self, line: bytes) -> list[Any]:
        """Values of a plain line with text and integers checked; NotPlain for anything else.
        ``convert`` finishes the other columns."""
        try:
            return list(msgspec.structs.astuple(self.decoder.decode(line)))
        except (msgspec.DecodeError, ValueError) as error:
            raise NotPlain from error

    def convert(self, values: list[Any]) -> list[Any]:
        """Convert the columns the struct left as JSON values, in place; RowProblem if invalid."""
        for index, convert, spec in self.others:
            value = values[index]
            if value is not None:
                values[index] = convert(spec, value)
            elif not spec.nullable:
                values[index] = stored_value(spec, value)  # says it cannot be empty
        if values[self.version_index] < 1:
            raise problem("version", "1 ya da daha büyük olmalı", "must be 1 or more")
        return values

    def named(self, values: list[Any]) -> dict[str, Any]:
        """The values by column name."""
        return dict(zip(self.names, values, strict=False))

    def strict(self, data: Any) -> list[Any]:
        """Values of one parsed JSON value, column by column with the strict readers."""
        if not isinstance(data, dict):
            raise RowProblem("satır bir JSON nesnesi değil", "the row is not a JSON object")
        unknown = data.keys() - self.keys
        if unknown:
            name = sorted(unknown)[0][:40]
            raise RowProblem(f"bilinmeyen alan {name}", f"unknown field {name}")
        values = [stored_value(spec, data.get(spec.name, spec.default)) for spec in self.specs]
        if values[self.version_index] < 1:
            raise problem("version", "1 ya da daha büyük olmalı", "must be 1 or more")
        return values


@cache
def shape(table_name: str) -> Shape:
    """The reading plan of ``table_name``."""
    specs = columns(table_name)
    names = tuple(s.name for s in specs)
    struct = msgspec.defstruct(
        f"Incoming_{table_name}",
        [(s.name, _field_type(s)) for s in specs],
        forbid_unknown_fields=True,
        kw_only=True,
    )
    others = tuple(
        (n, _CONVERT.get(s.kind, stored_value), s)
        for n, s in enumerate(specs)
        if s.kind not in ("str", "text", "int")
    )
    return Shape(
        table_name,
        names,
        frozenset(names),
        specs,
        names.index("id"),
        names.index("office"),
        names.index("version"),
        msgspec.json.Decoder(struct),
        others,
    )
