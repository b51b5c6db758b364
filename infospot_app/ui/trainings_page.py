"""The Trainings page: the office's trainings (every office's at the central office), searched
the Turkish way, sorted, filtered by dates, status, topic and cluster."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.models import Cluster, Training
from ..core.services.listing import ListQuery
from ..core.services.trainings import trainings
from ..core.turkish import sort_key
from ..reports.list_rows import training_rows
from .context import AppContext
from .delete_prompt import ask_and_delete
from .display import DATE_FORMAT, format_date, format_int
from .paged_list_model import PagedListModel
from .paged_list_page import PagedListPage
from .training_labels import status_items, status_name

NO_DATE = QDate(2000, 1, 1)
"""The lowest date of the range filters; shown as "any" (Qt's special value text)."""


def headers() -> list[str]:
    """The list's column titles."""
    return [
        QCoreApplication.translate("TrainingsPage", "Title"),
        QCoreApplication.translate("TrainingsPage", "Topic"),
        QCoreApplication.translate("TrainingsPage", "Starts"),
        QCoreApplication.translate("TrainingsPage", "Ends"),
        QCoreApplication.translate("TrainingsPage", "Venue"),
        QCoreApplication.translate("TrainingsPage", "Status"),
        QCoreApplication.translate("TrainingsPage", "Enrolled"),
        QCoreApplication.translate("TrainingsPage", "Capacity"),
        QCoreApplication.translate("TrainingsPage", "Office"),
    ]


SORTS = ("title", "topic", "start_date", "end_date", "venue", "status", None, "capacity", "office")


def training_ids(session: Session, query: ListQuery) -> list[str]:
    """The trainings the list shows, in order."""
    return trainings.ids(session, query)


def display_rows(session: Session, ids: list[str]) -> list[list[str]]:
    """One page of rows as texts."""
    return [
        [
            line.training.title,
            line.training.topic,
            format_date(line.training.start_date),
            format_date(line.training.end_date),
            line.training.venue,
            status_name(line.training.status),
            format_int(line.enrolled),
            format_int(line.training.capacity),
            line.training.office,
        ]
        for line in training_rows(session, ids)
    ]


def topic_choices(session: Session) -> list[str]:
    """The topics trainings were given, in Turkish order (a short, bounded list)."""
    found = session.scalars(
        select(Training.topic).where(Training.deleted_at.is_(None), Training.topic != "").distinct()
    )
    return sorted(found, key=sort_key)


def cluster_choices(session: Session) -> list[tuple[str, str]]:
    """(name, id) of the live clusters, in Turkish order."""
    found = session.execute(select(Cluster.name, Cluster.id).where(Cluster.deleted_at.is_(None)))
    return sorted(((name, cid) for name, cid in found), key=lambda pair: sort_key(pair[0]))


class TrainingsPage(PagedListPage):
    """Find, open, add and delete trainings."""

    export_kind = "trainings"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        model = PagedListModel(
            context, headers, training_ids, display_rows, SORTS, numeric=frozenset({6, 7})
        )
        super().__init__(
            context,
            model,
            self.tr("Trainings"),
            self.tr("New training"),
            self.tr("Search by title, topic, venue or trainer (Ctrl+F)"),
            parent,
        )
        model.query = ListQuery(sort="start_date", descending=True, limit=None)
        self.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        self.date_from = self._date_filter(self.tr("From:"))
        self.date_to = self._date_filter(self.tr("To:"))
        self.status = self._combo(self.tr("Status:"), self.tr("All statuses"), status_items())
        with context.db.session() as session:
            topics, groups = topic_choices(session), cluster_choices(session)
        self.topic = self._combo(self.tr("Topic:"), self.tr("All topics"), [(t, t) for t in topics])
        self.cluster = self._combo(self.tr("Cluster:"), self.tr("All clusters"), groups)
        self.filter_row.addStretch(1)
        header = self.table.horizontalHeader()
        for column, width in enumerate((260, 150, 100, 90, 170, 90, 80, 90, 60)):
            header.resizeSection(column, width)
        self.apply_query()

    def _date_filter(self, caption: str) -> QDateEdit:
        edit = QDateEdit(NO_DATE, self)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setCalendarPopup(True)
        edit.setMinimumWidth(110)
        self._caption(caption, edit)
        edit.dateChanged.connect(self.apply_query)
        return edit

    def _combo(self, caption: str, everything: str, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox(self)
        box.addItem(everything, "")
        for name, code in items:
            box.addItem(name, code)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.setMaximumWidth(240)
        self._caption(caption, box)
        box.currentIndexChanged.connect(self.apply_query)
        return box

    def _caption(self, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        self.filter_row.addWidget(label)
        self.filter_row.addWidget(field)

    def filters(self) -> dict:
        chosen = {
            "status": self.status.currentData(),
            "topic": self.topic.currentData(),
            "cluster_id": self.cluster.currentData(),
        }
        for key, edit in (("date_from", self.date_from), ("date_to", self.date_to)):
            if edit.date() != NO_DATE:
                chosen[key] = edit.date().toPython()
        return {k: v for k, v in chosen.items() if v}

    def count_text(self, total: int) -> str:
        return self.tr("{n} trainings").format(n=format_int(total))

    def empty_text(self, searching: bool) -> str:
        if searching:
            return self.tr("No training matches. Check the spelling or clear the filters.")
        if self.context.can_edit:
            return self.tr("No trainings yet — press Ctrl+N to plan the first one.")
        return self.tr("No trainings yet.")

    def new_record(self) -> None:
        """Ctrl+N: the training form, empty; the training opens once saved."""
        if not self.context.can_edit:
            return
        from .training_form import TrainingForm

        form = TrainingForm(self.context, None, self)
        form.saved.connect(lambda training_id: (self.refresh(), self.open_id(training_id)))
        form.open()

    def open_id(self, row_id: str) -> None:
        """Open the training's page (sessions, participants, attendance, certificates)."""
        from .training_page import TrainingPage

        page = TrainingPage(self.context, row_id, self)
        page.changed.connect(self.refresh)
        page.open()
        self.last_opened = page

    def delete_id(self, row_id: str) -> None:
        """Ask, then tombstone the training."""
        title = self.model.data(self.model.index(self.table.currentIndex().row(), 0))
        if ask_and_delete(
            self,
            self.context,
            self.tr("Delete training"),
            self.tr(
                "Delete the training “{title}”? It disappears from every list here and at the "
                "central office after the next sync. Certificates already printed stay valid."
            ).format(title=title),
            lambda session, actor: trainings.delete(session, actor, row_id),
        ):
            self.refresh()
