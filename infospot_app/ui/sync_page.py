"""The Sync page: the office side (packages out, receipts in) or the central side (packages in)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core.services import settings
from ..core.services.actor import Actor
from ..core.storage import OpenDatabase
from .setup_file_import import SetupFileBanner
from .sync_central import CentralSyncPanel
from .sync_office import OfficeSyncPanel
from .tasks import TaskManager


class SyncPage(QWidget):
    """Sync with the central office: which side is shown follows the database's mode."""

    def __init__(
        self,
        db: OpenDatabase,
        actor: Actor,
        parent: QWidget | None = None,
        tasks: TaskManager | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        # The registry hands this page only the database and the actor; it gets a worker of
        # its own unless one is given (tests and callers that share the main one).
        self.tasks = tasks or TaskManager(db, self)
        with db.session() as session:  # one settings row
            self.central = settings.is_central(session)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 8)
        title = QLabel(
            self.tr("Sync with the central office")
            if not self.central
            else self.tr("Sync: packages from the offices"),
            self,
        )
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.office: OfficeSyncPanel | None = None
        self.hq: CentralSyncPanel | None = None
        self.setup_banner: SetupFileBanner | None = None
        if actor.role == "viewer":
            note = QLabel(self.tr("Your role may only read records; syncing needs staff."), self)
            note.setObjectName("emptyText")
            layout.addWidget(note)
            layout.addStretch(1)
            return
        if self.central:
            self.hq = CentralSyncPanel(db, self.tasks, self, user=actor.user)
            layout.addWidget(self.hq, 1)
        else:
            # An office set up from the reference list syncs once it imports HQ's setup file.
            self.setup_banner = SetupFileBanner(db, self)
            self.setup_banner.imported.connect(self.refresh)
            layout.addWidget(self.setup_banner)
            self.office = OfficeSyncPanel(db, self.tasks, self)
            layout.addWidget(self.office, 1)

    def refresh(self) -> None:
        """Reload after a change made elsewhere."""
        for panel in (self.office, self.hq):
            if panel is not None:
                panel.refresh()
