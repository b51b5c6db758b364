"""Field validation in one place: each function returns the normalised value or raises.

Every error is a ValidationError naming the field, with a Turkish and an English message.
"""

from __future__ import annotations

import re

from stdnum.tr import tckimlik, vkn

from infospot_app.core.reference.districts import canonical_district, has_district_data
from infospot_app.core.reference.nace import is_valid_nace, normalize_nace
from infospot_app.core.reference.provinces import find_province
from infospot_app.core.validation_base import (
    FIELD_LABELS,
    Collector,
    ValidationError,
    ValidationErrors,
    date_not_before,
    date_value,
    field_label,
    is_blank,
    non_negative_decimal,
    non_negative_int,
    one_of,
    parse_decimal,
    percentage,
    required,
    required_date,
    time_value,
    year,
)

__all__ = [
    "FIELD_LABELS",
    "Collector",
    "ValidationError",
    "ValidationErrors",
    "date_not_before",
    "date_value",
    "district",
    "email",
    "field_label",
    "is_blank",
    "mersis_no",
    "nace_code",
    "non_negative_decimal",
    "non_negative_int",
    "one_of",
    "parse_decimal",
    "percentage",
    "phone",
    "province_code",
    "required",
    "required_date",
    "tax_id",
    "time_value",
    "year",
]


def tax_id(value: str | int | None, field: str = "tax_id") -> str | None:
    """A VKN (10 digits; 9 digits get their lost leading zero back) or TCKN (11 digits)."""
    if is_blank(value):
        return None
    number = re.sub(r"[\s.\-]", "", str(value))
    if not number.isascii() or not number.isdigit():
        raise ValidationError(
            field,
            "Vergi kimlik numarası geçersiz: yalnızca rakamlardan oluşmalıdır. "
            "Harf ve işaretleri silip numarayı yeniden girin.",
            "The tax ID is invalid: it must contain digits only. "
            "Remove any letters or symbols and enter it again.",
        )
    if len(number) == 9:
        number = "0" + number
    if len(number) == 10:
        if vkn.calc_check_digit(number) != number[-1]:
            raise ValidationError(
                field,
                "Vergi kimlik numarası geçersiz: kontrol hanesi tutmuyor. "
                "Numarayı vergi levhasından kontrol edin.",
                "The tax ID (VKN) is invalid: the check digit does not match. "
                "Please check the number on the tax certificate.",
            )
        return number
    if len(number) == 11:
        if number[0] == "0":
            raise ValidationError(
                field,
                "T.C. kimlik numarası 0 ile başlayamaz. Numarayı kimlik kartından kontrol edin.",
                "A Turkish identity number cannot start with 0. Please check the identity card.",
            )
        if tckimlik.calc_check_digits(number) != number[-2:]:
            raise ValidationError(
                field,
                "T.C. kimlik numarası geçersiz: kontrol haneleri tutmuyor. "
                "Numarayı kimlik kartından kontrol edin.",
                "The Turkish identity number is invalid: the check digits do not match. "
                "Please check the number on the identity card.",
            )
        return number
    raise ValidationError(
        field,
        f"Vergi kimlik numarası {len(number)} haneli olamaz. Şirketler için 10 haneli vergi "
        "kimlik numarasını, şahıs işletmeleri için 11 haneli T.C. kimlik numarasını girin.",
        f"A tax ID cannot have {len(number)} digits. Enter the 10-digit tax number (VKN) of "
        "a company, or the 11-digit identity number (TCKN) of a sole proprietor.",
    )


def nace_code(value: str | None, field: str = "nace_code") -> str | None:
    """A NACE Rev. 2 class ("10.71") or national code ("10.71.01"), canonical; None if empty."""
    if is_blank(value):
        return None
    text = str(value).strip()
    try:
        code = normalize_nace(text)
    except ValueError:
        code = ""
    if len(code) not in (5, 8):
        raise ValidationError(
            field,
            f"NACE kodu geçersiz: “{text}”. Kodu 4 haneli sınıf düzeyinde (örneğin 10.71) "
            "ya da 6 haneli olarak (örneğin 10.71.01) girin.",
            f"Invalid NACE code: “{text}”. Enter a 4-digit class (e.g. 10.71) "
            "or a 6-digit national code (e.g. 10.71.01).",
        )
    if not is_valid_nace(code):
        raise ValidationError(
            field,
            f"NACE kodu geçersiz: {code[:5]} NACE Rev.2 sınıflamasında yok. "
            "Kodu listeden arayarak seçin.",
            f"Invalid NACE code: {code[:5]} does not exist in NACE Rev. 2. "
            "Please search for it and pick it from the list.",
        )
    return code


