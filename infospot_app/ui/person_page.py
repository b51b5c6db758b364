"""A person's page: details, consents per purpose, "Export everything about this person" and
"Erase this person" (asked twice, then personal fields blanked; statistics kept)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ..core.models import Company, Consent, Person
from ..core.services.people import consents, people
from ..reports.person_export import write_person_file
from .consent_list import ConsentList
from .context import AppContext
from .display import format_date
from .failure import show_error
from .i18n import current_language
from .icons import icon
from .labels import gender
from .person_erase import EraseConfirmation
from .saved_file import dated_name, last_folder, remember_folder, show_saved


def everything_with_company(session: Session, person_id: str) -> dict[str, Any]:
    """``people.everything_about`` plus the company's name, so the reader need not look it up."""
    data = people.everything_about(session, person_id)
    company_id = data["person"].get("company_id")
    company = session.get(Company, company_id) if company_id else None
    if company is not None:
        data["person"] = {**data["person"], "company_name": company.legal_name}
    return data


class PersonPage(QDialog):
    """One person; ``changed`` after an edit, a consent, or an erasure."""

    changed = Signal()

    def __init__(self, context: AppContext, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.person_id = context, person_id
        self.person: Person | None = None
        self.erase_dialog: EraseConfirmation | None = None
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        top.addWidget(self.title, 1)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit"), self)
        self.export_button = QPushButton(icon("export"), self.tr("Export everything…"), self)
        self.export_button.setToolTip(
            self.tr("Everything held about this person, as an Excel workbook or a PDF")
        )
        self.erase_button = QPushButton(icon("erase"), self.tr("Erase this person…"), self)
        for button in (self.edit_button, self.export_button, self.erase_button):
            button.setAutoDefault(False)
            top.addWidget(button)
        layout.addLayout(top)
        self.notice = QLabel(self)
        self.notice.setObjectName("warningHint")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self.tabs = QTabWidget(self)
        self.details = QWidget(self)
        self.details_form = QFormLayout(self.details)
        self.details_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(self.details, self.tr("Details"))
        self.consents = ConsentList(context, person_id, self)
        self.tabs.addTab(self.consents, self.tr("Consents"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.edit_button.clicked.connect(self.edit)
        self.export_button.clicked.connect(self.choose_and_export)
        self.erase_button.clicked.connect(self.erase)
        self.consents.changed.connect(self._changed)
        self.reload()

    # -- showing -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the person and their consents again (a bounded read of one person)."""
        with self.context.db.session() as session:
            person = people.get(session, self.person_id, include_deleted=True)
            company = session.get(Company, person.company_id) if person.company_id else None
            rows = consents.of_person(session, self.person_id)
        self.show_person(person, company.legal_name if company else "", rows)

    def show_person(self, person: Person, company: str, rows: list[Consent]) -> None:
        """Fill the header, the details and the consents; enable what the user may do."""
        self.person = person
        self.title.setText(person.full_name)
        self.setWindowTitle(person.full_name)
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        for label, value in (
            (self.tr("Full name"), person.full_name),
            (self.tr("Company"), company),
            (self.tr("Position"), person.position),
            (self.tr("Phone"), person.phone or ""),
            (self.tr("E-mail"), person.email or ""),
            (self.tr("Gender"), gender(person.gender)),
            (self.tr("Office"), person.office),
        ):
            text = QLabel(value or "–", self.details)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details_form.addRow(label, text)
        erased = person.erased_at is not None
        own = person.office == self.context.actor.office
        editable = self.context.can_edit and own and not erased and person.deleted_at is None
        self.edit_button.setEnabled(editable)
        self.erase_button.setEnabled(self.context.can_edit and own and not erased)
        self.consents.set_editable(editable)
        self.consents.show_consents(rows)
        self.notice.setText(self._notice(erased, own))
        self.notice.setVisible(bool(self.notice.text()))
        for button in (self.edit_button, self.erase_button):
            button.setToolTip("" if button.isEnabled() else self.notice.text())

    def _notice(self, erased: bool, own: bool) -> str:
        if erased:
            return self.tr(
                "Personal data erased on {day}; the record is kept only for statistics."
            ).format(day=format_date(self.person.erased_at if self.person else None))
        if not self.context.can_edit:
            return self.tr("Your role may only read records.")
        if not own:
            return self.tr("This person was recorded by another office; only they can change it.")
        return ""

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    # -- editing -----------------------------------------------------------------------------
    def edit(self) -> None:
        """Open the person form."""
        if not self.edit_button.isEnabled():
            return
        from .person_form import PersonForm

        self.form = PersonForm(self.context, self.person_id, self)
        self.form.saved.connect(lambda _id: self._changed())
        self.form.open()

    # -- export ------------------------------------------------------------------------------
    def choose_and_export(self) -> None:
        """Ask for an .xlsx or .pdf file, then write everything about the person to it."""
        excel, pdf = self.tr("Excel workbook (*.xlsx)"), self.tr("PDF document (*.pdf)")
        name = self.person.full_name if self.person else ""
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export everything about this person"),
            str(last_folder() / dated_name(name)),
            f"{excel};;{pdf}",
        )
        if not chosen:
            return
        path = Path(chosen)
        suffix = ".pdf" if chosen_filter == pdf else ".xlsx"
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_name(path.name + suffix)
        remember_folder(path)
        self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Read on the database worker, write the file on the file pool, then say where it is."""
        person_id, lang, tasks = self.person_id, current_language(), self.context.tasks
        label = self.tr("Exporting everything about this person…")

        def write(data: dict[str, Any]) -> None:
            tasks.run_file(
                lambda job: write_person_file(path, data, lang),
                self._exported,
                self._failed,
                label=label,
                parent=self,
                owner=self,
            )

        tasks.run_database(
            lambda session, job: everything_with_company(session, person_id),
            write,
            self._failed,
            owner=self,
        )

    def _exported(self, path: Path) -> None:
        self.saved_box = show_saved(self, self.tr("Everything about this person was saved."), path)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    # -- erasing -----------------------------------------------------------------------------
    def erase(self) -> None:
        """First confirmation: what erasing means; the second asks for the name to be typed."""
        if not self.erase_button.isEnabled() or self.person is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Erase this person"),
            self.tr("Erase the personal data of {name}? Use this when the person asks to be "
                    "forgotten (KVKK). The name, phone, e-mail and position are blanked here "
                    "and, after the next sync, at the central office; statistics are kept."
                    ).format(name=self.person.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.erase_dialog = EraseConfirmation(self.person.full_name, self)
        self.erase_dialog.accepted.connect(self._erase_confirmed)
        self.erase_dialog.open()

    def _erase_confirmed(self) -> None:
        try:
            with self.context.db.transaction() as session:
                people.erase(session, self.context.actor, self.person_id)
        except Exception as error:
            show_error(self, error)
            return
        self._changed()
