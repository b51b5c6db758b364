"""Fields of the visit form: a date (optional or not), a company found by typing, the people met."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.models import Company, Person
from ..core.services.listing import search_clause
from .context import AppContext
from .display import DATE_FORMAT

NO_DATE = QDate(2000, 1, 1)
"""The lowest date of an optional date field; shown as its "none" text."""
MATCHES = 8
SECTION_STARTS = (0, 3, 6)  # of dd.MM.yyyy, whose sections are always zero-padded
SECTIONS = (
    QDateEdit.Section.DaySection,
    QDateEdit.Section.MonthSection,
    QDateEdit.Section.YearSection,
)


class DateField(QDateEdit):
    """A dd.MM.yyyy date typed as 14032025 or 14.03.2025; when ``optional``, its lowest value
    means "no date": focusing it offers today to type over, Delete empties it again."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(QDate.currentDate(), parent)
        self.optional = optional
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumWidth(120)
        if optional:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText(self.tr("none"))
            self.setDate(NO_DATE)
        self._advanced = False
        self._offered = False

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        if self.optional and self.date() == NO_DATE:
            self._offered = True  # today to type over; back to "none" if nothing is typed
            self.setDate(QDate.currentDate())
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.setSelectedSection(QDateEdit.Section.DaySection)  # type over the day first

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        # Tab leaves the field (QDateEdit would step through its sections); "." moves on inside.
        return QWidget.focusNextPrevChild(self, forward)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        if self._offered:
            self._offered = False
            self.setDate(NO_DATE)
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape):
            super().keyPressEvent(event)
            return
        self._offered = False
        if self.optional and event.key() == Qt.Key.Key_Delete:
            self.setDate(NO_DATE)
            return
        if event.text() in (".", "/", "-") and self._advanced:
            self._advanced = False  # the section was complete and moved on already
            return
        line = self.lineEdit()
        if self.optional and self.date() == NO_DATE and event.text().isdigit():
            self.setDate(QDate.currentDate())  # "none" shown: typing starts a date
            self.setSelectedSection(QDateEdit.Section.DaySection)
        elif event.text().isdigit() and not line.hasSelectedText():
            # Typing at the start of a section replaces it; after a whole date, starts anew.
            starts = dict(zip(SECTION_STARTS, SECTIONS, strict=True))
            at = line.cursorPosition()
            if at == len(line.text()) == len(DATE_FORMAT):
                self.setSelectedSection(QDateEdit.Section.DaySection)
            elif at in starts:
                self.setSelectedSection(starts[at])
        section = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._advanced = event.text().isdigit() and self.currentSectionIndex() != section

    def value(self) -> date | None:
        """The date chosen, None for "none"."""
        if self.optional and self.date() == NO_DATE:
            return None
        return self.date().toPython()

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (None: "none" when optional, today otherwise)."""
        if value is None:
            self.setDate(NO_DATE if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))


def companies_matching(session: Session, text: str) -> list[tuple[str, str, str]]:
    """(id, name, tax id) of the first live companies matching ``text``, in Turkish order."""
    stmt = select(Company.id, Company.legal_name, Company.tax_id).where(
        Company.deleted_at.is_(None)
    )
    clause = search_clause(Company.search_key, text)
    if clause is not None:
        stmt = stmt.where(clause)
    return [tuple(r) for r in session.execute(stmt.order_by(Company.sort_key).limit(MATCHES))]  # type: ignore[misc]


class CompanyField(QWidget):
    """Type part of a name or tax ID; the highlighted match (Up/Down to move) is the company."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type part of the name or tax ID"))
        self.search.setClearButtonEnabled(True)
        self.matches = QListWidget(self)
        self.matches.setMaximumHeight(110)
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Up/Down in the search line move it
        self.none = QLabel(self.tr("No company matches. Register it on the Companies page."), self)
        self.none.setObjectName("hint")
        self.none.hide()
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        layout.addWidget(self.none)
        self.setFocusProxy(self.search)
        self.search.installEventFilter(self)
        self.search.textChanged.connect(self.find)
        self.matches.currentRowChanged.connect(lambda _row: self.changed.emit())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())  # type: ignore[attr-defined]
            if step is not None and self.matches.count():
                row = min(max(self.matches.currentRow() + step, 0), self.matches.count() - 1)
                self.matches.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def find(self, text: str) -> None:
        """List the first matches (a bounded query) and highlight the first."""
        with self.context.db.session() as session:
            found = companies_matching(session, text)
        self.matches.clear()
        for company_id, name, tax_id in found:
            item = QListWidgetItem(f"{name} — {tax_id}", self.matches)
            item.setData(Qt.ItemDataRole.UserRole, company_id)
        self.none.setVisible(not found and bool(text.strip()))
        if found:
            self.matches.setCurrentRow(0)
        self.changed.emit()

    def value(self) -> str | None:
        """The chosen company's id."""
        item = self.matches.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def set_company(self, company_id: str | None) -> None:
        """Show ``company_id`` chosen (None: an empty search)."""
        if company_id is None:
            self.search.clear()
            return
        with self.context.db.session() as session:
            name = session.scalar(select(Company.legal_name).where(Company.id == company_id))
        self.search.setText(name or "")
        for row in range(self.matches.count()):
            if self.matches.item(row).data(Qt.ItemDataRole.UserRole) == company_id:
                self.matches.setCurrentRow(row)


def people_of(session: Session, company_id: str) -> list[tuple[str, str, str]]:
    """(id, name, position) of a company's live, not erased people, in Turkish order."""
    stmt = (
        select(Person.id, Person.full_name, Person.position)
        .where(
            Person.company_id == company_id,
            Person.deleted_at.is_(None),
            Person.erased_at.is_(None),
        )
        .order_by(Person.sort_key)
    )
    return [tuple(r) for r in session.execute(stmt)]  # type: ignore[misc]


class PeopleMetField(QListWidget):
    """The company's people, each with a check box (Space ticks the highlighted one)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setMaximumHeight(120)
        self._company: str | None = None

    def set_company(self, company_id: str | None, chosen: list[str] | None = None) -> None:
        """List ``company_id``'s people; tick ``chosen`` (default: keep what stays ticked)."""
        keep = set(self.value() if chosen is None else chosen)
        if company_id == self._company and chosen is None:
            return
        self._company = company_id
        self.clear()
        if company_id is None:
            return
        with self.context.db.session() as session:
            people = people_of(session, company_id)
        for person_id, name, position in people:
            text = f"{name} ({position})" if position else name
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = person_id in keep
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        if people:
            self.setCurrentRow(0)
        else:
            QListWidgetItem(self.tr("No people recorded for this company."), self).setFlags(
                Qt.ItemFlag.NoItemFlags
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        item = self.currentItem()
        if (
            event.key() == Qt.Key.Key_Space
            and item is not None
            and item.data(Qt.ItemDataRole.UserRole)
        ):
            ticked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)

    def value(self) -> list[str]:
        """The ids of the people ticked, in list order."""
        return [
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]
