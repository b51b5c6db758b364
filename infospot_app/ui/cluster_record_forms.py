"""The small forms of a cluster's tabs: a member, an activity, a benchmark assessment."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..core.models.cluster import BENCHMARK_AREAS
from ..core.services.aggregate import AggregateService
from ..core.services.clusters import benchmarks, cluster_activities, memberships
from ..core.services.companies import companies
from .cluster_form import date_edit, text_area
from .cluster_labels import code_items, code_name
from .cluster_pickers import CompanyPicker
from .context import AppContext
from .display import format_date, format_decimal
from .edit_dialog import EditDialog


def combo(parent: QWidget, group: str) -> QComboBox:
    """A combo box of a code group's translated names."""
    box = QComboBox(parent)
    for name, code in code_items(group):
        box.addItem(name, code)
    return box


def line(parent: QWidget, length: int) -> QLineEdit:
    """A one-line field of at most ``length`` characters."""
    edit = QLineEdit(parent)
    edit.setMaxLength(length)
    return edit


class ClusterRecordForm(EditDialog):
    """A record belonging to a cluster; subclasses add fields and fill them from a row."""

    service: AggregateService[Any]

    def __init__(
        self,
        context: AppContext,
        cluster_id: str,
        row_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent, save_and_new=row_id is None)
        self.context, self.cluster_id, self.row_id = context, cluster_id, row_id
        self.version: int | None = None
        self.build()
        self.finish_tab_order()
        if row_id is not None:
            with context.db.session() as session:
                row = self.service.get(session, row_id)
                self.fill(session, row)
            self.version = row.version
        self.mark_clean()

    def build(self) -> None:
        """Add the fields."""

    def fill(self, session: Any, row: Any) -> None:
        """Show ``row``'s values."""

    def extra_values(self) -> dict[str, Any]:
        """Values not held in a field."""
        return {}

    def save_values(self, values: dict[str, Any]) -> str:
        values = {**values, **self.extra_values(), "cluster_id": self.cluster_id}
        actor = self.context.actor
        with self.context.db.transaction() as session:
            if self.row_id is None:
                return self.service.create(session, actor, values).id
            row = self.service.update(session, actor, self.row_id, values, self.version)
            self.version = row.version
            return row.id


class MemberForm(ClusterRecordForm):
    """A company's membership: role, joined and left."""

    service = memberships

    def build(self) -> None:
        self.setWindowTitle(self.tr("Cluster member"))
        self.company_id: str | None = None
        company = QWidget(self)
        row = QHBoxLayout(company)
        row.setContentsMargins(0, 0, 0, 0)
        self.company_name = QLabel(self.tr("No company chosen"), company)
        self.choose = QPushButton(self.tr("Find company…"), company)
        self.choose.setAutoDefault(False)
        self.choose.setEnabled(self.row_id is None)
        row.addWidget(self.company_name, 1)
        row.addWidget(self.choose)
        company.value = lambda: self.company_id  # type: ignore[attr-defined]
        self.add_field("company_id", self.tr("Company"), company, required=True)
        self.add_field("role", self.tr("Role"), combo(self, "role"))
        self.add_field("joined_on", self.tr("Joined on"), date_edit(self, date.today()))
        self.add_field("left_on", self.tr("Left on"), date_edit(self))
        self.choose.clicked.connect(self.find_company)

    def find_company(self) -> None:
        """Search for the company to add."""
        picker = CompanyPicker(self.context, self)
        if picker.exec() and picker.company_id():
            self.set_company(picker.company_id(), picker.company_name())

    def set_company(self, company_id: str, name: str) -> None:
        """Choose the member company."""
        self.company_id = company_id
        self.company_name.setText(name)
        self._update_missing()

    def fill(self, session: Any, row: Any) -> None:
        self.set_company(row.company_id, companies.get(session, row.company_id).legal_name)
        role = self.field("role")
        role.setCurrentIndex(max(role.findData(row.role), 0))
        self.field("joined_on").setText(format_date(row.joined_on))
        self.field("left_on").setText(format_date(row.left_on))

    def clear_for_new(self) -> None:
        super().clear_for_new()
        self.company_id = None
        self.company_name.setText(self.tr("No company chosen"))
        self.field("joined_on").setText(format_date(date.today()))


class ActivityForm(ClusterRecordForm):
    """An analysis, workshop, B2B meeting, study visit or fair."""

    service = cluster_activities

    def build(self) -> None:
        self.setWindowTitle(self.tr("Cluster activity"))
        self.add_field("activity_type", self.tr("Type"), combo(self, "activity"), required=True)
        self.add_field(
            "activity_date", self.tr("Date"), date_edit(self, date.today()), required=True
        )
        self.add_field("title", self.tr("Title"), line(self, 300), required=True)
        self.add_field("participants", self.tr("Participants"), line(self, 6))
        self.add_field("notes", self.tr("Notes"), text_area(self, 80))

    def fill(self, session: Any, row: Any) -> None:
        kind = self.field("activity_type")
        kind.setCurrentIndex(max(kind.findData(row.activity_type), 0))
        self.field("activity_date").setText(format_date(row.activity_date))
        self.field("title").setText(row.title)
        self.field("participants").setText(
            "" if row.participants is None else str(row.participants)
        )
        self.field("notes").setPlainText(row.notes)


class BenchmarkForm(ClusterRecordForm):
    """A benchmark assessment: scheme, date, label and the six areas (0–100)."""

    service = benchmarks

    def build(self) -> None:
        self.setWindowTitle(self.tr("Benchmark assessment"))
        self.add_field("scheme", self.tr("Scheme"), combo(self, "scheme"), required=True)
        self.add_field(
            "assessed_on", self.tr("Assessed on"), date_edit(self, date.today()), required=True
        )
        self.add_field("label", self.tr("Label"), combo(self, "label"))
        for area in BENCHMARK_AREAS:
            edit = line(self, 6)
            edit.setPlaceholderText("0–100")
            self.add_field(area, code_name("area", area), edit)
        self.add_field("notes", self.tr("Notes"), text_area(self, 70))

    def fill(self, session: Any, row: Any) -> None:
        for name in ("scheme", "label"):
            box = self.field(name)
            box.setCurrentIndex(max(box.findData(getattr(row, name)), 0))
        self.field("assessed_on").setText(format_date(row.assessed_on))
        for area in BENCHMARK_AREAS:
            self.field(area).setText(format_decimal(getattr(row, area), 0))
        self.field("notes").setPlainText(row.notes)
