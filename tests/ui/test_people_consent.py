"""A person's page: consents added and withdrawn, and erasing a person (asked twice)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from infospot_app.core.models import AuditEntry
from infospot_app.core.services.people import ERASED_NAME, consents, people
from infospot_app.ui.person_page import PersonPage
from tests.ui.conftest import add_company, type_text


def _person(db, actor, **values) -> str:  # noqa: ANN001
    with db.transaction() as session:
        return people.create(session, actor, {"full_name": "Gülşen Çağlayan", **values}).id


def _open(qtbot, context, person_id: str) -> PersonPage:  # noqa: ANN001
    page = PersonPage(context, person_id)
    qtbot.addWidget(page)
    page.show()
    return page


def _rows(page: PersonPage) -> list[list[str]]:
    model = page.consents.model
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_consent_added_by_keyboard_and_then_withdrawn(qtbot, context, db, actor, qtmodeltester):
    person = _person(db, actor)
    page = _open(qtbot, context, person)
    assert not page.consents.empty.isHidden()
    form = page.consents.add()
    qtbot.addWidget(form)
    form.purpose.setCurrentIndex(form.purpose.findData("certificate"))
    type_text(form.field("notice_version"), "2025/1")
    form.field("given_on").setText("")
    type_text(form.field("given_on"), "03.02.2026")
    form.method.setCurrentIndex(form.method.findData("paper_form"))
    with qtbot.waitSignal(form.saved, timeout=5000):
        qtbot.keyClick(form.field("given_on"), Qt.Key.Key_Return)
    qtmodeltester.check(page.consents.model)
    assert _rows(page) == [["Certificate", "2025/1", "03.02.2026", "Paper form", "ayse", "–"]]
    assert page.consents.empty.isHidden()
    withdraw = page.consents.withdraw_current()
    qtbot.addWidget(withdraw)
    withdraw.field("withdrawn_on").setText("10.03.2026")
    with qtbot.waitSignal(withdraw.saved, timeout=5000):
        withdraw.save_button.click()
    assert _rows(page)[0][5] == "10.03.2026"
    assert not page.consents.withdraw_button.isEnabled()  # already withdrawn
    with db.session() as session:
        (row,) = consents.of_person(session, person)
    assert (row.given_on, row.withdrawn_on, row.recorded_by) == (
        date(2026, 2, 3),
        date(2026, 3, 10),
        "ayse",
    )


def test_consent_date_typed_wrong_is_refused_under_its_field(qtbot, context, db, actor):
    person = _person(db, actor)
    page = _open(qtbot, context, person)
    form = page.consents.add()
    qtbot.addWidget(form)
    form.field("notice_version").setText("2025/1")
    form.field("given_on").setText("31.02.2026")
    form.save_button.click()
    assert form.rows["given_on"].error.isVisible()
    assert "DD.MM.YYYY" in form.rows["given_on"].error.text()
    with db.session() as session:
        assert consents.of_person(session, person) == []
    assert page.consents.current_id() is None
    assert not page.consents.withdraw_button.isEnabled()


def test_withdrawal_before_the_consent_is_refused(qtbot, context, db, actor):
    person = _person(db, actor)
    with db.transaction() as session:
        consents.create(
            session,
            actor,
            {"person_id": person, "purpose": "photos", "notice_version": "1",
             "given_on": date(2026, 5, 1), "method": "verbal", "recorded_by": "ayse"},
        )  # fmt: skip
    page = _open(qtbot, context, person)
    form = page.consents.withdraw_current()
    qtbot.addWidget(form)
    form.field("withdrawn_on").setText("01.04.2026")
    form.save_button.click()
    assert form.rows["withdrawn_on"].error.isVisible()
    with db.session() as session:
        assert consents.of_person(session, person)[0].withdrawn_on is None


def test_erase_needs_two_confirmations_and_blanks_the_fields(
    qtbot, context, db, actor, message_boxes
):
    company = add_company(db, actor, 3, "Şimşek Gıda A.Ş.")
    person = _person(
        db, actor, company_id=company, email="gulsen@simsek.com.tr", phone="03641234567",
        position="Satış müdürü", gender="female",
    )  # fmt: skip
    page = _open(qtbot, context, person)
    page.erase()  # the first question is answered No by default
    assert page.erase_dialog is None
    message_boxes.answers.append(QMessageBox.StandardButton.Yes)
    page.erase()
    dialog = page.erase_dialog
    qtbot.addWidget(dialog)
    assert "Gülşen Çağlayan" in message_boxes.shown[-1][2]
    type_text(dialog.typed, "Gülşen")
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)  # Enter cannot get around the typing
    with db.session() as session:
        assert people.get(session, person).erased_at is None
    dialog.typed.clear()
    type_text(dialog.typed, "SİL")
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(page.changed, timeout=5000):
        dialog.erase_button.click()
    with db.session() as session:
        row = people.get(session, person)
        audit = session.scalars(select(AuditEntry).where(AuditEntry.row_id == person)).all()
    assert row.full_name == ERASED_NAME
    assert (row.email, row.phone, row.position) == (None, None, "")
    assert (row.gender, row.company_id) == ("female", company)  # statistics kept
    assert row.erased_at is not None
    assert audit[-1].action == "update"
    assert page.title.text() == ERASED_NAME
    assert "erased" in page.notice.text()
    assert not page.erase_button.isEnabled() and not page.edit_button.isEnabled()
    assert not page.consents.add_button.isEnabled()


def test_typing_the_name_also_confirms_erasure(qtbot, context, db, actor, message_boxes):
    person = _person(db, actor)
    page = _open(qtbot, context, person)
    message_boxes.answers.append(QMessageBox.StandardButton.Yes)
    page.erase()
    qtbot.addWidget(page.erase_dialog)
    type_text(page.erase_dialog.typed, "GÜLŞEN ÇAĞLAYAN")
    with qtbot.waitSignal(page.changed, timeout=5000):
        qtbot.keyClick(page.erase_dialog.typed, Qt.Key.Key_Return)
    with db.session() as session:
        assert people.get(session, person).full_name == ERASED_NAME


def test_person_edited_from_the_page(qtbot, context, db, actor):
    person = _person(db, actor)
    page = _open(qtbot, context, person)
    page.edit()
    form = page.form
    qtbot.addWidget(form)
    form.field("position").setText("Genel müdür")
    with qtbot.waitSignal(page.changed, timeout=5000):
        form.save_button.click()
    labels = [
        page.details_form.itemAt(r, page.details_form.ItemRole.FieldRole).widget().text()
        for r in range(page.details_form.rowCount())
    ]
    assert "Genel müdür" in labels
