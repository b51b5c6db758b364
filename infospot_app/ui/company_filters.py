"""The filters above the company list: province and district, NACE section, size, clusters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from ..core.reference import PROVINCES, current_districts, has_district_data, nace_entries
from .i18n import current_language
from .labels import size_class


class CompanyFilters(QWidget):
    """Combo boxes whose choices become ``ListQuery.filters``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.province = QComboBox(self)
        self.province.setAccessibleName(self.tr("Province"))
        self.province.addItem(self.tr("All provinces"), None)
        for p in PROVINCES:
            self.province.addItem(f"{p.plate:02d} {p.name}", p.code)
        self.district = QComboBox(self)
        self.district.setAccessibleName(self.tr("District"))
        self.section = QComboBox(self)
        self.section.setAccessibleName(self.tr("Sector"))
        self.section.addItem(self.tr("All sectors"), None)
        lang = current_language()
        for entry in nace_entries():
            if entry.level == "section":
                self.section.addItem(f"{entry.code} {entry.label(lang)}", entry.code)
        self.size = QComboBox(self)
        self.size.setAccessibleName(self.tr("Size"))
        self.size.addItem(self.tr("All sizes"), None)
        for code in ("micro", "small", "medium", "large"):
            self.size.addItem(size_class(code), code)
        self.member = QComboBox(self)
        self.member.setAccessibleName(self.tr("Cluster membership"))
        self.member.addItem(self.tr("In a cluster or not"), None)
        self.member.addItem(self.tr("Cluster members"), True)
        self.member.addItem(self.tr("Not in a cluster"), False)
        self._fill_districts()
        for combo in (self.province, self.district, self.section, self.size, self.member):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(260)
            layout.addWidget(combo)
        layout.addStretch(1)
        self.province.currentIndexChanged.connect(self._province_changed)
        for combo in (self.district, self.section, self.size, self.member):
            combo.currentIndexChanged.connect(self.changed)

    def _fill_districts(self) -> None:
        code = self.province.currentData()
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(self.tr("All districts"), None)
        if code and has_district_data(code):
            for name in current_districts(code):
                self.district.addItem(name, name)
        self.district.setEnabled(bool(code))
        self.district.blockSignals(False)

    def _province_changed(self) -> None:
        self._fill_districts()
        self.changed.emit()

    def set_province(self, code: str | None) -> None:
        """Choose a province (None for all)."""
        self.province.setCurrentIndex(max(self.province.findData(code), 0))

    def filters(self) -> dict[str, Any]:
        """The chosen filters, as the company service expects them."""
        values = {
            "province": self.province.currentData(),
            "district": self.district.currentData(),
            "nace_section": self.section.currentData(),
            "size_class": self.size.currentData(),
            "cluster_member": self.member.currentData(),
        }
        return {k: v for k, v in values.items() if v is not None}
