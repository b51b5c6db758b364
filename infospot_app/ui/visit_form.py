"""The visit form: company, date, type, staff, people met, topics, summary, needs, next visit
and follow-up actions; everything is saved in one transaction."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.models import FollowUpAction, User, Visit, VisitContact
from ..core.models.visit import VISIT_TYPES
from ..core.services.actor import Actor
from ..core.services.visits import follow_up_actions, visit_contacts, visits
from ..core.turkish import sort_key
from .context import AppContext
from .edit_dialog import EditDialog
from .labels import visit_type
from .visit_actions import ActionsField
from .visit_fields import CompanyField, DateField, PeopleMetField

VISIT_FIELDS = ("company_id", "visit_date", "visit_type", "staff", "topics", "summary", "needs")
ACTION_FIELDS = ("description", "due_on", "responsible", "done_on")


def staff_names(session: Session) -> list[str]:
    """User names and the staff already named on visits, in Turkish order (a short list)."""
    names = set(session.scalars(select(User.username)))
    names |= set(session.scalars(select(Visit.staff).where(Visit.deleted_at.is_(None)).distinct()))
    return sorted((n for n in names if n), key=sort_key)


def save_visit(
    session: Session,
    actor: Actor,
    visit_id: str | None,
    values: dict[str, Any],
    version: int | None,
) -> Visit:
    """Write the visit, who was met and its actions (call inside one transaction)."""
    own = {k: values[k] for k in (*VISIT_FIELDS, "next_visit_on")}
    if visit_id is None:
        visit = visits.create(session, actor, own)
    else:
        visit = visits.update(session, actor, visit_id, own, version)
    met = set(values["people"])
    live = session.scalars(
        select(VisitContact).where(
            VisitContact.visit_id == visit.id, VisitContact.deleted_at.is_(None)
        )
    )
    for contact in list(live):
        if contact.person_id not in met:
            visit_contacts.delete(session, actor, contact.id)
    for person_id in values["people"]:
        visit_contacts.add(session, actor, visit.id, person_id)
    kept = {a["id"] for a in values["actions"] if a.get("id")}
    for old in list(session.scalars(_actions_of(visit.id))):
        if old.id not in kept:
            follow_up_actions.delete(session, actor, old.id)
    for action in values["actions"]:
        fields = {k: action.get(k) for k in ACTION_FIELDS}
        if action.get("id") is None:
            follow_up_actions.create(session, actor, {"visit_id": visit.id, **fields})
        else:
            old = follow_up_actions.get(session, action["id"])
            if any(getattr(old, k) != v for k, v in fields.items()):
                follow_up_actions.update(session, actor, old.id, fields)
    return visit


def _actions_of(visit_id: str) -> Any:
    return (
        select(FollowUpAction)
        .where(FollowUpAction.visit_id == visit_id, FollowUpAction.deleted_at.is_(None))
        .order_by(FollowUpAction.due_on.is_(None), FollowUpAction.due_on, FollowUpAction.id)
    )


def text_area(parent: QWidget, height: int) -> QPlainTextEdit:
    """A short multi-line field where Tab moves on."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class VisitForm(EditDialog):
    """Add or edit one visit."""

    def __init__(
        self,
        context: AppContext,
        visit_id: str | None,
        parent: QWidget | None = None,
        *,
        company_id: str | None = None,
    ) -> None:
        super().__init__("", parent, save_and_new=visit_id is None)
        self.setWindowTitle(self.tr("New visit") if visit_id is None else self.tr("Edit visit"))
        self.context, self.visit_id = context, visit_id
        self.version: int | None = None
        self._build()
        if visit_id is not None:
            self._load(visit_id)
        elif company_id is not None:
            self.company.set_company(company_id)
        self.mark_clean()
        self.company.setFocus()
        if not context.can_edit:
            self.save_button.setEnabled(False)
            self.actions.set_editable(False)
        self.resize(680, 820)

    def _build(self) -> None:
        self.company = CompanyField(self.context, self)
        self.add_field("company_id", self.tr("Company"), self.company, required=True)
        self.company.changed.connect(self._company_changed)
        self.company.changed.connect(self._update_missing)
        self.add_field("visit_date", self.tr("Date"), DateField(self), required=True)
        kind = QComboBox(self)
        for code in VISIT_TYPES:
            kind.addItem(visit_type(code), code)
        self.add_field("visit_type", self.tr("Type"), kind, required=True)
        staff = QLineEdit(self.context.actor.user, self)
        with self.context.db.session() as session:
            completer = QCompleter(staff_names(session), staff)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        staff.setCompleter(completer)
        self.add_field("staff", self.tr("Staff"), staff)
        self.people = PeopleMetField(self.context, self)
        self.add_field("people", self.tr("People met"), self.people)
        topics = QLineEdit(self)
        topics.setPlaceholderText(self.tr("e.g. export, energy efficiency"))
        self.add_field("topics", self.tr("Topics"), topics)
        self.add_field("summary", self.tr("Summary"), text_area(self, 80))
        self.add_field("needs", self.tr("Needs identified"), text_area(self, 60))
        self.add_field("next_visit_on", self.tr("Next visit"), DateField(self, optional=True))
        self.actions = ActionsField(self.context, self)
        self.add_field("actions", self.tr("Follow-up actions"), self.actions)
        self.finish_tab_order()
        a = self.actions  # through the actions table and its buttons, then Save
        chain = [self.field("next_visit_on"), a.table, a.add_button, a.edit_button]
        chain += [a.done_button, a.remove_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    def _company_changed(self) -> None:
        self.people.set_company(self.company.value())

    def _load(self, visit_id: str) -> None:
        with self.context.db.session() as session:
            visit = visits.get(session, visit_id)
            met = [p.id for p in visits.contacts(session, visit_id)]
            actions = [
                {"id": a.id, **{k: getattr(a, k) for k in ACTION_FIELDS}}
                for a in session.scalars(_actions_of(visit_id))
            ]
        self.version = visit.version
        self.company.set_company(visit.company_id)
        self.people.set_company(visit.company_id, met)
        self.field("visit_date").set_value(visit.visit_date)
        box = self.field("visit_type")
        box.setCurrentIndex(max(box.findData(visit.visit_type), 0))
        self.field("staff").setText(visit.staff)
        self.field("topics").setText(visit.topics)
        self.field("summary").setPlainText(visit.summary)
        self.field("needs").setPlainText(visit.needs)
        self.field("next_visit_on").set_value(visit.next_visit_on)
        self.actions.set_actions(actions)

    def save_values(self, values: dict[str, Any]) -> str:
        with self.context.db.transaction() as session:
            visit = save_visit(session, self.context.actor, self.visit_id, values, self.version)
        if self.visit_id is not None:
            self.version = visit.version
        return visit.id

    def clear_for_new(self) -> None:
        """Ready for the next visit: same date, type and staff; company, people, texts cleared."""
        staff = self.field("staff").text()
        super().clear_for_new()
        self.field("staff").setText(staff or self.context.actor.user)
        self.company.set_company(None)
        self.field("next_visit_on").set_value(None)
        self.people.set_company(None)
        self.actions.set_actions([])
        self.company.setFocus(Qt.FocusReason.OtherFocusReason)
