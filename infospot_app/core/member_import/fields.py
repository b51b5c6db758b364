"""What a member list's columns can hold, and recognising them by their Turkish or English name.

Header text is compared folded the Turkish way ("FİRMA ÜNVANI" = "firma unvani"), with
punctuation as spaces ("E-Posta" = "e posta").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..turkish import fold

HEADER_SCAN_ROWS = 30


@dataclass(frozen=True)
class ImportField:
    """A field a column can be mapped to: a company field or one of its contact person."""

    key: str
    label_tr: str
    label_en: str
    names: tuple[str, ...]

    def label(self, lang: str = "tr") -> str:
        return self.label_en if lang == "en" else self.label_tr


FIELDS: tuple[ImportField, ...] = (
    ImportField("legal_name", "Firma unvanı", "Legal name", (
        "firma unvani", "firma unvan", "firma adi", "firma", "unvan", "unvani", "sirket unvani",
        "sirket adi", "ticaret unvani", "uye unvani", "uye adi", "legal name", "company name",
        "company")),
    ImportField("short_name", "Kısa ad", "Short name", ("kisa ad", "kisa adi", "short name")),
    ImportField("tax_id", "Vergi no", "Tax id", (
        "vergi no", "vergi numarasi", "vkn", "vergi kimlik no", "vergi kimlik numarasi",
        "vkn tckn", "tckn", "tc kimlik no", "tax id", "tax number", "tax no", "vat number")),
    ImportField("tax_office", "Vergi dairesi", "Tax office", ("vergi dairesi", "tax office")),
    ImportField("mersis_no", "MERSİS no", "MERSIS no.", ("mersis no", "mersis numarasi", "mersis")),
    ImportField("province", "İl", "Province", ("il", "sehir", "province", "city")),
    ImportField("district", "İlçe", "District", ("ilce", "district")),
    ImportField("address", "Adres", "Address", (
        "adres", "firma adresi", "is adresi", "adresi", "address")),
    ImportField("phone", "Telefon", "Phone", (
        "telefon", "telefon no", "tel", "tel no", "is telefonu", "firma telefonu", "phone",
        "telephone")),
    ImportField("email", "E-posta", "E-mail", (
        "e posta", "eposta", "e posta adresi", "e mail", "email", "mail", "firma e posta")),
    ImportField("web", "Web", "Web", ("web", "web sitesi", "web adresi", "internet adresi",
                                      "website")),
    ImportField("nace_code", "NACE kodu", "NACE code", (
        "nace kodu", "nace kod", "nace", "nace rev 2", "faaliyet kodu", "nace code")),
    ImportField("founding_year", "Kuruluş yılı", "Founding year", (
        "kurulus yili", "kurulus tarihi", "kurulus", "founding year", "year founded", "founded")),
    ImportField("employees", "Çalışan sayısı", "Employees", (
        "calisan sayisi", "calisan", "personel sayisi", "isci sayisi", "employees",
        "number of employees")),
    ImportField("annual_turnover", "Yıllık ciro", "Annual turnover", (
        "yillik ciro", "ciro", "ciro tl", "net satislar", "annual turnover", "turnover")),
    ImportField("export_share", "İhracat payı", "Export share", (
        "ihracat payi", "ihracat orani", "export share")),
    ImportField("notes", "Notlar", "Notes", ("notlar", "not", "aciklama", "notes")),
    ImportField("contact_name", "Yetkili", "Contact person", (
        "yetkili", "yetkili adi", "yetkili adi soyadi", "yetkili kisi", "irtibat kisisi",
        "contact", "contact person", "contact name")),
    ImportField("contact_position", "Yetkilinin görevi", "Contact's position", (
        "yetkili gorevi", "yetkili unvani", "gorevi", "gorev", "position")),
    ImportField("contact_phone", "Yetkilinin telefonu", "Contact's phone", (
        "yetkili telefon", "yetkili telefonu", "yetkili gsm", "cep telefonu", "gsm", "cep",
        "mobile", "contact phone")),
    ImportField("contact_email", "Yetkilinin e-postası", "Contact's e-mail", (
        "yetkili e posta", "yetkili eposta", "yetkili e mail", "contact email",
        "contact e mail")),
)  # fmt: skip

FIELD_KEYS = tuple(f.key for f in FIELDS)
BY_KEY = {f.key: f for f in FIELDS}
COMPANY_FIELDS = tuple(k for k in FIELD_KEYS if not k.startswith("contact_"))
CONTACT_FIELDS = tuple(k for k in FIELD_KEYS if k.startswith("contact_"))
_NAMES = {name: f.key for f in FIELDS for name in f.names}


def header_key(text: Any) -> str:
    """A header folded for comparison: Turkish folding, punctuation as single spaces."""
    if text is None:
        return ""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(str(text))).split())


def recognise(header: Any) -> str | None:
    """The field a column header names, or None.

    An exact name wins; otherwise the longest known name of two or more words the header
    starts with ("Firma Unvanı (tam)" is the legal name, "Çalışan Sayısı 2024" the employees).
    """
    key = header_key(header)
    if not key:
        return None
    if key in _NAMES:
        return _NAMES[key]
    prefixes = [n for n in _NAMES if " " in n and key.startswith(n + " ")]
    return _NAMES[max(prefixes, key=len)] if prefixes else None


def recognise_columns(headers: Sequence[Any]) -> dict[int, str]:
    """Column index → field for every recognised header; each field goes to its first column."""
    found: dict[int, str] = {}
    for index, header in enumerate(headers):
        field = recognise(header)
        if field is not None and field not in found.values():
            found[index] = field
    return found


def find_header_row(rows: Sequence[Sequence[Any]]) -> int:
    """The index of the header row among the first rows: the one naming the most known fields.

    Real lists have a title, a date or a logo's empty cells above it; without any recognised
    names, the first row with at least two filled cells is taken.
    """
    best, best_score = None, 1
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        score = len(recognise_columns(row))
        if score > best_score:
            best, best_score = index, score
    if best is not None:
        return best
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        if sum(1 for cell in row if cell not in (None, "")) >= 2:
            return index
    return 0
