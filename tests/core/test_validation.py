"""Tests of field validation."""

from __future__ import annotations

import pickle
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.tr import tckimlik, vkn

from infospot_app.core import validation as v


def make_vkn(first9: str) -> str:
    return first9 + vkn.calc_check_digit(first9)


def make_tckn(first9: str) -> str:
    return first9 + tckimlik.calc_check_digits(first9)


VALID_VKN = "4540536920"  # python-stdnum's documented example
VALID_TCKN = make_tckn("170339282")


def assert_error(exc: pytest.ExceptionInfo[v.ValidationError], field: str, *words: str) -> None:
    error = exc.value
    assert error.field == field
    assert str(error) == error.message_tr == error.message("tr")
    assert error.message("en") == error.message_en != error.message_tr
    for word in words:
        assert word in error.message_tr


# --- errors ------------------------------------------------------------------------------


def test_validation_error_is_value_error_and_bilingual() -> None:
    error = v.ValidationError("email", "E-posta geçersiz.", "Invalid e-mail.")
    assert isinstance(error, ValueError)
    assert str(error) == "E-posta geçersiz."
    assert error.message("en") == "Invalid e-mail."
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.field, copy.message_tr, copy.message_en) == (
        "email",
        error.message_tr,
        "Invalid e-mail.",
    )


def test_collector_reports_all_fields() -> None:
    collector = v.Collector()
    assert collector.check(v.email, "ali@ornek.com.tr") == "ali@ornek.com.tr"
    assert collector.check(v.email, "not-an-email") is None
    assert collector.check(v.tax_id, "123") is None
    assert collector.check(v.required, " ", "name", "Ticari unvan", "Legal name") is None
    with pytest.raises(v.ValidationErrors) as exc:
        collector.raise_if_any()
    assert [e.field for e in exc.value.errors] == ["email", "tax_id", "name"]
    assert set(exc.value.by_field()) == {"email", "tax_id", "name"}
    assert "Legal name is required. Please fill in this field." in exc.value.messages("en")
    assert pickle.loads(pickle.dumps(exc.value)).errors[0].field == "email"
    v.Collector().raise_if_any()  # nothing recorded: no error


# --- tax id ------------------------------------------------------------------------------


def test_tax_id_accepts_vkn_and_tckn() -> None:
    assert v.tax_id(VALID_VKN) == VALID_VKN
    assert v.tax_id(" 454 053 6920 ") == VALID_VKN
    assert v.tax_id(VALID_TCKN) == VALID_TCKN
    assert v.tax_id(None) is None
    assert v.tax_id("  ") is None


def test_nine_digit_vkn_gets_its_leading_zero_back() -> None:
    number = make_vkn("012345678")
    assert number.startswith("0")
    assert v.tax_id(number[1:]) == number
    assert v.tax_id(int(number)) == number


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("454053692X", ["yalnızca rakam"]),
        ("12345", ["5 haneli"]),
        ("123456789012", ["12 haneli"]),
        ("4540536921", ["kontrol hanesi", "vergi levhası"]),
        ("01703392820", ["0 ile başlayamaz"]),
    ],
)
def test_tax_id_errors(value: str, words: list[str]) -> None:
    with pytest.raises(v.ValidationError) as exc:
        v.tax_id(value, field="company.tax_id")
    assert_error(exc, "company.tax_id", *words)


def test_tckn_checksum_error() -> None:
    wrong = VALID_TCKN[:-1] + str((int(VALID_TCKN[-1]) + 1) % 10)
    with pytest.raises(v.ValidationError) as exc:
        v.tax_id(wrong)
    assert_error(exc, "tax_id", "T.C. kimlik", "kontrol haneleri")


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_generated_vkns_validate(first9: str) -> None:
    assert v.tax_id(make_vkn(first9)) == make_vkn(first9)


@given(st.text(alphabet="0123456789", min_size=8, max_size=8), st.sampled_from("123456789"))
def test_generated_tckns_validate(rest: str, first: str) -> None:
    number = make_tckn(first + rest)
    assert v.tax_id(number) == number


