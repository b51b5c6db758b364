"""“Export to Excel” for any list page: a button and Ctrl+E, added with one call.

The file holds exactly what the list shows: the page hands over its current ``ListQuery``
(search, filters, sort) and the function its model orders ids with, so the rows, filters and
order in the workbook are those on screen — every matching row, not just the ones scrolled to.
The export runs on the database worker with a cancellable progress window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QMessageBox, QPushButton, QWidget
from sqlalchemy.orm import Session

from ..core.services.listing import ListQuery
from .context import AppContext
from .display import format_int
from .failure import show_error
from .i18n import current_language
from .icons import icon
from .saved_file import ask_save_path, dated_name, show_saved
from .tasks import Job

# The exporters (openpyxl) are imported when an export starts, not with every list page:
# they would add a fifth of a second to the application's start-up.
IdsOf = Callable[[Session, ListQuery], list[str]]
SHORTCUT = "Ctrl+E"


def export_list_ids(
    session: Session,
    kind: str,
    ids: list[str],
    path: Path,
    lang: str,
    job: Job | None = None,
) -> int:
    """Write the rows ``ids`` of list ``kind``, in that order, to ``path`` (background only).

    Cancelling the job stops the export with ExportCancelled; no file is left behind.
    """
    from ..reports.list_export import LISTS, load_rows
    from ..reports.xlsx_export import export_rows

    spec = LISTS[kind]
    return export_rows(
        path,
        spec.columns(lang),
        load_rows(session, kind, ids),
        title=spec.title(lang),
        lang=lang,
        total=len(ids),
        progress=None if job is None else lambda done, total: report(job, done, total),
        cancelled=None if job is None else lambda: job.cancelled,
    )


def report(job: Job, done: int, total: int) -> None:
    """Progress that never raises: cancelling is answered by ExportCancelled, which comes back
    to the page (the task manager would drop its own Cancelled silently)."""
    if not job.cancelled:
        job.progress(done, total)


class ListExporter(QObject):
    """Runs one list's export off the GUI thread and says where the file went."""

    exported = Signal(object, int)
    """Emitted with the file's path and the number of rows written."""

    def __init__(
        self,
        parent: QWidget,
        context: AppContext,
        kind: str,
        query: Callable[[], ListQuery],
        ids_of: IdsOf | None = None,
    ) -> None:
        super().__init__(parent)
        self.page, self.context, self.kind = parent, context, kind
        self.query, self.ids_of = query, ids_of
        self.job: Job | None = None
        self.result_box: QMessageBox | None = None

    def list_name(self) -> str:
        """The list's name in the interface language ("Firmalar")."""
        from ..reports.list_export import LISTS

        return LISTS[self.kind].title(current_language())

    def choose_and_export(self) -> None:
        """Ask for a file (the list's name and today's date offered), then export to it."""
        if self.job is not None:
            return  # one export of a list at a time
        path = ask_save_path(self.page, self.tr("Export to Excel"), dated_name(self.list_name()))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> Job:
        """Export what the list shows now to ``path``."""
        kind, query, ids_of = self.kind, self.query(), self.ids_of
        lang = current_language()

        def work(session: Session, job: Job) -> int:
            from ..reports.list_export import list_ids
            from ..reports.xlsx_export import ExportCancelled

            ids = ids_of(session, query) if ids_of is not None else list_ids(session, kind, query)
            if job.cancelled:  # cancelled while waiting for the worker: write nothing
                raise ExportCancelled()
            return export_list_ids(session, kind, ids, path, lang, job)

        self.job = self.context.tasks.run_database(
            work,
            lambda count: self._done(path, count),
            self._failed,
            label=self.tr("Exporting “{name}” to Excel…").format(name=self.list_name()),
            parent=self.page,
            owner=self,
        )
        return self.job

    def _done(self, path: Path, count: int) -> None:
        self.job = None
        self.result_box = show_saved(
            self.page,
            self.tr("{n} rows of “{name}” were written to the Excel file.").format(
                n=format_int(count), name=self.list_name()
            ),
            path,
        )
        self.exported.emit(path, count)

    def _failed(self, error: BaseException) -> None:
        from ..reports.xlsx_export import ExportCancelled

        self.job = None
        if not isinstance(error, ExportCancelled):  # the user asked for it; nothing was written
            show_error(self.page, error)


class ExportAction(ListExporter):
    """The exporter with its action (Ctrl+E while the page is shown) and its button."""

    def __init__(
        self,
        page: QWidget,
        context: AppContext,
        kind: str,
        query: Callable[[], ListQuery],
        ids_of: IdsOf | None = None,
    ) -> None:
        super().__init__(page, context, kind, query, ids_of)
        self.action = QAction(icon("export"), self.tr("Export to Excel"), page)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        # Pages sit in a stack; a hidden page's shortcut does not fire, so Ctrl+E is the
        # export of whichever list is on screen.
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(
            self.tr("Save the rows shown, with their search, filters and order, as an Excel file")
            + f" ({SHORTCUT})"
        )
        self.action.triggered.connect(self.choose_and_export)
        page.addAction(self.action)
        self.button = QPushButton(self.action.icon(), self.action.text(), page)
        self.button.setObjectName("exportButton")
        self.button.setToolTip(self.action.toolTip())
        self.button.clicked.connect(self.action.trigger)


def add_export_action(
    page: QWidget,
    row: QBoxLayout,
    context: AppContext,
    kind: str,
    query: Callable[[], ListQuery],
    ids_of: IdsOf | None = None,
) -> ExportAction:
    """Give a list page its “Export to Excel” button (added to ``row``) and Ctrl+E.

    ``query`` returns what the list shows now; ``ids_of`` is the function the page's model
    orders ids with (the list service's own order when None).
    """
    export = ExportAction(page, context, kind, query, ids_of)
    row.addWidget(export.button)
    return export
