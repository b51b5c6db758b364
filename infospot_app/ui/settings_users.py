"""Settings: user accounts. Administrators add, deactivate, activate and reset passwords;
everyone else sees their own account and can change their own password."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.models.user import ROLES
from ..core.services import users
from ..core.validation import ValidationError
from .context import AppContext
from .display import format_date
from .edit_dialog import EditDialog
from .failure import show_error
from .icons import icon
from .labels import role
from .rows_model import RowsModel


def user_headers() -> list[str]:
    """The columns of the users list."""
    return [
        QCoreApplication.translate("UsersBox", "User name"),
        QCoreApplication.translate("UsersBox", "Full name"),
        QCoreApplication.translate("UsersBox", "Role"),
        QCoreApplication.translate("UsersBox", "Status"),
        QCoreApplication.translate("UsersBox", "Last sign-in"),
    ]


def _password(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _same(values: dict[str, Any]) -> None:
    if values["password"] != values["repeat"]:
        raise ValidationError(
            "repeat", "İki parola aynı değil.", "The two passwords are not the same."
        )


class UserForm(EditDialog):
    """Add an account (administrators)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("UsersBox", "New user"), parent)
        self.context = context
        self.add_field("username", self.tr("User name"), QLineEdit(self), required=True)
        self.add_field("full_name", self.tr("Full name"), QLineEdit(self))
        box = QComboBox(self)
        for code in ROLES:
            box.addItem(role(code), code)
        box.setCurrentIndex(box.findData("staff"))
        self.add_field("role", self.tr("Role"), box, required=True)
        self.add_field("password", self.tr("Password"), _password(self), required=True)
        self.add_field("repeat", self.tr("Password again"), _password(self), required=True)
        self.finish_tab_order()
        self.mark_clean()

    def save_values(self, values: dict[str, Any]) -> str:
        _same(values)
        with self.context.db.transaction() as session:
            user = users.add_user(
                session,
                self.context.actor,
                values["username"],
                values["full_name"],
                values["role"],
                values["password"],
            )
            return user.username


class PasswordForm(EditDialog):
    """Set a new password for ``username`` (an administrator for anyone, a user for themselves)."""

    def __init__(self, context: AppContext, username: str, parent: QWidget | None = None):
        super().__init__("", parent, save_and_new=False)
        self.setWindowTitle(self.tr("New password for {user}").format(user=username))
        self.context, self.username = context, username
        self.add_field("password", self.tr("New password"), _password(self), required=True)
        self.add_field("repeat", self.tr("Password again"), _password(self), required=True)
        self.finish_tab_order()
        self.mark_clean()

    def save_values(self, values: dict[str, Any]) -> str:
        _same(values)
        with self.context.db.transaction() as session:
            users.set_password(session, self.context.actor, self.username, values["password"])
        return self.username


class UsersBox(QGroupBox):
    """The accounts of this database."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Users"), parent)
        self.context = context
        layout = QVBoxLayout(self)
        self.model = RowsModel(user_headers, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(180)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(icon("add_user"), self.tr("Add user…"), self)
        self.toggle_button = QPushButton(icon("deactivate"), self.tr("Deactivate"), self)
        self.password_button = QPushButton(icon("password"), self.tr("Reset password…"), self)
        if not context.is_admin:
            self.password_button.setText(self.tr("Change my password…"))
        for button in (self.add_button, self.toggle_button, self.password_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.setEnabled(context.is_admin)
        self.toggle_button.setEnabled(context.is_admin)
        self.add_button.clicked.connect(self.add_user)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.change_password)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._describe())
        self.dialog: EditDialog | None = None
        self.fill()

    def fill(self) -> None:
        """Every account for an administrator; one's own account for anyone else."""
        with self.context.db.session() as session:
            accounts = users.list_users(session)
        if not self.context.is_admin:
            accounts = [u for u in accounts if u.username == self.context.actor.user]
        rows = [
            [
                u.username,
                u.full_name,
                role(u.role),
                self.tr("active") if u.active else self.tr("deactivated"),
                format_date(u.last_login_at),
            ]
            for u in accounts
        ]
        self.model.set_rows(rows, [(u.username, u.active) for u in accounts])
        if rows:
            self.table.selectRow(0)
        self._describe()

    def current(self) -> tuple[str, bool] | None:
        """(user name, active) of the selected account."""
        return self.model.key(self.table.currentIndex().row())

    def _describe(self) -> None:
        chosen = self.current()
        active = chosen is None or chosen[1]
        self.toggle_button.setText(self.tr("Deactivate") if active else self.tr("Activate"))
        self.toggle_button.setIcon(icon("deactivate" if active else "activate"))

    def add_user(self) -> None:
        """Open the new-user form (administrators)."""
        if not self.context.is_admin:
            return
        self.dialog = UserForm(self.context, self)
        self.dialog.saved.connect(lambda _name: self.fill())
        self.dialog.open()

    def toggle_active(self) -> None:
        """Deactivate the selected account (or activate it again)."""
        chosen = self.current()
        if chosen is None:
            return
        try:
            with self.context.db.transaction() as session:
                users.set_active(session, self.context.actor, chosen[0], not chosen[1])
        except Exception as error:
            show_error(self, error)
        self.fill()

    def change_password(self) -> None:
        """Reset the selected account's password (one's own for non-administrators)."""
        chosen = self.current()
        username = chosen[0] if chosen and self.context.is_admin else self.context.actor.user
        self.dialog = PasswordForm(self.context, username, self)
        self.dialog.open()
