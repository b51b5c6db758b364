"""The look: Fusion, one restrained palette (light or dark after the system), one stylesheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ..core.paths import resource_path

ACCENT = "#1d6fb8"
ERROR = "#b3261e"

_LIGHT = {
    QPalette.ColorRole.Window: "#f4f5f7",
    QPalette.ColorRole.WindowText: "#1f2328",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f6f8fa",
    QPalette.ColorRole.Text: "#1f2328",
    QPalette.ColorRole.Button: "#eceef1",
    QPalette.ColorRole.ButtonText: "#1f2328",
    QPalette.ColorRole.Highlight: ACCENT,
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#6e7781",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1f2328",
    QPalette.ColorRole.Link: ACCENT,
}

_DARK = {
    QPalette.ColorRole.Window: "#1e2227",
    QPalette.ColorRole.WindowText: "#e6e8eb",
    QPalette.ColorRole.Base: "#16191d",
    QPalette.ColorRole.AlternateBase: "#1c2025",
    QPalette.ColorRole.Text: "#e6e8eb",
    QPalette.ColorRole.Button: "#2a2f36",
    QPalette.ColorRole.ButtonText: "#e6e8eb",
    QPalette.ColorRole.Highlight: "#3b8fd9",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#8b949e",
    QPalette.ColorRole.ToolTipBase: "#2a2f36",
    QPalette.ColorRole.ToolTipText: "#e6e8eb",
    QPalette.ColorRole.Link: "#58a6ff",
}


def is_dark() -> bool:
    """True when the system asks for a dark colour scheme."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def palette(dark: bool) -> QPalette:
    """InfoSpot's palette, light or dark."""
    result = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        result.setColor(role, QColor(colour))
    disabled = QColor("#8c959f")
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        result.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return result


def apply_theme(app: QApplication) -> None:
    """Fusion, the palette, and resources/style.qss — once per application and colour scheme.

    Setting the style again replaces the style object under every live widget; doing it only
    when something changes keeps repeated calls (a language switch, each test) harmless.
    """
    dark = is_dark()
    if app.property("infospotTheme") == ("dark" if dark else "light"):
        return
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette(dark))
    sheet = resource_path("style.qss").read_text(encoding="utf-8")
    app.setStyleSheet(sheet.replace("@accent", ACCENT).replace("@error", ERROR))
    app.setProperty("infospotTheme", "dark" if dark else "light")
