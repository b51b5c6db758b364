"""Settings: how many backups to keep, "back up now", and restoring a backup (then a restart)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import backup
from ..core.services import settings
from .context import AppContext
from .display import format_date
from .failure import show_error
from .icons import icon


def quit_application() -> None:
    """Close every window and leave the event loop (the database is closed already)."""
    QApplication.closeAllWindows()
    QApplication.quit()


class BackupBox(QGroupBox):
    """Backup policy, the backups list, back up now and restore."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups"), parent)
        self.context = context
        self.quit: Callable[[], None] = quit_application
        layout = QVBoxLayout(self)
        keep_row = QHBoxLayout()
        self.keep = QSpinBox(self)
        self.keep.setRange(1, 365)
        with context.db.session() as session:
            self.keep.setValue(
                int(settings.get_setting(session, settings.BACKUP_KEEP, backup.DEFAULT_KEEP))
            )
        caption = QLabel(self.tr("Keep the newest"), self)
        caption.setBuddy(self.keep)
        keep_row.addWidget(caption)
        keep_row.addWidget(self.keep)
        keep_row.addWidget(QLabel(self.tr("backups (one is made every day on opening)"), self))
        keep_row.addStretch(1)
        layout.addLayout(keep_row)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(150)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(icon("database"), self.tr("Back up now"), self)
        self.restore_button = QPushButton(icon("warning"), self.tr("Restore selected…"), self)
        self.file_button = QPushButton(icon("folder"), self.tr("Restore from a file…"), self)
        for button in (self.backup_button, self.restore_button, self.file_button):
            buttons.addWidget(button)
            button.setEnabled(context.is_admin)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.keep.setEnabled(context.is_admin)
        self.keep.editingFinished.connect(self.save_keep)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_from_file)
        self.fill()

    def fill(self) -> None:
        """List this database's backups, newest first."""
        self.list.clear()
        for path in reversed(backup.list_backups(self.context.db.path)):
            stamp = QFileInfo(str(path)).lastModified().toPython()
            item = QListWidgetItem(f"{format_date(stamp)} — {path.name}", self.list)
            item.setData(256, str(path))
        if self.list.count():
            self.list.setCurrentRow(0)

    def paths(self) -> list[Path]:
        """The backups listed, newest first."""
        return [Path(self.list.item(r).data(256)) for r in range(self.list.count())]

    def save_keep(self) -> None:
        """Store how many backups to keep (administrators only)."""
        try:
            with self.context.db.transaction() as session:
                settings.change_setting(
                    session, self.context.actor, settings.BACKUP_KEEP, self.keep.value()
                )
        except Exception as error:
            show_error(self, error)

    def back_up_now(self) -> None:
        """Copy the database into the backups folder (in the background), then list it."""
        database, keep = self.context.db.path, self.keep.value()
        self.backup_button.setEnabled(False)

        def done(path: Path) -> None:
            self.backup_button.setEnabled(True)
            self.fill()
            self.last_backup = path

        def failed(error: BaseException) -> None:
            self.backup_button.setEnabled(True)
            show_error(self, error)

        self.context.tasks.run_file(
            lambda job: backup.make_backup(database, "manual", keep),
            done,
            failed,
            label=self.tr("Backing up…"),
            parent=self,
            owner=self,
        )

    def restore_selected(self) -> None:
        """Restore the backup chosen in the list."""
        item = self.list.currentItem()
        if item is not None:
            self.restore(Path(item.data(256)))

    def restore_from_file(self) -> None:
        """Restore a backup file chosen from disk."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), "", self.tr("InfoSpot backups (*.db)")
        )
        if name:
            self.restore(Path(name))

    def restore(self, path: Path) -> bool:
        """Check, warn, then replace the database by ``path`` and close InfoSpot."""
        try:
            self.context.actor.require_admin()
            backup.verify_backup(path)
        except Exception as error:
            show_error(self, error)
            return False
        answer = QMessageBox.warning(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Restore {name}?\n\nEverything entered after this backup was made is replaced "
                "by the backup's contents. A copy of the current database is kept in the backups "
                "folder first. InfoSpot then closes; start it again to continue."
            ).format(name=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        db = self.context.db
        self.context.tasks.wait()
        db.close()  # the file is replaced: nothing may hold it open
        try:
            safety = backup.restore_backup(path, db.path)
        except Exception as error:
            show_error(self, error)
            self.quit()
            return False
        QMessageBox.information(
            self,
            self.tr("Backup restored"),
            self.tr(
                "The backup was restored. The database as it was is kept as {safety}. "
                "InfoSpot closes now; start it again."
            ).format(safety=safety.name),
        )
        self.quit()
        return True
