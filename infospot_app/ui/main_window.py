"""The main window: the database it works on, shown in the status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from ..core.services import settings
from ..core.services.companies import companies
from ..core.services.listing import ListQuery
from ..core.storage import OpenDatabase


class MainWindow(QMainWindow):
    """InfoSpot's main window."""

    def __init__(self, db: OpenDatabase) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle("InfoSpot")
        self.resize(1100, 720)
        with db.session() as session:
            office = settings.office_code(session)
            count = companies.list(session, ListQuery(limit=0)).total
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.summary = QLabel(self._summary_text(office, count), body)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.setCentralWidget(body)
        self.statusBar().showMessage(f"{office or self.tr('not set up')} — {db.path}")

    def _summary_text(self, office: str | None, companies_count: int) -> str:
        if office is None:
            return self.tr("This database is not set up yet. Run: infospot init --office CODE")
        return self.tr("Office {office}: {n} companies").format(office=office, n=companies_count)
