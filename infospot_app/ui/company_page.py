"""A company's page: its details and tabs for contacts, visits, trainings, clusters,
measurements, grants and the readable history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.services.company_dossier import CompanyDossier, HistoryEntry, dossier
from .company_model import district_text, sector_text
from .context import AppContext
from .display import format_date, format_decimal, format_int
from .i18n import current_language
from .icons import icon
from .labels import audit_action, field_name, size_class, table_name, visit_type
from .rows_model import RowsModel


def history_text(entry: HistoryEntry) -> str:
    """ "Employees: 12 → 15; Phone: – → +90 …" for an update, the set fields for a creation."""
    parts = []
    for key, value in entry.changes.items():
        if isinstance(value, list) and len(value) == 2:
            old, new = ("–" if v in (None, "") else str(v) for v in value)
            parts.append(f"{field_name(key)}: {old} → {new}")
        else:
            parts.append(f"{field_name(key)}: {value}")
    return "; ".join(parts)


class CompanyPage(QDialog):
    """Everything about one company, in tabs."""

    changed = Signal()

    def __init__(self, context: AppContext, company_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.company_id = company_id
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit"), self)
        self.edit_button.setEnabled(context.can_edit)
        self.edit_button.clicked.connect(self.edit)
        top.addWidget(self.edit_button)
        layout.addLayout(top)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.details = QWidget(self)
        self.details_form = QFormLayout(self.details)
        self.details_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(self.details, self.tr("Details"))
        self.models: dict[str, RowsModel] = {}
        self._tab(
            "contacts",
            self.tr("Contacts"),
            lambda: [self.tr("Name"), self.tr("Position"), self.tr("Phone"), self.tr("E-mail")],
        )
        self._tab(
            "visits",
            self.tr("Visits"),
            lambda: [self.tr("Date"), self.tr("Type"), self.tr("Staff"), self.tr("Summary")],
        )
        self._tab(
            "trainings",
            self.tr("Trainings attended"),
            lambda: [self.tr("Training"), self.tr("Start"), self.tr("Participant")],
        )
        self._tab(
            "clusters",
            self.tr("Clusters"),
            lambda: [self.tr("Cluster"), self.tr("Role"), self.tr("Joined"), self.tr("Left")],
        )
        self._tab(
            "measurements",
            self.tr("Measurements"),
            lambda: [
                self.tr("Period"),
                self.tr("Measured on"),
                self.tr("Kind"),
                self.tr("Turnover"),
                self.tr("Employees"),
                self.tr("Value added"),
            ],
            numeric=frozenset({3, 4, 5}),
        )
        self._tab(
            "grants",
            self.tr("Grants"),
            lambda: [
                self.tr("Programme"),
                self.tr("Title"),
                self.tr("Submitted"),
                self.tr("Status"),
                self.tr("Requested"),
                self.tr("Granted"),
            ],
            numeric=frozenset({4, 5}),
        )
        self._tab(
            "history",
            self.tr("History"),
            lambda: [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes")],
        )
        self.reload()

    def _tab(self, key: str, title: str, headers: Any, numeric: frozenset[int] = frozenset()):
        view = QTableView(self)
        model = RowsModel(headers, numeric=numeric, parent=view)
        view.setModel(model)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        self.models[key] = model
        self.tabs.addTab(view, title)

    def reload(self) -> None:
        """Read the company and its lists again (bounded queries of one company)."""
        with self.context.db.session() as session:
            data = dossier(session, self.company_id)
        self.show_dossier(data)

    def show_dossier(self, data: CompanyDossier) -> None:
        """Fill the details and every tab."""
        c = data.company
        lang = current_language()
        self.title.setText(c.legal_name)
        self.setWindowTitle(c.legal_name)
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        rows = [
            (self.tr("Tax ID"), c.tax_id),
            (self.tr("Tax office"), c.tax_office),
            (self.tr("District"), district_text(c)),
            (self.tr("Address"), c.address),
            (self.tr("Phone"), c.phone or ""),
            (self.tr("E-mail"), c.email or ""),
            (self.tr("Sector (NACE)"), sector_text(c.nace_code, lang)),
            (self.tr("Employees"), format_int(c.employees)),
            (self.tr("Annual turnover (TRY)"), format_decimal(c.annual_turnover)),
            (self.tr("Size"), size_class(c.size_class)),
            (self.tr("Office"), c.office),
            (self.tr("Notes"), c.notes),
        ]
        for label, value in rows:
            text = QLabel(value or "–", self.details)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details_form.addRow(label, text)
        m = self.models
        m["contacts"].set_rows(
            [
                [p["full_name"], p["position"], p["phone"] or "", p["email"] or ""]
                for p in data.contacts
            ],
            [p["id"] for p in data.contacts],
        )
        m["visits"].set_rows(
            [
                [
                    format_date(v["visit_date"]),
                    visit_type(v["visit_type"]),
                    v["staff"],
                    v["summary"],
                ]
                for v in data.visits
            ]
        )
        m["trainings"].set_rows(
            [[t["title"], format_date(t["start_date"]), t["person"]] for t in data.trainings]
        )
        m["clusters"].set_rows(
            [
                [k["name"], k["role"], format_date(k["joined_on"]), format_date(k["left_on"])]
                for k in data.clusters
            ]
        )
        m["measurements"].set_rows(
            [
                [
                    x["period"],
                    format_date(x["measured_on"]),
                    x["kind"],
                    format_decimal(x["turnover"]),
                    format_int(x["employees"]),
                    format_decimal(x["value_added"]),
                ]
                for x in data.measurements
            ]
        )
        m["grants"].set_rows(
            [
                [
                    g["programme"],
                    g["title"],
                    format_date(g["submitted_on"]),
                    g["status"],
                    format_decimal(g["requested_amount"]),
                    format_decimal(g["granted_amount"]),
                ]
                for g in data.grants
            ]
        )
        m["history"].set_rows(
            [
                [
                    format_date(h.at),
                    h.user,
                    f"{table_name(h.table)} {audit_action(h.action)}",
                    history_text(h),
                ]
                for h in data.history
            ]
        )

    def edit(self) -> None:
        """Open the form on this company."""
        from .company_form import CompanyForm

        form = CompanyForm(self.context, self.company_id, self)
        form.saved.connect(lambda _id: (self.reload(), self.changed.emit()))
        form.open()
