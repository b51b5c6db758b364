"""The “Import member list” button; the wizard itself is loaded only when it is pressed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

from .context import AppContext
from .icons import icon

IMPORT_ICON = "file-import"


def _t(text: str) -> str:
    return QCoreApplication.translate("MemberImportWizard", text)


def add_member_import_button(
    page: QWidget,
    row: QBoxLayout,
    context: AppContext,
    on_imported: Callable[[], None] | None = None,
) -> QPushButton:
    """The “Import member list” button of a page (disabled for roles that only read)."""
    button = QPushButton(icon(IMPORT_ICON), _t("Import member list"), page)
    button.setObjectName("importMembersButton")
    button.setEnabled(context.can_edit)
    button.setToolTip(
        _t("Add the companies of a chamber's member list (Excel)")
        if context.can_edit
        else _t("Your role may only read records.")
    )
    button.clicked.connect(lambda: _open(page, context, on_imported))
    row.addWidget(button)
    return button


def _open(page: QWidget, context: AppContext, on_imported: Callable[[], None] | None) -> None:
    from .member_import_wizard import open_member_import  # openpyxl and the wizard's pages

    open_member_import(page, context, on_imported)
