"""Settings page: backups and restore, users by role, certificate signatories and logos."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from infospot_app.core import backup
from infospot_app.core.services import settings, users
from infospot_app.core.services.actor import Actor
from infospot_app.core.storage import open_database
from infospot_app.ui.main_window import MainWindow
from infospot_app.ui.settings_page import SettingsPage
from tests.ui.conftest import add_company, make_context

YES = QMessageBox.StandardButton.Yes


def error_shown(widget) -> str:  # noqa: ANN001
    """The text of the last error box opened over ``widget`` (show_error opens, not exec)."""
    boxes = widget.findChildren(QMessageBox)
    assert boxes, "no error was shown"
    return boxes[-1].text()


def admin_context(db):  # noqa: ANN001, ANN201
    with db.transaction() as session:
        if not users.list_users(session):
            users.add_user(session, None, "yonetici", "Yönetici", "admin", "gizli-parola-1")
    return make_context(db, Actor(user="yonetici", office="TR19", role="admin"))


def test_back_up_now_lists_the_new_file(qtbot, db):
    context = admin_context(db)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    before = page.backups.paths()
    page.backups.back_up_now()
    qtbot.waitUntil(lambda: len(page.backups.paths()) == len(before) + 1)
    newest = page.backups.paths()[0]
    assert newest == page.backups.last_backup and newest.exists()
    assert newest in backup.list_backups(db.path)
    context.tasks.wait()


def test_restore_refuses_a_damaged_file_and_keeps_the_database(qtbot, db, tmp_path, message_boxes):
    context = admin_context(db)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    quits: list[bool] = []
    page.backups.quit = lambda: quits.append(True)
    damaged = tmp_path / "infospot-20250101-000000-000000-manual.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    assert not page.backups.restore(damaged)
    assert "damaged" in error_shown(page)
    assert quits == []
    with db.session() as session:  # still open and usable
        assert settings.office_code(session) == "TR19"


def test_restore_asks_then_replaces_the_database_and_quits(qtbot, db, actor, message_boxes):
    context = admin_context(db)
    saved = backup.make_backup(db.path, "manual")
    add_company(db, actor, 1, "Yedekten Sonra A.Ş.")
    page = SettingsPage(context)
    qtbot.addWidget(page)
    quits: list[bool] = []
    page.backups.quit = lambda: quits.append(True)
    assert not page.backups.restore(saved)  # the warning's default is Cancel
    assert "Everything entered after this backup" in message_boxes.shown[-1][2]
    message_boxes.answers.append(YES)
    assert page.backups.restore(saved)
    assert quits == [True]
    with open_database(db.path, daily_backup=False) as reopened, reopened.session() as session:
        from infospot_app.core.services.companies import companies

        assert companies.list(session).total == 0


def test_admin_adds_deactivates_and_resets_a_password(qtbot, db, qtmodeltester):
    context = admin_context(db)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    box = page.users
    qtmodeltester.check(box.model)
    box.add_user()
    form = box.dialog
    form.field("username").setText("mehmet")
    form.field("full_name").setText("Mehmet Öztürk")
    form.field("password").setText("uzun-parola-1")
    form.field("repeat").setText("uzun-parola-2")
    assert not form.save()
    assert "not the same" in form.rows["repeat"].error.text()
    form.field("repeat").setText("uzun-parola-1")
    assert form.save()
    assert box.model.rowCount() == 2
    row = next(r for r in range(2) if box.model.key(r)[0] == "mehmet")
    box.table.selectRow(row)
    box.toggle_active()
    with db.session() as session:
        assert not users.get_user(session, "mehmet").active
    box.table.selectRow(next(r for r in range(2) if box.model.key(r)[0] == "mehmet"))
    assert box.toggle_button.text() == "Activate"
    box.change_password()
    assert box.dialog.username == "mehmet"
    box.dialog.field("password").setText("yeni-parola-9")
    box.dialog.field("repeat").setText("yeni-parola-9")
    assert box.dialog.save()
    with db.session() as session:
        assert users.check_password(
            "yeni-parola-9", users.get_user(session, "mehmet").password_hash
        )


def test_staff_sees_only_their_account_and_settings_read_only(qtbot, db, message_boxes):
    admin_context(db)
    with db.transaction() as session:
        admin = Actor(user="yonetici", office="TR19", role="admin")
        users.add_user(session, admin, "ayse", "Ayşe", "staff", "ayse-parola-1")
    context = make_context(db, Actor(user="ayse", office="TR19", role="staff"))
    page = SettingsPage(context)
    qtbot.addWidget(page)
    box = page.users
    assert box.model.rowCount() == 1 and box.model.key(0)[0] == "ayse"
    assert not box.add_button.isEnabled() and not box.toggle_button.isEnabled()
    assert not page.backups.backup_button.isEnabled()
    assert not page.certificate.save_button.isEnabled()
    assert not page.mail_button.isEnabled()
    box.add_user()
    assert box.dialog is None
    box.toggle_active()  # the core refuses too
    assert "Only administrators" in error_shown(page)
    page.certificate.names[0].setText("Birisi")
    page.certificate.save_signatories()
    with db.session() as session:
        assert settings.get_setting(session, "certificate.signatories") is None
    box.change_password()
    assert box.dialog.username == "ayse"
    box.dialog.field("password").setText("kendi-parola-2")
    box.dialog.field("repeat").setText("kendi-parola-2")
    assert box.dialog.save()


def test_signatories_and_logos_saved_are_what_the_certificate_reads(qtbot, db, tmp_path: Path):
    context = admin_context(db)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    cert = page.certificate
    cert.names[0].setText("Prof. Dr. İlhan Şahin")
    cert.titles[0].setText("Oda Başkanı")
    cert.names[1].setText("Gülşen Çakır")
    cert.titles[1].setText("Genel Sekreter")
    cert.save_signatories()
    with db.session() as session:
        assert settings.get_setting(session, "certificate.signatories") == [
            {"name": "Prof. Dr. İlhan Şahin", "title": "Oda Başkanı"},
            {"name": "Gülşen Çakır", "title": "Genel Sekreter"},
        ]
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    source = tmp_path / "oda-logo.png"
    assert image.save(str(source))
    cert.add_logo(source)
    with db.session() as session:
        (stored,) = settings.get_setting(session, "certificate.logos")
    assert Path(stored).exists() and Path(stored) != source
    assert cert.previews[0].pixmap().height() == 56
    again = SettingsPage(context)
    qtbot.addWidget(again)
    assert again.certificate.names[1].text() == "Gülşen Çakır"


def test_language_choice_asks_the_main_window_to_switch(qtbot, db):
    context = admin_context(db)
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    with qtbot.waitSignal(window.language_requested) as signal:
        page.language.setCurrentIndex(page.language.findData("tr"))
    assert signal.args == ["tr"]
    assert page.fingerprints[0]  # shown even without keys: the reason instead
