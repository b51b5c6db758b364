"""The main window: navigation, the current page, the status bar; geometry remembered."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.reference import office_info
from .context import AppContext
from .icons import icon
from .labels import role
from .pages import PageSpec, default_pages
from .sync_status import SyncStatusLabel

GEOMETRY_KEY = "main_window/geometry"
PAGE_KEY = "main_window/page"


class MainWindow(QMainWindow):
    """InfoSpot's main window."""

    sign_out_requested = Signal()
    language_requested = Signal(str)

    def __init__(
        self,
        context: AppContext,
        pages: list[PageSpec] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.specs = pages or default_pages()
        self._built: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("InfoSpot — Cluster Info Spots"))
        self.setWindowIcon(icon("companies"))
        self._build()
        self._status_bar()
        self._shortcuts()
        self._restore()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget(self)
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        side = QWidget(body)
        side.setObjectName("sidebar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 12, 8, 8)
        brand = QLabel("InfoSpot", side)
        brand.setObjectName("brand")
        side_layout.addWidget(brand)
        self.navigation = QListWidget(side)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for spec in self.specs:
            item = QListWidgetItem(icon(spec.icon), spec.title(), self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
        side_layout.addWidget(self.navigation, 1)
        side.setFixedWidth(200)
        self.stack = QStackedWidget(body)
        self.stack.setObjectName("pages")
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.navigation.currentRowChanged.connect(self._show_row)

    def _status_bar(self) -> None:
        actor = self.context.actor
        try:
            name = office_info(actor.office).name
        except KeyError:
            name = actor.office
        self.office_label = QLabel(
            self.tr("Office: {code} — {name}").format(code=actor.office, name=name)
        )
        self.user_label = QLabel(
            self.tr("User: {user} ({role})").format(user=actor.user, role=role(actor.role))
        )
        self.database_label = QLabel(self.tr("Database: {path}").format(path=self.context.db.path))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.office_label, self.user_label, self.database_label):
            self.statusBar().addWidget(label)
        self.sync_label = SyncStatusLabel(self.context, self)
        self.statusBar().addPermanentWidget(self.sync_label)

    def _shortcuts(self) -> None:
        find = QAction(self.tr("Search"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        new = QAction(self.tr("New record"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self.new_record)
        new.setEnabled(self.context.can_edit)
        sign_out = QAction(icon("sign_out"), self.tr("Sign out"), self)
        sign_out.triggered.connect(self.sign_out_requested)
        for action in (find, new, sign_out):
            self.addAction(action)
        self.new_action, self.find_action, self.sign_out_action = new, find, sign_out

    # -- pages -------------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page with ``key``, built the first time it is asked for."""
        if key not in self._built:
            spec = next(s for s in self.specs if s.key == key)
            widget = spec.factory(self.context, self.stack)
            widget.setObjectName(f"page_{key}")
            self._built[key] = widget
            self.stack.addWidget(widget)
            self._follow_sync(widget)
        return self._built[key]

    def _follow_sync(self, widget: QWidget) -> None:
        """After a package, a receipt or an import on the Sync page, the status line follows."""
        for panel in (getattr(widget, "office", None), getattr(widget, "hq", None)):
            signal = getattr(panel, "refreshed", None)  # each panel reloads after its actions
            if signal is not None:
                signal.connect(self.sync_label.refresh)

    def show_page(self, key: str) -> QWidget:
        """Switch to the page ``key``."""
        row = next(i for i, s in enumerate(self.specs) if s.key == key)
        self.navigation.setCurrentRow(row)
        return self.page(key)

    def current_key(self) -> str:
        """The key of the page shown."""
        row = max(self.navigation.currentRow(), 0)
        return self.specs[row].key

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        widget = self.page(self.specs[row].key)
        self.stack.setCurrentWidget(widget)

    def focus_search(self) -> None:
        """Ctrl+F: the current page's search field, or the companies' search."""
        widget = self.page(self.current_key())
        if not hasattr(widget, "focus_search"):
            widget = self.show_page("companies")
        widget.focus_search()  # type: ignore[attr-defined]

    def new_record(self) -> None:
        """Ctrl+N: a new record of the current page's kind."""
        widget = self.page(self.current_key())
        if hasattr(widget, "new_record"):
            widget.new_record()

    # -- remembered state --------------------------------------------------------------------
    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        key = settings.value(PAGE_KEY, "companies")
        if key not in {s.key for s in self.specs}:
            key = "companies"
        self.show_page(str(key))

    def save_state(self) -> None:
        """Remember the window's geometry and page for the next start."""
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(PAGE_KEY, self.current_key())

    def unsaved_dialogs(self) -> list[QDialog]:
        """Open edit dialogs holding changes not yet saved."""
        return [
            d
            for d in self.findChildren(QDialog)
            if d.isVisible() and getattr(d, "is_dirty", lambda: False)()
        ]

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.unsaved_dialogs():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("A form has changes that are not saved. Close InfoSpot and discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.save_state()
        event.accept()
