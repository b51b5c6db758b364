"""The list of visits: lazily paged, Turkish search over company, staff and topics, filters by
date range, type, staff and company, sorting on every column that has an order."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core.models import Company, FollowUpAction, Visit
from ..core.models.visit import VISIT_TYPES
from ..core.services.listing import ListQuery
from ..core.services.visits import visits
from ..core.turkish import fold, search_terms
from .cluster_pickers import CompanyPicker
from .context import AppContext
from .delete_prompt import ask_and_delete
from .display import format_date, format_int
from .icons import icon
from .labels import visit_type
from .paged_list_model import PagedListModel
from .paged_list_page import PagedListPage
from .visit_fields import DateField
from .visit_form import VisitForm, staff_names


def headers() -> list[str]:
    """The list's column titles."""
    return [
        QCoreApplication.translate("VisitList", "Date"),
        QCoreApplication.translate("VisitList", "Company"),
        QCoreApplication.translate("VisitList", "Type"),
        QCoreApplication.translate("VisitList", "Staff"),
        QCoreApplication.translate("VisitList", "Topics"),
        QCoreApplication.translate("VisitList", "Next visit"),
        QCoreApplication.translate("VisitList", "Open actions"),
        QCoreApplication.translate("VisitList", "Office"),
    ]


SORTS = ("visit_date", "company", "visit_type", "staff", None, "next_visit_on", None, "office")


def visit_ids(session: Session, query: ListQuery) -> list[str]:
    """The visits the list shows, in order; the search matches company, staff and topics."""
    by_company = query.sort == "company"
    base = visits.statement(
        session, replace(query, search="", sort=None if by_company else query.sort)
    )
    if by_company:
        order = Company.sort_key.desc() if query.descending else Company.sort_key.asc()
        base = base.order_by(None).order_by(order, Visit.id)
    stmt = base.join(Company, Company.id == Visit.company_id).with_only_columns(
        Visit.id, Company.search_key, Visit.staff, Visit.topics
    )
    terms = search_terms(query.search)
    if not terms:
        return [row[0] for row in session.execute(stmt)]
    found = []
    for visit_id, company_key, staff, topics in session.execute(stmt):
        text = f"{company_key} {fold(staff)} {fold(topics)}"
        if all(term in text for term in terms):
            found.append(visit_id)
    return found


def display_rows(session: Session, ids: list[str]) -> list[list[str]]:
    """One page of rows as texts."""
    found = visits.by_ids(session, ids)
    names = dict(
        session.execute(
            select(Company.id, Company.legal_name).where(
                Company.id.in_({v.company_id for v in found})
            )
        ).all()
    )
    open_actions = dict(
        session.execute(
            select(FollowUpAction.visit_id, func.count())
            .where(
                FollowUpAction.visit_id.in_(ids),
                FollowUpAction.deleted_at.is_(None),
                FollowUpAction.done_on.is_(None),
            )
            .group_by(FollowUpAction.visit_id)
        ).all()
    )
    return [
        [
            format_date(v.visit_date),
            names.get(v.company_id, ""),
            visit_type(v.visit_type),
            v.staff,
            v.topics,
            format_date(v.next_visit_on),
            format_int(open_actions.get(v.id, 0)),
            v.office,
        ]
        for v in found
    ]


