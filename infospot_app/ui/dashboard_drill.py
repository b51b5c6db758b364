"""The list behind a dashboard number: the companies, clusters, trainings … it counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ..core.indicators import Scope, drill_down
from ..core.indicators.cluster_figures import productivity_figures
from ..reports.list_export import LISTS, load_rows
from ..reports.xlsx_export import Column
from .context import AppContext
from .display import format_date, format_decimal, format_int
from .failure import show_error
from .i18n import current_language
from .rows_model import RowsModel

LIST_OF = {
    "smes_reached": "companies",
    "smes_in_clusters": "companies",
    "productivity_change_pct": "companies",
    "clusters": "clusters",
    "clusters_per_province": "clusters",
    "clusters_benchmarked": "clusters",
    "trainings_held": "trainings",
    "participants": "people",
    "women_participants": "people",
    "visits": "visits",
    "grant_applications": "grants",
}
"""Indicator → the kind of list (reports.list_export.LISTS) its rows are shown in."""

NUMERIC_KINDS = frozenset({"int", "decimal", "money", "percent"})


@dataclass
class DrillRows:
    """The raw rows behind a number, with their columns."""

    columns: list[Column]
    values: list[list[Any]]


def drill_ids(session: Session, name: str, scope: Scope) -> list[str]:
    """The ids behind indicator ``name`` (the companies measured, for the productivity change)."""
    if name == "productivity_change_pct":
        return list(productivity_figures(session, scope).changes)
    if name == "clusters_per_province":
        name = "clusters"
    return drill_down(session, name, scope)


def load_drill(session: Session, name: str, scope: Scope, lang: str) -> DrillRows:
    """The rows behind ``name`` in the order their list shows them (run in the background)."""
    kind = LIST_OF[name]
    wanted = set(drill_ids(session, name, scope))
    ordered = [i for i in LISTS[kind].service.ids(session) if i in wanted]
    columns = LISTS[kind].columns(lang)
    values = [[c.value(row) for c in columns] for row in load_rows(session, kind, ordered)]
    return DrillRows(columns, values)


def cell_text(value: Any, kind: str) -> str:
    """A raw value as the screen shows it (dates dd.MM.yyyy, numbers with separators)."""
    if value is None:
        return ""
    if isinstance(value, date | datetime):
        return format_date(value)
    if kind == "int":
        return format_int(value)
    if kind in ("decimal", "money") or isinstance(value, Decimal | float):
        return format_decimal(value)
    if kind == "percent":
        return format_decimal(Decimal(value) * 100, 1) + " %"
    return str(value)


class DrillDialog(QDialog):
    """A list of the rows an indicator counts; loaded off the GUI thread."""

    def __init__(
        self,
        context: AppContext,
        name: str,
        title: str,
        scope: Scope,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.name = name
        self.setWindowTitle(title)
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        self.heading = QLabel(f"{title} — {scope.label()}", self)
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.count = QLabel(self.tr("Loading…"), self)
        self.count.setObjectName("countLabel")
        layout.addWidget(self.count)
        self.headers: list[str] = []
        self.loaded = False
        self.model = RowsModel(lambda: self.headers, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        lang = current_language()
        context.tasks.run_database(
            lambda session, job: load_drill(session, name, scope, lang),
            self._show,
            self._failed,
        )

    def _show(self, rows: DrillRows) -> None:
        lang = current_language()
        self.headers = [c.header(lang) for c in rows.columns]
        numeric = frozenset(i for i, c in enumerate(rows.columns) if c.kind in NUMERIC_KINDS)
        texts = [
            [cell_text(v, c.kind) for v, c in zip(values, rows.columns, strict=True)]
            for values in rows.values
        ]
        # The columns are only known once loaded, so the model is made here.
        self.model = RowsModel(lambda: self.headers, texts, numeric=numeric, parent=self)
        self.table.setModel(self.model)
        self.count.setText(self.tr("{n} rows").format(n=format_int(len(rows.values))))
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(len(self.headers)):
            header.resizeSection(column, min(header.sectionSize(column), 320))
        self.loaded = True

    def _failed(self, error: BaseException) -> None:
        self.count.setText(self.tr("The list could not be loaded."))
        show_error(self, error)