_EMAIL = re.compile(r"^[^\s@\"<>(),;:]+@[^\s@\"<>(),;:_]+\.[^\s@\"<>(),;:_\d.]{2,}$")


def email(value: str | None, field: str = "email") -> str | None:
    """An e-mail address with its domain lower-cased; None if empty."""
    if is_blank(value):
        return None
    text = str(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    bad_dots = ".." in text or text.startswith(".") or ".@" in text or "@." in text
    labels = text.rpartition("@")[2].split(".")
    bad_labels = any(lbl.startswith("-") or lbl.endswith("-") for lbl in labels)
    if not _EMAIL.match(text) or bad_dots or bad_labels:
        raise ValidationError(
            field,
            f"E-posta adresi geçersiz: “{text}”. Adresi ad@alanadi.com.tr biçiminde girin.",
            f"Invalid e-mail address: “{text}”. Enter it as name@domain.com.",
        )
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"


def phone(value: str | None, field: str = "phone") -> str | None:
    """A Turkish number as "+90 5xx xxx xx xx", another one as "+<digits>"; None if empty."""
    if is_blank(value):
        return None
    text = str(value).strip()
    compact = re.sub(r"[\s\-().\/]", "", text)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    digits = compact.lstrip("+")
    if digits.isascii() and digits.isdigit():
        if compact.startswith("+90") or (len(digits) == 12 and digits.startswith("90")):
            national = digits[2:]
        elif compact.startswith("+"):
            if 8 <= len(digits) <= 15:
                return "+" + digits
            national = ""
        else:
            national = digits[1:] if digits.startswith("0") else digits
        if len(national) == 10 and national[0] in "23458":
            n = national
            return f"+90 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}"
    raise ValidationError(
        field,
        f"Telefon numarası geçersiz: “{text}”. Numarayı alan koduyla birlikte girin "
        "(örneğin 0364 123 45 67 ya da 0532 123 45 67); yurt dışı numaralarını + ile başlatın.",
        f"Invalid phone number: “{text}”. Enter it with the area code "
        "(e.g. 0364 123 45 67 or 0532 123 45 67); start foreign numbers with +.",
    )


def mersis_no(value: str | None, field: str = "mersis_no") -> str | None:
    """A MERSIS number (16 digits); None if empty."""
    if is_blank(value):
        return None
    number = re.sub(r"[\s\-.]", "", str(value))
    if not (number.isascii() and number.isdigit() and len(number) == 16):
        raise ValidationError(
            field,
            "MERSİS numarası geçersiz: 16 rakamdan oluşmalıdır. "
            "Numarayı ticaret sicili gazetesinden ya da MERSİS kaydından kontrol edin.",
            "Invalid MERSIS number: it must have 16 digits. "
            "Please check it in the trade registry gazette or the MERSIS record.",
        )
    return number


def province_code(value: str | int | None, field: str = "province_code") -> str | None:
    """An ISO code ("TR-19") from "TR-19", "19", 19 or a Turkish name; None if empty."""
    if is_blank(value):
        return None
    found = find_province(value.strip() if isinstance(value, str) else value)
    if found is None:
        raise ValidationError(
            field,
            f"İl bulunamadı: “{value}”. İli listeden seçin ya da plaka kodunu (1–81) girin.",
            f"Unknown province: “{value}”. Pick it from the list or enter its plate number (1–81).",
        )
    return found.code


def district(province: str | int | None, value: str | None, field: str = "district") -> str | None:
    """A district of the province, canonically spelled when district data exists."""
    if is_blank(value):
        return None
    text = " ".join(str(value).split())
    code = province_code(province) if not is_blank(province) else None
    if code is None or not has_district_data(code):
        return text
    canonical = canonical_district(code, text)
    if canonical is None:
        name = find_province(code).name  # type: ignore[union-attr]
        raise ValidationError(
            field,
            f"“{text}”, {name} ilinin ilçeleri arasında bulunamadı. İlçeyi listeden seçin.",
            f"“{text}” is not a district of {name}. Please pick the district from the list.",
        )
    return canonical
