"""The Reports page: the Ministry's indicator workbook for a period (one office, or national at
the central office), every list as an Excel file, and the member list import.

The figures on the page and in the workbook come from the same ``gather`` of
``reports.indicator_workbook`` (and so from ``core.indicators.compute``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ..core.indicators import Scope
from ..core.services.listing import ListQuery
from ..core.services.settings import is_central
from ..reports.indicator_summary import LINES, SummaryLine, indicator_value
from ..reports.indicator_workbook import TOTAL, WorkbookFigures, gather, write_workbook
from ..reports.list_export import LISTS
from .context import AppContext
from .dashboard_data import OfficeLine, office_lines
from .dashboard_period import PeriodSelector
from .display import format_date, format_decimal, format_int
from .export_action import ListExporter
from .failure import show_error
from .i18n import current_language
from .icons import icon
from .member_import_button import add_member_import_button
from .rows_model import RowsModel
from .saved_file import ask_save_path, dated_name, show_saved
from .tasks import Job

LIST_ORDER = (
    "companies", "people", "visits", "trainings", "participants", "clusters", "members",
    "grants", "measurements",
)  # fmt: skip


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportsPage", text)


def summary_headers() -> list[str]:
    """The on-screen summary's column titles."""
    return [_t("Indicator"), _t("Value"), _t("Target")]


def figure_text(value: Any, kind: str) -> str:
    """A summary value as the page shows it (locale separators, percent points)."""
    if value is None:
        return "–"
    if kind == "int":
        return format_int(value)
    if kind == "percent":
        return _t("{n} %").format(n=format_decimal(Decimal(str(value)), 1))
    return format_decimal(Decimal(str(value)), 1 if kind == "decimal" else 2)


def summary_rows(figures: WorkbookFigures, lang: str) -> list[list[str]]:
    """Indicator, value and target of the scope's total, as the workbook's summary has them."""
    total = figures.total
    men = figures.men.get(figures.scope.office or TOTAL)

    def row(line: SummaryLine) -> list[str]:
        target = total.targets.get(line.target) if line.target else None
        return [
            line.name(lang),
            figure_text(indicator_value(total, line.key, men), line.kind),
            "" if target is None else figure_text(target, line.kind),
        ]

    return [row(line) for line in LINES]


