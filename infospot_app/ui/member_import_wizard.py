"""Importing a chamber's member list: file → sheet and header row → columns → preview with the
reasons of every refused row → registered companies (update or skip) → dry-run summary →
import in one transaction → result, with the refused rows saved as a workbook to fix.

Every check runs through ``core.member_import`` (the same code as ``infospot import-companies``)
on the database worker; the import itself plans again inside its transaction, so what is saved
is exactly what the summary said.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core.member_import import remembered_mapping
from .context import AppContext
from .display import format_int
from .icons import icon
from .member_import_checks import DuplicatesPage, PreviewPage, SummaryPage, save_refused_rows
from .member_import_mapping import MappingPage
from .member_import_pages import (
    DUPLICATES,
    FILE,
    MAPPING,
    PREVIEW,
    RESULT,
    SHEET,
    SUMMARY,
    FilePage,
    ImportState,
    SheetPage,
    hint_label,
)

IMPORT_ICON = "file-import"


def _t(text: str) -> str:
    return QCoreApplication.translate("MemberImportWizard", text)


class ResultPage(QWizardPage):
    """What was saved, and the refused rows to fix."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Imported"))
        self.setSubTitle(self.tr("The list was saved in one step."))
        layout = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.refused = hint_label("", self)
        layout.addWidget(self.refused)
        row = QHBoxLayout()
        self.save_refused = QPushButton(icon("export"), self.tr("Save refused rows…"), self)
        self.save_refused.clicked.connect(lambda: save_refused_rows(self, self.state.plan))
        row.addWidget(self.save_refused)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        result, plan = self.state.result, self.state.plan
        assert result is not None and plan is not None
        self.text.setText(
            self.tr(
                "Companies added: {created} · updated: {updated} · contact people added: "
                "{contacts}."
            ).format(
                created=format_int(len(result.created)),
                updated=format_int(len(result.updated)),
                contacts=format_int(result.contacts_added),
            )
        )
        refused = len(plan.refused())
        self.refused.setText(
            self.tr(
                "{n} rows were refused. Save them as a workbook: each row with its reasons next "
                "to its cells. Correct them and import that file; rows already imported are "
                "recognised by their tax id and not added twice."
            ).format(n=format_int(refused))
            if refused
            else self.tr("Every row of the list was taken.")
        )
        self.save_refused.setVisible(bool(refused))


class MemberImportWizard(QWizard):
    """The member list import, from file to result."""

    imported = Signal(object)
    """Emitted with the ImportResult once the import has committed."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = ImportState(context)
        self.setWindowTitle(self.tr("Import a member list"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)  # it is saved by then
        self.resize(940, 640)
        self.pages_by_id: dict[int, QWizardPage] = {}
        for page_id, page_type in (
            (FILE, FilePage),
            (SHEET, SheetPage),
            (MAPPING, MappingPage),
            (PREVIEW, PreviewPage),
            (DUPLICATES, DuplicatesPage),
            (SUMMARY, SummaryPage),
            (RESULT, ResultPage),
        ):
            page = page_type(self.state, self)
            self.setPage(page_id, page)
            self.pages_by_id[page_id] = page
        summary = self.pages_by_id[SUMMARY]
        assert isinstance(summary, SummaryPage)
        summary.applied.connect(self.imported)
        context.tasks.run_database(
            lambda session, job: remembered_mapping(session), self._remembered, owner=self
        )

    def _remembered(self, saved: dict[str, str]) -> None:
        self.state.saved = saved


def open_member_import(
    parent: QWidget, context: AppContext, on_imported: Callable[[], None] | None = None
) -> MemberImportWizard:
    """Open the wizard (window-modal); ``on_imported()`` runs after a committed import (to
    refresh the lists)."""
    wizard = MemberImportWizard(context, parent)
    if on_imported is not None:
        wizard.imported.connect(lambda _result: on_imported())
    wizard.open()
    return wizard
