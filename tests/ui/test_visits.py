"""Visits page: a visit typed entirely by keyboard, Turkish search and filters, overdue actions."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from infospot_app.core.models import FollowUpAction
from infospot_app.core.services.people import people
from infospot_app.core.services.visits import follow_up_actions, visits
from infospot_app.ui.visit_form import VisitForm
from infospot_app.ui.visits_page import VisitsPage
from tests.ui.conftest import add_company, type_text


def add_person(db, actor, company_id, name, position=""):  # noqa: ANN001, ANN201
    with db.transaction() as session:
        return people.create(
            session, actor, {"full_name": name, "company_id": company_id, "position": position}
        ).id


def add_visit(db, actor, company_id, when, **values):  # noqa: ANN001, ANN201
    with db.transaction() as session:
        return visits.create(
            session,
            actor,
            {"company_id": company_id, "visit_date": when, "visit_type": "follow_up", **values},
        ).id


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):  # noqa: ANN001, ANN201
    qtbot.keyClick(widget, key, modifier)


def test_visit_entered_entirely_by_keyboard_with_people_met_and_two_actions(
    qtbot, context, db, actor
):
    company = add_company(db, actor, 1, "Çorum Çelik Döküm A.Ş.")
    add_company(db, actor, 2, "Cide Makina Ltd.")
    ayse = add_person(db, actor, company, "Ayşe Işık", "Genel Müdür")
    add_person(db, actor, company, "Mehmet Öz")
    form = VisitForm(context, None)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitActive(form)
    focused = form.focusWidget
    assert focused() is form.company.search
    type_text(focused(), "çorum çel")
    assert form.company.value() == company
    press(qtbot, focused(), Qt.Key.Key_Tab)  # → date
    date_edit = form.field("visit_date")
    assert focused() is date_edit
    qtbot.keyClicks(date_edit, "14.03.2025")
    assert date_edit.value() == date(2025, 3, 14)
    press(qtbot, focused(), Qt.Key.Key_Tab)  # → type
    assert focused() is form.field("visit_type")
    press(qtbot, focused(), Qt.Key.Key_Down)  # first contact → needs analysis
    press(qtbot, focused(), Qt.Key.Key_Tab)  # → staff (the signed-in user already)
    assert focused() is form.field("staff")
    press(qtbot, focused(), Qt.Key.Key_Tab)  # → people met, Ayşe highlighted first
    assert focused() is form.people
    press(qtbot, focused(), Qt.Key.Key_Space)
    press(qtbot, focused(), Qt.Key.Key_Tab)  # → topics
    type_text(focused(), "ihracat, enerji verimliliği")
    press(qtbot, focused(), Qt.Key.Key_Tab)  # → summary
    type_text(focused(), "Fabrika gezildi.")
    press(qtbot, focused(), Qt.Key.Key_Tab)  # → needs
    type_text(focused(), "Dış ticaret eğitimi")
    press(qtbot, focused(), Qt.Key.Key_Tab)  # → next visit
    press(qtbot, focused(), Qt.Key.Key_Tab)  # → actions table
    press(qtbot, focused(), Qt.Key.Key_Tab)  # → Add action
    assert focused() is form.actions.add_button
    press(qtbot, focused(), Qt.Key.Key_Return)
    action_form = form.actions.dialog
    qtbot.waitExposed(action_form)
    focused = action_form.focusWidget
    assert focused() is action_form.field("description")
    type_text(focused(), "Eğitim takvimini gönder")
    press(qtbot, focused(), Qt.Key.Key_Tab)  # → due date ("none" until typed)
    qtbot.keyClicks(focused(), "01042025")
    press(qtbot, focused(), Qt.Key.Key_Tab)  # → responsible (the signed-in user)
    press(qtbot, focused(), Qt.Key.Key_Tab)  # → done on: left empty
    press(qtbot, focused(), Qt.Key.Key_Tab)  # → Save
    press(qtbot, focused(), Qt.Key.Key_Tab)  # → Save and new
    assert focused() is action_form.save_new_button
    press(qtbot, focused(), Qt.Key.Key_Space)
    assert action_form.isVisible()
    type_text(focused(), "Hibe çağrısını ilet")
    press(qtbot, focused(), Qt.Key.Key_Return)  # Enter saves and closes
    assert not action_form.isVisible()
    focused = form.focusWidget
    assert form.actions.model.rowCount() == 2
    form.activateWindow()
    qtbot.waitActive(form)
    with qtbot.waitSignal(form.saved, timeout=2000):
        press(qtbot, form.field("topics"), Qt.Key.Key_Return)  # Enter saves

    with db.session() as session:
        (visit,) = visits.list(session).rows
        met = [p.id for p in visits.contacts(session, visit.id)]
        actions = list(session.scalars(select(FollowUpAction).order_by(FollowUpAction.description)))
    assert (visit.company_id, visit.visit_date, visit.visit_type) == (
        company,
        date(2025, 3, 14),
        "needs_analysis",
    )
    assert visit.staff == actor.user
    assert visit.topics == "ihracat, enerji verimliliği"
    assert visit.needs == "Dış ticaret eğitimi"
    assert met == [ayse]
    assert [(a.description, a.due_on, a.responsible) for a in actions] == [
        ("Eğitim takvimini gönder", date(2025, 4, 1), actor.user),
        ("Hibe çağrısını ilet", None, actor.user),
    ]


def test_edit_keeps_actions_marks_one_done_and_removes_a_person(qtbot, context, db, actor):
    company = add_company(db, actor, 1, "Ilgaz Gıda")
    first = add_person(db, actor, company, "Ali Veli")
    second = add_person(db, actor, company, "Zeynep Kaya")
    visit_id = add_visit(db, actor, company, date(2025, 1, 10))
    with db.transaction() as session:
        from infospot_app.core.services.visits import visit_contacts

        visit_contacts.add(session, actor, visit_id, first)
        visit_contacts.add(session, actor, visit_id, second)
        follow_up_actions.create(
            session, actor, {"visit_id": visit_id, "description": "Teklif hazırla"}
        )
    form = VisitForm(context, visit_id)
    qtbot.addWidget(form)
    assert sorted(form.people.value()) == sorted([first, second])
    assert not form.is_dirty()
    form.people.setCurrentRow(0)
    qtbot.keyClick(form.people, Qt.Key.Key_Space)  # Ali Veli off
    form.actions.table.selectRow(0)
    form.actions.mark_current_done()
    assert form.is_dirty()
    assert form.save()
    with db.session() as session:
        assert [p.id for p in visits.contacts(session, visit_id)] == [second]
        (action,) = follow_up_actions.list(session).rows
    assert action.done_on == date.today()


def test_list_searches_the_turkish_way_and_filters(qtbot, context, db, actor, qtmodeltester):
    corum = add_company(db, actor, 1, "ÇORUM DÖKÜM")
    cide = add_company(db, actor, 2, "Cide Makina")
    add_visit(db, actor, corum, date(2025, 2, 1), topics="İhracat")
    add_visit(db, actor, cide, date(2025, 3, 1), staff="ayşe", visit_type="first_contact")
    add_visit(db, actor, cide, date(2024, 12, 1))
    page = VisitsPage(context)
    qtbot.addWidget(page)
    listing = page.list
    qtbot.waitUntil(lambda: listing.model.rowCount() == 3)
    qtmodeltester.check(listing.model)
    assert [listing.model.data(listing.model.index(r, 0)) for r in range(3)] == [
        "01.03.2025",
        "01.02.2025",
        "01.12.2024",
    ]
    type_text(listing.search, "corum dokum")
    listing.apply_query()
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1)
    assert listing.model.data(listing.model.index(0, 1)) == "ÇORUM DÖKÜM"
    listing.search.clear()
    type_text(listing.search, "ihracat")
    listing.apply_query()
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1)
    listing.search.clear()
    listing.apply_query()
    qtbot.waitUntil(lambda: listing.model.rowCount() == 3)
    with qtbot.waitSignal(listing.model.loaded):
        listing.model.sort(1, Qt.SortOrder.AscendingOrder)
    assert listing.model.data(listing.model.index(0, 1)) == "Cide Makina"
    assert listing.model.data(listing.model.index(2, 1)) == "ÇORUM DÖKÜM"  # Ç after C
    listing.date_from.set_value(date(2025, 1, 1))
    qtbot.waitUntil(lambda: listing.model.rowCount() == 2)
    listing.staff.setCurrentIndex(listing.staff.findData("ayşe"))
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1)
    listing.staff.setCurrentIndex(0)
    listing.date_from.set_value(None)
    listing.set_company(cide, "Cide Makina")
    qtbot.waitUntil(lambda: listing.model.rowCount() == 2)
    listing.kind.setCurrentIndex(listing.kind.findData("first_contact"))
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1)


def test_overdue_action_shows_and_disappears_when_marked_done(
    qtbot, context, db, actor, qtmodeltester
):
    company = add_company(db, actor, 1, "Sungurlu Un")
    visit_id = add_visit(db, actor, company, date.today() - timedelta(days=30))
    with db.transaction() as session:
        late = follow_up_actions.create(
            session,
            actor,
            {
                "visit_id": visit_id,
                "description": "Enerji etüdü raporunu gönder",
                "due_on": date.today() - timedelta(days=3),
            },
        )
        follow_up_actions.create(
            session,
            actor,
            {
                "visit_id": visit_id,
                "description": "Gelecek ay ara",
                "due_on": date.today() + timedelta(days=20),
            },
        )
    page = VisitsPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.list.count.text() == "1 visits")
    overdue = page.overdue
    qtmodeltester.check(overdue.model)
    assert overdue.model.rowCount() == 1
    assert overdue.model.data(overdue.model.index(0, 2)) == "Enerji etüdü raporunu gönder"
    assert overdue.model.data(overdue.model.index(0, 1)) == "3"
    assert overdue.model.data(overdue.model.index(0, 4)) == "Sungurlu Un"
    assert page.tabs.tabText(1) == "Overdue actions (1)"
    page.show_overdue()
    with qtbot.waitSignal(page.list.model.loaded):  # the list's open-action count refreshes
        overdue.mark_current_done()
    assert overdue.model.rowCount() == 0
    assert overdue.views.currentWidget() is overdue.empty
    assert page.tabs.tabText(1) == "Overdue actions (0)"
    with db.session() as session:
        assert follow_up_actions.get(session, late.id).done_on == date.today()


def test_viewer_cannot_add_or_mark_done(qtbot, db, actor):
    from infospot_app.core.services.actor import Actor
    from tests.ui.conftest import make_context

    viewer = make_context(db, Actor(user="izleyici", office=actor.office, role="viewer"))
    page = VisitsPage(viewer)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.list.count.text() == "0 visits")
    assert page.list.empty.text() == "No visits yet."
    assert not page.list.new_button.isEnabled()
    assert not page.overdue.done_button.isEnabled()
    page.new_record()
    assert not hasattr(page.list, "form")
    viewer.tasks.wait()
