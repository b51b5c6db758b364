"""Pickers of the cluster forms: several NACE divisions or provinces from a checklist, and a
company found by search (companies received from other offices included, read-only)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.reference import PROVINCES, nace_entries
from ..core.services.companies import companies
from ..core.services.listing import ListQuery
from ..core.turkish import fold
from .context import AppContext
from .i18n import current_language
from .rows_model import RowsModel

Choices = Callable[[], list[tuple[str, str]]]
SEARCH_LIMIT = 50


def division_choices() -> list[tuple[str, str]]:
    """(code, "10 — Manufacture of food products") of every NACE division."""
    lang = current_language()
    return [
        (e.code, f"{e.code} — {e.label(lang)}") for e in nace_entries() if e.level == "division"
    ]


def province_choices() -> list[tuple[str, str]]:
    """(code, "19 Çorum") of every province."""
    return [(p.code, f"{p.plate:02d} {p.name}") for p in PROVINCES]


def split_codes(text: str) -> list[str]:
    """ "10, 25" → ["10", "25"]."""
    return [c.strip() for c in text.split(",") if c.strip()]


class ChecklistDialog(QDialog):
    """Tick several items of a long list; type to narrow it."""

    def __init__(
        self, title: str, choices: list[tuple[str, str]], chosen: list[str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(460, 520)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to narrow the list"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.items = QListWidget(self)
        for code, text in choices:
            item = QListWidgetItem(text, self.items)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked
            item.setCheckState(checked)
        layout.addWidget(self.items, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._narrow)

    def _narrow(self, text: str) -> None:
        words = fold(text).split()
        for row in range(self.items.count()):
            item = self.items.item(row)
            shown = all(w in fold(item.text()) for w in words)
            item.setHidden(not shown)

    def chosen(self) -> list[str]:
        """The ticked codes, in list order."""
        return [
            self.items.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.items.count())
            if self.items.item(r).checkState() == Qt.CheckState.Checked
        ]


class CodeListField(QWidget):
    """Comma-separated codes, typed or picked from a checklist; their names show underneath."""

    textChanged = Signal(str)

    def __init__(self, title: str, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.choices = title, choices
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        self.edit = QLineEdit(self)
        self.button = QPushButton(self.tr("Choose…"), self)
        self.button.setAutoDefault(False)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        layout.addLayout(row)
        self.names = QLabel(self)
        self.names.setObjectName("hint")
        self.names.setWordWrap(True)
        layout.addWidget(self.names)
        self.edit.textChanged.connect(self._describe)
        self.edit.textChanged.connect(self.textChanged)
        self.button.clicked.connect(self.pick)
        self.setFocusProxy(self.edit)

    def _describe(self, text: str) -> None:
        names = dict(self.choices())
        self.names.setText("; ".join(names.get(c, c) for c in split_codes(text)))

    def pick(self) -> None:
        """Open the checklist; OK replaces the codes."""
        dialog = ChecklistDialog(self.title, self.choices(), split_codes(self.value()), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_value(", ".join(dialog.chosen()))

    def value(self) -> str:
        return self.edit.text()

    def text(self) -> str:
        return self.value()

    def set_value(self, codes: str) -> None:
        """Show ``codes`` ("10,25" or "10, 25")."""
        self.edit.setText(", ".join(split_codes(codes or "")))


class CompanyPicker(QDialog):
    """Find a company by name or tax ID; companies of other offices are marked read-only."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Choose a company"))
        self.resize(640, 460)
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name or tax ID"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.model = RowsModel(
            lambda: [self.tr("Name"), self.tr("Tax ID"), self.tr("Office")], parent=self
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 340)
        layout.addWidget(self.table, 1)
        self.note = QLabel(
            self.tr(
                "Companies of other offices can join the cluster; their details stay read-only."
            ),
            self,
        )
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.find)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.find("")

    def find(self, text: str) -> None:
        """Show the first matches (a bounded query)."""
        with self.context.db.session() as session:
            page = companies.list(session, ListQuery(search=text, limit=SEARCH_LIMIT))
        own = self.context.actor.office
        rows = [
            [
                c.legal_name,
                c.tax_id,
                c.office
                if c.office == own
                else self.tr("{office} (read-only)").format(office=c.office),
            ]
            for c in page.rows
        ]
        self.model.set_rows(rows, [c.id for c in page.rows])
        if rows:
            self.table.selectRow(0)

    def company_id(self) -> str | None:
        """The chosen company's id."""
        return self.model.key(self.table.currentIndex().row())

    def company_name(self) -> str:
        """The chosen company's name."""
        index = self.table.currentIndex()
        return self.model.data(self.model.index(index.row(), 0)) or ""
