"""The Grants page: the office's grant applications, of companies and of clusters."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.models import Cluster, Company, GrantApplication
from ..core.services.grants import grants
from ..core.services.listing import ListQuery
from ..core.turkish import fold, search_terms
from ..reports.list_rows import grant_rows
from .cluster_labels import code_items, code_name
from .context import AppContext
from .delete_prompt import ask_and_delete
from .display import format_date, format_decimal, format_int
from .paged_list_model import PagedListModel
from .paged_list_page import PagedListPage


def _t(text: str) -> str:
    return QCoreApplication.translate("GrantsPage", text)


def headers() -> list[str]:
    """The list's column titles."""
    return [
        _t("Applicant"),
        _t("Programme"),
        _t("Project title"),
        _t("Status"),
        _t("Submitted"),
        _t("Requested (TRY)"),
        _t("Granted (TRY)"),
        _t("Office"),
    ]


SORTS = (
    None,
    "programme",
    "title",
    "status",
    "submitted_on",
    "requested_amount",
    "granted_amount",
    "office",
)


def grant_ids(session: Session, query: ListQuery) -> list[str]:
    """The applications the list shows, in order; the search matches the applicant's name and
    the project title the Turkish way (applications are few per office, so this is bounded)."""
    ids = grants.ids(session, replace(query, search=""))
    terms = search_terms(query.search)
    if not terms:
        return ids
    texts = session.execute(
        select(GrantApplication.id, GrantApplication.title, Company.legal_name, Cluster.name)
        .outerjoin(Company, Company.id == GrantApplication.company_id)
        .outerjoin(Cluster, Cluster.id == GrantApplication.cluster_id)
        .where(GrantApplication.id.in_(ids))
    )
    found = {
        row_id
        for row_id, *words in texts
        if all(t in fold(" ".join(w or "" for w in words)) for t in terms)
    }
    return [i for i in ids if i in found]


def display_rows(session: Session, ids: list[str]) -> list[list[str]]:
    """One page of rows as texts."""
    return [
        [
            line.applicant,
            code_name("programme", line.grant.programme),
            line.grant.title,
            code_name("status", line.grant.status),
            format_date(line.grant.submitted_on),
            format_decimal(line.grant.requested_amount),
            format_decimal(line.grant.granted_amount),
            line.grant.office,
        ]
        for line in grant_rows(session, ids)
    ]


class GrantsPage(PagedListPage):
    """Find, open, add and delete grant applications."""

    export_kind = "grants"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        model = PagedListModel(
            context, headers, grant_ids, display_rows, SORTS, numeric=frozenset({5, 6})
        )
        super().__init__(
            context,
            model,
            self.tr("Grants"),
            self.tr("New application"),
            self.tr("Search by applicant or project title (Ctrl+F)"),
            parent,
        )
        model.query = ListQuery(sort="submitted_on", descending=True, limit=None)
        self.table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.DescendingOrder)
        self.programme = self._filter(self.tr("Programme:"), self.tr("All programmes"), "programme")
        self.status = self._filter(self.tr("Status:"), self.tr("All statuses"), "status")
        self.filter_row.addStretch(1)
        header = self.table.horizontalHeader()
        for column, width in enumerate((240, 130, 220, 100, 90, 130, 130, 60)):
            header.resizeSection(column, width)
        self.apply_query()

    def _filter(self, caption: str, everything: str, group: str) -> QComboBox:
        box = QComboBox(self)
        box.addItem(everything, "")
        for name, code in code_items(group):
            box.addItem(name, code)
        label = QLabel(caption, self)
        label.setBuddy(box)
        self.filter_row.addWidget(label)
        self.filter_row.addWidget(box)
        box.currentIndexChanged.connect(self.apply_query)
        return box

    def filters(self) -> dict:
        chosen = {"programme": self.programme.currentData(), "status": self.status.currentData()}
        return {k: v for k, v in chosen.items() if v}

    def count_text(self, total: int) -> str:
        return self.tr("{n} applications").format(n=format_int(total))

    def empty_text(self, searching: bool) -> str:
        if searching:
            return self.tr("No application matches. Check the spelling or clear the filters.")
        if self.context.can_edit:
            return self.tr("No grant applications yet — press Ctrl+N to record the first one.")
        return self.tr("No grant applications yet.")

    def new_record(self) -> None:
        """Ctrl+N: the application form, empty."""
        if self.context.can_edit:
            self._form(None)

    def open_id(self, row_id: str) -> None:
        """Open the application's form."""
        self._form(row_id)

    def _form(self, row_id: str | None) -> None:
        from .grant_form import GrantForm

        form = GrantForm(self.context, row_id, self)
        form.saved.connect(lambda _id: self.refresh())
        form.open()

    def delete_id(self, row_id: str) -> None:
        """Ask, then tombstone the application."""
        if ask_and_delete(
            self,
            self.context,
            self.tr("Delete application"),
            self.tr(
                "Delete the selected grant application? It is removed here and, after the "
                "next sync, at the central office."
            ),
            lambda session, actor: grants.delete(session, actor, row_id),
        ):
            self.refresh()
