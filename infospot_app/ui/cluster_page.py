"""A cluster's page: details with the stage history and its members' productivity change,
and tabs for members, activities, benchmarking and grant applications."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.models.cluster import BENCHMARK_AREAS
from ..core.services.clusters import benchmarks, cluster_activities, memberships
from ..core.services.grants import grants
from ..reports.code_labels import province_names
from .cluster_dossier import ClusterDossier, cluster_dossier
from .cluster_labels import code_name
from .cluster_record_forms import ActivityForm, BenchmarkForm, MemberForm
from .cluster_tabs import RecordTab
from .context import AppContext
from .dashboard_page import percent_text
from .display import format_date, format_decimal, format_int
from .icons import icon


class ClusterPage(QDialog):
    """Everything about one cluster, in tabs."""

    changed = Signal()

    def __init__(self, context: AppContext, cluster_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.cluster_id = context, cluster_id
        self.data: ClusterDossier | None = None
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit"), self)
        self.edit_button.clicked.connect(self.edit)
        top.addWidget(self.edit_button)
        layout.addLayout(top)
        self.read_only = QLabel(self)
        self.read_only.setObjectName("warningHint")
        self.read_only.setWordWrap(True)
        layout.addWidget(self.read_only)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.details = QWidget(self)
        self.details_form = QFormLayout(self.details)
        self.details_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(self.details, self.tr("Details"))
        self.reload()

    def _editable(self) -> bool:
        return (
            self.context.can_edit
            and self.data is not None
            and (self.data.cluster.office == self.context.actor.office)
        )

    def _build_tabs(self) -> None:
        editable, actor = self._editable(), self.context.actor
        self.members = RecordTab(
            self.context,
            lambda: [self.tr("Company"), self.tr("Tax ID"), self.tr("Role"), self.tr("Joined"),
                     self.tr("Left"), self.tr("Company's office")],
            partial(MemberForm, self.context, self.cluster_id),
            lambda session, row_id: memberships.delete(session, actor, row_id),
            editable,
            parent=self,
        )  # fmt: skip
        self.activities = RecordTab(
            self.context,
            lambda: [self.tr("Date"), self.tr("Type"), self.tr("Title"), self.tr("Participants"),
                     self.tr("Notes")],
            partial(ActivityForm, self.context, self.cluster_id),
            lambda session, row_id: cluster_activities.delete(session, actor, row_id),
            editable,
            numeric=frozenset({3}),
            parent=self,
        )  # fmt: skip
        self.benchmarks = RecordTab(
            self.context,
            lambda: [self.tr("Date"), self.tr("Scheme"), self.tr("Label"),
                     *(code_name("area", a) for a in BENCHMARK_AREAS), self.tr("Notes")],
            partial(BenchmarkForm, self.context, self.cluster_id),
            lambda session, row_id: benchmarks.delete(session, actor, row_id),
            editable,
            numeric=frozenset(range(3, 3 + len(BENCHMARK_AREAS))),
            parent=self,
        )  # fmt: skip
        self.grants = RecordTab(
            self.context,
            lambda: [self.tr("Programme"), self.tr("Title"), self.tr("Submitted"),
                     self.tr("Status"), self.tr("Requested (TRY)"), self.tr("Granted (TRY)")],
            self._grant_form,
            lambda session, row_id: grants.delete(session, actor, row_id),
            editable,
            numeric=frozenset({4, 5}),
            parent=self,
        )  # fmt: skip
        for tab, title in (
            (self.members, self.tr("Members")),
            (self.activities, self.tr("Activities")),
            (self.benchmarks, self.tr("Benchmarking")),
            (self.grants, self.tr("Grants")),
        ):
            tab.changed.connect(self._changed)
            self.tabs.addTab(tab, title)

    def _grant_form(self, row_id: str | None, parent: QWidget) -> QDialog:
        from .grant_form import GrantForm

        return GrantForm(self.context, row_id, parent, cluster_id=self.cluster_id)

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def reload(self) -> None:
        """Read the cluster and its lists again (bounded queries of one cluster)."""
        with self.context.db.session() as session:
            self.data = cluster_dossier(session, self.cluster_id)
        if self.tabs.count() == 1:
            self._build_tabs()
        self.show_dossier(self.data)

    def show_dossier(self, data: ClusterDossier) -> None:
        """Fill the details and every tab."""
        c = data.cluster
        self.title.setText(c.name)
        self.setWindowTitle(c.name)
        editable = self._editable()
        self.edit_button.setEnabled(editable)
        own = c.office == self.context.actor.office
        self.read_only.setVisible(not own)
        self.read_only.setText(
            self.tr("This cluster belongs to office {office}; it is shown read-only.").format(
                office=c.office
            )
        )
        self._show_details(data)
        self.members.set_rows(
            [
                [line.company, line.tax_id, code_name("role", line.membership.role),
                 format_date(line.membership.joined_on), format_date(line.membership.left_on),
                 line.company_office]
                for line in data.members
            ],
            [line.membership.id for line in data.members],
        )  # fmt: skip
        self.activities.set_rows(
            [
                [format_date(a.activity_date), code_name("activity", a.activity_type), a.title,
                 format_int(a.participants), a.notes]
                for a in data.activities
            ],
            [a.id for a in data.activities],
        )  # fmt: skip
        self.benchmarks.set_rows(
            [
                [format_date(b.assessed_on), code_name("scheme", b.scheme),
                 code_name("label", b.label),
                 *(format_decimal(getattr(b, a), 1) for a in BENCHMARK_AREAS), b.notes]
                for b in data.benchmarks
            ],
            [b.id for b in data.benchmarks],
        )  # fmt: skip
        self.grants.set_rows(
            [
                [code_name("programme", g.programme), g.title, format_date(g.submitted_on),
                 code_name("status", g.status), format_decimal(g.requested_amount),
                 format_decimal(g.granted_amount)]
                for g in data.grants
            ],
            [g.id for g in data.grants],
        )  # fmt: skip

    def _show_details(self, data: ClusterDossier) -> None:
        c, p = data.cluster, data.productivity
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        current = sum(1 for m in data.members if m.membership.left_on is None)
        history = "\n".join(
            f"{format_date(s.reached_on)}  {code_name('stage', s.stage)}" for s in data.stages
        )
        change = (
            self.tr("median {median}, mean {mean} ({n} members measured)").format(
                median=percent_text(p.median), mean=percent_text(p.mean),
                n=format_int(p.measured),
            )
            if p is not None and p.measured
            else self.tr("not yet measured: members need a baseline and a follow-up measurement")
        )  # fmt: skip
        rows = [
            (self.tr("Stage"), code_name("stage", c.stage)),
            (self.tr("Stage history"), history),
            (self.tr("Sectors (NACE)"), c.nace_divisions.replace(",", ", ")),
            (self.tr("Provinces involved"), province_names(c.provinces)),
            (self.tr("Home office"), c.office),
            (self.tr("Coordinating body"), c.coordinator),
            (self.tr("Members"), format_int(current)),
            (self.tr("Productivity change"), change),
            (self.tr("Description"), c.description),
        ]
        for label, value in rows:
            text = QLabel(value or "–", self.details)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details_form.addRow(label, text)

    def edit(self) -> None:
        """Open the form on this cluster."""
        from .cluster_form import ClusterForm

        form = ClusterForm(self.context, self.cluster_id, self)
        form.saved.connect(lambda _id: self._changed())
        form.open()
