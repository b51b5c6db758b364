"""The grants list and form, driven through real widgets on a real database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from infospot_app.core.services.clusters import clusters
from infospot_app.core.services.grants import grants
from infospot_app.core.services.listing import ListQuery
from infospot_app.ui.grant_form import GrantForm
from infospot_app.ui.grants_page import GrantsPage
from tests.ui.conftest import add_company, type_text


def _page(qtbot, context) -> GrantsPage:  # noqa: ANN001
    with qtbot.waitSignal(context.tasks.idle, timeout=5000):
        page = GrantsPage(context)
    qtbot.addWidget(page)
    context.tasks.wait()
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=5000)
    return page


def _column(page: GrantsPage, column: int) -> list[str]:
    model = page.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_company_application_saved_with_turkish_amounts(qtbot, context, db, actor):
    company = add_company(db, actor, 3, "Şimşek Gıda A.Ş.")
    form = GrantForm(context, None, company_id=company)
    qtbot.addWidget(form)
    form.show()
    programme = form.field("programme")
    programme.setCurrentIndex(programme.findData("kosgeb"))
    type_text(form.field("title"), "Dijital dönüşüm")
    form.field("submitted_on").setText("02.03.2026")
    status = form.field("status")
    status.setCurrentIndex(status.findData("approved"))
    form.field("decided_on").setText("20.04.2026")
    form.field("requested_amount").setText("1.250.000,50")
    form.field("granted_amount").setText("900.000")
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save_button.click()
    with db.session() as session:
        row = grants.list(session, ListQuery()).rows[0]
    assert (row.company_id, row.cluster_id, row.programme) == (company, None, "kosgeb")
    assert row.requested_amount == Decimal("1250000.50")
    assert row.granted_amount == Decimal("900000")
    assert row.submitted_on == date(2026, 3, 2)


def test_decision_before_submission_is_refused_under_its_field(qtbot, context, db, actor):
    company = add_company(db, actor, 4, "Deneme Ltd.")
    form = GrantForm(context, None, company_id=company)
    qtbot.addWidget(form)
    form.show()
    form.field("submitted_on").setText("10.05.2026")
    form.field("decided_on").setText("01.05.2026")
    form.save_button.click()
    assert form.rows["decided_on"].error.isVisible()
    assert form.isVisible()
    with db.session() as session:
        assert grants.list(session, ListQuery()).total == 0


def test_list_shows_company_and_cluster_applications_and_searches_the_turkish_way(
    qtbot, context, db, actor, qtmodeltester
):
    company = add_company(db, actor, 8, "Işıklar Tekstil")
    with db.transaction() as session:
        cluster = clusters.create(session, actor, {"name": "Çorum Makine Kümesi"}).id
        for values in (
            {"company_id": company, "programme": "kosgeb", "title": "Yeni tezgâh",
             "submitted_on": date(2026, 1, 10), "requested_amount": Decimal("150000")},
            {"cluster_id": cluster, "programme": "ur_ge", "title": "İhracat ağı",
             "submitted_on": date(2026, 2, 10), "requested_amount": Decimal("2500000")},
        ):  # fmt: skip
            grants.create(session, actor, values)
    page = _page(qtbot, context)
    qtmodeltester.check(page.model)
    assert _column(page, 0) == ["Çorum Makine Kümesi", "Işıklar Tekstil"]  # newest first
    assert _column(page, 1) == ["UR-GE", "KOSGEB"]
    assert _column(page, 5) == ["2,500,000.00", "150,000.00"]
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        type_text(page.search, "isiklar")
    assert _column(page, 0) == ["Işıklar Tekstil"]
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.search.clear()
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.programme.setCurrentIndex(page.programme.findData("ur_ge"))
    assert _column(page, 0) == ["Çorum Makine Kümesi"]
    assert page.count.text() == "1 applications"
