"""Search and sort keys of incoming rows: derived on arrival, never sent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..core.services.clusters import clusters
from ..core.services.companies import companies
from ..core.services.people import people
from ..core.services.trainings import trainings

DERIVERS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "companies": companies.derive,
    "people": people.derive,
    "clusters": clusters.derive,
    "trainings": trainings.derive,
}
"""The same derivations the office's services apply, so HQ's search matches the office's."""


def derive(table_name: str, values: dict[str, Any]) -> dict[str, Any]:
    """The derived columns of a row of ``table_name`` ({} if the table has none)."""
    function = DERIVERS.get(table_name)
    return function(values) if function is not None else {}
