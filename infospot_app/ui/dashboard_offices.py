"""The central office's breakdown: each Info Spot's figures beside its targets, and the total."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ..core.indicators import Indicators
from .dashboard_data import DashboardData
from .display import format_decimal, format_int
from .rows_model import RowsModel

COLUMNS = (
    "office",
    "smes_reached",
    "smes_reached_target",
    "smes_in_clusters",
    "smes_in_clusters_target",
    "clusters",
    "clusters_benchmarked",
    "productivity_change_pct",
    "visits",
    "trainings_held",
    "participants",
    "grant_applications",
)
DRILLS = frozenset(
    {
        "smes_reached",
        "smes_in_clusters",
        "clusters",
        "clusters_benchmarked",
        "productivity_change_pct",
        "visits",
        "trainings_held",
        "participants",
        "grant_applications",
    }
)


class OfficeTable(QTableView):
    """One row per office and a total row; double-click a number to see the rows behind it."""

    drill = Signal(str, object)
    """Indicator name and office code (None for the total row)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = RowsModel(
            self.headers, numeric=frozenset(range(1, len(COLUMNS))), parent=self
        )
        self.setModel(self.model_)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setMinimumHeight(200)
        self.doubleClicked.connect(self._double_clicked)

    def headers(self) -> list[str]:
        """The translated column titles."""
        return [
            self.tr("Office"),
            self.tr("SMEs reached"),
            self.tr("Target"),
            self.tr("SMEs in clusters"),
            self.tr("Target"),
            self.tr("Clusters"),
            self.tr("Benchmarked"),
            self.tr("Productivity change %"),
            self.tr("Visits"),
            self.tr("Trainings"),
            self.tr("Participants"),
            self.tr("Grant applications"),
        ]

    def title_of(self, name: str) -> str:
        """The column title of indicator ``name``."""
        return self.headers()[COLUMNS.index(name)] if name in COLUMNS else name

    def show_data(self, data: DashboardData) -> None:
        """Fill a row per office, then the national total."""
        rows, keys = [], []
        for office in data.offices:
            figures = data.office_figures.get(office.code)
            if figures is None:
                continue
            targets = data.office_targets.get(office.code, {})
            rows.append(self._row(office.code, figures, targets))
            keys.append(office.code)
        rows.append(self._row(self.tr("Total"), data.figures, data.targets))
        keys.append(None)
        self.model_.set_rows(rows, keys)
        self.setFixedHeight(
            self.horizontalHeader().height() + self.rowHeight(0) * (len(rows) + 1) if rows else 200
        )

    def _row(self, label: str, f: Indicators, targets: dict) -> list[str]:
        change = f.productivity_change_median
        return [
            label,
            format_int(f.smes_reached),
            format_int(targets.get("smes_reached")),
            format_int(f.smes_in_clusters),
            format_int(targets.get("smes_in_clusters")),
            format_int(f.clusters),
            format_int(f.clusters_benchmarked),
            "–" if change is None else format_decimal(change),
            format_int(f.visits),
            format_int(f.trainings_held),
            format_int(f.participants),
            format_int(f.grant_applications),
        ]

    def _double_clicked(self, index) -> None:  # noqa: ANN001
        name = COLUMNS[index.column()]
        if name in DRILLS:
            self.drill.emit(name, self.model_.key(index.row()))
