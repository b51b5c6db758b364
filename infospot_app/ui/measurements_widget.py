"""A company's productivity measurements, for its page: each period's turnover, employees and
value added, the productivity per employee and the change against the baseline (from the core)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core.services.productivity import (
    company_change,
    measurements,
    productivity,
    productivity_change,
)
from .cluster_form import date_edit
from .cluster_labels import code_name
from .cluster_record_forms import combo, line
from .cluster_tabs import RecordTab
from .context import AppContext
from .dashboard_page import percent_text
from .display import format_date, format_decimal, format_int
from .edit_dialog import EditDialog


class MeasurementForm(EditDialog):
    """One measurement: period, date, baseline or follow-up, turnover, employees, value added."""

    def __init__(
        self, context: AppContext, company_id: str, row_id: str | None, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Productivity measurement"), parent, save_and_new=False)
        self.context, self.company_id, self.row_id = context, company_id, row_id
        self.version: int | None = None
        self.add_field("period", self.tr("Period (e.g. 2025)"), line(self, 20), required=True)
        self.add_field(
            "measured_on", self.tr("Measured on"), date_edit(self, date.today()), required=True
        )
        self.add_field("kind", self.tr("Kind"), combo(self, "kind"), required=True)
        self.add_field("turnover", self.tr("Turnover (TRY)"), line(self, 24))
        self.add_field("employees", self.tr("Employees"), line(self, 9), required=True)
        self.add_field("value_added", self.tr("Value added (TRY, optional)"), line(self, 24))
        self.finish_tab_order()
        if row_id is not None:
            with context.db.session() as session:
                row = measurements.get(session, row_id)
            self.version = row.version
            self.field("period").setText(row.period)
            self.field("measured_on").setText(format_date(row.measured_on))
            kind = self.field("kind")
            kind.setCurrentIndex(max(kind.findData(row.kind), 0))
            self.field("turnover").setText(format_decimal(row.turnover))
            self.field("employees").setText("" if row.employees is None else str(row.employees))
            self.field("value_added").setText(format_decimal(row.value_added))
        self.mark_clean()

    def save_values(self, values: dict[str, Any]) -> str:
        values = {**values, "company_id": self.company_id}
        actor = self.context.actor
        with self.context.db.transaction() as session:
            if self.row_id is None:
                return measurements.create(session, actor, values).id
            row = measurements.update(session, actor, self.row_id, values, self.version)
            self.version = row.version
            return row.id


class MeasurementsWidget(QWidget):
    """The measurements tab of a company's page."""

    def __init__(
        self, context: AppContext, company_id: str, editable: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.company_id = context, company_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tab = RecordTab(
            context,
            lambda: [self.tr("Period"), self.tr("Measured on"), self.tr("Kind"),
                     self.tr("Turnover (TRY)"), self.tr("Employees"),
                     self.tr("Value added (TRY)"), self.tr("Per employee (TRY)"),
                     self.tr("Change vs baseline")],
            lambda row_id, parent: MeasurementForm(context, company_id, row_id, parent),
            lambda session, row_id: measurements.delete(session, context.actor, row_id),
            editable,
            numeric=frozenset({3, 4, 5, 6, 7}),
            parent=self,
        )  # fmt: skip
        self.tab.changed.connect(self.reload)
        layout.addWidget(self.tab, 1)
        self.reload()

    def reload(self) -> None:
        """Read the company's measurements (a bounded list) and the change since the baseline."""
        with self.context.db.session() as session:
            found = measurements.of_company(session, self.company_id)
            change = company_change(session, self.company_id)
        baseline = next((m for m in found if m.kind == "baseline"), None)
        rows = []
        for m in found:
            versus = productivity_change(baseline, m) if m.kind == "follow_up" else None
            rows.append([
                m.period, format_date(m.measured_on), code_name("kind", m.kind),
                format_decimal(m.turnover), format_int(m.employees),
                format_decimal(m.value_added), format_decimal(productivity(m)),
                "" if versus is None else percent_text(versus),
            ])  # fmt: skip
        self.tab.set_rows(rows, [m.id for m in found])
        self.summary.setText(
            self.tr("Productivity change since the baseline: {change}").format(
                change=percent_text(change)
            )
            if change is not None
            else self.tr(
                "The change is computed once there is a baseline and a follow-up measurement."
            )
        )
