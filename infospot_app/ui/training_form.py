"""The training form: title, topic, description, venue, trainers, organiser, capacity, the
minimum attendance for a certificate, status and cluster. Its dates follow its sessions."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ..core.services.trainings import trainings
from .cluster_form import text_area
from .context import AppContext
from .display import format_int
from .edit_dialog import EditDialog
from .training_labels import status_items
from .trainings_page import cluster_choices


def _line(parent: QWidget, length: int, hint: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(length)
    edit.setPlaceholderText(hint)
    return edit


class TrainingForm(EditDialog):
    """Add or edit one training."""

    def __init__(
        self, context: AppContext, training_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent, save_and_new=False)
        self.setWindowTitle(
            self.tr("New training") if training_id is None else self.tr("Edit training")
        )
        self.context, self.training_id = context, training_id
        self.version: int | None = None
        self._build()
        if training_id is not None:
            self._load(training_id)
        self.mark_clean()
        self.resize(620, 620)

    def _build(self) -> None:
        self.add_field("title", self.tr("Title"), _line(self, 300), required=True)
        self.add_field(
            "topic", self.tr("Topic"), _line(self, 200, self.tr("e.g. Export marketing"))
        )
        self.add_field("description", self.tr("Description"), text_area(self, 80))
        self.add_field("venue", self.tr("Venue"), _line(self, 300))
        self.add_field(
            "trainers", self.tr("Trainers"), _line(self, 300, self.tr("Names, separated by commas"))
        )
        self.add_field("organiser", self.tr("Organiser"), _line(self, 300))
        capacity = _line(self, 6, self.tr("No limit"))
        self.add_field("capacity", self.tr("Capacity"), capacity)
        minimum = _line(self, 3)
        minimum.setText("80")
        minimum.setToolTip(
            self.tr("Participants who attend at least this share of the hours get a certificate.")
        )
        self.add_field(
            "min_attendance_pct", self.tr("Minimum attendance (%)"), minimum, required=True
        )
        status = QComboBox(self)
        for name, code in status_items():
            status.addItem(name, code)
        self.add_field("status", self.tr("Status"), status, required=True)
        cluster = QComboBox(self)
        cluster.addItem(self.tr("— none —"), None)
        with self.context.db.session() as session:
            for name, cluster_id in cluster_choices(session):
                cluster.addItem(name, cluster_id)
        self.add_field("cluster_id", self.tr("Cluster"), cluster)
        self.finish_tab_order()

    def _load(self, training_id: str) -> None:
        with self.context.db.session() as session:
            t = trainings.get(session, training_id)
        self.version = t.version
        for name in ("title", "topic", "venue", "trainers", "organiser"):
            self.field(name).setText(getattr(t, name))
        self.field("description").setPlainText(t.description)
        self.field("capacity").setText(format_int(t.capacity))
        self.field("min_attendance_pct").setText(str(t.min_attendance_pct))
        for name in ("status", "cluster_id"):
            box = self.field(name)
            box.setCurrentIndex(max(box.findData(getattr(t, name)), 0))

    def save_values(self, values: dict[str, Any]) -> str:
        actor = self.context.actor
        with self.context.db.transaction() as session:
            if self.training_id is None:
                return trainings.create(session, actor, values).id
            row = trainings.update(session, actor, self.training_id, values, self.version)
            self.version = row.version
            return row.id
