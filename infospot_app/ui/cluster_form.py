"""The cluster form: name, sectors, provinces involved, stage and the date it was reached,
coordinating body, description. The home office is the office that records the cluster."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy import select

from ..core import validation as v
from ..core.models import ClusterStage
from ..core.reference import office_info
from ..core.services import record
from ..core.services.clusters import clusters
from .cluster_labels import code_items
from .cluster_pickers import CodeListField, division_choices, province_choices
from .context import AppContext
from .display import format_date
from .edit_dialog import EditDialog


def text_area(parent: QWidget, height: int) -> QPlainTextEdit:
    """A multi-line field where Tab moves on."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def date_edit(parent: QWidget, value: date | None = None) -> QLineEdit:
    """A date typed as dd.mm.yyyy (checked by the service when saved)."""
    edit = QLineEdit(format_date(value), parent)
    edit.setPlaceholderText(parent.tr("dd.mm.yyyy"))
    edit.setMaxLength(10)
    return edit


class ClusterForm(EditDialog):
    """Add or edit one cluster."""

    def __init__(
        self, context: AppContext, cluster_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent, save_and_new=False)
        self.setWindowTitle(
            self.tr("New cluster") if cluster_id is None else self.tr("Edit cluster")
        )
        self.context = context
        self.cluster_id = cluster_id
        self.version: int | None = None
        self.stage_before: str | None = None
        self._build()
        if cluster_id is not None:
            self._load(cluster_id)
        self.mark_clean()
        self.resize(620, 600)

    def _build(self) -> None:
        name = QLineEdit(self)
        name.setMaxLength(300)
        self.add_field("name", self.tr("Name"), name, required=True)
        self.add_field(
            "nace_divisions",
            self.tr("Sectors (NACE divisions)"),
            CodeListField(self.tr("NACE divisions"), division_choices, self),
        )
        try:
            office = office_info(self.context.actor.office)
            home = f"{office.code} — {office.name}"
        except KeyError:
            home = self.context.actor.office
        self.home = QLabel(home, self)
        self.form.addRow(self.tr("Home office"), self.home)
        provinces = CodeListField(self.tr("Provinces involved"), province_choices, self)
        self.add_field("provinces", self.tr("Provinces involved"), provinces)
        self.stage = QComboBox(self)
        for label, code in code_items("stage"):
            self.stage.addItem(label, code)
        self.add_field("stage", self.tr("Stage"), self.stage, required=True)
        self.add_field("stage_date", self.tr("Stage reached on"), date_edit(self, date.today()))
        coordinator = QLineEdit(self)
        coordinator.setMaxLength(300)
        self.add_field("coordinator", self.tr("Coordinating body"), coordinator)
        self.add_field("description", self.tr("Description"), text_area(self, 90))
        self.finish_tab_order()
        if self.cluster_id is None:
            own = self._office_province()
            if own:
                provinces.set_value(own)

    def _office_province(self) -> str:
        try:
            info = office_info(self.context.actor.office)
        except KeyError:
            return ""
        return "" if info.central else info.province_code

    def _load(self, cluster_id: str) -> None:
        with self.context.db.session() as session:
            cluster = clusters.get(session, cluster_id)
            history = clusters.stages(session, cluster_id)
        self.version = cluster.version
        self.stage_before = cluster.stage
        self.field("name").setText(cluster.name)
        self.field("nace_divisions").set_value(cluster.nace_divisions)
        self.field("provinces").set_value(cluster.provinces)
        self.stage.setCurrentIndex(max(self.stage.findData(cluster.stage), 0))
        reached = history[-1].reached_on if history else None
        self.field("stage_date").setText(format_date(reached))
        self.field("coordinator").setText(cluster.coordinator)
        self.field("description").setPlainText(cluster.description)
        self.home.setText(cluster.office)

    def save_values(self, values: dict[str, Any]) -> str:
        reached = (
            v.date_value(values.pop("stage_date"), "stage_date", "Aşama tarihi", "Stage reached on")
            or date.today()
        )
        actor = self.context.actor
        with self.context.db.transaction() as session:
            if self.cluster_id is None:
                row = clusters.create(session, actor, values)
                if reached != date.today():  # the first stage was recorded as of today
                    first = session.scalar(
                        select(ClusterStage).where(ClusterStage.cluster_id == row.id)
                    )
                    record.change(session, actor, first, {"reached_on": reached})
                return row.id
            row = clusters.set_stage_with(
                session, actor, self.cluster_id, values, reached, self.version
            )
            self.version = row.version
            return row.id
