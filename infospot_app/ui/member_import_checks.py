"""The member import wizard's dry runs: the preview of every row (refused ones highlighted with
their reasons), the choice for companies already registered, and the summary whose “Import”
plans again and applies inside one transaction on the database worker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy.orm import Session

from ..core.errors import InfoSpotError
from ..core.member_import import ImportPlan, apply_plan, plan_import, remember_mapping
from ..reports.import_errors import write_error_workbook
from .display import format_int
from .failure import show_error
from .i18n import current_language
from .icons import icon
from .member_import_models import REFUSED, OutcomeFilter, OutcomeModel, status_name
from .member_import_pages import DUPLICATES, SUMMARY, ImportState, error_label, hint_label
from .saved_file import ask_save_path, show_saved
from .tasks import Cancelled, Job


class ImportCancelled(InfoSpotError):
    """The user cancelled the import; the transaction was rolled back."""

    def __init__(self) -> None:
        super().__init__(
            "İçe aktarma iptal edildi; hiçbir şey kaydedilmedi.",
            "The import was cancelled; nothing was saved.",
        )


def outcome_table(parent: QWidget) -> QTableView:
    """A table of the dry run's rows."""
    view = QTableView(parent)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setDefaultSectionSize(130)
    return view


def show_plan(view: QTableView, plan: ImportPlan, mode: str) -> OutcomeFilter:
    """Put ``plan`` in ``view``, filtered to ``mode`` (see OutcomeFilter)."""
    proxy = OutcomeFilter(view)
    proxy.setSourceModel(OutcomeModel(plan, proxy))
    proxy.set_mode(mode)
    view.setModel(proxy)
    view.setColumnWidth(0, 56)
    view.setColumnWidth(1, 150)
    view.setColumnWidth(2, 440)
    return proxy


class PlanningPage(QWizardPage):
    """A page that shows a dry run, computed on the database worker when it is entered."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.plan: ImportPlan | None = None
        self._generation = 0

    def initializePage(self) -> None:  # noqa: N802
        self.plan = None
        self._generation += 1
        generation, state = self._generation, self.state
        rows, mapping, on_duplicate = state.rows, state.mapping, state.on_duplicate
        actor = state.context.actor
        assert mapping is not None

        def work(session: Session, job: Job) -> ImportPlan | None:
            try:
                return plan_import(session, actor, rows, mapping, on_duplicate, job.progress)
            except Cancelled:
                return None

        self.planning()
        state.context.tasks.run_database(
            work,
            lambda plan: generation == self._generation and self._planned(plan),
            self._failed,
            label=self.tr("Checking every row…"),
            parent=self.wizard(),
            owner=self,
        )

    def _planned(self, plan: ImportPlan | None) -> None:
        self.plan = plan
        self.planned(plan)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
        self.planned(None)

    def planning(self) -> None:
        """The check has started."""

    def planned(self, plan: ImportPlan | None) -> None:
        """The check is done (None: cancelled or failed)."""

    def isComplete(self) -> bool:  # noqa: N802
        return self.plan is not None


class PreviewPage(PlanningPage):
    """Every row with what it would do; refused rows highlighted with their reasons."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("What each row would do. Nothing has been saved yet."))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = hint_label("", self)
        top.addWidget(self.summary, 1)
        self.show_box = QComboBox(self)
        self.show_box.addItem(self.tr("All rows"), "all")
        self.show_box.addItem(self.tr("Only refused rows"), "problems")
        self.show_box.currentIndexChanged.connect(self._filter)
        top.addWidget(self.show_box)
        layout.addLayout(top)
        self.view = outcome_table(self)
        layout.addWidget(self.view, 1)
        self.proxy: OutcomeFilter | None = None

    def initializePage(self) -> None:  # noqa: N802
        self.state.on_duplicate = "skip"  # the next page asks; nothing changes before that
        super().initializePage()

    def planning(self) -> None:
        self.summary.setText(self.tr("Checking every row…"))

    def planned(self, plan: ImportPlan | None) -> None:
        self.state.preview = plan
        if plan is None:
            self.summary.setText(self.tr("The check did not finish. Press Back, then Next."))
            return
        counts = plan.counts()
        refused = counts["rejected"] + counts["duplicate"]
        self.summary.setText(
            self.tr(
                "{rows} rows read: {refused} refused (highlighted; the reasons are under "
                "“Problems”), {known} already registered, {new} new."
            ).format(
                rows=format_int(len(plan.outcomes)),
                refused=format_int(refused),
                known=format_int(len(self.registered())),
                new=format_int(counts["new"]),
            )
        )
        self.proxy = show_plan(self.view, plan, self.show_box.currentData())

    def registered(self) -> list[Any]:
        """Rows whose tax id belongs to a company already registered."""
        plan = self.state.preview
        if plan is None:
            return []
        return [o for o in plan.outcomes if o.company_id and o.status not in REFUSED]

    def _filter(self) -> None:
        if self.proxy is not None:
            self.proxy.set_mode(self.show_box.currentData())

    def nextId(self) -> int:  # noqa: N802
        return DUPLICATES if self.registered() else SUMMARY


