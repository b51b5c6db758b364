"""The e-mail settings dialog (SMTP server, security, addresses, password) and the password prompt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..sync import mail_password
from ..sync.mail import DEFAULT_PORTS, SECURITY, MailSettings


def _t(text: str) -> str:
    return QCoreApplication.translate("MailSettingsDialog", text)


class MailSettingsDialog(QDialog):
    """Edit the SMTP settings; the password goes to the OS keyring when there is one."""

    def __init__(self, value: MailSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("E-mail settings"))
        form = QFormLayout()
        self.server = QLineEdit(value.server, self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(value.port)
        self.security = QComboBox(self)
        labels = {
            "starttls": self.tr("STARTTLS"),
            "ssl": self.tr("SSL/TLS"),
            "none": self.tr("None"),
        }
        for key in SECURITY:
            self.security.addItem(labels[key], key)
        self.security.setCurrentIndex(max(SECURITY.index(value.security), 0))
        self.security.currentIndexChanged.connect(self._default_port)
        self.user = QLineEdit(value.user, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender = QLineEdit(value.sender, self)
        self.central = QLineEdit(value.central_address, self)
        form.addRow(self.tr("SMTP server:"), self.server)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Security:"), self.security)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Sender address:"), self.sender)
        form.addRow(self.tr("Central office address:"), self.central)
        note = QLabel(self)
        note.setObjectName("hint")
        note.setWordWrap(True)
        if mail_password.store_usable():
            note.setText(self.tr("The password is kept in this computer's password store."))
        else:
            note.setText(
                self.tr(
                    "This computer has no password store, so InfoSpot does not save the password "
                    "and asks for it once each time InfoSpot runs. To save it, install and unlock "
                    "GNOME Keyring or KWallet (Linux); Windows uses its Credential Manager."
                )
            )
            self.password.setPlaceholderText(self.tr("asked when sending"))
            self.password.setEnabled(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _default_port(self) -> None:
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[self.security.currentData()])

    def value(self) -> MailSettings:
        """The settings as entered."""
        return MailSettings(
            server=self.server.text().strip(),
            port=self.port.value(),
            security=self.security.currentData(),
            user=self.user.text().strip(),
            sender=self.sender.text().strip(),
            central_address=self.central.text().strip(),
        )

    def typed_password(self) -> str:
        """The password typed (empty when none was typed)."""
        return self.password.text()


def ask_password(parent: QWidget, value: MailSettings) -> str | None:
    """Ask for the SMTP password (no store, or none saved); None if the user cancels."""
    text, ok = QInputDialog.getText(
        parent,
        _t("E-mail password"),
        _t("Password of {account}:").format(
            account=mail_password.account(value.user, value.server)
        ),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None
