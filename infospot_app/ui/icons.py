"""Icons from the Tabler set in resources/icons/, tinted to the palette's text colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ..core.paths import resource_path

# One icon per action, used everywhere the action appears (STYLE.md, "The look").
NAMES = {
    "dashboard": "layout-dashboard",
    "companies": "building-factory-2",
    "people": "users",
    "visits": "map-pin",
    "trainings": "school",
    "clusters": "affiliate",
    "grants": "coin",
    "sync": "arrows-exchange",
    "reports": "report-analytics",
    "settings": "settings",
    "search": "search",
    "new": "plus",
    "edit": "pencil",
    "delete": "trash",
    "save": "device-floppy",
    "cancel": "x",
    "sign_out": "logout",
    "export": "file-export",
    "erase": "user-x",
    "warning": "alert-triangle",
    "database": "database",
    "filter": "filter",
    "add_user": "user-plus",
    "overdue": "clock-exclamation",
    "password": "key",
    "activate": "user-check",
    "deactivate": "user-off",
    "done": "checkbox",
    "date": "calendar-event",
    "info": "info-circle",
    "open": "external-link",
    "folder": "folder-open",
    "lock": "lock",
}


def _svg(name: str, colour: str) -> QByteArray:
    path = resource_path("icons", f"{NAMES.get(name, name)}.svg")
    text = path.read_text(encoding="utf-8").replace("currentColor", colour)
    return QByteArray(text.encode("utf-8"))


def _pixmap(data: QByteArray, size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(data).render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@cache
def _icon(name: str, colour: str) -> QIcon:
    data = _svg(name, colour)
    icon = QIcon()
    ratio = (
        QGuiApplication.primaryScreen().devicePixelRatio()
        if QGuiApplication.primaryScreen()
        else 1.0
    )
    for size in (16, 20, 24, 32):
        icon.addPixmap(_pixmap(data, size, ratio), QIcon.Mode.Normal)
    disabled = _svg(name, "#9aa3ad")
    for size in (16, 20, 24, 32):
        icon.addPixmap(_pixmap(disabled, size, ratio), QIcon.Mode.Disabled)
    return icon


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon for an action or page ("companies", "save", …)."""
    if colour is None:
        colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return _icon(name, colour)