class DuplicatesPage(QWizardPage):
    """Rows matching registered companies (by tax id): update them or leave them."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Companies already registered"))
        self.setSubTitle(
            self.tr("Rows whose tax id is registered: update those companies or leave them.")
        )
        layout = QVBoxLayout(self)
        self.summary = hint_label("", self)
        layout.addWidget(self.summary)
        self.update_choice = QRadioButton(
            self.tr("Update them with the list's values (empty cells change nothing)"), self
        )
        self.skip_choice = QRadioButton(self.tr("Skip them: leave the registered companies"), self)
        self.skip_choice.setChecked(True)
        self.choices = QButtonGroup(self)
        for button in (self.update_choice, self.skip_choice):
            self.choices.addButton(button)
            layout.addWidget(button)
        self.view = outcome_table(self)
        layout.addWidget(self.view, 1)

    def initializePage(self) -> None:  # noqa: N802
        plan = self.state.preview
        assert plan is not None
        proxy = show_plan(self.view, plan, "registered")
        self.summary.setText(
            self.tr(
                "{n} rows of the list have the tax id of a company already registered in "
                "InfoSpot. Companies of other offices are never changed."
            ).format(n=format_int(proxy.rowCount()))
        )

    def validatePage(self) -> bool:  # noqa: N802
        self.state.on_duplicate = "update" if self.update_choice.isChecked() else "skip"
        return True


class SummaryPage(PlanningPage):
    """The dry run with the choices made; Import saves it in one transaction."""

    applied = Signal(object)
    """Emitted with the ImportResult once the import has committed."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.applying = False
        self.job: Job | None = None
        self.setTitle(self.tr("Ready to import"))
        self.setSubTitle(self.tr("Check the numbers, then import."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        layout = QVBoxLayout(self)
        self.note = hint_label("", self)
        layout.addWidget(self.note)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setContentsMargins(24, 8, 0, 8)
        self.counts: dict[str, QLabel] = {}
        for status in ("new", "update", "unchanged", "skipped", *REFUSED):
            figure = QLabel(self)
            figure.setObjectName(f"count_{status}")
            bold = figure.font()
            bold.setBold(True)
            figure.setFont(bold)
            form.addRow(status_name(status) + ":", figure)
            self.counts[status] = figure
        layout.addLayout(form)
        self.error = error_label(self)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.save_refused = QPushButton(icon("export"), self.tr("Save refused rows…"), self)
        self.save_refused.clicked.connect(lambda: save_refused_rows(self, self.state.plan))
        row.addWidget(self.save_refused)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def planning(self) -> None:
        self.note.setText(self.tr("Checking every row…"))
        self.save_refused.hide()
        self.error.hide()

    def planned(self, plan: ImportPlan | None) -> None:
        self.state.plan = plan
        if plan is None:
            self.note.setText(self.tr("The check did not finish. Press Back, then Next."))
            return
        counts = plan.counts()
        for status, label in self.counts.items():
            label.setText(format_int(counts[status]))
        self.note.setText(
            self.tr(
                "This was a dry run: nothing has been saved yet. “Import” saves the list in one "
                "step — every row below, or none if anything goes wrong."
            )
        )
        self.save_refused.setVisible(bool(plan.refused()))
        nothing = not (counts["new"] or counts["update"])
        self.error.setVisible(nothing)
        self.error.setText(self.tr("Nothing to import: no row is new or changes a company."))

    def isComplete(self) -> bool:  # noqa: N802
        counts = self.plan.counts() if self.plan is not None else {}
        return not self.applying and bool(counts.get("new") or counts.get("update"))

    def validatePage(self) -> bool:  # noqa: N802
        if self.state.result is not None:
            return True
        if not self.applying:
            self.apply()
        return False  # the result page opens when the transaction has committed

    def apply(self) -> None:
        """Plan again and apply, in one transaction on the database worker."""
        state = self.state
        rows, mapping, on_duplicate = state.rows, state.mapping, state.on_duplicate
        actor = state.context.actor
        assert mapping is not None

        def work(session: Session, job: Job) -> tuple[ImportPlan, Any]:
            try:
                plan = plan_import(session, actor, rows, mapping, on_duplicate, job.progress)
                result = apply_plan(session, actor, plan, job.progress)
            except Cancelled:
                raise ImportCancelled() from None  # rolls the transaction back
            remember_mapping(session, mapping, plan.headers)
            return plan, result

        self.applying = True
        self.completeChanged.emit()
        self.job = state.context.tasks.run_database(
            work,
            self._applied,
            self._apply_failed,
            write=True,
            label=self.tr("Importing…"),
            parent=self.wizard(),
            owner=self,
        )

    def _applied(self, outcome: tuple[ImportPlan, Any]) -> None:
        self.applying = False
        self.state.plan, self.state.result = outcome
        self.applied.emit(self.state.result)
        self.wizard().next()

    def _apply_failed(self, error: BaseException) -> None:
        self.applying = False
        self.completeChanged.emit()
        show_error(self, error)


def save_refused_rows(page: QWizardPage, plan: ImportPlan | None) -> None:
    """Ask where, then write the refused rows with their reasons (on the file pool)."""
    state = page.state  # type: ignore[attr-defined]
    if plan is None or state.path is None:
        return
    name = page.tr("{name} - refused rows").format(name=Path(state.path).stem)
    path = ask_save_path(page, page.tr("Save the refused rows"), name + ".xlsx")
    if path is None:
        return
    lang = current_language()
    state.context.tasks.run_file(
        lambda job: write_error_workbook(plan, path, lang),
        lambda count: show_saved(
            page, page.tr("{n} refused rows were saved.").format(n=format_int(count)), path
        ),
        lambda error: show_error(page, error),
        owner=page,
    )
