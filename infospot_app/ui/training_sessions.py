"""A training's sessions: the session form (date, start and end time, hours computed as you
type) and the Sessions tab (the list, the total hours, a sign-in sheet per session)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from ..core import validation as v
from ..core.attendance import session_hours
from ..core.models import TrainingSession
from ..core.services.trainings import training_sessions
from .cluster_form import date_edit
from .cluster_tabs import RecordTab
from .context import AppContext
from .display import format_date
from .edit_dialog import EditDialog
from .icons import icon
from .training_labels import hours_text, time_text


def _time_edit(parent: QWidget, text: str = "") -> QLineEdit:
    edit = QLineEdit(text, parent)
    edit.setPlaceholderText(QCoreApplication.translate("SessionForm", "hh:mm"))
    edit.setMaxLength(5)
    return edit


class SessionForm(EditDialog):
    """Add or edit one session; "Save and new" suggests the next day at the same times."""

    def __init__(
        self,
        context: AppContext,
        training_id: str,
        session_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent, save_and_new=session_id is None)
        self.setWindowTitle(self.tr("New session") if session_id is None else self.tr("Session"))
        self.context, self.training_id, self.session_id = context, training_id, session_id
        self.version: int | None = None
        self.add_field("session_date", self.tr("Date"), date_edit(self), required=True)
        self.add_field("start_time", self.tr("Starts at"), _time_edit(self, "09:30"), required=True)
        self.add_field("end_time", self.tr("Ends at"), _time_edit(self, "12:30"), required=True)
        self.hours = QLabel(self)
        self.form.addRow(self.tr("Hours"), self.hours)
        self.finish_tab_order()
        for name in ("start_time", "end_time"):
            self.field(name).textChanged.connect(self._show_hours)
        if session_id is not None:
            with context.db.session() as session:
                row = training_sessions.get(session, session_id)
            self.version = row.version
            self.field("session_date").setText(format_date(row.session_date))
            self.field("start_time").setText(time_text(row.start_time))
            self.field("end_time").setText(time_text(row.end_time))
        self._show_hours()
        self.mark_clean()

    def computed_hours(self) -> Decimal | None:
        """The hours between the typed times, or None while they are not two valid times."""
        try:
            start = v.time_value(self.field("start_time").text(), "start_time", "", "")
            end = v.time_value(self.field("end_time").text(), "end_time", "", "")
        except v.ValidationError:
            return None
        if start is None or end is None or end <= start:
            return None
        return session_hours(start, end)

    def _show_hours(self) -> None:
        hours = self.computed_hours()
        self.hours.setText(
            self.tr("{hours} hours").format(hours=hours_text(hours))
            if hours is not None
            else self.tr("— type a start and an end time")
        )

    def save_values(self, values: dict[str, Any]) -> str:
        values["training_id"] = self.training_id
        actor = self.context.actor
        with self.context.db.transaction() as session:
            if self.session_id is None:
                return training_sessions.create(session, actor, values).id
            row = training_sessions.update(session, actor, self.session_id, values, self.version)
            self.version = row.version
            return row.id

    def clear_for_new(self) -> None:
        """Keep the times; the date moves on to the next day."""
        typed = v.date_value(self.field("session_date").text(), "session_date", "", "")
        following = (typed or date.today()) + timedelta(days=1)
        self.field("session_date").setText(format_date(following))
        self.field("session_date").setFocus()


class SessionsTab(RecordTab):
    """The training's sessions with their total hours; a sign-in sheet for the selected one."""

    def __init__(
        self,
        context: AppContext,
        training_id: str,
        editable: bool,
        signin_sheet: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        actor = context.actor
        super().__init__(
            context,
            lambda: [self.tr("Date"), self.tr("Starts"), self.tr("Ends"), self.tr("Hours")],
            lambda row_id, parent: SessionForm(context, training_id, row_id, parent),
            lambda session, row_id: training_sessions.delete(session, actor, row_id),
            editable,
            numeric=frozenset({3}),
            parent=parent,
        )
        self.sheet_button = QPushButton(icon("export"), self.tr("Sign-in sheet…"), self)
        self.sheet_button.setToolTip(self.tr("A PDF of the selected session to sign on the day"))
        self.layout().itemAt(0).layout().insertWidget(1, self.sheet_button)
        self.sheet_button.clicked.connect(self._sheet)
        self._signin_sheet = signin_sheet

    def _sheet(self) -> None:
        session_id = self.current_id()
        if session_id is not None:
            self._signin_sheet(session_id)

    def current_id(self) -> str | None:
        """The selected session (the first one if none is selected)."""
        row = self.table.currentIndex().row()
        return self.model.key(row if row >= 0 else 0)

    def show_sessions(self, sittings: list[TrainingSession]) -> None:
        """Show the sessions and their total hours."""
        total = sum((s.hours for s in sittings), Decimal(0))
        self.set_rows(
            [
                [format_date(s.session_date), time_text(s.start_time), time_text(s.end_time),
                 hours_text(s.hours)]
                for s in sittings
            ],
            [s.id for s in sittings],
        )  # fmt: skip
        self.note.setText(
            self.tr("{n} sessions, {hours} hours in total").format(
                n=len(sittings), hours=hours_text(total)
            )
            if sittings
            else self.tr("No sessions yet — press Add to plan the first one.")
        )
        self.sheet_button.setEnabled(bool(sittings))
