"""Cells of real member lists turned into the values the company service validates.

Spreadsheets store what people typed: tax ids as numbers that lost their leading zero, NACE
codes as numbers that lost their trailing zero (10.1 for 10.10), dates as text, numbers with
Turkish thousands separators, stray spaces. Validation itself stays in the services.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from .. import validation as v
from .fields import COMPANY_FIELDS, CONTACT_FIELDS

_NUMBER_FIELDS = frozenset({"employees", "annual_turnover", "export_share"})


def text(value: Any) -> str:
    """A cell as text: whole numbers without ".0", spaces trimmed and collapsed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.strftime("%d.%m.%Y")
    return " ".join(str(value).split())


def nace(value: Any) -> str:
    """A NACE code cell: a number keeps two decimals (10.1 was typed 10.10)."""
    if isinstance(value, float | Decimal) and not isinstance(value, bool):
        return f"{value:.2f}"
    return text(value)


def founding_year(value: Any) -> Any:
    """A year from a year, a date, or a date typed as text ("15.03.2005")."""
    if isinstance(value, datetime | date):
        return value.year
    written = text(value)
    if len(written) > 4 and not written.isdigit():
        day = v.date_value(written, "founding_year", "Kuruluş tarihi", "Founding date")
        return day.year if day else None
    return written or None


def number(value: Any) -> Any:
    """A number cell as it is; text stays text for the validators ("1.250.000,50")."""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return value
    return text(value) or None


def company_values(cells: dict[str, Any]) -> dict[str, Any]:
    """The company fields of one row (only the mapped ones, blanks as None)."""
    values: dict[str, Any] = {}
    for key in COMPANY_FIELDS:
        if key not in cells:
            continue
        raw = cells[key]
        if key == "nace_code":
            values[key] = nace(raw) or None
        elif key == "founding_year":
            values[key] = founding_year(raw)
        elif key in _NUMBER_FIELDS:
            values[key] = number(raw)
        else:
            values[key] = text(raw) or None
    return values


def contact_values(cells: dict[str, Any]) -> dict[str, Any] | None:
    """The contact person of one row, or None when the row names nobody."""
    found = {k.removeprefix("contact_"): text(cells.get(k)) or None for k in CONTACT_FIELDS}
    if not found.get("name"):
        return None
    return {
        "full_name": found["name"],
        "position": found.get("position") or "",
        "phone": found.get("phone"),
        "email": found.get("email"),
    }
