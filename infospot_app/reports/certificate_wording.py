"""The words of the Turkish and English certificate templates, and how dates and hours read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

VISIBILITY_TR = (
    "Bu proje Türkiye Cumhuriyeti Devleti ve Avrupa Birliği tarafından ortak finanse edilmektedir."
)
VISIBILITY_EN = "This project is co-financed by the European Union and the Republic of Türkiye."


@dataclass(frozen=True)
class Wording:
    """The fixed texts of one certificate language."""

    title: str
    certifies: str
    attended: str
    dates: str
    duration: str
    venue: str
    number: str
    issued: str
    verification: str
    hours_unit: str
    decimal_mark: str
    visibility: tuple[str, ...]


WORDINGS = {
    "tr": Wording(
        title="KATILIM BELGESİ",
        certifies="Bu belge,",
        attended="aşağıdaki eğitime katıldığını göstermek üzere düzenlenmiştir.",
        dates="TARİH",
        duration="SÜRE",
        venue="YER",
        number="BELGE NO",
        issued="DÜZENLENME TARİHİ",
        verification="DOĞRULAMA KODU",
        hours_unit="saat",
        decimal_mark=",",
        visibility=(VISIBILITY_TR,),
    ),
    "en": Wording(
        title="CERTIFICATE OF ATTENDANCE",
        certifies="This is to certify that",
        attended="attended the training",
        dates="DATES",
        duration="DURATION",
        venue="VENUE",
        number="CERTIFICATE NO.",
        issued="DATE OF ISSUE",
        verification="VERIFICATION CODE",
        hours_unit="hours",
        decimal_mark=".",
        visibility=(VISIBILITY_EN, VISIBILITY_TR),
    ),
}


def wording(language: str) -> Wording:
    """The wording of ``language`` ("tr" or "en"; anything else falls back to Turkish)."""
    return WORDINGS.get(language, WORDINGS["tr"])


def day_text(day: date | None) -> str:
    """A date as dd.MM.yyyy."""
    return "" if day is None else day.strftime("%d.%m.%Y")


def span_text(start: date | None, end: date | None) -> str:
    """One day, or first – last day."""
    if start is None or end is None or start == end:
        return day_text(start or end)
    return f"{day_text(start)} – {day_text(end)}"


def hours_text(hours: Decimal, words: Wording) -> str:
    """18 saat, 17,5 saat; 17.5 hours."""
    number = format(hours.normalize(), "f").replace(".", words.decimal_mark)
    return f"{number} {words.hours_unit}"
