"""The Certificates tab: who is eligible and who holds a certificate; issue for everyone
eligible or the selected participants, open, save and print the PDF (one file or one per
person), reissue after a correction (the number stays), revoke with a reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Certificate
from ..core.services import certificates as certs
from ..core.services.attendance_grid import AttendanceGrid
from ..reports.certificate_keys import database_signer
from .context import AppContext
from .display import format_date
from .failure import show_error
from .icons import icon
from .pdf_printing import printer_for
from .rows_model import RowsModel
from .training_documents import (
    TrainingDocuments,
    documents_folder,
    open_file,
    preview_folder,
)
from .training_labels import percent_text


@dataclass(frozen=True)
class Issued:
    """What issuing did, counted for the message."""

    issued: int
    reissued: int
    not_eligible: int


class CertificatesTab(QWidget):
    """Certificates of one training."""

    changed = Signal()
    issued = Signal(object)
    """Emitted with an ``Issued`` after certificates were issued."""

    def __init__(
        self,
        context: AppContext,
        training_id: str,
        documents: TrainingDocuments,
        editable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.training_id, self.documents = context, training_id, documents
        self.grid: AttendanceGrid | None = None
        self.held: dict[str, Certificate] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.issue_all_button = QPushButton(icon("done"), self.tr("Issue for all eligible"), self)
        self.issue_selected_button = QPushButton(self.tr("Issue for selected"), self)
        self.reissue_button = QPushButton(self.tr("Reissue"), self)
        self.reissue_button.setToolTip(
            self.tr("Sign again with today's name and training details; the number stays")
        )
        self.revoke_button = QPushButton(icon("cancel"), self.tr("Revoke…"), self)
        for button in (self.issue_all_button, self.issue_selected_button, self.reissue_button,
                       self.revoke_button):  # fmt: skip
            top.addWidget(button)
            button.setEnabled(editable)
        top.addStretch(1)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("hint")
        top.addWidget(self.outcome)
        layout.addLayout(top)
        bottom = QHBoxLayout()
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Turkish template"), "tr")
        self.language.addItem(self.tr("English template"), "en")
        bottom.addWidget(self.language)
        self.open_button = QPushButton(icon("open"), self.tr("Open PDF"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(icon("save"), self.tr("Save PDF…"), self)
        self.separate_button = QPushButton(icon("folder"), self.tr("One file per person…"), self)
        for button in (self.open_button, self.print_button, self.save_button,
                       self.separate_button):  # fmt: skip
            bottom.addWidget(button)
        bottom.addStretch(1)
        self.count = QLabel(self)
        self.count.setObjectName("countLabel")
        bottom.addWidget(self.count)
        self.model = RowsModel(
            lambda: [self.tr("Participant"), self.tr("Company"), self.tr("Attendance"),
                     self.tr("Certificate no."), self.tr("Issued on"), self.tr("State")],
            numeric=frozenset({2}),
            parent=self,
        )  # fmt: skip
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.issue_all_button.clicked.connect(lambda: self.issue(None))
        self.issue_selected_button.clicked.connect(lambda: self.issue(self.selected()))
        self.reissue_button.clicked.connect(self.reissue_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.open_button.clicked.connect(self.open_pdf)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        self.separate_button.clicked.connect(self.save_separate)

    # -- showing -----------------------------------------------------------------------------
    def show_certificates(self, grid: AttendanceGrid, issued: list[Certificate]) -> None:
        """Show every participant with their certificate (revoked ones included)."""
        self.grid = grid
        latest: dict[str, Certificate] = {}
        for c in issued:  # a revoked certificate shows unless a valid one replaced it
            if c.enrollment_id not in latest or latest[c.enrollment_id].revoked_at is not None:
                latest[c.enrollment_id] = c
        self.held = latest
        rows = []
        for r in grid.rows:
            c = latest.get(r.enrollment_id)
            rows.append(
                [r.full_name, r.company_name, percent_text(r.attendance_pct),
                 c.number if c else "", format_date(c.issued_on) if c else "",
                 self._state(r, c)]
            )  # fmt: skip
        chosen = set(self.selected())
        self.model.set_rows(rows, [r.enrollment_id for r in grid.rows])
        self._reselect(chosen)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        valid = sum(1 for c in latest.values() if c.revoked_at is None)
        eligible = sum(1 for r in grid.rows if r.eligible)
        self.count.setText(
            self.tr("{valid} certificates · {eligible} participants eligible").format(
                valid=valid, eligible=eligible
            )
        )
        for button in (self.open_button, self.print_button, self.save_button,
                       self.separate_button):  # fmt: skip
            button.setEnabled(valid > 0)

    def _state(self, row: Any, c: Certificate | None) -> str:
        if c is not None and c.revoked_at is not None:
            return self.tr("Revoked: {reason}").format(reason=c.revoked_reason or "")
        if c is not None:
            return self.tr("Valid")
        if row.withdrawn:
            return self.tr("Withdrawn")
        return self.tr("Eligible, not issued") if row.eligible else self.tr("Attendance too low")

    def _reselect(self, enrollment_ids: set[str]) -> None:
        """Keep the user's selection across a reload."""
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(self.model.rowCount()):
            if self.model.key(row) in enrollment_ids:
                self.table.selectionModel().select(self.model.index(row, 0), flags)

    def selected(self) -> list[str]:
        """The enrollments of the selected rows."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [k for k in (self.model.key(r) for r in rows) if k is not None]

    def _selected_certificates(self) -> list[Certificate]:
        return [
            c
            for e in self.selected()
            if (c := self.held.get(e)) is not None and c.revoked_at is None
        ]

    # -- issuing, reissuing, revoking (database worker) ----------------------------------------
    def issue(
        self, enrollment_ids: list[str] | None, then: Callable[[], None] | None = None
    ) -> None:
        """Issue certificates to everyone eligible (None) or to these participants."""
        if enrollment_ids is not None and not enrollment_ids:
            QMessageBox.information(
                self, self.tr("Certificates"), self.tr("Select the participants first.")
            )
            return
        actor, training_id, language = (
            self.context.actor,
            self.training_id,
            self.language.currentData(),
        )

        def work(session: Any, job: Any) -> Issued:
            result = certs.issue(
                session, actor, training_id, database_signer(session),
                enrollment_ids=enrollment_ids, language=language,
            )  # fmt: skip
            return Issued(len(result.issued), len(result.reissued), len(result.not_eligible))

        def done(result: Issued) -> None:
            self.outcome.setText(
                self.tr("{issued} issued, {reissued} signed again, {low} with too little "
                        "attendance").format(
                    issued=result.issued, reissued=result.reissued, low=result.not_eligible
                )
            )  # fmt: skip
            self.issued.emit(result)
            self.changed.emit()
            if then is not None:
                then()

        self.context.tasks.run_database(
            work, done, lambda e: show_error(self, e), write=True,
            label=self.tr("Issuing certificates…"), parent=self, owner=self,
        )  # fmt: skip

    def reissue_selected(self) -> None:
        """Sign the selected certificates again with today's facts; their numbers stay."""
        chosen = self._selected_certificates()
        if not chosen:
            QMessageBox.information(
                self, self.tr("Reissue"), self.tr("Select participants who hold a certificate.")
            )
            return
        actor, ids = self.context.actor, [c.id for c in chosen]

        def work(session: Any, job: Any) -> int:
            signer = database_signer(session)
            return len([certs.reissue(session, actor, i, signer) for i in ids])

        self.context.tasks.run_database(
            work, lambda _n: self.changed.emit(), lambda e: show_error(self, e),
            write=True, owner=self,
        )  # fmt: skip

    def revoke_selected(self) -> None:
        """Ask why, then revoke the selected certificate."""
        chosen = self._selected_certificates()
        if len(chosen) != 1:
            QMessageBox.information(
                self, self.tr("Revoke"), self.tr("Select one participant who holds a certificate.")
            )
            return
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Revoke certificate {number}").format(number=chosen[0].number),
            self.tr("Why is it revoked? Anyone verifying the certificate is shown this reason."),
        )
        if ok:
            self.revoke(chosen[0].id, reason)

    def revoke(self, certificate_id: str, reason: str) -> None:
        """Revoke a certificate with ``reason``; its number is never given to another."""
        try:
            with self.context.db.transaction() as session:
                certs.revoke(session, self.context.actor, certificate_id, reason)
        except Exception as error:
            show_error(self, error)
            return
        self.changed.emit()

    # -- files -------------------------------------------------------------------------------
    def _wanted(self) -> list[str] | None:
        """The selected participants' certificates, or everyone's when none is selected."""
        return self.selected() or None

    def write_pdf(
        self, target: Path, then: Callable[[list[Path]], None], *, separate: bool = False
    ) -> None:
        """Write the certificates (selected, else all) to ``target`` in the chosen template."""
        self.documents.certificates_pdf(
            target, then, separate=separate, enrollment_ids=self._wanted(),
            language=self.language.currentData(),
        )  # fmt: skip

    def open_pdf(self) -> None:
        """Write the certificates to a preview file and open it in the PDF viewer."""
        target = preview_folder() / self.tr("certificates.pdf")
        self.write_pdf(target, lambda paths: open_file(paths[0]))

    def print_pdf(self) -> None:
        """Write the certificates, then print them through the system's print dialog."""
        target = preview_folder() / self.tr("certificates.pdf")
        self.write_pdf(target, lambda paths: self.ask_and_print(paths[0]))

    def ask_and_print(self, path: Path) -> None:
        """The print dialog for ``path``; prints when the user confirms."""
        printer = printer_for(path)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.documents.send_to_printer(path, printer)

    def save_pdf(self) -> None:
        """Save the certificates in one PDF where the user says, then open it."""
        name = documents_folder() / self.tr("certificates.pdf")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save certificates"), str(name), "PDF (*.pdf)"
        )
        if chosen:
            self.write_pdf(Path(chosen), lambda paths: open_file(paths[0]))

    def save_separate(self) -> None:
        """Save one PDF per person in a folder the user picks."""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the certificates"), str(documents_folder())
        )
        if chosen:
            self.write_pdf(Path(chosen), lambda paths: open_file(Path(chosen)), separate=True)
