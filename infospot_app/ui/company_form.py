"""The company form: inline validation, NACE search, districts by province, duplicates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ..core.reference import PROVINCES, current_districts, has_district_data, office_info
from ..core.services.companies import DuplicateTaxId, companies
from ..core.validation import ValidationError
from .context import AppContext
from .display import format_decimal
from .edit_dialog import EditDialog
from .nace_field import NaceField

SIMILAR_DELAY_MS = 400


class CompanyForm(EditDialog):
    """Add or edit one company."""

    open_company = Signal(str)

    def __init__(
        self, context: AppContext, company_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent, save_and_new=company_id is None)
        self.setWindowTitle(
            self.tr("New company") if company_id is None else self.tr("Edit company")
        )
        self.context = context
        self.company_id = company_id
        self.version: int | None = None
        self._build()
        if company_id is not None:
            self._load(company_id)
        else:
            self._set_province(self._office_province())
        self.mark_clean()
        self.resize(640, 720)

    def _build(self) -> None:
        line = self._line
        self.name = self.add_field("legal_name", self.tr("Legal name"), line(300), required=True)
        self.add_field("short_name", self.tr("Short name"), line(120))
        self.similar = QLabel(self)
        self.similar.setObjectName("warningHint")
        self.similar.setWordWrap(True)
        self.similar.hide()
        self.form.addRow("", self.similar)
        self.add_field("tax_id", self.tr("Tax ID (VKN/TCKN)"), line(14), required=True)
        self.rows["tax_id"].error.linkActivated.connect(self._open_existing)
        self.add_field("tax_office", self.tr("Tax office"), line(120))
        self.add_field("mersis_no", self.tr("MERSIS no."), line(20))
        self.province = QComboBox(self)
        self.province.addItem(self.tr("— choose —"), "")
        for p in PROVINCES:
            self.province.addItem(f"{p.plate:02d} {p.name}", p.code)
        self.add_field("province", self.tr("Province"), self.province)
        self.district = QComboBox(self)
        self.district.setEditable(False)
        self.add_field("district", self.tr("District"), self.district)
        self.province.currentIndexChanged.connect(self._fill_districts)
        self.add_field("address", self.tr("Address"), self._text(60))
        self.add_field("phone", self.tr("Phone"), line(40))
        self.add_field("email", self.tr("E-mail"), line(200))
        self.add_field("web", self.tr("Web site"), line(200))
        self.nace = NaceField(self)
        self.add_field("nace_code", self.tr("Sector (NACE)"), self.nace)
        self.add_field("founding_year", self.tr("Founding year"), line(4))
        self.add_field("employees", self.tr("Employees"), line(9))
        self.add_field("annual_turnover", self.tr("Annual turnover (TRY)"), line(20))
        self.add_field("export_share", self.tr("Export share (%)"), line(6))
        self.add_field("notes", self.tr("Notes"), self._text(70))
        self._similar_timer = QTimer(self)
        self._similar_timer.setSingleShot(True)
        self._similar_timer.setInterval(SIMILAR_DELAY_MS)
        self._similar_timer.timeout.connect(self._look_for_similar)
        self.name.textEdited.connect(lambda _t: self._similar_timer.start())
        self.finish_tab_order()

    def _line(self, length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(length)
        return edit

    def _text(self, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)  # Tab moves on; keyboard entry stays fluent
        edit.setFixedHeight(height)
        return edit

    def _office_province(self) -> str:
        try:
            info = office_info(self.context.actor.office)
        except KeyError:
            return ""
        return "" if info.central else info.province_code

    def _set_province(self, code: str) -> None:
        self.province.setCurrentIndex(max(self.province.findData(code), 0))
        self._fill_districts()

    def _fill_districts(self) -> None:
        code = self.province.currentData()
        current = self.district.currentData()
        self.district.clear()
        self.district.addItem(self.tr("— choose —"), "")
        if code and has_district_data(code):
            for name in current_districts(code):
                self.district.addItem(name, name)
        self.district.setCurrentIndex(max(self.district.findData(current), 0))

    def _load(self, company_id: str) -> None:
        with self.context.db.session() as session:
            company = companies.get(session, company_id)
        self.version = company.version
        for name in ("legal_name", "short_name", "tax_id", "tax_office", "phone", "email", "web"):
            self.field(name).setText(getattr(company, name) or "")
        self.field("mersis_no").setText(company.mersis_no or "")
        self._set_province(company.province)
        index = self.district.findData(company.district)
        if index < 0 and company.district:  # a historical district kept as stored
            self.district.addItem(company.district, company.district)
            index = self.district.count() - 1
        self.district.setCurrentIndex(max(index, 0))
        self.field("address").setPlainText(company.address)
        self.field("notes").setPlainText(company.notes)
        self.nace.set_value(company.nace_code)
        self.field("founding_year").setText(str(company.founding_year or ""))
        self.field("employees").setText(str(company.employees or ""))
        self.field("annual_turnover").setText(format_decimal(company.annual_turnover))
        self.field("export_share").setText(format_decimal(company.export_share, 0))

    # -- duplicates --------------------------------------------------------------------------
    def _look_for_similar(self) -> None:
        name = self.name.text()
        own = self.company_id

        def work(session: Any, job: Any) -> list[str]:
            return [c.legal_name for c in companies.similar(session, name) if c.id != own]

        self.context.tasks.run_database(work, self._show_similar)

    def _show_similar(self, names: list[str]) -> None:
        if not names:
            self.similar.hide()
            return
        self.similar.setText(
            self.tr(
                "Similar companies are already registered: {names}. Check that this is not one of them."
            ).format(names="; ".join(names))
        )
        self.similar.show()

    def error_text(self, error: ValidationError) -> str:
        text = super().error_text(error)
        if isinstance(error, DuplicateTaxId):
            link = self.tr("Open that company")
            return f'{text} <a href="{error.existing_id}">{link}</a>'
        return text

    def _open_existing(self, company_id: str) -> None:
        self.open_company.emit(company_id)

    # -- saving ------------------------------------------------------------------------------
    def save_values(self, values: dict[str, Any]) -> str:
        values = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}
        values = {
            k: (None if v == "" and k not in ("legal_name", "tax_id") else v)
            for k, v in values.items()
        }
        for text_field in ("short_name", "tax_office", "address", "notes", "district", "province"):
            values[text_field] = values.get(text_field) or ""
        actor = self.context.actor
        with self.context.db.transaction() as session:
            if self.company_id is None:
                return companies.create(session, actor, values).id
            row = companies.update(session, actor, self.company_id, values, self.version)
            self.version = row.version
            return row.id

    def clear_for_new(self) -> None:
        province = self.province.currentData()
        super().clear_for_new()
        self.nace.set_value("")
        self.similar.hide()
        self._set_province(province)
        self.district.setCurrentIndex(0)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
