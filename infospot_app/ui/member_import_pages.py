"""The first pages of the member import wizard: the file, the sheet with its header row, and
the column mapping. Files are read on the file pool; nothing here writes to the database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ..core.member_import import (
    ColumnMapping,
    ImportPlan,
    ImportResult,
    OnDuplicate,
    find_header_row,
)
from ..imports.spreadsheet import SheetRows, read_sheet
from .context import AppContext
from .failure import show_error, user_message
from .icons import icon
from .member_import_models import SheetPreviewModel
from .saved_file import ask_open_path
from .tasks import Cancelled, Job

FILE, SHEET, MAPPING, PREVIEW, DUPLICATES, SUMMARY, RESULT = range(7)


@dataclass
class ImportState:
    """What the wizard knows so far: the file's rows, the mapping, the plans, the result."""

    context: AppContext
    path: Path | None = None
    table: SheetRows | None = None
    header_row: int = 0
    saved: dict[str, str] = field(default_factory=dict)
    mapping: ColumnMapping | None = None
    on_duplicate: OnDuplicate = "skip"
    preview: ImportPlan | None = None
    plan: ImportPlan | None = None
    result: ImportResult | None = None

    @property
    def rows(self) -> list[tuple[Any, ...]]:
        return self.table.rows if self.table is not None else []


def unless_cancelled(work: Callable[[Job], Any]) -> Callable[[Job], Any]:
    """Background work that returns None when the user cancels (so the page can say so)."""

    def run(job: Job) -> Any:
        try:
            return work(job)
        except Cancelled:
            return None

    return run


def error_label(parent: QWidget) -> QLabel:
    """A label for a problem and what to do, in the error colour."""
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def hint_label(text: str, parent: QWidget) -> QLabel:
    """A word-wrapped explanation."""
    label = QLabel(text, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def read_in_background(
    page: QWizardPage,
    state: ImportState,
    path: Path,
    sheet: str | None,
    done: Callable[[SheetRows | None], None],
    failed: Callable[[BaseException], None],
) -> None:
    """Read ``sheet`` of ``path`` on the file pool, with a progress window for big lists."""
    state.context.tasks.run_file(
        unless_cancelled(lambda job: read_sheet(path, sheet, job.progress)),
        done,
        failed,
        label=page.tr("Reading the list…"),
        parent=page.wizard(),
        owner=page,
    )


class FilePage(QWizardPage):
    """Choose the member list; an unreadable file is explained right here."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.loading: Path | None = None
        self.setTitle(self.tr("Choose the member list"))
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx) from the chamber. Title rows, logos and merged cells "
                "above the column names are fine: InfoSpot finds the header row itself."
            )
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("The list's file"))
        self.path_edit.returnPressed.connect(lambda: self.load(Path(self.path_edit.text())))
        self.choose = QPushButton(icon("folder"), self.tr("Choose…"), self)
        self.choose.clicked.connect(self.ask)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose)
        layout.addLayout(row)
        self.status = hint_label("", self)
        self.error = error_label(self)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def ask(self) -> None:
        """The open-file dialog."""
        path = ask_open_path(self, self.tr("Choose the member list"))
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Read the file's first sheet in the background."""
        self.path_edit.setText(str(path))
        self.state.table, self.loading = None, path
        self.error.hide()
        self.status.setText(self.tr("Reading “{name}”…").format(name=path.name))
        self.completeChanged.emit()
        read_in_background(
            self, self.state, path, None, lambda t: self._loaded(path, t), self._failed
        )

    def _loaded(self, path: Path, table: SheetRows | None) -> None:
        if path != self.loading:
            return  # another file was chosen meanwhile
        self.loading = None
        if table is None:
            self.status.setText(self.tr("Reading was cancelled. Choose the file again."))
            return
        self.state.path, self.state.table = path, table
        self.state.header_row = find_header_row(table.rows)
        self.status.setText(
            self.tr("{lines} lines in the sheet “{sheet}” (the workbook has {n} sheets).").format(
                lines=len(table.rows), sheet=table.sheet, n=len(table.sheet_names)
            )
        )
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.loading = None
        message = user_message(error)
        if message is None:
            show_error(self, error)
            message = self.tr("The file could not be read.")
        self.status.setText("")
        self.error.setText(message)
        self.error.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.state.table is not None and self.loading is None


class SheetPage(QWizardPage):
    """Which sheet, and which line holds the column names (found automatically)."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.loading = False
        self.setTitle(self.tr("Sheet and header row"))
        self.setSubTitle(
            self.tr("The line with the column names is marked. Change it if it is not right.")
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.sheet = QComboBox(self)
        self.header = QSpinBox(self)
        self.header.setMinimum(1)
        sheet_caption = QLabel(self.tr("Sheet:"), self)
        sheet_caption.setBuddy(self.sheet)
        header_caption = QLabel(self.tr("Column names on line:"), self)
        header_caption.setBuddy(self.header)
        for widget in (sheet_caption, self.sheet, header_caption, self.header):
            row.addWidget(widget)
        self.detected = hint_label("", self)
        row.addWidget(self.detected, 1)
        layout.addLayout(row)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.view = QTableView(self)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setDefaultSectionSize(140)
        layout.addWidget(self.view, 1)
        self.model: SheetPreviewModel | None = None
        self.sheet.currentIndexChanged.connect(self._sheet_chosen)
        self.header.valueChanged.connect(self._header_chosen)

    def initializePage(self) -> None:  # noqa: N802
        table = self.state.table
        assert table is not None
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(table.sheet_names)
        self.sheet.setCurrentText(table.sheet)
        self.sheet.blockSignals(False)
        self._show(table)

    def _show(self, table: SheetRows) -> None:
        detected = find_header_row(table.rows)
        self.model = SheetPreviewModel(table.rows, self.state.header_row, self)
        self.view.setModel(self.model)
        self.header.blockSignals(True)
        self.header.setMaximum(max(len(table.rows), 1))
        self.header.setValue(self.state.header_row + 1)
        self.header.blockSignals(False)
        self.detected.setText(self.tr("Found automatically: line {n}").format(n=detected + 1))
        self.error.setVisible(not table.rows)
        self.error.setText(self.tr("This sheet is empty. Choose the sheet that holds the list."))
        if table.rows:
            self.view.scrollTo(self.model.index(self.state.header_row, 0))
        self.completeChanged.emit()

    def _sheet_chosen(self) -> None:
        path, name = self.state.path, self.sheet.currentText()
        if path is None or not name:
            return
        self.loading = True
        self.completeChanged.emit()
        read_in_background(self, self.state, path, name, self._loaded, self._failed)

    def _loaded(self, table: SheetRows | None) -> None:
        self.loading = False
        if table is None:
            self.completeChanged.emit()
            return
        self.state.table = table
        self.state.header_row = find_header_row(table.rows)
        self._show(table)

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        show_error(self, error)
        self.completeChanged.emit()

    def _header_chosen(self, line: int) -> None:
        self.state.header_row = line - 1
        if self.model is not None:
            self.model.set_header_row(line - 1)

    def isComplete(self) -> bool:  # noqa: N802
        return not self.loading and bool(self.state.rows)
