"""Validation errors and the generic validators (required, numbers, years, dates)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

T = TypeVar("T")

# Human names of common fields, (Turkish, English), used in messages.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "founding_year": ("Kuruluş yılı", "Founding year"),
    "employees": ("Çalışan sayısı", "Number of employees"),
    "turnover": ("Yıllık ciro", "Annual turnover"),
    "annual_turnover": ("Yıllık ciro", "Annual turnover"),
    "export_share": ("İhracat payı", "Export share"),
    "capacity": ("Kontenjan", "Capacity"),
    "hours": ("Saat", "Hours"),
    "min_attendance_pct": ("Asgari katılım oranı", "Minimum attendance"),
    "value_added": ("Katma değer", "Value added"),
    "requested_amount": ("Talep edilen tutar", "Requested amount"),
    "granted_amount": ("Verilen tutar", "Granted amount"),
    "end_date": ("Bitiş tarihi", "End date"),
    "next_visit_on": ("Sonraki ziyaret tarihi", "Next visit date"),
    "decided_on": ("Karar tarihi", "Decision date"),
    "left_on": ("Ayrılış tarihi", "Date of leaving"),
    "participants": ("Katılımcı sayısı", "Number of participants"),
    "end_time": ("Bitiş saati", "End time"),
    "year": ("Yıl", "Year"),
}


class ValidationError(ValueError):
    """An invalid field value, explained in Turkish and English; str() is the Turkish text."""

    def __init__(self, field: str, message_tr: str, message_en: str) -> None:
        super().__init__(message_tr)
        self.field = field
        self.message_tr = message_tr
        self.message_en = message_en

    def message(self, lang: str = "tr") -> str:
        """The message in "tr" or "en"."""
        return self.message_en if lang == "en" else self.message_tr

    def __str__(self) -> str:
        return self.message_tr

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.field, self.message_tr, self.message_en))


class ValidationErrors(ValueError):
    """Several invalid fields at once (a form reports them all)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__("\n".join(e.message_tr for e in errors))
        self.errors = list(errors)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.errors,))

    def by_field(self) -> dict[str, ValidationError]:
        """The first error of each field."""
        result: dict[str, ValidationError] = {}
        for error in self.errors:
            result.setdefault(error.field, error)
        return result

    def messages(self, lang: str = "tr") -> list[str]:
        """All messages in "tr" or "en"."""
        return [e.message(lang) for e in self.errors]


class Collector:
    """Runs validators, keeps their errors, and raises them together with raise_if_any()."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def check(self, validator: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """The validator's result, or None after recording its error."""
        try:
            return validator(*args, **kwargs)
        except ValidationError as error:
            self.errors.append(error)
            return None

    def raise_if_any(self) -> None:
        """Raise ValidationErrors if anything failed."""
        if self.errors:
            raise ValidationErrors(self.errors)


def field_label(field: str, labels: tuple[str, str] | None = None) -> tuple[str, str]:
    """(Turkish, English) name of a field for messages."""
    return labels or FIELD_LABELS.get(field, (field, field))


def is_blank(value: object) -> bool:
    """None, or text with nothing but whitespace."""
    return value is None or (isinstance(value, str) and not value.strip())


def required(value: Any, field: str, label_tr: str, label_en: str) -> Any:
    """The value (stripped if text); blank → error."""
    if is_blank(value):
        raise ValidationError(
            field,
            f"{label_tr} zorunludur. Lütfen bu alanı doldurun.",
            f"{label_en} is required. Please fill in this field.",
        )
    return value.strip() if isinstance(value, str) else value


def _number_error(field: str, labels: tuple[str, str] | None, tr: str, en: str) -> ValidationError:
    label_tr, label_en = field_label(field, labels)
    return ValidationError(field, f"{label_tr} {tr}", f"{label_en} {en}")


