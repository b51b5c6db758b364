"""The company list and form, driven through real widgets on a real database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from infospot_app.core.services.companies import companies
from infospot_app.core.services.listing import ListQuery
from infospot_app.ui.company_form import CompanyForm
from infospot_app.ui.company_list_page import CompanyListPage
from infospot_app.ui.company_model import CompanyTableModel
from infospot_app.ui.company_page import CompanyPage
from tests.conftest import make_vkn
from tests.ui.conftest import add_company, type_text


def _page(qtbot, context) -> CompanyListPage:  # noqa: ANN001
    with qtbot.waitSignal(context.tasks.idle, timeout=5000):
        page = CompanyListPage(context)
    qtbot.addWidget(page)
    return page


def _search(qtbot, page: CompanyListPage, text: str) -> None:  # noqa: ANN001
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.search.clear()
        type_text(page.search, text)


def _names(page: CompanyListPage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_typed_company_saved_with_enter_is_found_by_turkish_search(qtbot, context, db):
    page = _page(qtbot, context)
    form = CompanyForm(context, None, page)
    qtbot.addWidget(form)
    form.show()
    type_text(form.field("legal_name"), "IŞIK DÖKÜM SANAYİ A.Ş.")
    type_text(form.field("tax_id"), make_vkn(77))
    type_text(form.field("employees"), "42")
    with qtbot.waitSignal(form.saved, timeout=5000):
        qtbot.keyClick(form.field("tax_id"), Qt.Key.Key_Return)
    assert not form.isVisible()
    _search(qtbot, page, "isik dokum")
    assert _names(page) == ["IŞIK DÖKÜM SANAYİ A.Ş."]
    _search(qtbot, page, "ışık")
    assert _names(page) == ["IŞIK DÖKÜM SANAYİ A.Ş."]
    with db.session() as session:
        assert companies.list(session, ListQuery()).rows[0].employees == 42


def test_invalid_tax_id_shows_its_message_under_the_field_and_saves_nothing(qtbot, context, db):
    form = CompanyForm(context, None)
    qtbot.addWidget(form)
    form.show()
    type_text(form.field("legal_name"), "Deneme Gıda")
    type_text(form.field("tax_id"), "1234567891")
    qtbot.keyClick(form.field("tax_id"), Qt.Key.Key_Return)
    error = form.rows["tax_id"].error
    assert error.isVisible()
    assert "check digit" in error.text()
    assert form.isVisible()
    assert form.field("legal_name").text() == "Deneme Gıda"  # the input is kept
    with db.session() as session:
        assert companies.list(session, ListQuery()).total == 0


def test_save_button_explains_what_is_missing(qtbot, context):
    form = CompanyForm(context, None)
    qtbot.addWidget(form)
    assert "Legal name" in form.missing.text() and "Tax ID" in form.missing.text()
    type_text(form.field("legal_name"), "Deneme")
    assert "Legal name" not in form.missing.text()
    assert "Tax ID" in form.save_button.toolTip()


def test_existing_tax_id_is_refused_with_a_link_to_that_company(qtbot, context, db, actor):
    existing = add_company(db, actor, 5, "Kale Un A.Ş.")
    form = CompanyForm(context, None)
    qtbot.addWidget(form)
    form.show()
    type_text(form.field("legal_name"), "Kale Un Sanayi")
    type_text(form.field("tax_id"), make_vkn(5))
    form.save()
    error = form.rows["tax_id"].error
    assert f'href="{existing}"' in error.text()
    with qtbot.waitSignal(form.open_company) as opened:
        error.linkActivated.emit(existing)
    assert opened.args == [existing]


def test_similar_name_is_warned_about(qtbot, context, db, actor):
    add_company(db, actor, 6, "Anadolu Makina Sanayi Ltd. Şti.")
    form = CompanyForm(context, None)
    qtbot.addWidget(form)
    form.show()
    type_text(form.field("legal_name"), "Anadolu Makina")
    qtbot.waitUntil(form.similar.isVisible, timeout=5000)
    assert "Anadolu Makina Sanayi" in form.similar.text()


def test_sorting_puts_corum_after_cide(qtbot, context, db, actor):
    for n, name in enumerate(("Zeytin A.Ş.", "Çorum Yapı", "Cide Orman", "Dere Un"), 1):
        add_company(db, actor, n, name)
    page = _page(qtbot, context)
    assert _names(page) == ["Cide Orman", "Çorum Yapı", "Dere Un", "Zeytin A.Ş."]
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert _names(page) == ["Zeytin A.Ş.", "Dere Un", "Çorum Yapı", "Cide Orman"]


def test_every_column_sorts(qtbot, context, db, actor):
    add_company(db, actor, 1, "Bir", employees=5, district="Sungurlu", nace_code="10.71")
    add_company(db, actor, 2, "İki", employees=300, district="Alaca", nace_code="25.11")
    page = _page(qtbot, context)
    for column in range(page.model.columnCount()):
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            with qtbot.waitSignal(page.model.loaded, timeout=5000):
                page.table.horizontalHeader().setSortIndicator(column, order)
            assert sorted(_names(page)) == ["Bir", "İki"]
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)
    assert _names(page) == ["İki", "Bir"]


def test_filters_narrow_the_list(qtbot, context, db, actor):
    add_company(db, actor, 1, "Sungurlu Un", district="Sungurlu", employees=5)
    add_company(db, actor, 2, "Alaca Metal", district="Alaca", employees=300)
    page = _page(qtbot, context)
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.filters.set_province("TR-19")
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.filters.district.setCurrentIndex(page.filters.district.findData("Alaca"))
    assert _names(page) == ["Alaca Metal"]
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.filters.district.setCurrentIndex(0)
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.filters.size.setCurrentIndex(page.filters.size.findData("micro"))
    assert _names(page) == ["Sungurlu Un"]


def test_empty_list_says_what_to_do(qtbot, context):
    page = _page(qtbot, context)
    assert page.views.currentWidget() is page.empty
    assert "Ctrl+N" in page.empty.text()


def test_form_tab_order_follows_the_fields(qtbot, context):
    form = CompanyForm(context, None)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitActive(form)
    order = ["legal_name", "short_name", "tax_id", "tax_office", "mersis_no", "province"]
    form.field(order[0]).setFocus()
    for current, following in zip(order, order[1:], strict=False):
        assert form.focusWidget() is form.field(current)
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
        assert form.focusWidget() is form.field(following), following


def test_viewer_cannot_add_or_delete(qtbot, db, actor):
    from infospot_app.core.services.actor import Actor
    from tests.ui.conftest import make_context

    add_company(db, actor, 1, "Okunur A.Ş.")
    viewer = make_context(db, Actor("okur", "TR19", "viewer"))
    page = _page(qtbot, viewer)
    assert not page.new_button.isEnabled()
    assert not page.delete_button.isEnabled()
    page.new_record()
    assert not [w for w in page.findChildren(QWidget) if isinstance(w, CompanyForm)]
    company_page = CompanyPage(viewer, page.model.company_id(0))
    qtbot.addWidget(company_page)
    assert not company_page.edit_button.isEnabled()
    viewer.tasks.wait()


def test_delete_asks_and_tombstones(qtbot, context, db, actor, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    company_id = add_company(db, actor, 1, "Silinecek Ltd.")
    page = _page(qtbot, context)
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.delete_current()
    assert page.model.rowCount() == 0
    with db.session() as session:
        assert companies.get(session, company_id, include_deleted=True).deleted_at is not None


def test_company_page_shows_the_readable_history(qtbot, context, db, actor):
    company_id = add_company(db, actor, 1, "Tarih A.Ş.", employees=12)
    with db.transaction() as session:
        companies.update(session, actor, company_id, {"employees": 15})
    page = CompanyPage(context, company_id)
    qtbot.addWidget(page)
    history = page.models["history"]
    texts = [history.data(history.index(r, 3)) for r in range(history.rowCount())]
    assert "Employees: 12 → 15" in texts[0]


def test_company_model_passes_the_model_tester(qtbot, qtmodeltester, context, db, actor):
    for n in range(1, 6):
        add_company(db, actor, n, f"Firma {n}")
    model = CompanyTableModel(context)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_query(ListQuery(sort="name"))
    qtmodeltester.check(model)
    assert model.rowCount() == 5


def test_escape_with_changes_asks_before_discarding(qtbot, context, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    form = CompanyForm(context, None)
    qtbot.addWidget(form)
    form.show()
    type_text(form.field("legal_name"), "Yarım")
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel,
    )
    qtbot.keyClick(form.field("legal_name"), Qt.Key.Key_Escape)
    assert asked and form.isVisible()
    assert isinstance(form.field("legal_name"), QLineEdit)
    assert form.field("legal_name").text() == "Yarım"
