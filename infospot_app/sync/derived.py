"""Search and sort keys of incoming rows: derived on arrival, never sent."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from ..core.services.companies import companies
from ..core.services.people import people
from ..core.turkish import fold, sort_key


def _named(values: dict[str, Any]) -> dict[str, Any]:
    name = values.get("name") or ""
    return {"search_key": fold(name), "sort_key": sort_key(name)}


@cache
def _cluster_keys() -> Callable[[dict[str, Any]], dict[str, Any]]:
    # The cluster service may define its own keys; use them so HQ's search matches the office's.
    try:
        from ..core.services.clusters import clusters  # type: ignore[attr-defined]
    except ImportError:
        return _named
    return clusters.derive


DERIVERS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "companies": companies.derive,
    "people": people.derive,
}


def derive(table_name: str, values: dict[str, Any]) -> dict[str, Any]:
    """The derived columns of a row of ``table_name`` ({} if the table has none)."""
    if table_name == "clusters":
        return _cluster_keys()(values)
    function = DERIVERS.get(table_name)
    return function(values) if function is not None else {}
