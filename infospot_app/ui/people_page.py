"""The People page: contacts and participants, searched the Turkish way, filtered by company."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from sqlalchemy.orm import Session

from ..core.services.listing import ListQuery
from ..core.services.people import people
from ..reports.list_rows import person_rows
from .cluster_pickers import CompanyPicker
from .context import AppContext
from .delete_prompt import ask_and_delete
from .display import format_int
from .icons import icon
from .labels import gender
from .paged_list_model import PagedListModel
from .paged_list_page import PagedListPage


def headers() -> list[str]:
    """The list's column titles."""
    return [
        QCoreApplication.translate("PeoplePage", "Name"),
        QCoreApplication.translate("PeoplePage", "Company"),
        QCoreApplication.translate("PeoplePage", "Position"),
        QCoreApplication.translate("PeoplePage", "Phone"),
        QCoreApplication.translate("PeoplePage", "E-mail"),
        QCoreApplication.translate("PeoplePage", "Gender"),
    ]


SORTS = ("name", None, "position", None, "email", "gender")


def person_ids(session: Session, query: ListQuery) -> list[str]:
    """The people the list shows, in order (search on name, e-mail and phone)."""
    return people.ids(session, query)


def display_rows(session: Session, ids: list[str]) -> list[list[str]]:
    """One page of rows as texts."""
    return [
        [
            line.person.full_name,
            line.company,
            line.person.position,
            line.person.phone or "",
            line.person.email or "",
            gender(line.person.gender),
        ]
        for line in person_rows(session, ids)
    ]


class PeoplePage(PagedListPage):
    """Find, open, add and delete people."""

    export_kind = "people"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        model = PagedListModel(context, headers, person_ids, display_rows, SORTS)
        super().__init__(
            context,
            model,
            self.tr("People"),
            self.tr("New person"),
            self.tr("Search by name, e-mail or phone (Ctrl+F)"),
            parent,
        )
        self.company_id: str | None = None
        caption = QLabel(self.tr("Company:"), self)
        self.company_button = QPushButton(icon("filter"), self.tr("All companies"), self)
        self.company_button.setToolTip(self.tr("Show only the people of one company"))
        self.company_clear = QPushButton(self.tr("Show all"), self)
        self.company_clear.setEnabled(False)
        caption.setBuddy(self.company_button)
        for widget in (caption, self.company_button, self.company_clear):
            self.filter_row.addWidget(widget)
        self.filter_row.addStretch(1)
        self.company_button.clicked.connect(self.choose_company)
        self.company_clear.clicked.connect(lambda: self.filter_company(None))
        header = self.table.horizontalHeader()
        for column, width in enumerate((220, 240, 160, 130, 200, 100)):
            header.resizeSection(column, width)
        self.apply_query()

    # -- filter by company -------------------------------------------------------------------
    def choose_company(self) -> None:
        """Pick the company whose people are shown."""
        picker = CompanyPicker(self.context, self)
        picker.note.hide()
        if picker.exec() and picker.company_id():
            self.filter_company(picker.company_id(), picker.company_name())

    def filter_company(self, company_id: str | None, name: str = "") -> None:
        """Show only the people of ``company_id`` (None: everyone)."""
        self.company_id = company_id
        self.company_button.setText(name if company_id else self.tr("All companies"))
        self.company_clear.setEnabled(company_id is not None)
        self.apply_query()

    def filters(self) -> dict:
        return {"company_id": self.company_id} if self.company_id else {}

    # -- texts -------------------------------------------------------------------------------
    def count_text(self, total: int) -> str:
        return self.tr("{n} people").format(n=format_int(total))

    def empty_text(self, searching: bool) -> str:
        if searching:
            return self.tr("Nobody matches. Check the spelling or show all companies.")
        if self.context.can_edit:
            return self.tr("No people yet — press Ctrl+N to add a contact person or a participant.")
        return self.tr("No people yet.")

    # -- actions -----------------------------------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N: the person form, empty (with the filtered company chosen)."""
        if not self.context.can_edit:
            return
        from .person_form import PersonForm

        form = PersonForm(self.context, None, self, company_id=self.company_id)
        form.saved.connect(lambda _id: self.refresh())
        form.open()
        self.form = form

    def open_id(self, row_id: str) -> None:
        """Open the person's page (details, consents, export and erase)."""
        from .person_page import PersonPage

        page = PersonPage(self.context, row_id, self)
        page.changed.connect(self.refresh)
        page.open()
        self.person_page = page

    def delete_id(self, row_id: str) -> None:
        """Ask, then tombstone the person."""
        if ask_and_delete(
            self,
            self.context,
            self.tr("Delete person"),
            self.tr(
                "Delete the selected person? They are removed here and, after the next "
                "sync, at the central office. To honour a request to be forgotten, open "
                "the person and use “Erase this person” instead."
            ),
            lambda session, actor: people.delete(session, actor, row_id),
        ):
            self.refresh()
