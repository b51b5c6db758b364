"""Everything held about one person (a KVKK access request) as an Excel workbook or a PDF.

Takes the plain dictionary of ``people.everything_about``: one sheet (or PDF section) per
section, headers in Turkish or English, dates as dd.mm.yyyy, codes as readable names. Text
that Excel could run as a formula is neutralised by ``xlsx_export``; both files are written
to a temporary name and renamed, so a failed export leaves nothing half-written.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .code_labels import label, yes_no
from .fonts import SANS, SANS_BOLD, register_fonts
from .xlsx_export import Column, ExportFailed, discard, save_atomically, write_sheet

SECTIONS: dict[str, tuple[str, str]] = {
    "person": ("Kişi", "Person"),
    "consents": ("Onaylar", "Consents"),
    "visits_met": ("Görüşülen ziyaretler", "Visits met at"),
    "enrollments": ("Eğitim kayıtları", "Training enrolments"),
    "attendance": ("Katılım", "Attendance"),
    "certificates": ("Katılım belgeleri", "Certificates"),
    "audit": ("Değişiklik kaydı", "Audit log"),
}

FIELDS: dict[str, tuple[str, str]] = {
    "id": ("Kayıt no", "Record id"),
    "office": ("Ofis", "Office"),
    "version": ("Sürüm", "Version"),
    "rev": ("Değişiklik sırası", "Revision"),
    "created_at": ("Oluşturulma", "Created"),
    "created_by": ("Oluşturan", "Created by"),
    "updated_at": ("Güncellenme", "Updated"),
    "updated_by": ("Güncelleyen", "Updated by"),
    "deleted_at": ("Silinme", "Deleted"),
    "full_name": ("Ad soyad", "Full name"),
    "company_id": ("Firma kaydı", "Company record"),
    "company_name": ("Firma", "Company"),
    "position": ("Görevi", "Position"),
    "phone": ("Telefon", "Phone"),
    "email": ("E-posta", "E-mail"),
    "gender": ("Cinsiyet", "Gender"),
    "erased_at": ("Kişisel verileri silindi", "Personal data erased"),
    "person_id": ("Kişi kaydı", "Person record"),
    "purpose": ("Amaç", "Purpose"),
    "notice_version": ("Aydınlatma metni sürümü", "Information notice version"),
    "given_on": ("Onay tarihi", "Date given"),
    "method": ("Yöntem", "Method"),
    "recorded_by": ("Kaydeden", "Recorded by"),
    "withdrawn_on": ("Geri çekilme tarihi", "Withdrawn on"),
    "visit_id": ("Ziyaret kaydı", "Visit record"),
    "training_id": ("Eğitim kaydı", "Training record"),
    "withdrawn_at": ("Ayrılma", "Withdrawn"),
    "enrollment_id": ("Eğitim kaydı no", "Enrolment record"),
    "session_id": ("Oturum kaydı", "Session record"),
    "present": ("Katıldı", "Present"),
    "hours": ("Saat", "Hours"),
    "number": ("Belge no", "Certificate number"),
    "issued_on": ("Düzenlenme tarihi", "Issued on"),
    "verification_code": ("Doğrulama kodu", "Verification code"),
    "language": ("Dil", "Language"),
    "revoked_at": ("İptal", "Revoked"),
    "revoked_reason": ("İptal nedeni", "Reason for revoking"),
    "at": ("Zaman", "When"),
    "user": ("Kullanıcı", "User"),
    "table_name": ("Tablo", "Table"),
    "row_id": ("Kayıt no", "Record id"),
    "action": ("İşlem", "Action"),
    "changes": ("Değişiklikler", "Changes"),
}

CODES: dict[str, dict[str, tuple[str, str]]] = {
    "purpose": {
        "contact": ("İletişim", "Contact"),
        "certificate": ("Katılım belgesi", "Certificate"),
        "photos": ("Fotoğraflar", "Photos"),
        "ministry_sharing": ("Bakanlıkla paylaşım", "Sharing with the ministry"),
        "newsletter": ("Bülten", "Newsletter"),
    },
    "method": {
        "paper_form": ("Kâğıt form", "Paper form"),
        "email": ("E-posta", "E-mail"),
        "verbal": ("Sözlü", "Verbal"),
        "electronic_form": ("Elektronik form", "Electronic form"),
    },
    "action": {
        "create": ("oluşturuldu", "created"),
        "update": ("değiştirildi", "changed"),
        "delete": ("silindi", "deleted"),
        "erase": ("kişisel veriler silindi", "erased"),
    },
}

ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}.*)?$")
BOOKKEEPING = frozenset(
    {"id", "office", "version", "rev", "created_at", "created_by", "updated_at", "updated_by",
     "deleted_at"}
)  # fmt: skip
DATE_SUFFIXES = ("_on", "_at", "_date")
TITLE = ("Kişi hakkında tutulan tüm veriler", "Everything held about this person")
EMPTY = ("Kayıt yok.", "No records.")


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def section_title(key: str, lang: str) -> str:
    """A section's title ("Onaylar" / "Consents")."""
    return _pick(SECTIONS.get(key, (key, key)), lang)


def field_title(key: str, lang: str) -> str:
    """A field's header ("Ad soyad" / "Full name"); unknown fields keep their name."""
    return _pick(FIELDS.get(key, (key, key)), lang)