# --- NACE, e-mail, phone, MERSIS ---------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("10.71", "10.71"), ("1071", "10.71"), ("107101", "10.71.01"), ("", None), (None, None)],
)
def test_nace_code_valid(value: str | None, expected: str | None) -> None:
    assert v.nace_code(value) == expected


@pytest.mark.parametrize(
    ("value", "word"),
    [("10", "4 haneli"), ("10.7", "4 haneli"), ("abc", "4 haneli"), ("62.10", "NACE Rev.2")],
)
def test_nace_code_invalid(value: str, word: str) -> None:
    with pytest.raises(v.ValidationError) as exc:
        v.nace_code(value)
    assert_error(exc, "nace_code", word)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ali.veli@ORNEK.com.tr", "ali.veli@ornek.com.tr"),
        ("  Info+kobi@Gaziantep.Bel.TR ", "Info+kobi@gaziantep.bel.tr"),
        ("mailto:bilgi@corumtso.org.tr", "bilgi@corumtso.org.tr"),
        ("", None),
    ],
)
def test_email_valid(value: str, expected: str | None) -> None:
    assert v.email(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "ali",
        "ali@",
        "@ornek.com",
        "ali@ornek",
        "ali veli@ornek.com",
        "ali..veli@ornek.com",
        "ali@-ornek.com",
        "ali@ornek.c",
        "a@b@c.com",
    ],
)
def test_email_invalid(value: str) -> None:
    with pytest.raises(v.ValidationError) as exc:
        v.email(value)
    assert_error(exc, "email", "E-posta")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0532 123 45 67", "+90 532 123 45 67"),
        ("+90 (532) 123-45-67", "+90 532 123 45 67"),
        ("5321234567", "+90 532 123 45 67"),
        ("(0364) 225 10 10", "+90 364 225 10 10"),
        ("0090 462 377 10 00", "+90 462 377 10 00"),
        ("90 342 211 00 00", "+90 342 211 00 00"),
        ("0850 222 00 00", "+90 850 222 00 00"),
        ("+49 30 1234567", "+49301234567"),
        ("", None),
    ],
)
def test_phone_valid(value: str, expected: str | None) -> None:
    assert v.phone(value) == expected


@pytest.mark.parametrize(
    "value", ["123", "0532 123 45", "0132 123 45 67", "+90 532 123", "abc", "+1 23"]
)
def test_phone_invalid(value: str) -> None:
    with pytest.raises(v.ValidationError) as exc:
        v.phone(value)
    assert_error(exc, "phone", "Telefon", "alan kodu")


def test_mersis_no() -> None:
    assert v.mersis_no("0454-0536-9200-0017") == "0454053692000017"
    assert v.mersis_no(None) is None
    with pytest.raises(v.ValidationError) as exc:
        v.mersis_no("12345")
    assert_error(exc, "mersis_no", "16 rakam")


# --- generic validators ------------------------------------------------------------------


def test_required() -> None:
    assert v.required("  Işık Makina A.Ş. ", "legal_name", "Ticari unvan", "Legal name") == (
        "Işık Makina A.Ş."
    )
    assert v.required(0, "employees", "Çalışan sayısı", "Employees") == 0
    with pytest.raises(v.ValidationError) as exc:
        v.required(" ", "legal_name", "Ticari unvan", "Legal name")
    assert_error(exc, "legal_name", "Ticari unvan zorunludur")
    assert exc.value.message("en").startswith("Legal name is required")


