"""A training's page: its facts, and tabs for sessions, participants, the attendance grid and
certificates. Everything is read in one background job and shown together."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Certificate, Training, TrainingSession
from ..core.services import certificates as certs
from ..core.services.attendance_grid import AttendanceGrid, attendance_grid
from ..core.services.trainings import training_sessions
from .attendance_grid import AttendanceGridView
from .certificate_actions import CertificatesTab
from .context import AppContext
from .display import format_date
from .icons import icon
from .training_documents import TrainingDocuments, documents_folder, open_file
from .training_labels import hours_text, percent_text, status_name
from .training_participants import ParticipantsTab
from .training_sessions import SessionsTab


@dataclass(frozen=True)
class TrainingView:
    """Everything the page shows, read in one go."""

    training: Training
    sittings: list[TrainingSession]
    grid: AttendanceGrid
    certificates: list[Certificate]


def read_training(session: Any, training_id: str) -> TrainingView:
    """The training, its sessions, its attendance grid and its certificates (revoked too)."""
    grid = attendance_grid(session, training_id)
    return TrainingView(
        grid.training,
        training_sessions.of_training(session, training_id),
        grid,
        certs.of_training(session, training_id, include_revoked=True),
    )


class TrainingPage(QDialog):
    """Everything about one training, in tabs."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, context: AppContext, training_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.training_id = context, training_id
        self.view: TrainingView | None = None
        self._stale = False
        self.resize(1080, 680)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit"), self)
        self.edit_button.clicked.connect(self.edit)
        top.addWidget(self.edit_button)
        layout.addLayout(top)
        self.facts = QLabel(self)
        self.facts.setObjectName("hint")
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        self.read_only = QLabel(self)
        self.read_only.setObjectName("warningHint")
        self.read_only.hide()
        layout.addWidget(self.read_only)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.documents = TrainingDocuments(context, training_id, self)
        self.reload()

    def _editable(self, training: Training) -> bool:
        return self.context.can_edit and training.office == self.context.actor.office

    def _build_tabs(self, editable: bool) -> None:
        self.sessions = SessionsTab(
            self.context, self.training_id, editable, self.signin_sheet, self
        )
        self.participants = ParticipantsTab(self.context, self.training_id, editable, self)
        self.attendance = AttendanceGridView(self.context, editable, self)
        self.certificates = CertificatesTab(
            self.context, self.training_id, self.documents, editable, self
        )
        self.tabs.addTab(self.sessions, icon("date"), self.tr("Sessions"))
        self.tabs.addTab(self.participants, icon("people"), self.tr("Participants"))
        self.tabs.addTab(self.attendance, icon("done"), self.tr("Attendance"))
        self.tabs.addTab(self.certificates, icon("trainings"), self.tr("Certificates"))
        for tab in (self.sessions, self.participants, self.certificates):
            tab.changed.connect(self._changed)
        self.attendance.saved.connect(self._marked)
        self.attendance.reload_needed.connect(self.reload)
        self.attendance.export_button.clicked.connect(self.export_attendance)
        self.tabs.currentChanged.connect(self._tab_changed)

    # -- reading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the training again in the background and show it."""
        self._stale = False
        training_id = self.training_id
        self.context.tasks.run_database(
            lambda session, job: read_training(session, training_id), self.show_view, owner=self
        )

    def show_view(self, view: TrainingView) -> None:
        """Fill the facts and every tab."""
        self.view = view
        t = view.training
        if not self.tabs.count():
            self._build_tabs(self._editable(t))
            for button in self.findChildren(QPushButton):  # Enter belongs to the grid and lists
                button.setAutoDefault(False)
        self.setWindowTitle(t.title)
        self.title.setText(t.title)
        self.edit_button.setEnabled(self._editable(t))
        self.read_only.setVisible(t.office != self.context.actor.office)
        self.read_only.setText(
            self.tr("This training belongs to office {office}; it is shown read-only.").format(
                office=t.office
            )
        )
        self.facts.setText(self._facts(view))
        self.sessions.show_sessions(view.sittings)
        self.participants.show_grid(view.grid)
        self.attendance.show_grid(view.grid)
        self.certificates.show_certificates(view.grid, view.certificates)
        self.loaded.emit()

    def _facts(self, view: TrainingView) -> str:
        t = view.training
        dates = " – ".join(
            dict.fromkeys(d for d in (format_date(t.start_date), format_date(t.end_date)) if d)
        )
        parts = [
            status_name(t.status),
            dates or self.tr("no sessions yet"),
            self.tr("{hours} hours").format(hours=hours_text(view.grid.total_hours)),
            t.venue,
            t.trainers,
            self.tr("certificate from {pct} attendance").format(
                pct=percent_text(Decimal(t.min_attendance_pct))
            ),
        ]
        return " · ".join(p for p in parts if p)

    # -- changes -----------------------------------------------------------------------------
    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def _marked(self) -> None:
        self._stale = True  # the other tabs catch up when shown; the grid is already current
        self.changed.emit()

    def _tab_changed(self, _index: int) -> None:
        if self._stale and not self.context.tasks.busy:
            self.reload()

    def edit(self) -> None:
        """The training's form."""
        from .training_form import TrainingForm

        form = TrainingForm(self.context, self.training_id, self)
        form.saved.connect(lambda _id: self._changed())
        form.open()

    # -- documents ---------------------------------------------------------------------------
    def signin_sheet(self, session_id: str) -> None:
        """Ask where to save the session's sign-in sheet, write it, and open it."""
        sitting = (
            next((s for s in self.view.sittings if s.id == session_id), None) if self.view else None
        )
        day = sitting.session_date.strftime("%Y-%m-%d") if sitting else ""
        name = documents_folder() / self.tr("sign-in sheet {day}.pdf").format(day=day)
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the sign-in sheet"), str(name), "PDF (*.pdf)"
        )
        if chosen:
            self.documents.signin_sheet(session_id, Path(chosen), lambda paths: open_file(paths[0]))

    def export_attendance(self) -> None:
        """Ask where to save the attendance list, write it, and open it."""
        name = documents_folder() / self.tr("attendance.xlsx")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the attendance list"), str(name), "Excel (*.xlsx)"
        )
        if chosen:
            self.documents.attendance_list(Path(chosen), lambda paths: open_file(paths[0]))
