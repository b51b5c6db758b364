"""The first-run wizard: language, mode, office, first administrator, database location.

Nothing is written until Finish; then ``database_setup.create_database`` does it all in one
transaction. The office page lists the reference offices and offers HQ's signed setup file
(``SetupFileSource``); a database that exists but has no users asks only for the administrator.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core.reference import OFFICES
from ..core.services import setup, users
from .database_setup import DatabaseState, SetupChoices, create_database
from .failure import show_error, user_message
from .i18n import install_language, save_language
from .setup_file_source import SetupFileSource


class LanguagePage(QWizardPage):
    """Türkçe or English; the rest of the wizard follows the choice."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.turkish = QRadioButton("Türkçe", self)
        self.english = QRadioButton("English", self)
        (self.english if language == "en" else self.turkish).setChecked(True)
        layout.addWidget(self.turkish)
        layout.addWidget(self.english)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to InfoSpot"))
        self.setSubTitle(
            self.tr("Choose the language of the application. You can change it later.")
        )

    def language(self) -> str:
        return "en" if self.english.isChecked() else "tr"

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        wizard = self.wizard()
        install_language(self.language())
        if isinstance(wizard, SetupWizard):
            wizard.retranslate()
        return True


class ModePage(QWizardPage):
    """An Info Spot office or the central office (HQ)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.office = QRadioButton(self)
        self.central = QRadioButton(self)
        self.office.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.office)
        group.addButton(self.central)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.explain.setObjectName("hint")
        for widget in (self.office, self.central, self.explain):
            layout.addWidget(widget)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        self.setTitle(self.tr("Where is this computer?"))
        self.setSubTitle(
            self.tr("InfoSpot works differently at an Info Spot and at the central office.")
        )
        self.office.setText(
            self.tr("At an Info Spot office (registers companies, sends sync packages)")
        )
        self.central.setText(self.tr("At the central office (imports every office's packages)"))
        self.explain.setText(self.tr("Most computers are at an Info Spot office."))

    def is_central(self) -> bool:
        return self.central.isChecked()


class OfficePage(QWizardPage):
    """Which office this database belongs to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.office = QComboBox(self)
        for info in OFFICES:
            if not info.central:
                self.office.addItem(f"{info.code} — {info.name}", info.code)
        self.office_label = QLabel(self)
        form.addRow(self.office_label, self.office)
        self.host = QLabel(self)
        self.host.setObjectName("hint")
        self.host.setWordWrap(True)
        form.addRow("", self.host)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)
        self.office.currentIndexChanged.connect(self._describe)

    def add_source(self, widget: QWidget) -> None:
        """Extension point: another way to identify the office (the sync issue's setup file)."""
        self.layout_.insertWidget(self.layout_.count() - 1, widget)

    def initializePage(self) -> None:  # noqa: N802
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(self.tr("Choose the Info Spot this computer works for."))
        self.office_label.setText(self.tr("Office"))
        self._describe()

    def _describe(self) -> None:
        code = self.office.currentData()
        info = next((o for o in OFFICES if o.code == code), None)
        self.host.setText(self.tr("Hosted by {host}").format(host=info.host) if info else "")

    def code(self) -> str:
        return str(self.office.currentData())

    def follow_setup_file(self, source: SetupFileSource) -> None:
        """The setup file names the office: select it and let nobody choose another."""
        if source.info is not None:
            self.office.setCurrentIndex(max(self.office.findData(source.info.office), 0))
        self.office.setEnabled(source.info is None)