def readable(key: str, value: Any, lang: str) -> Any:
    """A stored value as a reader sees it: dates dd.mm.yyyy, codes named, yes/no spelled."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return yes_no(value, lang)
    if key == "gender":
        return label("gender", value, lang)
    if key in CODES:
        return _pick(CODES[key].get(value, (value, value)), lang)
    if isinstance(value, date | datetime):
        value = value.isoformat()
    if isinstance(value, str) and (key.endswith(DATE_SUFFIXES) or key == "at"):
        return _moment(value)
    return value


def _moment(text: str) -> str:
    """ "2026-02-03" → "03.02.2026"; a timestamp (stored in UTC) in local time with minutes."""
    if not ISO_MOMENT.match(text):
        return text
    if len(text) == 10:
        return f"{text[8:10]}.{text[5:7]}.{text[0:4]}"
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def _fields(rows: list[dict[str, Any]]) -> list[str]:
    """Every field of a section's rows: what the record says first, its bookkeeping last."""
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return sorted(seen, key=lambda f: f in BOOKKEEPING)


def _ordered(row: dict[str, Any]) -> list[tuple[str, Any]]:
    return [(f, row[f]) for f in _fields([row])]


def _sections(data: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    """(section key, rows) in the documented order; the person is one row."""
    ordered = [k for k in SECTIONS if k in data] + [k for k in data if k not in SECTIONS]
    return [(k, [data[k]] if isinstance(data[k], dict) else list(data[k])) for k in ordered]


def _column(key: str, lang: str) -> Column:
    getter: Callable[[dict[str, Any]], Any] = lambda row: readable(key, row.get(key), lang)  # noqa: E731
    tr, en = FIELDS.get(key, (key, key))
    return Column(key, tr, en, getter, kind="value")


def write_person_xlsx(path: Path, data: dict[str, Any], lang: str = "tr") -> Path:
    """One sheet per section: the person as field/value pairs, other sections one row each."""
    workbook = Workbook(write_only=True)
    try:
        for key, rows in _sections(data):
            title = section_title(key, lang)
            if key == "person":
                pairs = [
                    {"field": field_title(f, lang), "value": readable(f, v, lang)}
                    for f, v in _ordered(rows[0])
                ]
                columns = [
                    Column("field", "Alan", "Field", lambda r: r["field"], width=30),
                    Column("value", "Değer", "Value", lambda r: r["value"], kind="value"),
                ]
                write_sheet(workbook, title, columns, pairs, lang=lang)
            else:
                columns = [_column(f, lang) for f in _fields(rows)] or [
                    Column("none", *EMPTY, lambda r: None)
                ]
                write_sheet(workbook, title, columns, rows, lang=lang)
    except BaseException:
        discard(workbook)
        raise
    save_atomically(workbook, path)
    return Path(path)


def write_person_pdf(path: Path, data: dict[str, Any], lang: str = "tr") -> Path:
    """A readable PDF: a heading per section, each record as a table of field and value."""
    register_fonts()
    text = ParagraphStyle("text", fontName=SANS, fontSize=9, leading=11)
    bold = ParagraphStyle("bold", parent=text, fontName=SANS_BOLD)
    heading = ParagraphStyle("heading", fontName=SANS_BOLD, fontSize=13, leading=17)
    title = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=17, leading=22)
    story: list[Any] = [Paragraph(escape(_pick(TITLE, lang)), title), Spacer(1, 4 * mm)]
    for key, rows in _sections(data):
        story.append(Paragraph(escape(section_title(key, lang)), heading))
        story.append(Spacer(1, 2 * mm))
        if not rows:
            story.append(Paragraph(escape(_pick(EMPTY, lang)), text))
        for row in rows:
            cells = [
                [
                    Paragraph(escape(field_title(f, lang)), bold),
                    Paragraph(escape(str(readable(f, v, lang) or "–")), text),
                ]
                for f, v in _ordered(row)
            ]
            table = Table(cells, colWidths=(55 * mm, 115 * mm))
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF2F6")),
                    ]
                )
            )
            story.extend([table, Spacer(1, 3 * mm)])
        story.append(Spacer(1, 3 * mm))
    _build_atomically(Path(path), story, _pick(TITLE, lang))
    return Path(path)


def _build_atomically(path: Path, story: list[Any], title: str) -> None:
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=".pdf.part", dir=path.parent
        )
        os.close(handle)
    except OSError as error:
        raise _cannot_write(path, error) from error
    try:
        document = SimpleDocTemplate(
            temporary, pagesize=A4, title=title, leftMargin=20 * mm, rightMargin=20 * mm
        )
        document.build(story)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise _cannot_write(path, error) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _cannot_write(path: Path, error: OSError) -> ExportFailed:
    return ExportFailed(
        f"PDF dosyası yazılamadı: {path} ({error.strerror or error}). Klasörün var olduğunu, "
        "yazma izniniz olduğunu ve dosyanın başka bir programda açık olmadığını kontrol edin.",
        f"The PDF file could not be written: {path} ({error.strerror or error}). Check that "
        "the folder exists, that you may write to it and that the file is not open elsewhere.",
    )


def write_person_file(path: Path, data: dict[str, Any], lang: str = "tr") -> Path:
    """Write a PDF when ``path`` ends in .pdf, else an Excel workbook."""
    if Path(path).suffix.lower() == ".pdf":
        return write_person_pdf(path, data, lang)
    return write_person_xlsx(path, data, lang)