class VisitListPage(PagedListPage):
    """Find, open, add and delete visits."""

    export_kind = "visits"
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        model = PagedListModel(context, headers, visit_ids, display_rows, SORTS, frozenset({6}))
        super().__init__(
            context,
            model,
            self.tr("Visits"),
            self.tr("New visit"),
            self.tr("Search by company, staff or topic (Ctrl+F)"),
            parent,
        )
        model.query = ListQuery(sort="visit_date", descending=True, limit=None)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.date_from = self._date_filter(self.tr("From:"))
        self.date_to = self._date_filter(self.tr("To:"))
        self.kind = self._combo(
            self.tr("Type:"), self.tr("All types"), [(visit_type(c), c) for c in VISIT_TYPES]
        )
        with context.db.session() as session:
            staff = staff_names(session)
        self.staff = self._combo(self.tr("Staff:"), self.tr("All staff"), [(s, s) for s in staff])
        self.company_id: str | None = None
        self.company_button = QPushButton(icon("companies"), self.tr("Any company"), self)
        self.company_button.setToolTip(self.tr("Show the visits of one company"))
        self.company_button.clicked.connect(self.choose_company)
        self.clear_company = QPushButton(icon("cancel"), "", self)
        self.clear_company.setToolTip(self.tr("Show every company's visits"))
        self.clear_company.clicked.connect(lambda: self.set_company(None, ""))
        self.clear_company.hide()
        self.filter_row.addWidget(self.company_button)
        self.filter_row.addWidget(self.clear_company)
        self.filter_row.addStretch(1)
        header = self.table.horizontalHeader()
        for column, width in enumerate((95, 260, 130, 110, 200, 95, 95, 60)):
            # never narrower than the header's own text (Turkish titles run longer)
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.apply_query()

    def _date_filter(self, caption: str) -> DateField:
        edit = DateField(self, optional=True)
        edit.setSpecialValueText(self.tr("any"))
        self._caption(caption, edit)
        edit.dateChanged.connect(self.apply_query)
        return edit

    def _combo(self, caption: str, everything: str, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox(self)
        box.addItem(everything, "")
        for name, code in items:
            box.addItem(name, code)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._caption(caption, box)
        box.currentIndexChanged.connect(self.apply_query)
        return box

    def _caption(self, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        self.filter_row.addWidget(label)
        self.filter_row.addWidget(field)

    def choose_company(self) -> None:
        """Pick one company whose visits to show."""
        picker = CompanyPicker(self.context, self)
        picker.note.hide()
        if picker.exec() == CompanyPicker.DialogCode.Accepted and picker.company_id():
            self.set_company(picker.company_id(), picker.company_name())

    def set_company(self, company_id: str | None, name: str) -> None:
        """Show only ``company_id``'s visits (None: every company's)."""
        self.company_id = company_id
        self.company_button.setText(name if company_id else self.tr("Any company"))
        self.clear_company.setVisible(company_id is not None)
        self.apply_query()

    def filters(self) -> dict:
        chosen = {
            "visit_type": self.kind.currentData(),
            "staff": self.staff.currentData(),
            "company_id": self.company_id,
            "date_from": self.date_from.value(),
            "date_to": self.date_to.value(),
        }
        return {k: v for k, v in chosen.items() if v}

    def count_text(self, total: int) -> str:
        return self.tr("{n} visits").format(n=format_int(total))

    def empty_text(self, searching: bool) -> str:
        if searching:
            return self.tr("No visit matches. Check the spelling or clear the filters.")
        if self.context.can_edit:
            return self.tr("No visits yet — press Ctrl+N to record the first one.")
        return self.tr("No visits yet.")

    def new_record(self) -> None:
        """Ctrl+N: an empty visit form (for the chosen company, if any)."""
        if not self.context.can_edit:
            return
        self.form = VisitForm(self.context, None, self, company_id=self.company_id)
        self.form.saved.connect(self._saved)
        self.form.open()

    def open_id(self, row_id: str) -> None:
        """Open the visit in its form."""
        self.form = VisitForm(self.context, row_id, self)
        self.form.saved.connect(self._saved)
        self.form.open()

    def _saved(self, _visit_id: str) -> None:
        self.refresh()
        self.changed.emit()

    def delete_id(self, row_id: str) -> None:
        """Ask, then tombstone the visit."""
        row = self.table.currentIndex().row()
        if ask_and_delete(
            self,
            self.context,
            self.tr("Delete visit"),
            self.tr("Delete the visit of {date} to {company} and its follow-up actions?").format(
                date=self.model.data(self.model.index(row, 0)),
                company=self.model.data(self.model.index(row, 1)),
            ),
            lambda session, actor: visits.delete(session, actor, row_id),
        ):
            self._saved(row_id)
