"""Signing in against the database's users."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.services import users
from ..core.services.actor import Actor
from ..core.storage import OpenDatabase
from .failure import user_message
from .icons import icon


class LoginDialog(QDialog):
    """User name and password; ``actor`` is set when the dialog is accepted."""

    def __init__(self, db: OpenDatabase, office: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.office = office
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in to InfoSpot"))
        self.setWindowIcon(icon("lock"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Sign in — office {office}").format(office=office), self)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.username = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.sign_in = buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def try_sign_in(self) -> None:
        """Check the credentials; stay open with a message if they are wrong."""
        try:
            with self.db.transaction() as session:
                self.actor = users.authenticate(
                    session, self.username.text(), self.password.text(), self.office
                )
        except users.SignInFailed as error:
            self.error.setText(user_message(error) or "")
            self.error.show()
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()
