"""Tests of the reference data package."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from infospot_app.core import reference as ref
from infospot_app.core.paths import resource_path
from infospot_app.core.turkish import sort_key

PILOT_PROVINCES = ("TR-19", "TR-27", "TR-46", "TR-55", "TR-61")


# --- provinces ---------------------------------------------------------------------------


def test_there_are_81_provinces_sorted_by_plate() -> None:
    assert len(ref.PROVINCES) == 81
    assert [p.plate for p in ref.PROVINCES] == list(range(1, 82))
    assert all(p.code == f"TR-{p.plate:02d}" for p in ref.PROVINCES)


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("TR-19", "Çorum"),
        (34, "İstanbul"),
        ("46", "Kahramanmaraş"),
        ("TR-63", "Şanlıurfa"),
        (76, "Iğdır"),
        ("tr-23", "Elazığ"),
        ("TR06", "Ankara"),
        (30, "Hakkari"),
    ],
)
def test_province_lookup(key: str | int, name: str) -> None:
    assert ref.province(key).name == name


@pytest.mark.parametrize("key", ["TR-82", 0, "XX", "", "Çorum"])
def test_unknown_province_raises_key_error(key: str | int) -> None:
    with pytest.raises(KeyError):
        ref.province(key)


def test_find_province_by_name() -> None:
    assert ref.find_province("ÇORUM").code == "TR-19"
    assert ref.find_province("istanbul").code == "TR-34"
    assert ref.find_province("Icel").code == "TR-33"
    assert ref.find_province("Atlantis") is None


# --- districts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "count"), [("TR-19", 14), ("TR-27", 9), ("TR-46", 11), ("TR-55", 17), ("TR-61", 18)]
)
def test_pilot_provinces_have_all_current_districts(code: str, count: int) -> None:
    names = ref.current_districts(code)
    assert len(names) == count == len(set(names))
    assert names == sorted(names, key=sort_key)


def test_current_districts_are_in_turkish_order() -> None:
    names = ref.current_districts("TR-19")
    assert names[:4] == ["Alaca", "Bayat", "Boğazkale", "Dodurga"]
    assert names.index("İskilip") > names.index("Dodurga")
    assert "Merkez" in names  # Çorum kept its central district


@pytest.mark.parametrize(
    ("code", "replaced_by"),
    [
        ("TR-27", ("Şahinbey", "Şehitkamil")),
        ("TR-46", ("Dulkadiroğlu", "Onikişubat")),
        ("TR-55", ("Atakum", "Canik", "İlkadım", "Tekkeköy")),
        ("TR-61", ("Ortahisar",)),
    ],
)
def test_abolished_central_districts_are_historical(code: str, replaced_by: tuple) -> None:
    merkez = [d for d in ref.districts(code) if d.name == "Merkez"]
    assert len(merkez) == 1
    assert not merkez[0].current
    assert merkez[0].replaced_by == replaced_by
    assert "Merkez" not in ref.current_districts(code)
    assert set(replaced_by) <= set(ref.current_districts(code))


def test_is_known_district_ignores_case_and_accents() -> None:
    assert ref.is_known_district("TR-19", "ISKILIP")
    assert ref.is_known_district(19, "iskilip")
    assert ref.is_known_district("TR-46", "onikisubat")
    assert ref.is_known_district("TR-61", "Merkez")  # historical names stay known
    assert ref.is_known_district("TR-55", "Ondokuzmayıs")
    assert not ref.is_known_district("TR-19", "Ortahisar")
    assert not ref.is_known_district("TR-99", "Merkez")
    assert ref.canonical_district("TR-55", "ILKADIM") == "İlkadım"


def test_district_data_availability() -> None:
    assert all(ref.has_district_data(code) for code in PILOT_PROVINCES)
    assert ref.has_district_data("TR-06")
    assert not ref.has_district_data("TR-01")
    assert ref.current_districts("TR-01") == []


# --- NACE --------------------------------------------------------------------------------


def test_nace_entries_cover_rev2_levels() -> None:
    entries = ref.nace_entries()
    counts = {lvl: sum(e.level == lvl for e in entries) for lvl in ("section", "division")}
    assert counts == {"section": 21, "division": 88}
    assert sum(e.level == "class" for e in entries) == 615
    assert entries[0].code == "A"


def test_every_section_and_division_has_a_turkish_label() -> None:
    for entry in ref.nace_entries():
        if entry.level in ("section", "division"):
            assert entry.label_tr, entry.code


def test_turkish_labels_file_only_names_known_codes() -> None:
    with resource_path("reference", "nace_tr.json").open(encoding="utf-8") as fh:
        labels = json.load(fh)["labels"]
    known = {e.code for e in ref.nace_entries()}
    assert set(labels) <= known


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("10.71", "10.71"),
        ("1071", "10.71"),
        (" 10 71 ", "10.71"),
        ("10.71.01", "10.71.01"),
        ("107101", "10.71.01"),
        ("c", "C"),
        ("10", "10"),
        ("10.7", "10.7"),
    ],
)
def test_normalize_nace(text: str, canonical: str) -> None:
    assert ref.normalize_nace(text) == canonical


@pytest.mark.parametrize("text", ["", "1", "10711", "1071011", "AB", "10.7a", "Z"])
def test_normalize_nace_rejects_malformed(text: str) -> None:
    with pytest.raises(ValueError):
        ref.normalize_nace(text)


def test_is_valid_nace_uses_revision_2() -> None:
    assert ref.is_valid_nace("62.01")  # Rev. 2 only (Rev. 2.1 renumbered it)
    assert not ref.is_valid_nace("62.10")  # Rev. 2.1 only
    assert ref.is_valid_nace("10.71")
    assert ref.is_valid_nace("10.71.01")  # national extension of an existing class
    assert not ref.is_valid_nace("10.75")
    assert not ref.is_valid_nace("10.75.01")
    assert not ref.is_valid_nace("abc")


def test_nace_labels_and_fallbacks() -> None:
    assert ref.nace_label("C") == "İmalat"
    assert ref.nace_label("C", "en") == "Manufacturing"
    assert ref.nace_label("10") == "Gıda ürünlerinin imalatı"
    assert ref.nace_label("10.71", "en").startswith("Manufacture of bread")
    # No Turkish label of its own: a Turkish screen shows the division's, never English.
    assert ref.nace_label("10.71") == ref.nace_label("10")
    assert ref.nace_label("10.71.01") == ref.nace_label("10.71")
    with pytest.raises(KeyError):
        ref.nace_label("10.75")


def test_section_and_division_of() -> None:
    assert ref.section_of("10.71") == "C"
    assert ref.section_of("01") == "A"
    assert ref.section_of("62.01.01") == "J"
    assert ref.section_of("U") == "U"
    assert ref.division_of("10.71.01") == "10"
    with pytest.raises(ValueError):
        ref.division_of("C")


def test_search_nace() -> None:
    assert [e.code for e in ref.search_nace("10.7")] == ["10.7", "10.71", "10.72", "10.73"]
    assert "10" in [e.code for e in ref.search_nace("GIDA")]
    assert "13" in [e.code for e in ref.search_nace("tekstil")]
    assert "10.71" in [e.code for e in ref.search_nace("bread")]
    assert len(ref.search_nace("manufacture", limit=5)) == 5
    assert ref.search_nace("   ") == []


# --- KOBİ --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "in_force", "micro", "medium"),
    [
        (2010, 2012, 1_000_000, 40_000_000),
        (2018, 2018, 3_000_000, 125_000_000),
        (2021, 2018, 3_000_000, 125_000_000),
        (2022, 2022, 5_000_000, 250_000_000),
        (2024, 2023, 10_000_000, 500_000_000),
        (2026, 2025, 10_000_000, 1_000_000_000),
    ],
)
def test_thresholds_for_year(year: int, in_force: int, micro: int, medium: int) -> None:
    t = ref.thresholds_for(year)
    assert t.year == in_force
    assert t.micro_turnover == micro
    assert t.medium_turnover == medium
    assert (t.micro_employees, t.small_employees, t.medium_employees) == (10, 50, 250)


@pytest.mark.parametrize(
    ("employees", "turnover", "year", "expected"),
    [
        (None, 1000, 2020, None),
        (9, 3_000_000, 2020, "micro"),
        (9, 3_000_001, 2020, "small"),
        (10, 100, 2020, "small"),
        (49, Decimal("25000000"), 2020, "small"),
        (49, 25_000_000.5, 2020, "medium"),
        (50, None, 2020, "medium"),
        (249, 125_000_000, 2020, "medium"),
        (249, 125_000_001, 2020, "large"),
        (250, 1, 2020, "large"),
        (249, 900_000_000, 2026, "medium"),
        (5, None, 2020, "micro"),
    ],
)
def test_size_class(employees: int | None, turnover, year: int, expected: str | None) -> None:
    assert ref.size_class(employees, turnover, year) == expected


# --- offices and targets -----------------------------------------------------------------


def test_offices() -> None:
    assert [o.code for o in ref.OFFICES] == ["TR19", "TR27", "TR46", "TR55", "TR61", "HQ"]
    assert ref.office_info("tr19").name == "Çorum Kümelenme Bilgi Noktası"
    assert ref.office_info("TR27").host == "Güneydoğu Anadolu İhracatçı Birlikleri"
    hq = ref.office_info("HQ")
    assert hq.central and hq.province_code == "TR-06" and hq is ref.CENTRAL_OFFICE
    assert sum(o.central for o in ref.OFFICES) == 1
    for office in ref.OFFICES:
        assert ref.province(office.province_code)
    with pytest.raises(KeyError):
        ref.office_info("TR01")


def test_default_targets() -> None:
    values = {t.indicator: t.value for t in ref.DEFAULT_TARGETS}
    assert values == {
        "smes_reached": 400,
        "smes_in_clusters": 200,
        "clusters_per_province_min": 3,
        "clusters_per_province_max": 12,
        "clusters_benchmarked": 20,
        "productivity_change_pct": Decimal("20"),
    }
    assert ref.target_info("smes_reached").description_tr
