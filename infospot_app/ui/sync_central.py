"""The central side of the Sync page: import packages with a preview, offices, quarantine, conflicts."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.storage import OpenDatabase
from ..sync.conflicts import resolve_in
from ..sync.errors import AlreadyImported, SyncRefused
from ..sync.importer import import_package
from ..sync.mail import package_facts
from ..sync.office_setup import write_setup_file
from ..sync.overview import office_statuses, open_conflicts, open_quarantine
from ..sync.receipts import write_receipt
from ..sync.summary import ImportSummary
from .display import format_date
from .failure import show_error
from .i18n import current_language
from .icons import icon
from .rows_model import RowsModel
from .sync_conflicts import ConflictReview
from .sync_models import ImportPreviewModel
from .sync_office import table_view
from .tasks import Job, TaskManager

PACKAGE_SUFFIX = ".ispkg"


def refusal(path: Path, error: SyncRefused) -> ImportSummary:
    """The summary line of a refused (or already imported) package."""
    again = isinstance(error, AlreadyImported) and "different content" not in error.message_en
    summary = ImportSummary(file=str(path), status="already imported" if again else "refused")
    summary.message_tr, summary.message_en = error.message_tr, error.message_en
    return summary


def in_order(paths: list[Path]) -> list[Path]:
    """Packages by office and number, so an office's packages apply in the order made."""

    def key(path: Path) -> tuple[str, int, str]:
        try:
            facts = package_facts(path)
        except (SyncRefused, OSError):
            return ("", 0, path.name)
        return (facts.office, facts.sequence, path.name)

    return sorted(paths, key=key)


def run_imports(db: OpenDatabase, paths: list[Path], dry_run: bool, job: Job) -> list[Any]:
    """Import (or dry-run) each package in turn; a refusal is a line, not a stop."""
    out = []
    for number, path in enumerate(paths):
        job.progress(number, len(paths))
        try:
            out.append(import_package(db, path, dry_run=dry_run))
        except SyncRefused as error:
            out.append(refusal(path, error))
    return out


def clock_text(difference: timedelta | None) -> str:
    """A clock difference as ``+3 min`` or ``−1 h 5 min``."""
    if difference is None:
        return ""
    minutes = round(difference.total_seconds() / 60)
    sign = "−" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours} h {rest} min" if hours else f"{sign}{rest} min"


