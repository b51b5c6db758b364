"""The member import wizard's column page: each column of the list and the field it goes to,
recognised by its Turkish or English name, changed with a combo box, saved and loaded as a file."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ..core.member_import import (
    ColumnMapping,
    apply_saved,
    load_mapping_file,
    save_mapping_file,
)
from .failure import show_error
from .icons import icon
from .member_import_models import ColumnMappingModel, FieldDelegate
from .member_import_pages import ImportState, error_label, hint_label
from .saved_file import ask_open_path, ask_save_path


class MappingPage(QWizardPage):
    """Which field each column goes to: recognised by name, changed with a combo box."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model: ColumnMappingModel | None = None
        self._key: tuple[Any, ...] | None = None
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr("Each column of the list and the field it goes to, recognised by its name.")
        )
        layout = QVBoxLayout(self)
        self.summary = hint_label("", self)
        layout.addWidget(self.summary)
        self.view = QTableView(self)
        self.view.setItemDelegateForColumn(ColumnMappingModel.FIELD_COLUMN, FieldDelegate(self))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(34)
        self.view.setAlternatingRowColors(True)
        layout.addWidget(self.view, 1)
        self.missing = error_label(self)
        layout.addWidget(self.missing)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(icon("save"), self.tr("Save mapping…"), self)
        self.load_button = QPushButton(icon("folder"), self.tr("Load mapping…"), self)
        self.save_button.clicked.connect(self.save_mapping)
        self.load_button.clicked.connect(self.load_mapping)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.load_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:  # noqa: N802
        state = self.state
        key = (state.path, state.table.sheet if state.table else None, state.header_row)
        if key == self._key and self.model is not None:
            return  # back and forth: keep what the user chose
        self._key = key
        self.show_mapping(self._recognised(state.saved))

    def _recognised(self, saved: dict[str, str]) -> ColumnMapping:
        rows, header_row = self.state.rows, self.state.header_row
        headers = rows[header_row] if header_row < len(rows) else ()
        # The header row is the user's choice here; recognise that row's names only.
        columns = apply_saved([headers], saved).columns
        return ColumnMapping(header_row, columns)

    def show_mapping(self, mapping: ColumnMapping) -> None:
        """Show ``mapping`` with a combo box per column."""
        self.model = ColumnMappingModel(self.state.rows, mapping, self)
        self.model.changed.connect(self._changed)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        header.resizeSection(2, 230)
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, ColumnMappingModel.FIELD_COLUMN))
        self._changed()

    def _changed(self) -> None:
        assert self.model is not None
        mapped = len(self.model.mapping().columns)
        self.summary.setText(
            self.tr(
                "{mapped} of {total} columns are imported. Check each one and change what is "
                "wrong; columns not imported are left out. The mapping is remembered for the "
                "next list."
            ).format(mapped=mapped, total=self.model.rowCount())
        )
        missing = self.model.missing_required()
        self.missing.setVisible(bool(missing))
        self.missing.setText(
            self.tr("Choose the columns holding: {fields}.").format(fields=", ".join(missing))
        )
        self.completeChanged.emit()

    def save_mapping(self) -> None:
        """Save the mapping as a file, for another computer or another chamber's list."""
        assert self.model is not None
        path = ask_save_path(
            self,
            self.tr("Save the column mapping"),
            self.tr("column mapping.json"),
            self.tr("Column mapping (*.json)"),
            ".json",
        )
        if path is not None:
            headers = self.state.rows[self.state.header_row]
            try:
                save_mapping_file(path, self.model.mapping(), headers)
            except OSError as error:
                show_error(self, error)

    def load_mapping(self) -> None:
        """Apply a mapping saved earlier (matched by column name)."""
        path = ask_open_path(
            self, self.tr("Load a column mapping"), self.tr("Column mapping (*.json)")
        )
        if path is None:
            return
        try:
            saved = load_mapping_file(path)
        except Exception as error:  # an unreadable file is explained, the page stays as it was
            show_error(self, error)
            return
        self.show_mapping(self._recognised(saved))

    def isComplete(self) -> bool:  # noqa: N802
        return self.model is not None and not self.model.missing_required()

    def validatePage(self) -> bool:  # noqa: N802
        assert self.model is not None
        self.state.mapping = self.model.mapping()
        return True
