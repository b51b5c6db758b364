"""The person form: name, the company found by search, position, phone, e-mail and gender."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..core.models.person import GENDERS
from ..core.services.companies import companies
from ..core.services.people import people
from .cluster_pickers import CompanyPicker
from .context import AppContext
from .edit_dialog import EditDialog
from .icons import icon
from .labels import gender


class CompanyField(QWidget):
    """The company a person works for: its name, "Find company…" (search) and "No company"."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.company_id: str | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.name = QLabel(self)
        self.find_button = QPushButton(icon("search"), self.tr("Find company…"), self)
        self.clear_button = QPushButton(self.tr("No company"), self)
        for button in (self.find_button, self.clear_button):
            button.setAutoDefault(False)
        row.addWidget(self.name, 1)
        row.addWidget(self.find_button)
        row.addWidget(self.clear_button)
        self.setFocusProxy(self.find_button)
        self.find_button.clicked.connect(self.find)
        self.clear_button.clicked.connect(lambda: self.set_company(None))
        self.set_company(None)

    def find(self) -> None:
        """Search for the company in a picker; OK takes the highlighted one."""
        picker = CompanyPicker(self.context, self)
        picker.note.setText(
            self.tr("Companies of other offices may be chosen too; their details stay read-only.")
        )
        if picker.exec() and picker.company_id():
            self.set_company(picker.company_id(), picker.company_name())

    def set_company(self, company_id: str | None, name: str | None = None) -> None:
        """Show ``company_id`` (its name read when not given)."""
        if company_id and name is None:
            with self.context.db.session() as session:
                name = companies.get(session, company_id, include_deleted=True).legal_name
        self.company_id = company_id or None
        self.name.setText(name if company_id else self.tr("No company chosen"))
        self.clear_button.setEnabled(self.company_id is not None)
        self.changed.emit()

    def value(self) -> str | None:
        """The chosen company's id."""
        return self.company_id


class PersonForm(EditDialog):
    """Add or edit one person."""

    def __init__(
        self,
        context: AppContext,
        person_id: str | None,
        parent: QWidget | None = None,
        *,
        company_id: str | None = None,
    ) -> None:
        super().__init__("", parent, save_and_new=person_id is None)
        self.setWindowTitle(self.tr("New person") if person_id is None else self.tr("Edit person"))
        self.context, self.person_id = context, person_id
        self.version: int | None = None
        self._build()
        if person_id is not None:
            self._load(person_id)
        elif company_id is not None:
            self.company.set_company(company_id)
        self.mark_clean()
        self.resize(560, 420)

    def _build(self) -> None:
        self.name = self.add_field(
            "full_name", self.tr("Full name"), self._line(200), required=True
        )
        self.company = CompanyField(self.context, self)
        self.add_field("company_id", self.tr("Company"), self.company)
        self.company.changed.connect(self._update_missing)
        self.add_field("position", self.tr("Position"), self._line(120))
        phone = self.add_field("phone", self.tr("Phone"), self._line(40))
        phone.setPlaceholderText(self.tr("e.g. 0364 123 45 67"))
        email = self.add_field("email", self.tr("E-mail"), self._line(200))
        email.setPlaceholderText(self.tr("name@example.com"))
        self.gender = QComboBox(self)
        for code in GENDERS:
            self.gender.addItem(gender(code), code)
        self.gender.setCurrentIndex(self.gender.findData("unspecified"))
        self.add_field("gender", self.tr("Gender"), self.gender)
        self.finish_tab_order()

    def _line(self, length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(length)
        return edit

    def _load(self, person_id: str) -> None:
        with self.context.db.session() as session:
            person = people.get(session, person_id)
        self.version = person.version
        self.name.setText(person.full_name)
        self.company.set_company(person.company_id)
        for name in ("position", "phone", "email"):
            self.field(name).setText(getattr(person, name) or "")
        self.gender.setCurrentIndex(max(self.gender.findData(person.gender), 0))

    def save_values(self, values: dict[str, Any]) -> str:
        values = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}
        for optional in ("phone", "email"):
            values[optional] = values.get(optional) or None
        actor = self.context.actor
        with self.context.db.transaction() as session:
            if self.person_id is None:
                return people.create(session, actor, values).id
            row = people.update(session, actor, self.person_id, values, self.version)
            self.version = row.version
            return row.id

    def clear_for_new(self) -> None:
        """Keep the company and start the next person of it (rapid entry of a contact list)."""
        super().clear_for_new()
        self.gender.setCurrentIndex(self.gender.findData("unspecified"))
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
