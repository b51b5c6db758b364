"""Tests of Turkish folding and sorting."""

from __future__ import annotations

import functools
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infospot_app.core import turkish
from infospot_app.core.turkish import ALPHABET, fold, lower, search_terms, sort_key, upper

TURKISH_LETTERS = ALPHABET + upper(ALPHABET)
turkish_text = st.text(alphabet=TURKISH_LETTERS + "0123456789 ", max_size=12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IŞIK MAKİNA", "isik makina"),
        ("ışık makina", "isik makina"),
        ("ÇORUM", "corum"),
        ("  Kahramanmaraş \t Ölçü  ", "kahramanmaras olcu"),
        ("Hâlâ kâr", "hala kar"),
        ("I\u0307STANBUL", "istanbul"),  # combining dot above
        ("Ğ ğ Ü ü Ö ö Ş ş Ç ç", "g g u u o o s s c c"),
        (None, ""),
        ("", ""),
        ("   ", ""),
    ],
)
def test_fold_examples(text: str | None, expected: str) -> None:
    assert fold(text) == expected


def test_fold_substring_search() -> None:
    assert fold("istanbul") in fold("İSTANBUL GIDA")
    assert fold("IŞIK MAKİNA") == fold("ışık makina")
    assert fold("gida") in fold("Karadeniz GIDA A.Ş.")


def test_lower_and_upper_are_turkish() -> None:
    assert lower("Iİ") == "ıi"
    assert upper("ıi") == "Iİ"
    assert lower("DİYARBAKIR") == "diyarbakır"


def test_search_terms() -> None:
    assert search_terms("  İstanbul   GIDA ") == ["istanbul", "gida"]
    assert search_terms("") == []
    assert search_terms("   ") == []


@pytest.mark.parametrize(
    ("smaller", "larger"),
    [
        ("C", "Ç"),
        ("Ç", "D"),
        ("I", "İ"),
        ("ı", "i"),
        ("S", "Ş"),
        ("Ş", "T"),
        ("Cide", "Çorum"),
        ("Ilgaz", "İskilip"),
        ("Ordu", "Ödemiş"),
        ("Uşak", "Ünye"),
        ("Gaziantep", "Ğ"),
        ("p", "q"),
        ("q", "r"),
        ("v", "w"),
        ("w", "x"),
        ("x", "y"),
        ("9", "a"),
        ("a b", "a1"),
        ("-", "0"),
        ("ankara", "Bolu"),
        ("Ab", "abc"),
    ],
)
def test_sort_key_examples(smaller: str, larger: str) -> None:
    assert sort_key(smaller) < sort_key(larger)


def test_sort_key_sorts_province_names() -> None:
    names = ["İzmir", "Iğdır", "Çorum", "Çankırı", "Cide", "Şanlıurfa", "Sinop", "Ağrı", "Adana"]
    expected = ["Adana", "Ağrı", "Cide", "Çankırı", "Çorum", "Iğdır", "İzmir", "Sinop", "Şanlıurfa"]
    assert sorted(names, key=sort_key) == expected


def test_sort_key_is_case_insensitive_with_deterministic_ties() -> None:
    assert sort_key("ankara") != sort_key("ANKARA")
    assert sort_key("ankara") < sort_key("ankaraa")
    assert sort_key("ANKARA") < sort_key("ankaraa")
    assert sort_key(None) == sort_key("") == ""


def _reference_rank(ch: str) -> int:
    if ch == " ":
        return 0
    if ch.isdigit():
        return 1 + int(ch)
    return 11 + ALPHABET.index(ch)


def _reference_cmp(a: str, b: str) -> int:
    """Compare by the Turkish alphabet, ignoring case; ties by the text itself."""
    ka = [_reference_rank(c) for c in " ".join(lower(a).split())]
    kb = [_reference_rank(c) for c in " ".join(lower(b).split())]
    if ka != kb:
        return -1 if ka < kb else 1
    return (a > b) - (a < b)


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(turkish_text)
def test_fold_ignores_turkish_case(text: str) -> None:
    assert fold(upper(text)) == fold(text)
    assert fold(lower(text)) == fold(text)


@given(st.text())
def test_fold_output_is_normalised(text: str) -> None:
    folded = fold(text)
    assert folded == folded.strip()
    assert "  " not in folded
    assert not any(unicodedata.combining(ch) for ch in folded)


@given(st.lists(turkish_text, max_size=12))
def test_sort_key_matches_reference(texts: list[str]) -> None:
    texts = [unicodedata.normalize("NFC", t) for t in texts]
    by_key = sorted(texts, key=sort_key)
    by_reference = sorted(texts, key=functools.cmp_to_key(_reference_cmp))
    assert by_key == by_reference


@given(st.text(), st.text())
def test_sort_key_is_a_total_order(a: str, b: str) -> None:
    ka, kb = sort_key(a), sort_key(b)
    # antisymmetric and consistent with equality of the (NFC) texts
    assert (ka == kb) == (unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b))
    assert (ka < kb) != (kb < ka) or ka == kb


@given(st.text())
def test_sort_key_is_encodable(text: str) -> None:
    sort_key(text).encode("utf-8")


fast_text = st.text(alphabet=st.sampled_from(turkish._FAST_CHARS))


@given(fast_text)
def test_fast_paths_agree_with_general_rules(text: str) -> None:
    assert turkish.fold(text) == turkish._fold_general(text)
    if text:
        assert turkish.sort_key(text) == turkish._sort_key_general(text)