class CentralSyncPanel(QWidget):
    """HQ: take packages in, review what could not be applied, answer the offices."""

    previewed = Signal(list)
    imported = Signal(list)
    refreshed = Signal()
    file_written = Signal(object)  # Path of a receipt or setup file

    def __init__(
        self,
        db: OpenDatabase,
        tasks: TaskManager,
        parent: QWidget | None = None,
        user: str = "sync",
    ) -> None:
        super().__init__(parent)
        self.db, self.tasks, self.user = db, tasks, user
        self.pending: list[Path] = []
        self.setAcceptDrops(True)
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        actions = QHBoxLayout()
        self.import_button = QPushButton(icon("folder"), self.tr("Import packages…"), self)
        self.receipt_button = QPushButton(icon("done"), self.tr("Make receipt for office…"), self)
        self.setup_button = QPushButton(icon("key"), self.tr("Make office setup file…"), self)
        for button in (self.import_button, self.receipt_button, self.setup_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        hint = QLabel(self.tr("You can also drop package files (.ispkg) on this page."), self)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.preview_box = QGroupBox(self.tr("Preview: what the import will do"), self)
        box = QVBoxLayout(self.preview_box)
        self.preview_model = ImportPreviewModel(self)
        box.addWidget(table_view(self.preview_model, self.preview_box))  # type: ignore[arg-type]
        self.preview_notes = QLabel(self.preview_box)
        self.preview_notes.setWordWrap(True)
        box.addWidget(self.preview_notes)
        confirm_row = QHBoxLayout()
        confirm_row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self.preview_box)
        self.confirm_button = QPushButton(icon("done"), self.tr("Import"), self.preview_box)
        confirm_row.addWidget(self.cancel_button)
        confirm_row.addWidget(self.confirm_button)
        box.addLayout(confirm_row)
        self.preview_box.hide()
        layout.addWidget(self.preview_box, 2)
        self.tabs = QTabWidget(self)
        self.offices_model = RowsModel(
            lambda: [
                self.tr("Office"),
                self.tr("Name"),
                self.tr("Last package"),
                self.tr("Received"),
                self.tr("Missing numbers"),
                self.tr("Last contact"),
                self.tr("Clock difference"),
                self.tr("Key fingerprint"),
            ],
            numeric=frozenset({2}),
            parent=self,
        )
        self.quarantine_model = RowsModel(
            lambda: [
                self.tr("Office"),
                self.tr("Table"),
                self.tr("Row"),
                self.tr("Version"),
                self.tr("Package"),
                self.tr("Since"),
                self.tr("Reason"),
            ],
            numeric=frozenset({3, 4}),
            parent=self,
        )
        self.conflicts = ConflictReview(self)
        self.tabs.addTab(table_view(self.offices_model, self), self.tr("Offices"))
        self.tabs.addTab(table_view(self.quarantine_model, self), self.tr("Quarantine"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        layout.addWidget(self.tabs, 3)
        self.import_button.clicked.connect(self.choose_packages)
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.cancel_preview)
        self.receipt_button.clicked.connect(lambda: self._choose_office_file("receipt"))
        self.setup_button.clicked.connect(lambda: self._choose_office_file("setup"))
        self.conflicts.keep_requested.connect(self.keep_version)

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload offices, quarantine and conflicts (in the background)."""

        def read(session: Any, _job: Job) -> tuple[Any, Any, Any]:
            return office_statuses(session), open_quarantine(session), open_conflicts(session)

        self.tasks.run_database(read, self._show, lambda e: show_error(self, e))

    def _show(self, result: tuple[Any, Any, Any]) -> None:
        offices, quarantined, conflicts = result
        self.offices_model.set_rows(
            [
                [
                    o.code,
                    o.name,
                    str(o.last_sequence) if o.last_sequence else "",
                    format_date(o.last_package_at),
                    ", ".join(map(str, o.missing)),
                    format_date(o.last_contact),
                    clock_text(o.clock_difference),
                    o.key_fingerprint or self.tr("not yet known"),
                ]
                for o in offices
            ],
            [o.code for o in offices],
        )
        self.quarantine_model.set_rows(
            [
                [
                    q.office,
                    q.table_name,
                    q.row_id,
                    str(q.version),
                    str(q.package_sequence or ""),
                    format_date(q.created_at),
                    q.reason,
                ]
                for q in quarantined
            ],
            [q.id for q in quarantined],
        )
        self.conflicts.set_conflicts(conflicts)
        self.tabs.setTabText(1, self.tr("Quarantine ({n})").format(n=len(quarantined)))
        self.tabs.setTabText(2, self.tr("Conflicts ({n})").format(n=len(conflicts)))
        self.office_codes = [o.code for o in offices]
        self.refreshed.emit()

    # -- importing ---------------------------------------------------------------------------
    def choose_packages(self) -> None:
        """Ask for package files, then preview them."""
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import packages"),
            "",
            self.tr("InfoSpot packages (*.ispkg);;All files (*)"),
        )
        if names:
            self.preview([Path(n) for n in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        paths = [p for p in paths if p.is_file()]
        if paths:
            event.acceptProposedAction()
            self.preview(paths)

    def preview(self, paths: list[Path]) -> None:
        """Dry-run every package (nothing changes) and show what the import would do."""
        ordered = in_order(paths)
        db = self.db
        self.tasks.run_database(
            lambda _s, job: run_imports(db, ordered, True, job),
            lambda result: self._previewed(ordered, result),
            lambda e: show_error(self, e),
            label=self.tr("Checking the packages…"),
            parent=self,
            owner=self,
        )

    def _previewed(self, paths: list[Path], summaries: list[ImportSummary]) -> None:
        self.pending = [p for p, s in zip(paths, summaries, strict=True) if s.status == "dry run"]
        self.preview_model.set_summaries(summaries)
        self.preview_notes.setText(self._notes(summaries))
        self.confirm_button.setEnabled(bool(self.pending))
        self.confirm_button.setText(self.tr("Import {n} package(s)").format(n=len(self.pending)))
        self.preview_box.show()
        self.previewed.emit(summaries)

    def _notes(self, summaries: list[ImportSummary]) -> str:
        lang = current_language()
        lines = []
        for s in summaries:
            name = Path(s.file).name
            if s.status in ("refused", "already imported"):
                lines.append(f"{name}: {s.message(lang)}")
                continue
            if s.missing_sequences:
                lines.append(
                    self.tr("{office}: packages never received: {numbers}").format(
                        office=s.office, numbers=", ".join(map(str, s.missing_sequences))
                    )
                )
            if s.pinned_fingerprint:
                lines.append(
                    self.tr(
                        "{office} is new here; its key {fp} will be kept. Check it by phone."
                    ).format(office=s.office, fp=s.pinned_fingerprint)
                )
        if len(summaries) > 1:
            lines.append(
                self.tr(
                    "Each package is checked on its own; an office's packages are imported in "
                    "the order they were made, so rows that wait for an earlier package apply."
                )
            )
        return "\n".join(dict.fromkeys(lines))

    def confirm(self) -> None:
        """Import the previewed packages for real."""
        paths, db = list(self.pending), self.db
        self.confirm_button.setEnabled(False)
        self.tasks.run_database(
            lambda _s, job: run_imports(db, paths, False, job),
            self._imported,
            lambda e: show_error(self, e),
            label=self.tr("Importing the packages…"),
            parent=self,
        )

    def _imported(self, summaries: list[ImportSummary]) -> None:
        self.pending = []
        self.preview_model.set_summaries(summaries)
        self.preview_notes.setText(self._notes(summaries))
        self.confirm_button.setText(self.tr("Imported"))
        self.imported.emit(summaries)
        self.refresh()

    def cancel_preview(self) -> None:
        """Forget the preview; nothing was changed by it."""
        self.pending = []
        self.preview_model.set_summaries([])
        self.preview_box.hide()

    # -- answering the offices ---------------------------------------------------------------
    def _choose_office_file(self, kind: str) -> None:
        codes = getattr(self, "office_codes", [])
        if not codes:
            return
        code, ok = QInputDialog.getItem(
            self, self.tr("Office"), self.tr("For which office?"), codes, 0, False
        )
        if not ok:
            return
        suffix = ".isrcpt" if kind == "receipt" else ".issetup"
        default = f"{code}_{'receipt' if kind == 'receipt' else 'setup'}_{date.today()}{suffix}"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), default)
        if name:
            self.write_office_file(kind, code, Path(name))

    def write_office_file(self, kind: str, code: str, out: Path) -> None:
        """Write the receipt or the setup file of office ``code`` to ``out`` (background)."""
        db = self.db

        def work(session: Any, _job: Job) -> Path:
            if kind == "receipt":
                return write_receipt(db, code, out)
            return write_setup_file(session, code, out)

        def done(path: Path) -> None:
            self.file_written.emit(path)

        self.tasks.run_database(work, done, lambda e: show_error(self, e))

    def keep_version(self, conflict_id: int, keep: str) -> None:
        """Settle a conflict by keeping the stored or the incoming version."""
        user = self.user
        self.tasks.run_database(
            lambda session, _job: resolve_in(session, conflict_id, keep, user=user),
            lambda _result: self.refresh(),
            lambda e: show_error(self, e),
            write=True,
            owner=self,
        )
