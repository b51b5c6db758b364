"""The main window, sign-in, background work and failure handling."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from infospot_app.core.errors import PermissionDenied
from infospot_app.core.services import users
from infospot_app.core.services.actor import Actor
from infospot_app.core.services.companies import companies
from infospot_app.ui.failure import log_path, show_error, start_logging
from infospot_app.ui.login_dialog import LoginDialog
from infospot_app.ui.main_window import MainWindow
from infospot_app.ui.pages import PageSpec, default_pages, unavailable
from infospot_app.ui.unavailable_page import UnavailablePage
from tests.conftest import make_vkn
from tests.ui.conftest import make_context, type_text


def _window(qtbot, context, pages=None) -> MainWindow:  # noqa: ANN001
    window = MainWindow(context, pages)
    qtbot.addWidget(window)
    return window


def _simple_pages() -> list[PageSpec]:
    """The real registry with the heavy pages of other issues left out."""
    keep = {"companies", "settings", "people", "visits"}
    specs = []
    for spec in default_pages():
        if spec.key not in keep:
            spec.factory = unavailable(spec.title, spec.icon)
        specs.append(spec)
    return specs


def test_navigation_lists_every_part_and_status_bar_names_office_user_and_file(qtbot, context, db):
    window = _window(qtbot, context, _simple_pages())
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == [
        "Dashboard", "Companies", "People", "Visits", "Trainings",
        "Clusters", "Grants", "Sync", "Reports", "Settings",
    ]  # fmt: skip
    assert "TR19" in window.office_label.text()
    assert "ayse" in window.user_label.text() and "Staff" in window.user_label.text()
    assert str(db.path) in window.database_label.text()
    context.tasks.wait()


def test_unavailable_page_says_so_honestly(qtbot, context):
    window = _window(qtbot, context, _simple_pages())
    page = window.show_page("reports")
    assert isinstance(page, UnavailablePage)
    assert "not yet available" in page.message.text()
    context.tasks.wait()


def test_last_page_and_geometry_are_remembered(qtbot, context):
    window = _window(qtbot, context, _simple_pages())
    window.resize(700, 500)
    window.show_page("grants")
    window.close()
    assert QSettings().value("main_window/page") == "grants"
    again = _window(qtbot, context, _simple_pages())
    assert again.current_key() == "grants"
    assert again.size().width() == 700
    context.tasks.wait()


def test_ctrl_f_focuses_the_company_search(qtbot, context):
    window = _window(qtbot, context, _simple_pages())
    window.show()
    window.show_page("reports")
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    window.find_action.trigger()
    assert window.current_key() == "companies"
    assert window.focusWidget() is window.page("companies").search
    context.tasks.wait()


def test_viewer_has_new_disabled_and_the_core_refuses_too(qtbot, db):
    viewer = make_context(db, Actor("okur", "TR19", "viewer"))
    window = _window(qtbot, viewer, _simple_pages())
    assert not window.new_action.isEnabled()
    with pytest.raises(PermissionDenied), db.transaction() as session:
        companies.create(session, viewer.actor, {"legal_name": "X", "tax_id": make_vkn(3)})
    viewer.tasks.wait()


def test_sign_in_checks_the_password_and_gives_the_role(qtbot, db):
    with db.transaction() as session:
        users.add_user(session, None, "mehmet", "Mehmet Öz", "admin", "gizli-parola")
        users.add_user(
            session, Actor("mehmet", "TR19", "admin"), "okur", "Okur", "viewer", "okur-parola"
        )
    dialog = LoginDialog(db, "TR19")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.username, "okur")
    type_text(dialog.password, "yanlış")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "Wrong user name or password" in dialog.error.text()
    dialog.password.clear()
    type_text(dialog.password, "okur-parola")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor == Actor("okur", "TR19", "viewer")


def test_background_result_arrives_on_the_gui_thread(qtbot, context):
    import threading

    seen = {}

    def work(session, job):  # noqa: ANN001
        seen["worker"] = threading.get_ident()
        return companies.list(session).total

    def done(total: int) -> None:
        seen["done"] = threading.get_ident()
        seen["total"] = total

    with qtbot.waitSignal(context.tasks.idle, timeout=5000):
        context.tasks.run_database(work, done)
    assert seen["total"] == 0
    assert seen["done"] == threading.main_thread().ident != seen["worker"]


def test_background_failure_is_delivered(qtbot, context):
    failures = []

    def work(session, job):  # noqa: ANN001
        raise ValueError("boom")

    with qtbot.waitSignal(context.tasks.idle, timeout=5000):
        context.tasks.run_database(work, lambda r: None, failures.append)
    assert isinstance(failures[0], ValueError)


def test_unexpected_error_shows_copyable_details_and_is_logged(qtbot):
    start_logging()
    try:
        raise RuntimeError("kaboom")
    except RuntimeError as error:
        box = show_error(None, error)
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "kaboom" in box.detailedText()
    assert "not expected" in box.text() or "did not expect" in box.text()
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "kaboom" in log_path().read_text(encoding="utf-8")
    box.close()
