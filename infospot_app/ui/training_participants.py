"""The Participants tab: who is enrolled, from which company, with their attendance; enroll
people already registered (several at once) or quick-add new ones; withdraw; capacity."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.services.attendance_grid import AttendanceGrid
from ..core.services.trainings import enrollments
from .context import AppContext
from .display import format_int
from .failure import show_error
from .icons import icon
from .participant_picker import ParticipantPicker
from .participant_quick_add import QuickAddParticipant
from .rows_model import RowsModel
from .training_labels import hours_text, percent_text


class ParticipantsTab(QWidget):
    """The enrolled participants of one training."""

    changed = Signal()

    def __init__(
        self, context: AppContext, training_id: str, editable: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.training_id, self.editable = context, training_id, editable
        self.grid: AttendanceGrid | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.places = QLabel(self)
        self.places.setObjectName("countLabel")
        top.addWidget(self.places, 1)
        self.enroll_button = QPushButton(icon("people"), self.tr("Enroll people…"), self)
        self.quick_button = QPushButton(icon("add_user"), self.tr("Quick add…"), self)
        self.withdraw_button = QPushButton(icon("deactivate"), self.tr("Withdraw"), self)
        for button in (self.enroll_button, self.quick_button, self.withdraw_button):
            top.addWidget(button)
            button.setEnabled(editable)
        layout.addLayout(top)
        self.warning = QLabel(self)
        self.warning.setObjectName("warningHint")
        self.warning.setWordWrap(True)
        self.warning.hide()
        layout.addWidget(self.warning)
        self.model = RowsModel(
            lambda: [self.tr("Participant"), self.tr("Company"), self.tr("Status"),
                     self.tr("Hours attended"), self.tr("Attendance"), self.tr("Certificate")],
            numeric=frozenset({3, 4}),
            parent=self,
        )  # fmt: skip
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.enroll_button.clicked.connect(self.enroll_existing)
        self.quick_button.clicked.connect(self.quick_add)
        self.withdraw_button.clicked.connect(self.withdraw_current)

    # -- showing -----------------------------------------------------------------------------
    def show_grid(self, grid: AttendanceGrid) -> None:
        """Show the participants of ``grid`` and how full the training is."""
        self.grid = grid
        withdrawn, enrolled = self.tr("Withdrawn"), self.tr("Enrolled")
        self.model.set_rows(
            [
                [r.full_name, r.company_name, withdrawn if r.withdrawn else enrolled,
                 hours_text(r.attended_hours), percent_text(r.attendance_pct),
                 r.certificate_number or ""]
                for r in grid.rows
            ],
            [r.enrollment_id for r in grid.rows],
        )  # fmt: skip
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        taken, capacity = self.taken(), grid.training.capacity
        if capacity:
            self.places.setText(
                self.tr("{taken} of {capacity} places taken").format(
                    taken=format_int(taken), capacity=format_int(capacity)
                )
            )
        else:
            self.places.setText(self.tr("{taken} participants").format(taken=format_int(taken)))
        over = bool(capacity) and taken > capacity
        self.warning.setVisible(over)
        if over:
            self.warning.setText(
                self.tr("{extra} more participants than the capacity of {capacity}.").format(
                    extra=format_int(taken - capacity), capacity=format_int(capacity)
                )
            )

    def taken(self) -> int:
        """Participants enrolled and not withdrawn."""
        return sum(1 for r in self.grid.rows if not r.withdrawn) if self.grid else 0

    def enrolled_people(self) -> set[str]:
        """The people enrolled (withdrawn ones too: they can be enrolled again by no one else)."""
        return {r.person_id for r in self.grid.rows} if self.grid else set()

    # -- changing ----------------------------------------------------------------------------
    def room_for(self, adding: int) -> bool:
        """True if ``adding`` more fit, or the user agrees to go over the capacity."""
        capacity = self.grid.training.capacity if self.grid else None
        if not capacity or self.taken() + adding <= capacity:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Capacity"),
            self.tr(
                "The training has {capacity} places and {taken} are taken; enrolling {adding} "
                "more goes over the capacity. Enroll anyway?"
            ).format(capacity=capacity, taken=self.taken(), adding=adding),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def enroll_existing(self) -> None:
        """Pick registered people and enroll them."""
        picker = ParticipantPicker(self.context, self.enrolled_people(), self)
        if picker.exec():
            self.enroll(picker.chosen())

    def enroll(self, person_ids: list[str]) -> bool:
        """Enroll these people (one transaction); asks first when over capacity."""
        if not person_ids or not self.room_for(len(person_ids)):
            return False
        try:
            with self.context.db.transaction() as session:
                for person_id in person_ids:
                    values = {"training_id": self.training_id, "person_id": person_id}
                    enrollments.create(session, self.context.actor, values)
        except Exception as error:
            show_error(self, error)
            return False
        self.changed.emit()
        return True

    def quick_add(self) -> QuickAddParticipant | None:
        """The quick-add form for a person not registered yet."""
        if not self.room_for(1):
            return None
        form = QuickAddParticipant(self.context, self.training_id, self)
        form.saved.connect(lambda _id: self.changed.emit())
        form.open()
        return form

    def withdraw_current(self) -> None:
        """Ask, then mark the selected participant as withdrawn (their marks stay)."""
        row = self.table.currentIndex().row()
        enrollment_id = self.model.key(row)
        if enrollment_id is None or self.grid is None or self.grid.rows[row].withdrawn:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw"),
            self.tr(
                "Withdraw {name} from the training? Their attendance so far is kept, but they "
                "will not receive a certificate."
            ).format(name=self.grid.rows[row].full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.context.db.transaction() as session:
                enrollments.withdraw(session, self.context.actor, enrollment_id)
        except Exception as error:
            show_error(self, error)
            return
        self.changed.emit()
