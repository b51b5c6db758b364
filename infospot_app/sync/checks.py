"""Domain checks of incoming rows, reusing the core validators (tax ids, NACE, e-mail …)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from ..core import validation as v
from .rows import RowProblem

CACHE_LIMIT = 10_000
"""Remembered outcomes per column: enough for every NACE code and province, bounded in memory."""

Check = Callable[[Any], None]


def _checker(column: str, validator: Callable[[Any], Any], normalised: bool) -> Check:
    """A check raising RowProblem; ``normalised``: the value must already be canonical."""

    def check(value: Any) -> None:
        try:
            result = validator(value)
        except v.ValidationError as error:
            raise RowProblem(error.message_tr, error.message_en) from error
        if normalised and result != value:
            raise RowProblem(
                f"{column}: '{value}' standart biçimde değil ('{result}' olmalı)",
                f"{column}: '{value}' is not in its standard form (expected '{result}')",
            )

    return check


def _remembering(check: Check) -> Check:
    """``check`` with its outcomes remembered, for columns whose values repeat: a package of
    100,000 companies holds a few hundred NACE codes and one or two provinces."""
    known: dict[Any, RowProblem | None] = {}

    def remembered(value: Any) -> None:
        if value in known:
            outcome = known[value]
        else:
            try:
                check(value)
                outcome = None
            except RowProblem as problem:
                outcome = problem
            if len(known) < CACHE_LIMIT:
                known[value] = outcome
        if outcome is not None:
            raise RowProblem(outcome.message_tr, outcome.message_en)

    return remembered


_CHECKS: dict[str, tuple[tuple[str, Check], ...]] = {
    "companies": (
        ("tax_id", _checker("tax_id", v.tax_id, True)),
        ("nace_code", _remembering(_checker("nace_code", v.nace_code, True))),
        ("email", _checker("email", v.email, False)),
        ("phone", _checker("phone", v.phone, False)),
        ("mersis_no", _checker("mersis_no", v.mersis_no, True)),
        ("province", _remembering(_checker("province", v.province_code, True))),
    ),
    "people": (
        ("email", _checker("email", v.email, False)),
        ("phone", _checker("phone", v.phone, False)),
    ),
}


@cache
def checks_for(table_name: str, names: tuple[str, ...]) -> tuple[tuple[int, Check], ...]:
    """(position in ``names``, check) of each checked column of ``table_name``."""
    return tuple((names.index(column), check) for column, check in _CHECKS.get(table_name, ()))


def check_values(checks: tuple[tuple[int, Check], ...], values: list[Any]) -> None:
    """Raise RowProblem if a field fails the same validation the office's forms apply."""
    for index, check in checks:
        value = values[index]
        if value is not None and value != "":
            check(value)