class AdminPage(QWizardPage):
    """The first administrator account."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.username = QLineEdit(self)
        self.full_name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel(self) for _ in range(4)]
        for label, edit in zip(
            self.labels, (self.username, self.full_name, self.password, self.repeat), strict=True
        ):
            label.setBuddy(edit)
            self.form.addRow(label, edit)
        layout.addLayout(self.form)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.registerField("username*", self.username)
        self.registerField("password*", self.password)

    def initializePage(self) -> None:  # noqa: N802
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(
            self.tr(
                "This account adds the other users and changes the settings. Keep its password safe."
            )
        )
        texts = (
            self.tr("User name *"),
            self.tr("Full name"),
            self.tr("Password *"),
            self.tr("Repeat password *"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)

    def validatePage(self) -> bool:  # noqa: N802
        if len(self.password.text()) < users.MIN_PASSWORD:
            self.error.setText(
                self.tr("The password must have at least {n} characters.").format(
                    n=users.MIN_PASSWORD
                )
            )
            return False
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords differ. Type the same password twice."))
            return False
        self.error.clear()
        return True


class LocationPage(QWizardPage):
    """Where the database file is kept (the default is shown)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit(str(path), self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.explain = QLabel(self)
        self.explain.setObjectName("hint")
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        self.setTitle(self.tr("Where to keep the data"))
        self.setSubTitle(self.tr("The default location is right for most computers."))
        self.browse.setText(self.tr("Choose…"))
        self.explain.setText(
            self.tr(
                "Backups are kept in a “backups” folder next to this file. "
                "Press Finish to create the database."
            )
        )

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.path.text(), self.tr("InfoSpot database (*.db)")
        )
        if chosen:
            self.path.setText(chosen)

    def chosen(self) -> Path:
        return Path(self.path.text().strip()).expanduser()


class SetupWizard(QWizard):
    """Sets up a new database; ``database_path`` names it once the wizard is accepted."""

    def __init__(
        self,
        path: Path,
        language: str,
        parent: QWidget | None = None,
        *,
        state: DatabaseState | None = None,
        setup_file: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.database_path = path
        # An existing database with its office but no users: only its administrator is missing.
        self.existing_office = state.office if state is not None and state.exists else None
        self.language_page = LanguagePage(language, self)
        self.mode_page = ModePage(self)
        self.office_page = OfficePage(self)
        self.setup_file = SetupFileSource(self.office_page)
        self.office_page.add_source(self.setup_file)
        self.setup_file.changed.connect(lambda: self.office_page.follow_setup_file(self.setup_file))
        self.admin_page = AdminPage(self)
        self.location_page = LocationPage(path, self)
        pages: tuple[QWizardPage, ...] = (
            self.language_page,
            self.mode_page,
            self.office_page,
            self.admin_page,
            self.location_page,
        )
        if self.existing_office is not None:
            pages = (self.language_page, self.admin_page)
        for page in pages:
            self.addPage(page)
        self.resize(640, 520)
        self.retranslate()
        if setup_file is not None and self.existing_office is None:
            self.setup_file.load(setup_file)

    def retranslate(self) -> None:
        """Titles and buttons in the language just chosen."""
        self.setWindowTitle(self.tr("Set up InfoSpot"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.language_page.retranslate()
        self.setup_file.retranslate()

    def nextId(self) -> int:  # noqa: N802
        # The central office has one identity; its office page is skipped.
        if self.currentPage() is self.mode_page and self.mode_page.is_central():
            return self.pageIds()[3]
        return super().nextId()

    def choices(self) -> SetupChoices:
        """What the user chose."""
        central = self.mode_page.is_central()
        office = setup.HQ if central else self.office_page.code()
        setup_file = None if central else self.setup_file.path
        if self.existing_office is not None:
            office, setup_file = self.existing_office, None
        return SetupChoices(
            path=self.database_path if self.existing_office else self.location_page.chosen(),
            language=self.language_page.language(),
            office=office,
            admin_username=self.admin_page.username.text(),
            admin_full_name=self.admin_page.full_name.text(),
            admin_password=self.admin_page.password.text(),
            setup_file=setup_file,
        )

    def accept(self) -> None:
        """Finish: create the database; on failure stay on the page with the reason shown."""
        choices = self.choices()
        try:
            create_database(choices)
        except Exception as error:
            message = user_message(error)
            if message is None:
                show_error(self, error)
            elif self.existing_office is not None:
                self.admin_page.error.setText(message)
            else:
                self.location_page.error.setText(message)
            return
        save_language(choices.language)
        self.database_path = choices.path
        super().accept()
