"""Recording a KVKK consent (purpose, notice version, date, method) and its withdrawal."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget
from sqlalchemy import select

from ..core import validation as v
from ..core.models import Consent
from ..core.models.person import CONSENT_METHODS, CONSENT_PURPOSES
from ..core.services.people import consents
from .context import AppContext
from .display import format_date
from .edit_dialog import EditDialog
from .labels import consent_method, consent_purpose


def _date_field(parent: QWidget, value: date | None) -> QLineEdit:
    edit = QLineEdit(format_date(value), parent)
    edit.setPlaceholderText(QCoreApplication.translate("ConsentForm", "dd.mm.yyyy"))
    edit.setMaxLength(10)
    return edit


def latest_notice_version(context: AppContext) -> str:
    """The notice version recorded last in this database (the one staff most likely use now)."""
    with context.db.session() as session:
        found = session.scalar(
            select(Consent.notice_version)
            .where(Consent.deleted_at.is_(None))
            .order_by(Consent.created_at.desc())
            .limit(1)
        )
    return found or ""


class ConsentForm(EditDialog):
    """Record a consent a person gave; "recorded by" is the signed-in user."""

    def __init__(self, context: AppContext, person_id: str, parent: QWidget | None = None):
        super().__init__("", parent, save_and_new=True)
        self.setWindowTitle(self.tr("New consent"))
        self.context, self.person_id = context, person_id
        self.purpose = QComboBox(self)
        for code in CONSENT_PURPOSES:
            self.purpose.addItem(consent_purpose(code), code)
        self.add_field("purpose", self.tr("Purpose"), self.purpose, required=True)
        notice = QLineEdit(latest_notice_version(context), self)
        notice.setMaxLength(30)
        notice.setPlaceholderText(self.tr("e.g. 2024/1"))
        self.add_field(
            "notice_version", self.tr("Information notice version"), notice, required=True
        )
        self.add_field(
            "given_on", self.tr("Date given"), _date_field(self, date.today()), required=True
        )
        self.method = QComboBox(self)
        for code in CONSENT_METHODS:
            self.method.addItem(consent_method(code), code)
        self.add_field("method", self.tr("Method"), self.method, required=True)
        recorder = QLabel(context.actor.user, self)
        recorder.setObjectName("readOnlyValue")
        self.form.addRow(self.tr("Recorded by"), recorder)
        self.finish_tab_order()
        self.mark_clean()
        self.resize(480, 300)

    def save_values(self, values: dict[str, Any]) -> str:
        check = v.Collector()
        given = check.check(
            v.required_date, values["given_on"], "given_on", "Onay tarihi", "Date given"
        )
        check.raise_if_any()
        record = {
            "person_id": self.person_id,
            "purpose": values["purpose"],
            "notice_version": (values["notice_version"] or "").strip(),
            "given_on": given,
            "method": values["method"],
            "recorded_by": self.context.actor.user,
        }
        with self.context.db.transaction() as session:
            return consents.create(session, self.context.actor, record).id

    def clear_for_new(self) -> None:
        """Keep the notice version, date and method: the next purpose usually shares them."""
        self.purpose.setCurrentIndex((self.purpose.currentIndex() + 1) % self.purpose.count())
        self.purpose.setFocus()


class WithdrawForm(EditDialog):
    """Record the day a consent was withdrawn."""

    def __init__(self, context: AppContext, consent_id: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent, save_and_new=False)
        self.setWindowTitle(self.tr("Withdraw consent"))
        self.context, self.consent_id = context, consent_id
        with context.db.session() as session:
            consent = consents.get(session, consent_id)
        self.version = consent.version
        about = QLabel(
            self.tr("{purpose}, given on {day}").format(
                purpose=consent_purpose(consent.purpose), day=format_date(consent.given_on)
            ),
            self,
        )
        self.form.addRow(self.tr("Consent"), about)
        self.add_field(
            "withdrawn_on",
            self.tr("Withdrawn on"),
            _date_field(self, date.today()),
            required=True,
        )
        self.save_button.setText(self.tr("Withdraw"))
        self.finish_tab_order()
        self.mark_clean()
        self.resize(420, 180)

    def save_values(self, values: dict[str, Any]) -> str:
        check = v.Collector()
        when = check.check(
            v.required_date,
            values["withdrawn_on"],
            "withdrawn_on",
            "Geri çekilme tarihi",
            "Date withdrawn",
        )
        check.raise_if_any()
        with self.context.db.transaction() as session:
            return consents.withdraw(session, self.context.actor, self.consent_id, when).id
