"""Quick add: a new participant, their company and their certificate consent, enrolled in
one step (one transaction, so nothing is half saved)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget
from sqlalchemy.orm import Session

from ..core.models.person import CONSENT_METHODS
from ..core.reference import office_info
from ..core.services.actor import Actor
from ..core.services.companies import companies
from ..core.services.people import consents, people
from ..core.services.trainings import enrollments
from .cluster_pickers import CompanyPicker
from .context import AppContext
from .display import format_date
from .edit_dialog import EditDialog
from .labels import consent_method

NOTICE_KEY = "trainings/notice_version"
COMPANY_FIELDS = ("legal_name", "tax_id")
CONSENT_FIELDS = ("notice_version", "method")


def _line(parent: QWidget, length: int, hint: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(length)
    edit.setPlaceholderText(hint)
    return edit


def quick_enroll(
    session: Session,
    actor: Actor,
    training_id: str,
    person: dict[str, Any],
    company_id: str | None,
    new_company: dict[str, Any],
    consent: dict[str, Any],
) -> str:
    """Create the company (unless chosen, or known by its tax id), the person, their
    certificate consent and the enrollment; returns the enrollment's id."""
    if company_id is None and (new_company.get("legal_name") or new_company.get("tax_id")):
        known = companies.find_by_tax_id(session, (new_company.get("tax_id") or "").strip())
        company_id = known.id if known else companies.create(session, actor, new_company).id
    row = people.create(session, actor, {**person, "company_id": company_id})
    consents.create(
        session,
        actor,
        {**consent, "person_id": row.id, "purpose": "certificate", "recorded_by": actor.user},
    )
    return enrollments.create(session, actor, {"training_id": training_id, "person_id": row.id}).id


class QuickAddParticipant(EditDialog):
    """A new person with their company (found, or typed in) and their consent, enrolled."""

    def __init__(
        self, context: AppContext, training_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent, save_and_new=True)
        self.setWindowTitle(self.tr("Quick add a participant"))
        self.context, self.training_id = context, training_id
        self.company_id: str | None = None
        self.add_field("full_name", self.tr("Full name"), _line(self, 200), required=True)
        self.add_field("position", self.tr("Position"), _line(self, 120))
        self.add_field("phone", self.tr("Phone"), _line(self, 40, "0364 123 45 67"))
        self.add_field("email", self.tr("E-mail"), _line(self, 200))
        self.add_field("company", self.tr("Registered company"), self._company_chooser())
        self.add_field(
            "legal_name",
            self.tr("…or a new company"),
            _line(self, 300, self.tr("Legal name, if not registered yet")),
        )
        self.add_field("tax_id", self.tr("Its tax ID"), _line(self, 11, self.tr("10 digits")))
        consent_note = QLabel(
            self.tr("Consent to process the person's data for the certificate (KVKK):"), self
        )
        consent_note.setObjectName("hint")
        self.form.addRow(consent_note)
        notice = _line(self, 30, self.tr("e.g. v1.2"))
        notice.setText(str(QSettings().value(NOTICE_KEY, "") or ""))
        self.add_field(
            "notice_version", self.tr("Information notice version"), notice, required=True
        )
        method = QComboBox(self)
        for code in CONSENT_METHODS:
            method.addItem(consent_method(code), code)
        self.add_field("method", self.tr("Consent given by"), method, required=True)
        self.form.addRow(self.tr("Consent given on"), QLabel(format_date(date.today()), self))
        self.finish_tab_order()
        self.mark_clean()
        self.resize(560, 560)

    def _company_chooser(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.company_name = QLabel(self.tr("None chosen"), box)
        self.find_company = QPushButton(self.tr("Find company…"), box)
        self.find_company.setAutoDefault(False)
        self.clear_company = QPushButton(self.tr("Clear"), box)
        self.clear_company.setAutoDefault(False)
        row.addWidget(self.company_name, 1)
        row.addWidget(self.find_company)
        row.addWidget(self.clear_company)
        box.value = lambda: self.company_id  # type: ignore[attr-defined]
        self.find_company.clicked.connect(self._find)
        self.clear_company.clicked.connect(lambda: self.choose_company(None, ""))
        return box

    def _find(self) -> None:
        picker = CompanyPicker(self.context, self)
        if picker.exec() and picker.company_id():
            self.choose_company(picker.company_id(), picker.company_name())

    def choose_company(self, company_id: str | None, name: str) -> None:
        """Use a registered company (None: none, or the new one typed below)."""
        self.company_id = company_id
        self.company_name.setText(name or self.tr("None chosen"))
        for field in COMPANY_FIELDS:
            self.field(field).setEnabled(company_id is None)

    def save_values(self, values: dict[str, Any]) -> str:
        values.pop("company")
        new_company = {k: values.pop(k) for k in COMPANY_FIELDS}
        if self.company_id is None and (new_company["legal_name"] or new_company["tax_id"]):
            new_company["province"] = self._office_province()
        consent = {k: values.pop(k) for k in CONSENT_FIELDS}
        consent["given_on"] = date.today()
        with self.context.db.transaction() as session:
            enrollment_id = quick_enroll(
                session,
                self.context.actor,
                self.training_id,
                values,
                self.company_id,
                new_company,
                consent,
            )
        QSettings().setValue(NOTICE_KEY, consent["notice_version"])
        return enrollment_id

    def _office_province(self) -> str:
        try:
            info = office_info(self.context.actor.office)
        except KeyError:
            return ""
        return "" if info.central else info.province_code

    def clear_for_new(self) -> None:
        """Empty the person's fields; the company and the consent's terms stay for the next."""
        for name in ("full_name", "position", "phone", "email"):
            self.field(name).clear()
        self.field("full_name").setFocus()
