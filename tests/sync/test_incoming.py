"""The fast reading of incoming rows agrees with the strict readers and with what SQLAlchemy
would store, for valid rows and for odd ones alike."""

from __future__ import annotations

import json
from datetime import UTC, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infospot_app.core.database import make_engine
from infospot_app.sync import incoming
from infospot_app.sync.rows import MODELS, RowProblem, columns, decode

TABLES = ("companies", "offices", "targets", "consents", "training_sessions", "trainings")
_DIALECT = make_engine(":memory:").dialect

ODD_VALUES = [
    "2026-W09-1T10:00:00.000000+00:00",
    "2026-03-01T100000.5+00:00",
    "2026-13-01T10:00:00.000000+00:00",
    "2026-03-01T10:00:00.000000+03:00",
    "2026-03-01T10:00:00,000000+00:00",
    "2026-03-01 10:00:00.000000+00:00",
    "2026-03-01",
    "2026-02-30",
    "10:30",
    "1e5",
    "NaN",
    "-0.00",
    "99999999999999.999999",
    "100000000000000",
    "12.",
    "１２",
    "\ud800",
    "x" * 400,
    "",
    1,
    -(2**62),
    2**62,
    1.0,
    True,
    None,
    [],
    {},
]


def _value(kind: str, nullable: bool) -> st.SearchStrategy[Any]:
    offsets = st.sampled_from([UTC, timezone(timedelta(hours=3)), timezone(timedelta(hours=-5))])
    values = {
        "str": st.text(max_size=12),
        "text": st.text(max_size=40),
        "int": st.integers(-(2**62) + 1, 2**62 - 1),
        "bool": st.booleans(),
        "date": st.dates().map(lambda d: d.isoformat()),
        "time": st.times().map(lambda t: t.isoformat()),
        "datetime": st.datetimes(timezones=offsets).map(lambda d: d.isoformat()),
        "decimal": st.decimals(-(10**9), 10**9, places=2, allow_nan=False).map(str),
    }[kind]
    return st.one_of(st.none(), values) if nullable else values


@st.composite
def rows(draw: st.DrawFn, table: str) -> dict[str, Any]:
    data = {s.name: draw(_value(s.kind, s.nullable)) for s in columns(table)}
    data["version"] = draw(st.integers(1, 10**6))
    if draw(st.booleans()):  # an odd value in one column
        data[draw(st.sampled_from([s.name for s in columns(table)]))] = draw(
            st.sampled_from(ODD_VALUES)
        )
    if draw(st.integers(0, 9)) == 0:
        del data[draw(st.sampled_from(sorted(data)))]  # an older schema
    return data


def outcome(read: Any) -> Any:
    try:
        return read()
    except RowProblem as problem:
        return ("refused", problem.message_en)


def fast(shape: incoming.Shape, line: bytes) -> list[Any]:
    try:
        values = shape.decode(line)
    except incoming.NotPlain:
        return shape.strict(json.loads(line))
    return shape.convert(values)


def by_sqlalchemy(table: str, data: dict[str, Any]) -> list[Any]:
    """What SQLAlchemy's bind processors store for the strictly decoded row."""
    typed = decode(table, data)
    out = []
    for spec in columns(table):
        process = MODELS[table].__table__.c[spec.name].type._cached_bind_processor(_DIALECT)
        value = typed[spec.name]
        out.append(process(value) if process is not None and value is not None else value)
    return out


@pytest.mark.parametrize("table", TABLES)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_fast_reading_agrees_with_strict_and_with_sqlalchemy(
    table: str, data: st.DataObject
) -> None:
    row = data.draw(rows(table))
    line = json.dumps(row, ensure_ascii=False).encode("utf-8", "surrogatepass")
    shape = incoming.shape(table)
    strict = outcome(lambda: shape.strict(json.loads(line)))
    assert outcome(lambda: fast(shape, line)) == strict
    if not isinstance(strict, tuple):
        assert strict == by_sqlalchemy(table, json.loads(line))


@pytest.mark.parametrize("value", ["1234567.50", "-0.01", "99999999999999.99", "0.10"])
def test_amounts_are_stored_as_the_float_of_their_decimal(value: str) -> None:
    spec = next(s for s in columns("companies") if s.name == "annual_turnover")
    assert incoming._amount(spec, value) == float(Decimal(value))


def test_a_lone_surrogate_is_refused_not_stored() -> None:
    shape = incoming.shape("offices")
    line = b'{"code": "\\ud800"}'
    with pytest.raises(RowProblem, match="invalid Unicode"):
        shape.strict({**json.loads(line), "name": "x"})
