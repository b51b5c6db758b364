"""The dashboard's period: the whole project, this year, last year, the last 12 months, or
two dates."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from .display import DATE_FORMAT

PRESETS = ("all", "this_year", "last_year", "last_12_months", "custom")


def preset_period(key: str, today: date) -> tuple[date | None, date | None]:
    """The first and last day of a preset period (None = open)."""
    if key == "this_year":
        return date(today.year, 1, 1), today
    if key == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if key == "last_12_months":
        return today.replace(day=1) - timedelta(days=365) + timedelta(days=1), today
    return None, None


class PeriodSelector(QWidget):
    """A preset list; "Custom period" shows two date fields."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Period:"), self)
        self.preset = QComboBox(self)
        names = {
            "all": self.tr("Whole project"),
            "this_year": self.tr("This year"),
            "last_year": self.tr("Last year"),
            "last_12_months": self.tr("Last 12 months"),
            "custom": self.tr("Custom period"),
        }
        for key in PRESETS:
            self.preset.addItem(names[key], key)
        caption.setBuddy(self.preset)
        today = QDate.currentDate()
        self.start = self._date_edit(QDate(today.year(), 1, 1))
        self.end = self._date_edit(today)
        self.dash = QLabel("–", self)
        layout.addWidget(caption)
        layout.addWidget(self.preset)
        for widget in (self.start, self.dash, self.end):
            layout.addWidget(widget)
            widget.hide()
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.start.dateChanged.connect(self._dates_changed)
        self.end.dateChanged.connect(self._dates_changed)

    def _date_edit(self, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        return edit

    def _preset_chosen(self) -> None:
        custom = self.preset.currentData() == "custom"
        for widget in (self.start, self.dash, self.end):
            widget.setVisible(custom)
        self.changed.emit()

    def _dates_changed(self) -> None:
        if self.preset.currentData() == "custom":
            self.changed.emit()

    def choose(self, key: str) -> None:
        """Select a preset by its key."""
        self.preset.setCurrentIndex(self.preset.findData(key))

    def period(self) -> tuple[date | None, date | None]:
        """The first and last day chosen (None = open end)."""
        key = self.preset.currentData()
        if key != "custom":
            return preset_period(key, date.today())
        first, last = self.start.date().toPython(), self.end.date().toPython()
        return (first, last) if first <= last else (last, first)
