"""Districts (ilçe) of the provinces we hold data for, with pre-reform names as history."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from infospot_app.core.paths import resource_path
from infospot_app.core.reference.provinces import province
from infospot_app.core.turkish import fold, sort_key

__all__ = [
    "District",
    "canonical_district",
    "current_districts",
    "districts",
    "has_district_data",
    "is_known_district",
]


@dataclass(frozen=True, slots=True)
class District:
    """A district; historical ones (current=False) name the districts that replaced them."""

    name: str
    current: bool = True
    replaced_by: tuple[str, ...] = ()
    note: str = ""


@cache
def _data() -> dict[str, dict]:
    with resource_path("reference", "districts.json").open(encoding="utf-8") as fh:
        return json.load(fh)["provinces"]


def _code(province_code: str | int) -> str:
    return province(province_code).code


def has_district_data(province_code: str | int) -> bool:
    """Whether district data exists for the province."""
    try:
        return _code(province_code) in _data()
    except KeyError:
        return False


@cache
def _districts(code: str) -> tuple[District, ...]:
    entry = _data().get(code, {})
    result = [District(name) for name in entry.get("current", ())]
    for old in entry.get("historical", ()):
        replaced = tuple(old.get("replaced_by", ()))
        result.append(District(old["name"], False, replaced, old.get("note", "")))
    return tuple(sorted(result, key=lambda d: (not d.current, sort_key(d.name))))


def districts(province_code: str | int) -> list[District]:
    """All districts of a province, current first (Turkish order), then historical ones."""
    return list(_districts(_code(province_code)))


def current_districts(province_code: str | int) -> list[str]:
    """Names of the current districts, in Turkish alphabetical order."""
    return [d.name for d in _districts(_code(province_code)) if d.current]


@cache
def _lookup(code: str) -> dict[str, str]:
    """Folded name or alias → canonical name (current names win over historical ones)."""
    table: dict[str, str] = {}
    for alias, name in _data().get(code, {}).get("aliases", {}).items():
        table[fold(alias)] = name
    for d in sorted(_districts(code), key=lambda d: d.current):
        table[fold(d.name)] = d.name
    return table


def canonical_district(province_code: str | int, name: str | None) -> str | None:
    """The canonical spelling of a district name (case/accent-insensitive), or None."""
    if not name:
        return None
    try:
        code = _code(province_code)
    except KeyError:
        return None
    return _lookup(code).get(fold(name))


def is_known_district(province_code: str | int, name: str | None) -> bool:
    """Whether the name is a current or historical district of the province."""
    return canonical_district(province_code, name) is not None
