"""Domain checks of incoming rows, reusing the core validators (tax ids, NACE, e-mail …)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..core import validation as v
from .rows import RowProblem

_FIELD_CHECKS: dict[str, tuple[tuple[str, Callable[[Any], Any], bool], ...]] = {
    # (column, validator, must the value already be in its normalised form)
    "companies": (
        ("tax_id", v.tax_id, True),
        ("nace_code", v.nace_code, True),
        ("email", v.email, False),
        ("phone", v.phone, False),
        ("mersis_no", v.mersis_no, True),
        ("province", v.province_code, True),
    ),
    "people": (("email", v.email, False), ("phone", v.phone, False)),
}


def check_fields(table_name: str, values: dict[str, Any]) -> None:
    """Raise RowProblem if a field fails the same validation the office's forms apply."""
    for column, validator, normalised in _FIELD_CHECKS.get(table_name, ()):
        value = values.get(column)
        if value in (None, ""):
            continue
        try:
            result = validator(value)
        except v.ValidationError as error:
            raise RowProblem(error.message_tr, error.message_en) from error
        if normalised and result != value:
            raise RowProblem(
                f"{column}: '{value}' standart biçimde değil ('{result}' olmalı)",
                f"{column}: '{value}' is not in its standard form (expected '{result}')",
            )
