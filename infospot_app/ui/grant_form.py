"""The grant application form: a company or a cluster applies to a programme; dates, status,
and the amounts requested and granted (TRY, typed the Turkish way: 1.250.000,50)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ..core.services.clusters import clusters
from ..core.services.companies import companies
from ..core.services.grants import grants
from ..core.services.listing import ListQuery
from .cluster_form import date_edit, text_area
from .cluster_pickers import CompanyPicker
from .cluster_record_forms import combo, line
from .context import AppContext
from .display import format_date, format_decimal
from .edit_dialog import EditDialog


class GrantForm(EditDialog):
    """Add or edit one grant application."""

    def __init__(
        self,
        context: AppContext,
        grant_id: str | None,
        parent: QWidget | None = None,
        *,
        cluster_id: str | None = None,
        company_id: str | None = None,
    ) -> None:
        super().__init__("", parent, save_and_new=False)
        self.setWindowTitle(
            self.tr("New grant application") if grant_id is None else self.tr("Grant application")
        )
        self.context, self.grant_id = context, grant_id
        self.version: int | None = None
        self.company_id = company_id
        self._build(cluster_id)
        if grant_id is not None:
            self._load(grant_id)
        elif company_id is not None:
            self._show_company(company_id)
        self._applicant_changed()
        self.mark_clean()
        self.resize(600, 620)

    def _build(self, cluster_id: str | None) -> None:
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("A company"), "company")
        self.kind.addItem(self.tr("A cluster"), "cluster")
        self.add_field("applicant_kind", self.tr("Applicant"), self.kind, required=True)
        company = QWidget(self)
        row = QHBoxLayout(company)
        row.setContentsMargins(0, 0, 0, 0)
        self.company_name = QLabel(self.tr("No company chosen"), company)
        self.choose = QPushButton(self.tr("Find company…"), company)
        self.choose.setAutoDefault(False)
        row.addWidget(self.company_name, 1)
        row.addWidget(self.choose)
        company.value = lambda: self.company_id  # type: ignore[attr-defined]
        self.add_field("company_id", self.tr("Company"), company)
        self.cluster = QComboBox(self)
        self.cluster.addItem(self.tr("— choose —"), None)
        with self.context.db.session() as session:
            for c in clusters.list(session, ListQuery(limit=None)).rows:
                self.cluster.addItem(c.name, c.id)
        self.add_field("cluster_id", self.tr("Cluster"), self.cluster)
        self.add_field("programme", self.tr("Programme"), combo(self, "programme"), required=True)
        self.add_field("title", self.tr("Project title"), line(self, 300))
        self.add_field("submitted_on", self.tr("Submitted on"), date_edit(self))
        self.add_field("status", self.tr("Status"), combo(self, "status"), required=True)
        self.add_field("decided_on", self.tr("Decided on"), date_edit(self))
        for name, label in (
            ("requested_amount", self.tr("Requested amount (TRY)")),
            ("granted_amount", self.tr("Granted amount (TRY)")),
        ):
            edit = line(self, 24)
            edit.setPlaceholderText(self.tr("e.g. 1.250.000,00"))
            self.add_field(name, label, edit)
        self.add_field("notes", self.tr("Notes"), text_area(self, 70))
        self.finish_tab_order()
        self.choose.clicked.connect(self._find_company)
        self.kind.currentIndexChanged.connect(self._applicant_changed)
        if cluster_id is not None:
            self.kind.setCurrentIndex(1)
            self.cluster.setCurrentIndex(max(self.cluster.findData(cluster_id), 0))
            self.kind.setEnabled(False)
            self.cluster.setEnabled(False)

    def _applicant_changed(self) -> None:
        is_company = self.kind.currentData() == "company"
        self.rows["company_id"].setEnabled(is_company)
        self.cluster.setEnabled(not is_company and self.kind.isEnabled())

    def _find_company(self) -> None:
        picker = CompanyPicker(self.context, self)
        if picker.exec() and picker.company_id():
            self.company_id = picker.company_id()
            self.company_name.setText(picker.company_name())
            self._update_missing()

    def _show_company(self, company_id: str) -> None:
        with self.context.db.session() as session:
            self.company_name.setText(companies.get(session, company_id).legal_name)

    def _load(self, grant_id: str) -> None:
        with self.context.db.session() as session:
            g = grants.get(session, grant_id)
        self.version = g.version
        if g.company_id:
            self.company_id = g.company_id
            self._show_company(g.company_id)
        else:
            self.kind.setCurrentIndex(1)
            self.cluster.setCurrentIndex(max(self.cluster.findData(g.cluster_id), 0))
        for name in ("programme", "status"):
            box = self.field(name)
            box.setCurrentIndex(max(box.findData(getattr(g, name)), 0))
        self.field("title").setText(g.title)
        self.field("submitted_on").setText(format_date(g.submitted_on))
        self.field("decided_on").setText(format_date(g.decided_on))
        self.field("requested_amount").setText(format_decimal(g.requested_amount))
        self.field("granted_amount").setText(format_decimal(g.granted_amount))
        self.field("notes").setPlainText(g.notes)

    def save_values(self, values: dict[str, Any]) -> str:
        kind = values.pop("applicant_kind")
        if kind == "company":
            values["cluster_id"] = None
        else:
            values["company_id"] = None
        actor = self.context.actor
        with self.context.db.transaction() as session:
            if self.grant_id is None:
                return grants.create(session, actor, values).id
            row = grants.update(session, actor, self.grant_id, values, self.version)
            self.version = row.version
            return row.id
