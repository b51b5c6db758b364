"""The Settings page: office identity and key fingerprints, language, e-mail, backups,
certificates and users. Only administrators change settings; others see them read-only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import InfoSpotError
from ..core.reference import office_info
from ..core.services import settings
from ..sync import keys, mail, mail_password
from .context import AppContext
from .failure import show_error
from .i18n import current_language
from .icons import icon
from .labels import mode as mode_name
from .settings_backup import BackupBox
from .settings_certificate import CertificateBox
from .settings_users import UsersBox
from .sync_mail_dialog import MailSettingsDialog


class SettingsPage(QScrollArea):
    """Every setting of this database and this computer, in one scrolling page."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWidgetResizable(True)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 16, 16, 16)
        heading = QLabel(self.tr("Settings"), body)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        if not context.is_admin:
            note = QLabel(
                self.tr("Only an administrator can change these settings; you can read them."),
                body,
            )
            note.setObjectName("hint")
            layout.addWidget(note)
        layout.addWidget(self._office(body))
        layout.addWidget(self._general(body))
        self.backups = BackupBox(context, body)
        self.certificate = CertificateBox(context, body)
        self.users = UsersBox(context, body)
        for box in (self.backups, self.certificate, self.users):
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(body)

    def _office(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("This office"), parent)
        form = QFormLayout(box)
        with self.context.db.session() as session:
            code = settings.office_code(session) or ""
            mode = settings.get_setting(session, settings.MODE, "office")
            try:
                pair = keys.load_keys(session)
                signing, encryption = pair.signing_fingerprint, pair.encryption_fingerprint
            except InfoSpotError as error:
                signing = encryption = error.message(current_language())
        try:
            info = office_info(code)
            name, host = info.name, info.host
        except KeyError:
            name = host = ""
        self.fingerprints = (signing, encryption)
        for caption, value in (
            (self.tr("Office code:"), code),
            (self.tr("Name:"), name),
            (self.tr("Host organisation:"), host),
            (self.tr("Mode:"), mode_name(mode)),
            (self.tr("Signing key:"), signing),
            (self.tr("Encryption key:"), encryption),
        ):
            label = QLabel(value, box)
            label.setTextInteractionFlags(label.textInteractionFlags().TextSelectableByMouse)
            form.addRow(caption, label)
        hint = QLabel(
            self.tr("Read the key fingerprints to the central office by phone to confirm them."),
            box,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow("", hint)
        return box

    def _general(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Language and e-mail"), parent)
        form = QFormLayout(box)
        self.language = QComboBox(box)
        self.language.addItem("Türkçe", "tr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.language.currentIndexChanged.connect(self.switch_language)
        form.addRow(self.tr("Language:"), self.language)
        self.mail_button = QPushButton(icon("settings"), self.tr("E-mail settings…"), box)
        self.mail_button.setEnabled(self.context.is_admin)
        self.mail_button.clicked.connect(self.edit_mail)
        form.addRow(self.tr("Sending packages:"), self.mail_button)
        return box

    def switch_language(self) -> None:
        """Ask the main window to switch the language (it rebuilds itself)."""
        window = self.window()
        signal = getattr(window, "language_requested", None)
        if signal is not None:
            signal.emit(self.language.currentData())

    def edit_mail(self) -> bool:
        """The e-mail settings dialog; True when saved."""
        with self.context.db.session() as session:
            current = mail.load_mail_settings(session)
        self.mail_dialog = MailSettingsDialog(current, self)
        if self.mail_dialog.exec() != MailSettingsDialog.DialogCode.Accepted:
            return False
        value = self.mail_dialog.value()
        try:
            self.context.actor.require_admin()
            with self.context.db.transaction() as session:
                mail.save_mail_settings(session, value)
            if self.mail_dialog.typed_password():
                mail_password.save_password(
                    value.user, value.server, self.mail_dialog.typed_password()
                )
        except Exception as error:
            show_error(self, error)
            return False
        return True