def test_year() -> None:
    assert v.year("1998", "founding_year") == 1998
    assert v.year(date.today().year, "founding_year") == date.today().year
    assert v.year(None, "founding_year") is None
    for bad, word in [
        (date.today().year + 1, "gelecekte"),
        (1849, "1850"),
        ("abc", "yıl"),
        ("1998.5", "yıl"),
    ]:
        with pytest.raises(v.ValidationError) as exc:
            v.year(bad, "founding_year")
        assert_error(exc, "founding_year", "Kuruluş yılı", word)
    assert v.year(1700, "year", minimum=1500) == 1700


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1.250.000,50", Decimal("1250000.50")),
        ("1,250,000.50", Decimal("1250000.50")),
        ("1250000.5", Decimal("1250000.5")),
        ("12,5", Decimal("12.5")),
        ("1.250", Decimal("1250")),
        ("₺ 12 500 TL", Decimal("12500")),
        (3.5, Decimal("3.5")),
        (7, Decimal(7)),
        ("", None),
    ],
)
def test_non_negative_decimal(value: object, expected: Decimal | None) -> None:
    assert v.non_negative_decimal(value, "turnover") == expected


def test_numeric_errors() -> None:
    with pytest.raises(v.ValidationError) as exc:
        v.non_negative_decimal("-5", "turnover")
    assert_error(exc, "turnover", "Yıllık ciro negatif olamaz")
    with pytest.raises(v.ValidationError) as exc:
        v.non_negative_decimal("on beş", "turnover")
    assert_error(exc, "turnover", "sayı")
    with pytest.raises(v.ValidationError) as exc:
        v.non_negative_int("2,5", "employees")
    assert_error(exc, "employees", "tam sayı")
    with pytest.raises(v.ValidationError):
        v.non_negative_int(True, "employees")
    assert v.non_negative_int("3", "seats", labels=("Koltuk", "Seats")) == 3
    with pytest.raises(v.ValidationError) as exc:
        v.non_negative_int("-3", "seats", labels=("Koltuk", "Seats"))
    assert_error(exc, "seats", "Koltuk")
    assert v.non_negative_int("1.250", "employees") == 1250
    assert v.non_negative_int(" 42 ", "employees") == 42


def test_percentage() -> None:
    assert v.percentage("%45", "export_share") == Decimal(45)
    assert v.percentage("12,5", "export_share") == Decimal("12.5")
    assert v.percentage(100, "export_share") == 100
    with pytest.raises(v.ValidationError) as exc:
        v.percentage(100.5, "export_share")
    assert_error(exc, "export_share", "İhracat payı", "0 ile 100")


def test_date_not_before() -> None:
    start = date(2026, 3, 1)
    assert v.date_not_before(start, date(2026, 3, 1)) == date(2026, 3, 1)
    assert v.date_not_before(None, start) == start
    assert v.date_not_before(start, None) is None
    assert v.date_not_before(datetime(2026, 3, 1, 15), start) == start
    with pytest.raises(v.ValidationError) as exc:
        v.date_not_before(start, date(2026, 2, 28))
    assert_error(exc, "end_date", "Bitiş tarihi başlangıç tarihinden önce olamaz")


# --- provinces and districts -------------------------------------------------------------


@pytest.mark.parametrize("value", ["TR-19", "19", 19, "Çorum", "CORUM", " çorum ", "tr19"])
def test_province_code(value: str | int) -> None:
    assert v.province_code(value) == "TR-19"


def test_province_code_errors() -> None:
    assert v.province_code("") is None
    for bad in ["TR-99", "Atlantis", 0]:
        with pytest.raises(v.ValidationError) as exc:
            v.province_code(bad)
        assert_error(exc, "province_code", "İl bulunamadı")


def test_district() -> None:
    assert v.district("TR-19", "iskilip") == "İskilip"
    assert v.district(55, "ONDOKUZ MAYIS") == "19 Mayıs"
    assert v.district("Kahramanmaraş", "onikişubat") == "Onikişubat"
    assert v.district("TR-61", "Merkez") == "Merkez"  # historical, kept for old records
    assert v.district("TR-01", "  Seyhan  ") == "Seyhan"  # no district data: kept as typed
    assert v.district("TR-19", "") is None
    assert v.district(None, "Çankaya") == "Çankaya"
    with pytest.raises(v.ValidationError) as exc:
        v.district("TR-19", "Ortahisar")
    assert_error(exc, "district", "Çorum ilinin ilçeleri")