class ReportsPage(QWidget):
    """The Ministry's workbook, list exports and the member import, in one place."""

    workbook_written = Signal(object, object)
    """Emitted with the workbook's path and the figures written in it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.central = False  # known once the database has said so (settings.is_central)
        self.figures: WorkbookFigures | None = None
        self.exporters: dict[str, ListExporter] = {}
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 8)
        title = QLabel(self.tr("Reports"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addWidget(self._workbook_box(), 1)
        lower = QHBoxLayout()
        lower.addWidget(self._lists_box(), 2)
        lower.addWidget(self._import_box(), 1)
        layout.addLayout(lower)
        self.period.changed.connect(self.refresh)
        self.office.currentIndexChanged.connect(self.refresh)
        context.tasks.run_database(
            lambda session, job: (is_central(session), office_lines(session, None)),
            self._offices,
            owner=self,
        )

    # -- layout ------------------------------------------------------------------------------
    def _workbook_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The Ministry's indicator workbook"), self)
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.period = PeriodSelector(box)
        row.addWidget(self.period)
        caption = QLabel(self.tr("Office:"), box)
        self.office = QComboBox(box)
        self.office.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        caption.setBuddy(self.office)
        self.office.setEnabled(False)
        row.addWidget(caption)
        row.addWidget(self.office)
        row.addStretch(1)
        self.write_button = QPushButton(icon("export"), self.tr("Create the workbook…"), box)
        self.write_button.setToolTip(
            self.tr(
                "A summary of every indicator against its target, per office and in total, then "
                "the rows behind the numbers"
            )
        )
        self.write_button.clicked.connect(self.choose_and_write)
        row.addWidget(self.write_button)
        layout.addLayout(row)
        self.status = QLabel(box)
        self.status.setObjectName("countLabel")
        layout.addWidget(self.status)
        self.summary = RowsModel(summary_headers, numeric=frozenset({1, 2}), parent=self)
        self.table = QTableView(box)
        self.table.setModel(self.summary)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 140)
        header.resizeSection(2, 140)
        layout.addWidget(self.table, 1)
        return box

    def _lists_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Lists as Excel files"), self)
        grid = QGridLayout(box)
        lang = current_language()
        self.list_buttons: dict[str, QPushButton] = {}
        for index, kind in enumerate(LIST_ORDER):
            exporter = ListExporter(self, self.context, kind, lambda: ListQuery(limit=None))
            button = QPushButton(icon("export"), LISTS[kind].title(lang), box)
            button.setToolTip(self.tr("Every row of the list, in the list's order"))
            button.clicked.connect(exporter.choose_and_export)
            grid.addWidget(button, index // 3, index % 3)
            self.exporters[kind] = exporter
            self.list_buttons[kind] = button
        return box

    def _import_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Chamber member lists"), self)
        layout = QVBoxLayout(box)
        hint = QLabel(
            self.tr(
                "Add the companies of a chamber's Excel list, with their contact people. "
                "Rows with errors are shown with the reason and can be saved to fix."
            ),
            box,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.import_button = add_member_import_button(box, row, self.context)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return box

    def _offices(self, found: tuple[bool, list[OfficeLine]]) -> None:
        """National or per office at the central office; an office reports on itself."""
        self.central, lines = found
        own = self.context.actor.office
        self.office.blockSignals(True)
        if self.central:
            self.office.addItem(self.tr("All offices (national)"), None)
            for line in lines:
                self.office.addItem(f"{line.code} — {line.name}", line.code)
        else:
            names = {line.code: line.name for line in lines}
            self.office.addItem(f"{own} — {names[own]}" if own in names else own, own)
        self.office.setEnabled(self.central)
        self.office.blockSignals(False)
        self.refresh()

    # -- behaviour ---------------------------------------------------------------------------
    def scope(self) -> Scope:
        """The period and office chosen (office None: national)."""
        start, end = self.period.period()
        return Scope(start, end, self.office.currentData())

    def scope_text(self, scope: Scope) -> str:
        """ "TR19, 01.01.2025 – 31.12.2025"."""
        who = scope.office or self.tr("All offices")
        if scope.start is None and scope.end is None:
            return self.tr("{who}, whole project").format(who=who)
        first = format_date(scope.start) if scope.start else "…"
        last = format_date(scope.end) if scope.end else "…"
        return f"{who}, {first} – {last}"

    def refresh(self) -> None:
        """Compute the chosen scope's figures in the background."""
        if self.office.count() == 0:
            return  # the offices are still loading; they refresh when they arrive
        self._generation += 1
        generation, scope = self._generation, self.scope()
        self.status.setText(self.tr("Computing the indicators…"))
        self.context.tasks.run_database(
            lambda session, job: gather(session, scope),
            lambda figures: self._show(generation, figures),
            self._failed,
            owner=self,
        )

    def _show(self, generation: int, figures: WorkbookFigures) -> None:
        if generation != self._generation:
            return  # another period or office was chosen meanwhile
        self.figures = figures
        self.summary.set_rows(summary_rows(figures, current_language()))
        self.status.setText(self.scope_text(figures.scope))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("The indicators could not be computed."))
        show_error(self, error)

    def default_name(self, scope: Scope, today: date | None = None) -> str:
        """ "Gösterge raporu TR19 05.03.2025.xlsx"."""
        who = scope.office or self.tr("national")
        return dated_name(self.tr("Indicator report {who}").format(who=who), today)

    def choose_and_write(self) -> None:
        """Ask where, then write the workbook for the chosen scope."""
        scope = self.scope()
        path = ask_save_path(self, self.tr("Save the indicator workbook"), self.default_name(scope))
        if path is not None:
            self.write_to(path, scope)

    def write_to(self, path: Path, scope: Scope | None = None) -> Job:
        """Write the Ministry's workbook for ``scope`` (default: the chosen one) to ``path``."""
        scope = scope or self.scope()
        lang = current_language()

        def work(session: Session, job: Job) -> WorkbookFigures:
            return write_workbook(session, scope, path, lang=lang, progress=job.progress)

        return self.context.tasks.run_database(
            work,
            lambda figures: self._written(path, figures),
            lambda error: show_error(self, error),
            label=self.tr("Writing the indicator workbook…"),
            parent=self,
            owner=self,
        )

    def _written(self, path: Path, figures: WorkbookFigures) -> None:
        self.result_box = show_saved(
            self,
            self.tr("The indicator workbook for {scope} was written.").format(
                scope=self.scope_text(figures.scope)
            ),
            path,
        )
        self.workbook_written.emit(path, figures)
