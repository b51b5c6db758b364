"""The first-run wizard end to end, cancelling it, and switching the language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from infospot_app.core.services import settings, users
from infospot_app.core.storage import open_database
from infospot_app.ui.database_setup import SetupChoices, create_database, database_state
from infospot_app.ui.i18n import install_language
from infospot_app.ui.setup_wizard import SetupWizard
from tests.ui.conftest import type_text


def _next(wizard: SetupWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def test_wizard_sets_up_an_office_database_with_its_first_admin(qtbot, tmp_path: Path):
    path = tmp_path / "yeni" / "infospot.db"
    wizard = SetupWizard(path, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    _next(wizard)  # language: English
    _next(wizard)  # an Info Spot office
    office = wizard.office_page.office
    office.setCurrentIndex(office.findData("TR55"))
    _next(wizard)
    type_text(wizard.admin_page.username, "zeynep")
    type_text(wizard.admin_page.full_name, "Zeynep Şahin")
    type_text(wizard.admin_page.password, "kısa")
    type_text(wizard.admin_page.repeat, "kısa")
    _next(wizard)
    assert wizard.currentPage() is wizard.admin_page  # too short: stays, says why
    assert "at least 8" in wizard.admin_page.error.text()
    for edit in (wizard.admin_page.password, wizard.admin_page.repeat):
        edit.clear()
        type_text(edit, "uzun-ve-gizli")
    _next(wizard)
    assert wizard.currentPage() is wizard.location_page
    assert wizard.location_page.path.text() == str(path)  # the default is shown
    assert not path.exists()  # nothing is written before Finish
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    with open_database(path) as db, db.transaction() as session:
        assert settings.office_code(session) == "TR55"
        actor = users.authenticate(session, "zeynep", "uzun-ve-gizli", "TR55")
    assert actor.role == "admin"
    assert database_state(path).ready


def test_cancelled_wizard_leaves_no_file(qtbot, tmp_path: Path):
    path = tmp_path / "infospot.db"
    wizard = SetupWizard(path, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    _next(wizard)
    wizard.reject()
    assert not path.exists()


def test_failed_creation_removes_the_new_file_but_keeps_an_existing_one(tmp_path: Path):
    path = tmp_path / "infospot.db"
    bad = SetupChoices(path, "tr", "TR19", "bad name!", "X", "uzun-ve-gizli")
    try:
        create_database(bad)
    except Exception as error:  # the user name is refused
        assert "user name" in str(error.message_en)  # type: ignore[attr-defined]
    assert not path.exists()
    good = SetupChoices(path, "tr", "TR19", "admin", "Yönetici", "uzun-ve-gizli")
    create_database(good)
    assert database_state(path).ready


def test_language_switch_translates_the_window(qtbot, context):
    from tests.ui.test_shell import _simple_pages, _window

    install_language("tr")
    window = _window(qtbot, context, _simple_pages())
    assert window.navigation.item(1).text() == "Firmalar"
    assert window.page("companies").new_button.text() == "Yeni firma"
    install_language("en")
    english = _window(qtbot, context, _simple_pages())
    assert english.navigation.item(1).text() == "Companies"
    context.tasks.wait()


def _admin(wizard: SetupWizard, name: str = "zeynep") -> None:
    type_text(wizard.admin_page.username, name)
    for edit in (wizard.admin_page.password, wizard.admin_page.repeat):
        type_text(edit, "uzun-ve-gizli")


def test_wizard_at_the_central_office_creates_its_keys(qtbot, tmp_path: Path):
    from infospot_app.sync.keys import load_keys, office_row

    path = tmp_path / "hq.db"
    wizard = SetupWizard(path, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    _next(wizard)
    wizard.mode_page.central.setChecked(True)
    _next(wizard)
    assert wizard.currentPage() is wizard.admin_page
    _admin(wizard)
    _next(wizard)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    with open_database(path) as db, db.session() as session:
        assert settings.is_central(session)
        assert office_row(session, "HQ").signing_key == load_keys(session).signing_public


def test_wizard_prefilled_with_a_setup_file_makes_the_office_from_it(qtbot, tmp_path: Path):
    from infospot_app.sync import office_setup
    from infospot_app.sync.keys import load_keys

    with open_database(tmp_path / "hq.db") as hq:
        with hq.transaction() as session:
            prints = office_setup.init_central(session)
        with hq.session() as session:
            setup_file = office_setup.write_setup_file(session, "TR27", tmp_path / "TR27.isetup")
    path = tmp_path / "office.db"
    wizard = SetupWizard(path, "en", setup_file=setup_file)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(wizard)
    _next(wizard)
    page = wizard.office_page
    assert page.office.currentData() == "TR27" and not page.office.isEnabled()
    assert prints.signing in wizard.setup_file.shown.text()  # HQ's key, to check by phone
    assert "needs the setup file" in wizard.setup_file.note.text()
    _next(wizard)
    _admin(wizard)
    _next(wizard)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    with open_database(path) as db, db.session() as session:
        assert settings.office_code(session) == "TR27"
        load_keys(session)  # the office's own keys exist
    wizard.setup_file.clear()
    assert wizard.office_page.office.isEnabled()


def test_wizard_refuses_a_damaged_setup_file_and_keeps_the_list(qtbot, tmp_path: Path):
    bad = tmp_path / "bad.isetup"
    bad.write_bytes(b"ISPKG\r\n\x1a not really")
    wizard = SetupWizard(tmp_path / "office.db", "en", setup_file=bad)
    qtbot.addWidget(wizard)
    assert wizard.setup_file.path is None
    assert wizard.setup_file.error.text()
    assert wizard.office_page.office.isEnabled()


def test_wizard_for_a_database_without_users_asks_only_for_the_admin(qtbot, tmp_path: Path):
    from infospot_app.core.services import setup

    path = tmp_path / "kept.db"
    with open_database(path) as db, db.transaction() as session:
        setup.initialize(session, "TR19")
    state = database_state(path)
    assert state.exists and not state.ready
    wizard = SetupWizard(path, "en", state=state)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(wizard)
    assert wizard.currentPage() is wizard.admin_page
    _admin(wizard, "ayse")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    with open_database(path) as db, db.transaction() as session:
        assert users.authenticate(session, "ayse", "uzun-ve-gizli", "TR19").role == "admin"
    assert database_state(path).ready
