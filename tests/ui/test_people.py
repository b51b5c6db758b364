"""The people list and the person form, driven through real widgets on a real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from infospot_app.core.errors import InfoSpotError
from infospot_app.core.services.actor import Actor
from infospot_app.core.services.listing import ListQuery
from infospot_app.core.services.people import people
from infospot_app.ui.cluster_pickers import CompanyPicker
from infospot_app.ui.people_page import PeoplePage
from infospot_app.ui.person_form import PersonForm
from infospot_app.ui.person_page import PersonPage
from tests.ui.conftest import add_company, make_context, type_text


def _page(qtbot, context) -> PeoplePage:  # noqa: ANN001
    with qtbot.waitSignal(context.tasks.idle, timeout=5000):
        page = PeoplePage(context)
    qtbot.addWidget(page)
    context.tasks.wait()
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=5000)
    return page


def _names(page: PeoplePage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def _add_person(db, actor, name: str, **values) -> str:  # noqa: ANN001
    with db.transaction() as session:
        return people.create(session, actor, {"full_name": name, **values}).id


def _pick_by_typing(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """The company picker searches as the user types, then OK takes the first match."""

    def exec_picker(picker: CompanyPicker) -> int:
        type_text(picker.search, text)
        return 1

    monkeypatch.setattr(CompanyPicker, "exec", exec_picker)


def test_person_typed_into_the_form_is_found_by_a_turkish_search(
    qtbot, context, db, actor, monkeypatch
):
    company = add_company(db, actor, 3, "Şimşek Gıda A.Ş.")
    add_company(db, actor, 4, "Deneme Ltd.")
    _pick_by_typing(monkeypatch, "simsek")
    form = PersonForm(context, None)
    qtbot.addWidget(form)
    form.show()
    type_text(form.field("full_name"), "Gülşen Çağlayan")
    form.company.find_button.click()
    assert form.company.value() == company
    assert form.company.name.text() == "Şimşek Gıda A.Ş."
    type_text(form.field("position"), "Satış müdürü")
    type_text(form.field("phone"), "0364 123 45 67")
    type_text(form.field("email"), "gulsen@simsek.com.tr")
    form.gender.setCurrentIndex(form.gender.findData("female"))
    with qtbot.waitSignal(form.saved, timeout=5000):
        qtbot.keyClick(form.field("email"), Qt.Key.Key_Return)
    assert not form.isVisible()
    page = _page(qtbot, context)
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        type_text(page.search, "GÜLŞEN çağ")
    assert _names(page) == ["Gülşen Çağlayan"]
    model = page.model
    assert [model.data(model.index(0, c)) for c in range(6)] == [
        "Gülşen Çağlayan",
        "Şimşek Gıda A.Ş.",
        "Satış müdürü",
        "+90 364 123 45 67",  # the core writes phones in one form
        "gulsen@simsek.com.tr",
        "Female",
    ]
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.search.setText("gulsen caglayan")  # the ASCII spelling finds her too
    assert _names(page) == ["Gülşen Çağlayan"]


def test_invalid_email_shows_under_its_field_and_saves_nothing(qtbot, context, db):
    form = PersonForm(context, None)
    qtbot.addWidget(form)
    form.show()
    type_text(form.field("full_name"), "Ömer Işık")
    type_text(form.field("email"), "omer@")
    form.save_button.click()
    assert form.rows["email"].error.isVisible()
    assert form.isVisible()
    with db.session() as session:
        assert people.list(session, ListQuery()).total == 0


def test_save_and_new_keeps_the_company_for_the_next_contact(qtbot, context, db, actor):
    company = add_company(db, actor, 5, "Çağ Makine")
    form = PersonForm(context, None, company_id=company)
    qtbot.addWidget(form)
    form.show()
    for name in ("İpek Öztürk", "Ilgaz Şahin"):
        type_text(form.field("full_name"), name)
        with qtbot.waitSignal(form.saved, timeout=5000):
            form.save_new_button.click()
        assert form.field("full_name").text() == ""
    assert form.company.value() == company
    with db.session() as session:
        rows = people.list(session, ListQuery(filters={"company_id": company})).rows
    assert [p.full_name for p in rows] == ["Ilgaz Şahin", "İpek Öztürk"]  # I before İ


def test_list_sorts_the_turkish_way_and_filters_by_company(
    qtbot, context, db, actor, monkeypatch, qtmodeltester
):
    cag = add_company(db, actor, 6, "Çağ Makine")
    other = add_company(db, actor, 7, "Cide Tekstil")
    for name, company in (("Çiğdem Er", cag), ("Cemal Ak", other), ("Zeynep Uz", cag)):
        _add_person(db, actor, name, company_id=company)
    page = _page(qtbot, context)
    qtmodeltester.check(page.model)
    assert _names(page) == ["Cemal Ak", "Çiğdem Er", "Zeynep Uz"]
    assert page.count.text() == "3 people"
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert _names(page) == ["Zeynep Uz", "Çiğdem Er", "Cemal Ak"]
    _pick_by_typing(monkeypatch, "çağ")
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.company_button.click()
    assert _names(page) == ["Zeynep Uz", "Çiğdem Er"]
    assert page.company_button.text() == "Çağ Makine"
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        type_text(page.search, "xyz")
    assert page.views.currentWidget() is page.empty
    assert "show all companies" in page.empty.text()
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.company_clear.click()
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.search.clear()
    assert len(_names(page)) == 3


def test_empty_list_says_what_to_do(qtbot, context):
    page = _page(qtbot, context)
    assert page.views.currentWidget() is page.empty
    assert "Ctrl+N" in page.empty.text()


def test_viewer_sees_people_but_cannot_change_them(qtbot, db, actor):
    person = _add_person(db, actor, "Şükrü Yılmaz", email="sukru@example.com")
    viewer = make_context(db, Actor("okur", "TR19", "viewer"))
    page = _page(qtbot, viewer)
    assert _names(page) == ["Şükrü Yılmaz"]
    assert not page.new_button.isEnabled() and not page.delete_button.isEnabled()
    page.new_record()
    assert not hasattr(page, "form")
    person_page = PersonPage(viewer, person)
    qtbot.addWidget(person_page)
    assert person_page.title.text() == "Şükrü Yılmaz"
    assert not person_page.edit_button.isEnabled()
    assert not person_page.erase_button.isEnabled()
    assert not person_page.consents.add_button.isEnabled()
    assert person_page.export_button.isEnabled()  # reading what is held is not a change
    assert "only read" in person_page.notice.text()
    with pytest.raises(InfoSpotError), db.transaction() as session:  # the core refuses too
        people.erase(session, viewer.actor, person)
    viewer.tasks.wait()


def test_delete_asks_and_tombstones(qtbot, context, db, actor, message_boxes):
    from PySide6.QtWidgets import QMessageBox

    _add_person(db, actor, "Silinecek Kişi")
    page = _page(qtbot, context)
    page.table.selectRow(0)
    page.delete_current()  # answered No by default
    assert _names(page) == ["Silinecek Kişi"]
    message_boxes.answers.append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.delete_current()
    assert _names(page) == []
    assert "Erase this person" in message_boxes.shown[-1][2]


def test_people_page_speaks_turkish(qtbot, context, db, actor):
    from infospot_app.ui.i18n import install_language

    install_language("tr")
    _add_person(db, actor, "Şükrü Yılmaz", gender="male")
    page = _page(qtbot, context)
    model = page.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == ["Ad soyad", "Firma", "Görevi", "Telefon", "E-posta", "Cinsiyet"]
    assert model.data(model.index(0, 5)) == "Erkek"
    assert page.count.text() == "1 kişi"
    person_page = PersonPage(context, model.row_id(0))
    qtbot.addWidget(person_page)
    assert person_page.erase_button.text() == "Bu kişinin verilerini sil…"
    assert person_page.tabs.tabText(1) == "Onaylar"
