"""The dashboard's cards: one per target indicator (value, target, progress) and small figures."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

PROGRESS_STEPS = 1000


def enlarged(widget: QWidget, factor: float, bold: bool = True) -> None:
    """Make ``widget``'s font larger (the card's number is what the eye looks for)."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


def progress_share(value: Decimal | int | None, target: Decimal | int | None) -> float | None:
    """How far ``value`` is towards ``target`` (0.0 to 1.0, capped); None without a target."""
    if value is None or not target:
        return None
    share = Decimal(value) / Decimal(target)
    return float(min(max(share, Decimal(0)), Decimal(1)))


def share_text(share: float) -> str:
    """ "29 %" in English, "%29" in Turkish (the translation places the sign)."""
    number = QLocale().toString(round(share * 100))
    return QCoreApplication.translate("IndicatorCard", "{n} %").format(n=number)


class NumberButton(QPushButton):
    """A number that opens the list behind it when clicked (flat, link-like)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setObjectName("dashboardNumber")
        self.setStyleSheet("text-align: left; padding: 0px;")


class IndicatorCard(QFrame):
    """A target indicator: its title, value, target and a progress bar."""

    drill = Signal(str)
    """The name of the indicator whose list should open."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.drill_name: str | None = name
        self.setObjectName("indicatorCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(4)
        self.title = QLabel(title, self)
        self.title.setWordWrap(True)
        self.title.setObjectName("cardTitle")
        self.value = NumberButton(self)
        enlarged(self.value, 2.0)
        self.target = QLabel(self)
        self.target.setObjectName("hint")
        self.target.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, PROGRESS_STEPS)
        self.bar.setTextVisible(True)
        self.bar.setMaximumHeight(16)
        for widget in (self.title, self.value, self.target, self.bar):
            layout.addWidget(widget)
        self.value.clicked.connect(self._clicked)

    def _clicked(self) -> None:
        if self.drill_name is not None:
            self.drill.emit(self.drill_name)

    def show_figure(
        self, value: str, target: str, share: float | None, tooltip: str = "", percent: str = ""
    ) -> None:
        """Show ``value`` and ``target``; the bar shows ``share`` (hidden without a target)."""
        self.value.setText(value)
        self.value.setToolTip(tooltip or self.tr("Show the list behind this number"))
        self.target.setText(target)
        self.bar.setVisible(share is not None)
        if share is not None:
            self.bar.setValue(round(share * PROGRESS_STEPS))
            self.bar.setFormat(percent or share_text(share))


class SmallFigure(QFrame):
    """A secondary figure (visits, trainings …): a caption and a clickable number."""

    drill = Signal(str)

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.drill_name: str | None = name
        self.setObjectName("smallFigure")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        self.caption = QLabel(title, self)
        self.caption.setObjectName("hint")
        self.caption.setWordWrap(True)
        self.value = NumberButton(self)
        enlarged(self.value, 1.3)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        self.value.clicked.connect(self._clicked)

    def _clicked(self) -> None:
        if self.drill_name is not None:
            self.drill.emit(self.drill_name)

    def show_value(self, text: str, clickable: bool = True) -> None:
        """Show ``text``; a number without a list behind it is not clickable."""
        self.value.setText(text)
        self.drill_name = self.name if clickable else None
        cursor = Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        self.value.setCursor(cursor)
        self.value.setToolTip(self.tr("Show the list behind this number") if clickable else "")