def parse_decimal(value: Any) -> Decimal | None:
    """Parse numbers as typed in Türkiye: "1.250.000,50", "1250000.5", "%20", "12 500 TL"."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(str(value))
    text = re.sub(r"[\s%₺]|TL|TRY", "", str(value), flags=re.IGNORECASE)
    if "," in text and "." in text:
        thousands = "." if text.rfind(",") > text.rfind(".") else ","
        text = text.replace(thousands, "").replace(",", ".")
    elif text.count(",") == 1:
        text = text.replace(",", ".")
    elif re.fullmatch(r"-?\d{1,3}([.,]\d{3})+", text):
        text = re.sub(r"[.,]", "", text)  # "1.250" is one thousand two hundred and fifty
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def non_negative_decimal(
    value: Any, field: str, labels: tuple[str, str] | None = None
) -> Decimal | None:
    """A number ≥ 0 as a Decimal; None if empty."""
    if is_blank(value):
        return None
    number = parse_decimal(value)
    if number is None:
        raise _number_error(
            field, labels, "bir sayı olmalıdır (örneğin 1.250.000,50).", "must be a number."
        )
    if number < 0:
        raise _number_error(field, labels, "negatif olamaz.", "cannot be negative.")
    return number


def non_negative_int(value: Any, field: str, labels: tuple[str, str] | None = None) -> int | None:
    """A whole number ≥ 0; None if empty."""
    number = non_negative_decimal(value, field, labels)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise _number_error(
            field, labels, "tam sayı olmalıdır (küsuratsız).", "must be a whole number."
        )
    return int(number)


def percentage(value: Any, field: str, labels: tuple[str, str] | None = None) -> Decimal | None:
    """A percentage between 0 and 100; None if empty."""
    number = non_negative_decimal(value, field, labels)
    if number is not None and number > 100:
        raise _number_error(
            field, labels, "0 ile 100 arasında bir yüzde olmalıdır.", "must be between 0 and 100 %."
        )
    return number


def year(
    value: Any, field: str, minimum: int = 1850, labels: tuple[str, str] | None = None
) -> int | None:
    """A year between minimum and the current year; None if empty."""
    if is_blank(value):
        return None
    number = parse_decimal(value)
    if number is None or number != number.to_integral_value() or not 0 < number < 10000:
        raise _number_error(
            field, labels, "dört haneli bir yıl olmalıdır (örneğin 2015).", "must be a year."
        )
    this_year = date.today().year
    if number < minimum:
        raise _number_error(
            field, labels, f"{minimum} yılından önce olamaz.", f"cannot be before {minimum}."
        )
    if number > this_year:
        raise _number_error(
            field,
            labels,
            f"gelecekte olamaz; en fazla {this_year} girilebilir.",
            f"cannot be in the future (at most {this_year}).",
        )
    return int(number)


def _as_date(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


def date_not_before(start: date | None, end: date | None, field: str = "end_date") -> date | None:
    """The end date, which must not be before the start date (either may be missing)."""
    if start is not None and end is not None and _as_date(end) < _as_date(start):
        label_tr, label_en = field_label(field, None)
        raise ValidationError(
            field,
            f"{label_tr} başlangıç tarihinden önce olamaz. Tarihleri kontrol edin.",
            f"{label_en} cannot be before the start date. Please check the dates.",
        )
    return end


def one_of(value: Any, field: str, allowed: tuple[str, ...], label_tr: str, label_en: str) -> str:
    """The value if it is one of ``allowed`` (a fixed list such as a status or type)."""
    if value not in allowed:
        raise ValidationError(
            field,
            f"{label_tr} şunlardan biri olmalı: {', '.join(allowed)}. Listeden seçin.",
            f"{label_en} must be one of: {', '.join(allowed)}. Pick it from the list.",
        )
    return value


def date_value(value: Any, field: str, label_tr: str, label_en: str) -> date | None:
    """A date from a date, "2024-05-31" or "31.05.2024"; None if empty."""
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValidationError(
        field,
        f"{label_tr} geçerli bir tarih değil: “{text}”. Tarihi GG.AA.YYYY biçiminde girin.",
        f"{label_en} is not a valid date: “{text}”. Enter it as DD.MM.YYYY.",
    )


def required_date(value: Any, field: str, label_tr: str, label_en: str) -> date:
    """A date that must be given (see ``date_value`` for the accepted forms)."""
    return date_value(required(value, field, label_tr, label_en), field, label_tr, label_en)  # type: ignore[return-value]


def time_value(value: Any, field: str, label_tr: str, label_en: str) -> time | None:
    """A time of day from a time or "09:30"; None if empty."""
    if is_blank(value):
        return None
    if isinstance(value, time):
        return value
    text = str(value).strip()
    for pattern in ("%H:%M", "%H.%M", "%H:%M:%S"):
        try:
            return datetime.strptime(text, pattern).time()
        except ValueError:
            continue
    raise ValidationError(
        field,
        f"{label_tr} geçerli bir saat değil: “{text}”. Saati SS:DD biçiminde girin (örneğin 09:30).",
        f"{label_en} is not a valid time: “{text}”. Enter it as HH:MM (e.g. 09:30).",
    )
