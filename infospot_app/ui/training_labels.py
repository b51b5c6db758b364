"""Translated names and on-screen forms of a training's values: status, hours, percentages."""

from __future__ import annotations

from datetime import time
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale


def _statuses() -> dict[str, str]:
    return {
        "planned": QCoreApplication.translate("TrainingLabels", "Planned"),
        "held": QCoreApplication.translate("TrainingLabels", "Held"),
        "cancelled": QCoreApplication.translate("TrainingLabels", "Cancelled"),
    }


def status_name(code: str | None) -> str:
    """ "held" → "Held" / "Yapıldı"."""
    return _statuses().get(code or "", code or "")


def status_items() -> list[tuple[str, str]]:
    """(name, code) of every status, in their natural order, for a combo box."""
    return [(name, code) for code, name in _statuses().items()]


def hours_text(hours: Decimal | None) -> str:
    """Hours the locale's way without needless decimals: 3 · 3,5 · 2,25."""
    if hours is None:
        return ""
    value = Decimal(hours).normalize()
    decimals = max(0, -value.as_tuple().exponent)  # type: ignore[operator]
    return QLocale().toString(float(value), "f", min(decimals, 2))


def percent_text(pct: Decimal | None) -> str:
    """ "%87,5" in Turkish, "87.5%" in English; a dash when there is nothing to count."""
    if pct is None:
        return "–"
    number = hours_text(pct)
    if QLocale().language() == QLocale.Language.Turkish:
        return f"%{number}"
    return f"{number}%"


def time_text(value: time | None) -> str:
    """ "09:30"."""
    return value.strftime("%H:%M") if value is not None else ""
