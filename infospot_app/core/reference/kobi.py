"""KOBİ (SME) size classes by the thresholds of the Turkish SME regulation in force each year."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache

from infospot_app.core.paths import resource_path

__all__ = ["SIZE_CLASSES", "Thresholds", "all_thresholds", "size_class", "thresholds_for"]

SIZE_CLASSES = ("micro", "small", "medium", "large")


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Limits of one regulation: employees strictly below, turnover (TRY) at most."""

    year: int
    micro_employees: int
    micro_turnover: Decimal
    small_employees: int
    small_turnover: Decimal
    medium_employees: int
    medium_turnover: Decimal
    in_force_from: date
    reference: str = ""

    def limits(self) -> tuple[tuple[str, int, Decimal], ...]:
        """(class, employee limit, turnover limit) from the smallest class up."""
        return (
            ("micro", self.micro_employees, self.micro_turnover),
            ("small", self.small_employees, self.small_turnover),
            ("medium", self.medium_employees, self.medium_turnover),
        )


@cache
def _load() -> tuple[Thresholds, ...]:
    with resource_path("reference", "kobi_thresholds.json").open(encoding="utf-8") as fh:
        sets = json.load(fh)["sets"]
    result = [
        Thresholds(
            year=int(s["year"]),
            micro_employees=int(s["micro_employees"]),
            micro_turnover=Decimal(str(s["micro_turnover"])),
            small_employees=int(s["small_employees"]),
            small_turnover=Decimal(str(s["small_turnover"])),
            medium_employees=int(s["medium_employees"]),
            medium_turnover=Decimal(str(s["medium_turnover"])),
            in_force_from=date.fromisoformat(s["in_force_from"]),
            reference=s.get("reference", ""),
        )
        for s in sets
    ]
    return tuple(sorted(result, key=lambda t: t.in_force_from))


def all_thresholds() -> list[Thresholds]:
    """Every threshold set, oldest first."""
    return list(_load())


def thresholds_for(year: int) -> Thresholds:
    """The latest set in force during the year (the oldest set for earlier years)."""
    sets = _load()
    chosen = sets[0]
    for t in sets:
        if t.in_force_from.year <= year:
            chosen = t
    return chosen


def size_class(
    employees: int | None, turnover_try: Decimal | float | int | None, year: int
) -> str | None:
    """ "micro", "small", "medium" or "large"; None when employees are unknown.

    A class applies when employees < its limit and turnover ≤ its limit; an unknown turnover
    decides by employees alone.
    """
    if employees is None:
        return None
    turnover = None if turnover_try is None else Decimal(str(turnover_try))
    for name, max_employees, max_turnover in thresholds_for(year).limits():
        if employees < max_employees and (turnover is None or turnover <= max_turnover):
            return name
    return "large"
