"""The honest page of a part of InfoSpot that a later version delivers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .icons import icon


class UnavailablePage(QWidget):
    """Says plainly that this part is not available yet."""

    def __init__(self, title: str, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        picture = QLabel(self)
        picture.setPixmap(icon(icon_name, "#8c959f").pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(title, self)
        heading.setObjectName("emptyTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(
            self.tr(
                "This part of InfoSpot is not yet available in this version. "
                "It will arrive with an update; nothing you enter elsewhere is affected."
            ),
            self,
        )
        self.message.setObjectName("emptyText")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (picture, heading, self.message):
            layout.addWidget(widget)
        layout.addStretch(2)
