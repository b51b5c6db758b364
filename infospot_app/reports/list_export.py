"""Export any list to Excel with exactly the rows, filters and order the user sees.

The screen passes its own ``ListQuery``; the export takes every row it matches (not just the
page on screen), through the same service query, in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..core.services.aggregate import AggregateService
from ..core.services.clusters import clusters, memberships
from ..core.services.companies import companies
from ..core.services.grants import grants
from ..core.services.listing import ListQuery
from ..core.services.people import people
from ..core.services.productivity import measurements
from ..core.services.trainings import enrollments, trainings
from ..core.services.visits import visits
from . import list_columns as cols
from . import list_rows as rows
from .xlsx_export import Column, Progress, export_rows

BATCH = 1000


@dataclass(frozen=True)
class ListExport:
    """One exportable list: its service, how its rows load, and its columns."""

    kind: str
    title_tr: str
    title_en: str
    service: AggregateService[Any]
    load: Callable[[Session, list[str]], list[Any]]
    columns: Callable[[str], list[Column]]

    def title(self, lang: str) -> str:
        """The sheet's name in ``lang``."""
        return self.title_en if lang == "en" else self.title_tr


LISTS: dict[str, ListExport] = {
    spec.kind: spec
    for spec in (
        ListExport("companies", "Firmalar", "Companies", companies, rows.company_rows,
                   cols.company_columns),
        ListExport("people", "Kişiler", "People", people, rows.person_rows, cols.person_columns),
        ListExport("visits", "Ziyaretler", "Visits", visits, rows.visit_rows, cols.visit_columns),
        ListExport("trainings", "Eğitimler", "Trainings", trainings, rows.training_rows,
                   cols.training_columns),
        ListExport("participants", "Katılımcılar", "Participants", enrollments,
                   rows.participant_rows, cols.participant_columns),
        ListExport("clusters", "Kümeler", "Clusters", clusters, rows.cluster_rows,
                   cols.cluster_columns),
        ListExport("members", "Küme üyeleri", "Cluster members", memberships, rows.member_rows,
                   cols.member_columns),
        ListExport("grants", "Hibe başvuruları", "Grant applications", grants, rows.grant_rows,
                   cols.grant_columns),
        ListExport("measurements", "Verimlilik ölçümleri", "Productivity measurements",
                   measurements, rows.measurement_rows, cols.measurement_columns),
    )
}  # fmt: skip
"""Every list that can be exported, by kind."""


def list_ids(session: Session, kind: str, query: ListQuery) -> list[str]:
    """The ids of every row of the list, in its order (the whole list, not one page)."""
    return LISTS[kind].service.ids(session, replace(query, offset=0, limit=None))


def load_rows(session: Session, kind: str, ids: list[str]) -> Iterator[Any]:
    """The list's rows for ``ids``, loaded a batch at a time, in the order given."""
    load = LISTS[kind].load
    for start in range(0, len(ids), BATCH):
        yield from load(session, ids[start : start + BATCH])


def export_list(
    session: Session,
    kind: str,
    query: ListQuery,
    path: Path,
    *,
    lang: str = "tr",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the list ``kind`` as the query selects it to ``path``; returns the row count.

    Runs in the background with its own session; it never touches the screen.
    """
    spec = LISTS[kind]
    ids = list_ids(session, kind, query)
    return export_rows(
        path,
        spec.columns(lang),
        load_rows(session, kind, ids),
        title=spec.title(lang),
        lang=lang,
        total=len(ids),
        progress=progress,
        cancelled=cancelled,
    )
