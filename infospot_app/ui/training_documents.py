"""A training's documents, written off the GUI thread: certificates (one PDF or one per
person), a session's sign-in sheet, the attendance list (.xlsx), and printing a PDF.

Each starts with a read on the database worker and writes the file on the file pool, then
calls ``then`` with what was written on the GUI thread.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from ..core.errors import InfoSpotError
from ..core.services import certificates as certs
from ..core.services.attendance_grid import attendance_grid, session_roster
from ..core.services.certificate_print import printable
from ..reports.attendance_xlsx import write_attendance_xlsx
from ..reports.certificate_pdf import artwork_from_settings, write_certificates, write_separate
from ..reports.signin_sheet import write_signin_sheet
from .context import AppContext
from .failure import show_error
from .i18n import current_language
from .pdf_printing import print_pdf

Written = Callable[[list[Path]], None]


def documents_folder() -> Path:
    """Where save dialogs start: the user's Documents folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found or Path.home())


def preview_folder() -> Path:
    """A fresh folder for files only shown or printed, not kept by the user."""
    return Path(tempfile.mkdtemp(prefix="infospot-"))


def open_file(path: Path) -> bool:
    """Open ``path`` in the program the system uses for it (a PDF viewer, a spreadsheet)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _no_certificates() -> InfoSpotError:
    return InfoSpotError(
        "Yazdırılacak belge yok: önce belgeleri düzenleyin (katılımı yeterli olanlar için).",
        "There are no certificates to print: issue them first (for eligible participants).",
    )


class TrainingDocuments(QObject):
    """Writes the documents of one training for the widgets of its page."""

    def __init__(self, context: AppContext, training_id: str, widget: QWidget) -> None:
        super().__init__(widget)
        self.context, self.training_id, self.widget = context, training_id, widget

    def _failed(self, error: BaseException) -> None:
        show_error(self.widget, error)

    def _then_write(self, label: str, write: Callable[[Any], list[Path]], then: Written) -> Any:
        """The GUI-thread step between the read and the file job."""

        def start(read: Any) -> None:
            self.context.tasks.run_file(
                lambda job: write(read),
                then,
                self._failed,
                label=label,
                parent=self.widget,
                owner=self.widget,
            )

        return start

    def certificates_pdf(
        self,
        target: Path,
        then: Written,
        *,
        separate: bool = False,
        enrollment_ids: list[str] | None = None,
        language: str | None = None,
    ) -> None:
        """Write the training's certificates (or those of some participants) to ``target``: a
        PDF file, or a folder with a file per person when ``separate``."""
        training_id = self.training_id

        def read(session: Any, job: Any) -> tuple[list, Any]:
            found = certs.of_training(session, training_id)
            if enrollment_ids is not None:
                found = [c for c in found if c.enrollment_id in set(enrollment_ids)]
            if not found:
                raise _no_certificates()
            return printable(session, found), artwork_from_settings(session)

        def write(sheets_and_artwork: tuple[list, Any]) -> list[Path]:
            sheets, artwork = sheets_and_artwork
            if separate:
                return write_separate(target, sheets, artwork, language)
            return [write_certificates(target, sheets, artwork, language)]

        label = self.tr("Writing certificates…")
        self.context.tasks.run_database(
            read,
            self._then_write(label, write, then),
            self._failed,
            label=label,
            parent=self.widget,
            owner=self.widget,
        )

    def signin_sheet(self, session_id: str, target: Path, then: Written) -> None:
        """Write the sign-in sheet of one session to ``target``."""
        self.context.tasks.run_database(
            lambda session, job: session_roster(session, session_id),
            self._then_write(
                self.tr("Writing the sign-in sheet…"),
                lambda roster: [write_signin_sheet(target, roster)],
                then,
            ),
            self._failed,
            owner=self.widget,
        )

    def attendance_list(self, target: Path, then: Written) -> None:
        """Write the attendance list (.xlsx) to ``target``."""
        training_id, lang = self.training_id, current_language()

        def write(grid: Any) -> list[Path]:
            write_attendance_xlsx(target, grid, lang)
            return [target]

        self.context.tasks.run_database(
            lambda session, job: attendance_grid(session, training_id),
            self._then_write(self.tr("Writing the attendance list…"), write, then),
            self._failed,
            owner=self.widget,
        )

    def send_to_printer(
        self, path: Path, printer: QPrinter, then: Callable[[int], None] | None = None
    ) -> None:
        """Print ``path`` on ``printer`` off the GUI thread (Qt paints on printers in threads)."""
        self.context.tasks.run_file(
            lambda job: print_pdf(path, printer),
            then,
            self._failed,
            label=self.tr("Printing…"),
            parent=self.widget,
            owner=self.widget,
        )
