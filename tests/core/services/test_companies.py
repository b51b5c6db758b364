"""Company service: validation, duplicates, Turkish search and sorting, the write path."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from infospot_app.core.errors import ForeignRow, NotFound, PermissionDenied, StaleEdit
from infospot_app.core.models import AuditEntry, Company
from infospot_app.core.services.actor import Actor
from infospot_app.core.services.companies import DuplicateTaxId, companies
from infospot_app.core.services.listing import ListQuery
from infospot_app.core.validation import ValidationErrors
from tests.conftest import make_vkn


def add(db, actor, name, n, **extra):
    with db.transaction() as session:
        return companies.create(
            session, actor, {"legal_name": name, "tax_id": make_vkn(n), **extra}
        )


def names(db, **query) -> list[str]:
    with db.session() as session:
        return [c.legal_name for c in companies.list(session, ListQuery(**query)).rows]


def test_turkish_search_finds_across_case_and_dots(db, actor) -> None:
    add(db, actor, "IŞIK MAKİNA SAN. TİC. A.Ş.", 1)
    add(db, actor, "İSTANBUL GIDA LTD. ŞTİ.", 2)
    add(db, actor, "ÇORUM UN FABRİKASI", 3)
    assert names(db, search="ışık") == ["IŞIK MAKİNA SAN. TİC. A.Ş."]
    assert names(db, search="istanbul") == ["İSTANBUL GIDA LTD. ŞTİ."]
    assert names(db, search="corum") == ["ÇORUM UN FABRİKASI"]
    assert names(db, search="un fabrikasi") == ["ÇORUM UN FABRİKASI"]
    assert names(db, search="100%") == []


def test_list_sorts_in_turkish_alphabet(db, actor) -> None:
    for n, name in enumerate(
        [
            "Çorum Un",
            "Dere Gıda",
            "Cide Ahşap",
            "İnci Tekstil",
            "Ilgaz Süt",
            "Şahin Oto",
            "Sungurlu Kilim",
            "Toprak Makina",
        ],
        start=1,
    ):
        add(db, actor, name, n)
    assert names(db) == [
        "Cide Ahşap",
        "Çorum Un",
        "Dere Gıda",
        "Ilgaz Süt",
        "İnci Tekstil",
        "Sungurlu Kilim",
        "Şahin Oto",
        "Toprak Makina",
    ]
    assert names(db, descending=True)[0] == "Toprak Makina"


def test_district_sort_is_turkish_too(db, actor) -> None:
    for n, district in enumerate(
        ["Sungurlu", "Alaca", "Çorum Merkez" and "Merkez", "İskilip", "Ortaköy", "Osmancık"],
        start=1,
    ):
        add(db, actor, f"Firma {n}", n, province="TR-19", district=district)
    with db.session() as session:
        rows = companies.list(session, ListQuery(sort="district")).rows
    assert [c.district for c in rows] == [
        "Alaca",
        "İskilip",
        "Merkez",
        "Ortaköy",
        "Osmancık",
        "Sungurlu",
    ]


def test_paging_and_total(db, actor) -> None:
    for n in range(1, 8):
        add(db, actor, f"Firma {n}", n)
    with db.session() as session:
        page = companies.list(session, ListQuery(offset=5, limit=5))
        ids = companies.ids(session, ListQuery())
        assert [c.id for c in companies.by_ids(session, ids[2:4])] == ids[2:4]
    assert page.total == 7 and len(page.rows) == 2


def test_invalid_input_names_every_field_and_saves_nothing(db, actor) -> None:
    with pytest.raises(ValidationErrors) as refused, db.transaction() as session:
        companies.create(
            session,
            actor,
            {
                "legal_name": " ",
                "tax_id": "1234567891",
                "email": "not-an-address",
                "nace_code": "99.99",
            },
        )
    fields = set(refused.value.by_field())
    assert {"legal_name", "tax_id", "email", "nace_code"} <= fields
    assert all(e.message("en") and e.message("tr") for e in refused.value.errors)
    assert names(db) == []


def test_existing_tax_id_is_refused_with_a_link_to_the_company(db, actor) -> None:
    first = add(db, actor, "Kuzey Metal", 5)
    with pytest.raises(ValidationErrors) as refused:
        add(db, actor, "Kuzey Metal Sanayi", 5)
    duplicate = refused.value.by_field()["tax_id"]
    assert isinstance(duplicate, DuplicateTaxId) and duplicate.existing_id == first.id


def test_a_tax_id_that_lost_its_leading_zero_is_restored(db, actor) -> None:
    tax = make_vkn(12345678)  # "012345678…": Excel keeps it as the number 12345678x
    assert tax.startswith("0") and len(str(int(tax))) == 9
    with db.transaction() as session:
        c = companies.create(session, actor, {"legal_name": "Sıfır A.Ş.", "tax_id": int(tax)})
    assert c.tax_id == tax


def test_update_bumps_version_and_rev_and_audits_old_to_new(db, actor) -> None:
    c = add(db, actor, "Yıldız Tekstil", 9, employees=8)
    with db.transaction() as session:
        companies.update(session, actor, c.id, {"employees": 70})
    with db.session() as session:
        stored = companies.get(session, c.id)
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.row_id == c.id).order_by(AuditEntry.id.desc())
        ).first()
    assert stored.version == 2 and stored.rev > c.rev
    assert stored.size_class == "medium"
    assert entry.action == "update" and entry.user == "ayse"
    assert json.loads(entry.changes)["employees"] == [8, 70]


def test_saving_without_changes_changes_nothing(db, actor) -> None:
    c = add(db, actor, "Durgun Ltd.", 10)
    with db.transaction() as session:
        companies.update(session, actor, c.id, {"legal_name": "Durgun Ltd."})
    with db.session() as session:
        assert companies.get(session, c.id).version == 1


def test_stale_edit_is_refused(db, actor) -> None:
    c = add(db, actor, "Eski Sürüm A.Ş.", 11)
    with db.transaction() as session:
        companies.update(session, actor, c.id, {"notes": "ilk"})
    with pytest.raises(StaleEdit), db.transaction() as session:
        companies.update(session, actor, c.id, {"notes": "ikinci"}, expected_version=1)


def test_delete_tombstones_and_hides(db, actor) -> None:
    c = add(db, actor, "Geçici Firma", 12)
    with db.transaction() as session:
        companies.delete(session, actor, c.id)
    with db.session() as session:
        with pytest.raises(NotFound):
            companies.get(session, c.id)
        row = session.get(Company, c.id)
    assert row.deleted_at is not None and row.version == 2
    assert names(db) == []
    add(db, actor, "Yeni Sahibi", 12)  # the tax id is free again among live rows


def test_another_offices_company_cannot_be_changed(db, actor) -> None:
    c = add(db, actor, "Trabzon Fındık", 13)
    other = Actor(user="mehmet", office="TR61", role="staff")
    with pytest.raises(ForeignRow), db.transaction() as session:
        companies.update(session, other, c.id, {"notes": "x"})
    with pytest.raises(ForeignRow), db.transaction() as session:
        companies.delete(session, other, c.id)


def test_viewer_cannot_write(db, actor) -> None:
    viewer = Actor(user="izleyici", office="TR19", role="viewer")
    with pytest.raises(PermissionDenied), db.transaction() as session:
        companies.create(session, viewer, {"legal_name": "X", "tax_id": make_vkn(14)})


def test_filters_by_district_and_size(db, actor) -> None:
    add(db, actor, "Küçük", 15, province="TR-19", district="Alaca", employees=3)
    add(db, actor, "Orta", 16, province="TR-19", district="Sungurlu", employees=120)
    assert names(db, filters={"district": "Alaca"}) == ["Küçük"]
    assert names(db, filters={"size_class": "medium"}) == ["Orta"]
    assert names(db, filters={"cluster_member": False}) == ["Küçük", "Orta"]


def test_similar_names_are_found_ignoring_legal_suffixes(db, actor) -> None:
    add(db, actor, "Anadolu Döküm Sanayi ve Ticaret A.Ş.", 17)
    with db.session() as session:
        found = companies.similar(session, "ANADOLU DÖKÜM LTD. ŞTİ.")
    assert [c.legal_name for c in found] == ["Anadolu Döküm Sanayi ve Ticaret A.Ş."]
