"""The office side of the Sync page: make a package, carry it (drive, e-mail, draft), receipts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.storage import OpenDatabase
from ..sync import mail, mail_password, outbox
from ..sync.acknowledgement import unconfirmed
from ..sync.export import ExportResult, export_package
from ..sync.overview import packages_made
from ..sync.receipts import import_receipt
from .display import format_date, format_int
from .failure import show_error, user_message
from .icons import icon
from .rows_model import RowsModel
from .sync_drives import removable_drives
from .sync_mail_dialog import MailSettingsDialog, ask_password
from .tasks import TaskManager

RETRY_INTERVAL_MS = 5 * 60 * 1000


def table_view(model: RowsModel, parent: QWidget) -> QTableView:
    """A read-only list in the house style."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class OfficeSyncPanel(QWidget):
    """Packages made here, their confirmation by HQ, and the ways to carry them."""

    package_created = Signal(object)  # ExportResult
    refreshed = Signal()
    outbox_reported = Signal(object)  # outbox.RetryReport
    receipt_imported = Signal(object)  # ImportSummary

    def __init__(self, db: OpenDatabase, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.tasks = db, tasks
        self.outbox = outbox.Outbox(outbox.outbox_dir(db.path))
        self.packages_folder = db.path.parent / "packages"
        self.session_password: str | None = None  # only in memory, only while InfoSpot runs
        self.open_url = QDesktopServices.openUrl
        self.unconfirmed_count = 0
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_INTERVAL_MS)
        self._timer.timeout.connect(lambda: self.retry_outbox(interactive=False))
        self._timer.start()
        self.refresh()
        QTimer.singleShot(0, self, lambda: self.retry_outbox(interactive=False))

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.unconfirmed_label = QLabel(self)
        self.unconfirmed_label.setObjectName("pageTitle")
        self.unconfirmed_label.setWordWrap(True)
        layout.addWidget(self.unconfirmed_label)
        actions = QHBoxLayout()
        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("Create package and save…"))
        self.save_button.setIcon(icon("save"))
        self.save_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.save_menu = QMenu(self.save_button)
        self.save_menu.aboutToShow.connect(self._fill_save_menu)
        self.save_button.setMenu(self.save_menu)
        self.folder_action = self.save_menu.addAction(icon("folder"), self.tr("Other folder…"))
        self.folder_action.triggered.connect(self.choose_folder)
        self.mail_button = QPushButton(icon("export"), self.tr("Send by e-mail"), self)
        self.draft_button = QPushButton(icon("open"), self.tr("E-mail draft (.eml)"), self)
        self.receipt_button = QPushButton(icon("done"), self.tr("Import receipt…"), self)
        self.settings_button = QPushButton(icon("settings"), self.tr("E-mail settings…"), self)
        self.full = QCheckBox(self.tr("Full package (every row)"), self)
        self.full.setToolTip(self.tr("Normally a package carries only what HQ has not confirmed."))
        for widget in (self.save_button, self.mail_button, self.draft_button, self.receipt_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.full)
        actions.addWidget(self.settings_button)
        layout.addLayout(actions)
        self.message = QLabel(self)
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.packages = RowsModel(
            lambda: [
                self.tr("No."),
                self.tr("Made"),
                self.tr("Rows"),
                self.tr("Confirmed"),
                self.tr("File"),
            ],
            numeric=frozenset({0, 2}),
            parent=self,
        )
        made = QGroupBox(self.tr("Packages made"), self)
        QVBoxLayout(made).addWidget(table_view(self.packages, made))
        layout.addWidget(made, 2)
        self.outbox_model = RowsModel(
            lambda: [
                self.tr("Package"),
                self.tr("State"),
                self.tr("Attempts"),
                self.tr("Last problem"),
            ],
            numeric=frozenset({2}),
            parent=self,
        )
        box = QGroupBox(self.tr("Outbox (e-mail)"), self)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(table_view(self.outbox_model, box))
        self.retry_button = QPushButton(self.tr("Try sending now"), box)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.retry_button)
        box_layout.addLayout(row)
        layout.addWidget(box, 1)
        self.mail_button.clicked.connect(self.send_by_mail)
        self.draft_button.clicked.connect(self.make_draft)
        self.receipt_button.clicked.connect(self.choose_receipt)
        self.settings_button.clicked.connect(self.edit_mail_settings)
        self.retry_button.clicked.connect(lambda: self.retry_outbox(interactive=True))

    def _fill_save_menu(self) -> None:
        for action in list(self.save_menu.actions()):
            if action is not self.folder_action:
                self.save_menu.removeAction(action)
        drives = removable_drives()
        first = self.folder_action
        for drive in drives:
            text = self.tr("USB drive {name} ({path})").format(name=drive.name, path=drive.path)
            action = self.save_menu.addAction(icon("save"), text)
            action.triggered.connect(lambda _=False, p=drive.path: self.save_to(p))
            self.save_menu.insertAction(first, action)
        if drives:
            self.save_menu.insertSeparator(first)

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the count, the packages made and the outbox."""

        def read(session: Any, _job: Any) -> tuple[Any, Any]:
            return unconfirmed(session), packages_made(session)

        self.tasks.run_database(read, self._show, self._failed)
        self._show_outbox()

    def _show(self, result: tuple[Any, Any]) -> None:
        waiting, made = result
        if waiting.count:
            self.unconfirmed_label.setText(
                self.tr("{n} changes not yet confirmed by the central office, since {when}").format(
                    n=format_int(waiting.count), when=format_date(waiting.since)
                )
            )
        else:
            self.unconfirmed_label.setText(
                self.tr("Every change is confirmed by the central office")
            )
        self.packages.set_rows(
            [
                [
                    str(p.sequence),
                    format_date(p.created_at),
                    format_int(p.rows),
                    format_date(p.acknowledged_at) if p.acknowledged_at else self.tr("not yet"),
                    p.file_name,
                ]
                for p in made
            ],
            [p.sequence for p in made],
        )
        self.unconfirmed_count = waiting.count
        self.refreshed.emit()

    def _show_outbox(self) -> None:
        rows = []
        for entry in reversed(self.outbox.entries()):
            state = (
                self.tr("sent {when}").format(when=entry.sent_at[:16].replace("T", " "))
                if entry.sent_at
                else self.tr("waiting")
            )
            problem = "" if entry.sent_at else self._lang_error(entry)
            rows.append([entry.file, state, str(entry.attempts), problem])
        self.outbox_model.set_rows(rows)

    @staticmethod
    def _lang_error(entry: outbox.OutboxEntry) -> str:
        from .i18n import current_language

        return entry.last_error_en if current_language() == "en" else entry.last_error_tr

    def _failed(self, error: BaseException) -> None:
        self.message.setText(user_message(error) or "")
        show_error(self, error)

    # -- making and saving -------------------------------------------------------------------
    def choose_folder(self) -> None:
        """Ask for a folder, then save a new package there."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the package to"))
        if folder:
            self.save_to(Path(folder))

    def save_to(self, folder: Path, then: Any = None) -> None:
        """Make the next package and write it into ``folder`` (in the background)."""
        full = self.full.isChecked()
        db = self.db

        def work(_session: Any, _job: Any) -> ExportResult:
            return export_package(db, folder, full=full)

        def done(result: ExportResult) -> None:
            self.message.setText(
                self.tr("Package {n} saved: {path} ({rows} rows)").format(
                    n=result.sequence, path=result.path, rows=format_int(result.rows)
                )
            )
            self.package_created.emit(result)
            self.refresh()
            if then is not None:
                then(result)

        self.tasks.run_database(
            work, done, self._failed, label=self.tr("Making the package…"), parent=self
        )

    # -- e-mail ------------------------------------------------------------------------------
    def _mail_settings(self) -> mail.MailSettings:
        with self.db.session() as session:  # one indexed settings row
            return mail.load_mail_settings(session)

    def edit_mail_settings(self) -> bool:
        """The e-mail settings dialog; True when saved."""
        dialog = MailSettingsDialog(self._mail_settings(), self)
        if dialog.exec() != MailSettingsDialog.DialogCode.Accepted:
            return False
        value = dialog.value()
        with self.db.transaction() as session:
            mail.save_mail_settings(session, value)
        if dialog.typed_password():
            try:
                mail_password.save_password(value.user, value.server, dialog.typed_password())
            except mail_password.PasswordStoreUnavailable as error:
                self.session_password = dialog.typed_password()
                show_error(self, error)
        return True

    def send_by_mail(self) -> None:
        """Make a package, put it in the outbox and send what is waiting."""
        value = self._mail_settings()
        if value.problems() and not self.edit_mail_settings():
            return
        self.save_to(self.packages_folder, self._queue)

    def _queue(self, result: ExportResult) -> None:
        self.outbox.add(result.path)
        self._show_outbox()
        self.retry_outbox(interactive=True)

    def _password(self, value: mail.MailSettings, interactive: bool) -> str | None | bool:
        """The password to use, None when not needed, False when missing."""
        if not value.user:
            return None
        if self.session_password is not None:
            return self.session_password
        kept = mail_password.saved_password(value.user, value.server)
        if kept is not None:
            return kept
        if not interactive:
            return False
        typed = ask_password(self, value)
        if typed is None:
            return False
        self.session_password = typed
        return typed

    def retry_outbox(self, interactive: bool = True) -> None:
        """Send what waits in the outbox, off the GUI thread; asks a password only if told to."""
        if not self.outbox.waiting():
            self._show_outbox()
            return
        value = self._mail_settings()
        password = self._password(value, interactive)
        if password is False:
            self.message.setText(self.tr("The outbox waits for the e-mail password."))
            return
        folder = self.outbox.folder

        def work(_job: Any) -> outbox.RetryReport:
            return outbox.retry_outbox(folder, value, password)  # type: ignore[arg-type]

        self.tasks.run_file(work, self._retried, self._failed)

    def _retried(self, report: outbox.RetryReport) -> None:
        self._show_outbox()
        if report.error is not None:
            if isinstance(report.error, mail.MailAuthenticationFailed):
                self.session_password = None
            self.message.setText(user_message(report.error) or "")
        elif report.sent:
            self.message.setText(
                self.tr("{n} package(s) sent to the central office.").format(n=len(report.sent))
            )
        self.outbox_reported.emit(report)

    def make_draft(self) -> None:
        """Make a package and an .eml draft with it attached; open it in the mail program."""
        self.save_to(self.packages_folder, self._draft)

    def _draft(self, result: ExportResult) -> None:
        out = result.path.with_suffix(".eml")
        try:
            mail.write_draft(self._mail_settings(), result.path, out)
        except Exception as error:
            self._failed(error)
            return
        self.message.setText(self.tr("E-mail draft written: {path}").format(path=out))
        self.open_url(QUrl.fromLocalFile(str(out)))

    # -- receipts ----------------------------------------------------------------------------
    def choose_receipt(self) -> None:
        """Ask for HQ's receipt file, then import it."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import the central office's receipt"),
            "",
            self.tr("InfoSpot receipts (*.isrcpt);;All files (*)"),
        )
        if name:
            self.import_receipt_file(Path(name))

    def import_receipt_file(self, path: Path) -> None:
        """Import a receipt in the background, then refresh."""
        db = self.db

        def work(_session: Any, _job: Any) -> Any:
            return import_receipt(db, path)

        def done(summary: Any) -> None:
            self.message.setText(self.tr("Receipt imported: {name}").format(name=path.name))
            self.receipt_imported.emit(summary)
            self.refresh()

        self.tasks.run_database(
            work, done, self._failed, label=self.tr("Importing the receipt…"), parent=self
        )
