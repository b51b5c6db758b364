"""The Clusters page: every cluster of the office (and, at the central office, all offices),
searched the Turkish way, sorted, filtered by stage."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget
from sqlalchemy.orm import Session

from ..core.services.clusters import clusters
from ..core.services.listing import ListQuery
from ..reports.code_labels import province_names
from ..reports.list_rows import cluster_rows
from .cluster_labels import code_items, code_name
from .context import AppContext
from .delete_prompt import ask_and_delete
from .display import format_int
from .paged_list_model import PagedListModel
from .paged_list_page import PagedListPage


def _t(text: str) -> str:
    return QCoreApplication.translate("ClustersPage", text)


def headers() -> list[str]:
    """The list's column titles."""
    return [
        _t("Name"),
        _t("Stage"),
        _t("Sectors (NACE)"),
        _t("Provinces"),
        _t("Members"),
        _t("Coordinating body"),
        _t("Office"),
    ]


SORTS = ("name", "stage", None, None, None, "coordinator", "office")


def cluster_ids(session: Session, query: ListQuery) -> list[str]:
    """The clusters the list shows, in order."""
    return clusters.ids(session, query)


def display_rows(session: Session, ids: list[str]) -> list[list[str]]:
    """One page of rows as texts."""
    return [
        [
            line.cluster.name,
            code_name("stage", line.cluster.stage),
            line.cluster.nace_divisions.replace(",", ", "),
            province_names(line.cluster.provinces),
            format_int(line.members),
            line.cluster.coordinator,
            line.cluster.office,
        ]
        for line in cluster_rows(session, ids)
    ]


class ClustersPage(PagedListPage):
    """Find, open, add and delete clusters."""

    export_kind = "clusters"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        model = PagedListModel(
            context, headers, cluster_ids, display_rows, SORTS, numeric=frozenset({4})
        )
        super().__init__(
            context,
            model,
            self.tr("Clusters"),
            self.tr("New cluster"),
            self.tr("Search by name, coordinating body or NACE division (Ctrl+F)"),
            parent,
        )
        self.stage = QComboBox(self)
        self.stage.addItem(self.tr("All stages"), "")
        for name, code in code_items("stage"):
            self.stage.addItem(name, code)
        caption = QLabel(self.tr("Stage:"), self)
        caption.setBuddy(self.stage)
        self.filter_row.addWidget(caption)
        self.filter_row.addWidget(self.stage)
        self.filter_row.addStretch(1)
        self.stage.currentIndexChanged.connect(self.apply_query)
        header = self.table.horizontalHeader()
        for column, width in enumerate((260, 120, 130, 160, 80, 200, 60)):
            header.resizeSection(column, width)
        self.apply_query()

    def filters(self) -> dict:
        stage = self.stage.currentData()
        return {"stage": stage} if stage else {}

    def count_text(self, total: int) -> str:
        return self.tr("{n} clusters").format(n=format_int(total))

    def empty_text(self, searching: bool) -> str:
        if searching:
            return self.tr(
                "No cluster matches this search. Check the spelling or clear the filter."
            )
        if self.context.can_edit:
            return self.tr("No clusters yet — press Ctrl+N to record the first one.")
        return self.tr("No clusters yet.")

    def new_record(self) -> None:
        """Ctrl+N: the cluster form, empty."""
        if not self.context.can_edit:
            return
        from .cluster_form import ClusterForm

        form = ClusterForm(self.context, None, self)
        form.saved.connect(lambda cluster_id: (self.refresh(), self.open_id(cluster_id)))
        form.open()

    def open_id(self, row_id: str) -> None:
        """Open the cluster's page."""
        from .cluster_page import ClusterPage

        page = ClusterPage(self.context, row_id, self)
        page.changed.connect(self.refresh)
        page.open()

    def delete_id(self, row_id: str) -> None:
        """Ask, then tombstone the cluster."""
        name = self.model.data(self.model.index(self.table.currentIndex().row(), 0))
        if ask_and_delete(
            self,
            self.context,
            self.tr("Delete cluster"),
            self.tr(
                "Delete the cluster “{name}”? It disappears from every list here and at the "
                "central office after the next sync; its members stay registered as companies."
            ).format(name=name),
            lambda session, actor: clusters.delete(session, actor, row_id),
        ):
            self.refresh()
