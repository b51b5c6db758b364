"""How values look on screen: dates dd.MM.yyyy, numbers with the locale's separators."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone

DATE_FORMAT = "dd.MM.yyyy"


def format_date(value: date | datetime | None) -> str:
    """``dd.MM.yyyy`` (local time for timestamps); empty for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        stamp = QDateTime(value)
        if value.tzinfo is not None:
            stamp = stamp.toTimeZone(QTimeZone.systemTimeZone())
        return stamp.toString("dd.MM.yyyy HH:mm")
    return QDate(value.year, value.month, value.day).toString(DATE_FORMAT)


def format_int(value: int | None) -> str:
    """A whole number with the locale's group separators (12.500 in Turkish)."""
    return "" if value is None else QLocale().toString(int(value))


def format_decimal(value: Decimal | float | None, decimals: int = 2) -> str:
    """A number with the locale's separators (1.250.000,50 in Turkish)."""
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", decimals)
