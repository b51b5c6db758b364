"""Attendance arithmetic: attended hours, attendance percentage, certificate eligibility."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import time
from decimal import ROUND_HALF_UP, Decimal

HUNDRED = Decimal(100)
CENT = Decimal("0.01")


def session_hours(start: time, end: time) -> Decimal:
    """The hours between two times of one day, to the hundredth (09:00–12:30 → 3.50)."""
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    return (Decimal(minutes) / 60).quantize(CENT, ROUND_HALF_UP)


@dataclass(frozen=True)
class Mark:
    """One attendance mark: the session, whether present, and hours if not the whole session."""

    session_id: str
    present: bool
    hours: Decimal | None = None


def attended_hours(hours_by_session: Mapping[str, Decimal], marks: Iterable[Mark]) -> Decimal:
    """Hours attended: a present mark counts its own hours, or the session's when not given.

    Hours are capped at the session's length; marks for unknown sessions count nothing.
    """
    total = Decimal(0)
    for mark in marks:
        length = hours_by_session.get(mark.session_id)
        if not mark.present or length is None:
            continue
        total += length if mark.hours is None else min(mark.hours, length)
    return total


def attendance_pct(attended: Decimal, total: Decimal) -> Decimal | None:
    """Attended hours as a percentage of the training's hours (None when it has no hours)."""
    if total <= 0:
        return None
    return (attended * HUNDRED / total).quantize(CENT, ROUND_HALF_UP)


def certificate_eligible(attended: Decimal, total: Decimal, min_pct: int | Decimal) -> bool:
    """Whether the attendance reaches the training's minimum percentage for a certificate."""
    if total <= 0:
        return False
    # Compare exactly, not after rounding: 79.996 % is not 80 %.
    return attended * HUNDRED >= Decimal(min_pct) * total
