"""The 81 provinces (il) of Türkiye, from pycountry's ISO 3166-2:TR data."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

import pycountry

from infospot_app.core.turkish import fold

__all__ = ["PROVINCES", "Province", "find_province", "province"]

# Official spellings where pycountry differs (Ministry of Interior list).
_NAME_FIXES = {"TR-30": "Hakkari"}


@dataclass(frozen=True, slots=True)
class Province:
    """A province: ISO code ("TR-19"), licence plate number (19) and Turkish name."""

    code: str
    plate: int
    name: str


def _load() -> tuple[Province, ...]:
    provinces = []
    for sub in pycountry.subdivisions.get(country_code="TR") or ():
        name = _NAME_FIXES.get(sub.code, unicodedata.normalize("NFC", sub.name))
        provinces.append(Province(sub.code, int(sub.code.split("-")[1]), name))
    return tuple(sorted(provinces, key=lambda p: p.plate))


PROVINCES: tuple[Province, ...] = _load()


@cache
def _index() -> dict[str, Province]:
    index: dict[str, Province] = {}
    for p in PROVINCES:
        index[p.code] = p
        index[str(p.plate)] = p
        index[f"{p.plate:02d}"] = p
        index[f"tr{p.plate:02d}"] = p
    return index


@cache
def _by_name() -> dict[str, Province]:
    names = {fold(p.name): p for p in PROVINCES}
    names.setdefault("hakkari", names[fold(_NAME_FIXES["TR-30"])])
    names.setdefault("icel", _index()["33"])  # Mersin's former name
    return names


def province(code_or_plate: str | int) -> Province:
    """The province for "TR-19", "19", 19 or "TR19"; raises KeyError if unknown."""
    if isinstance(code_or_plate, int) and not isinstance(code_or_plate, bool):
        key = str(code_or_plate)
    else:
        key = str(code_or_plate).strip().upper()
        if key.startswith("TR") and not key.startswith("TR-"):
            key = "tr" + key[2:].strip()
    found = _index().get(key)
    if found is None:
        raise KeyError(code_or_plate)
    return found


def find_province(value: str | int | None) -> Province | None:
    """The province for a code, plate number or Turkish name (folded), or None."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return province(value)
    except KeyError:
        pass
    return _by_name().get(fold(str(value)))
