"""Reading the rows of a spreadsheet someone sends us, with a clear word on files we cannot read.

Workbooks are opened read-only (streamed, so 50,000 rows are fine) with formulas' cached values
(``data_only``): a formula cell gives what Excel last showed, never the formula text.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from ..core.errors import InfoSpotError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
OLE_SCAN_LIMIT = 64 * 1024 * 1024
PROGRESS_EVERY = 1000


class UnreadableSpreadsheet(InfoSpotError):
    """The file is not a workbook InfoSpot can read; the message says what to do."""


@dataclass
class SheetRows:
    """The rows of one sheet (cells as Excel stores them), and the workbook's sheet names."""

    path: Path
    sheet_names: list[str]
    sheet: str
    rows: list[tuple[Any, ...]]


def _old_or_encrypted(path: Path) -> UnreadableSpreadsheet:
    with path.open("rb") as handle:
        head = handle.read(OLE_SCAN_LIMIT)
    if ENCRYPTED_MARK in head:
        return UnreadableSpreadsheet(
            f"“{path.name}” parola ile korunuyor. Dosyayı Excel'de açın, Dosya > Bilgi > "
            "Çalışma Kitabını Koru > Parola ile Şifrele'den parolayı silin, .xlsx olarak "
            "kaydedin ve yeniden deneyin.",
            f"“{path.name}” is protected with a password. Open it in Excel, remove the password "
            "(File > Info > Protect Workbook > Encrypt with Password), save it as .xlsx and "
            "try again.",
        )
    return UnreadableSpreadsheet(
        f"“{path.name}” eski Excel biçiminde (.xls). Dosyayı Excel'de açın, Farklı Kaydet ile "
        "“Excel Çalışma Kitabı (.xlsx)” olarak kaydedin ve yeni dosyayı seçin.",
        f"“{path.name}” is in the old Excel format (.xls). Open it in Excel, use Save As "
        "“Excel Workbook (.xlsx)” and choose the new file.",
    )


def check_format(path: Path) -> None:
    """Refuse, with what to do, anything that is not an .xlsx workbook."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
    except OSError as error:
        raise UnreadableSpreadsheet(
            f"Dosya açılamadı: {path} ({error.strerror or error}). Dosyanın yerini ve "
            "başka bir programda açık olmadığını kontrol edin.",
            f"The file could not be opened: {path} ({error.strerror or error}). Check where it "
            "is and that no other program holds it open.",
        ) from error
    if magic == OLE_MAGIC:
        raise _old_or_encrypted(path)
    if not magic.startswith(ZIP_MAGIC):
        raise UnreadableSpreadsheet(
            f"“{path.name}” bir Excel çalışma kitabı (.xlsx) değil. Listeyi Excel'de açıp "
            ".xlsx olarak kaydedin (CSV ve diğer biçimler de böyle dönüştürülebilir).",
            f"“{path.name}” is not an Excel workbook (.xlsx). Open the list in Excel and save "
            "it as .xlsx (CSV and other formats can be converted the same way).",
        )


def _damaged(path: Path) -> UnreadableSpreadsheet:
    return UnreadableSpreadsheet(
        f"“{path.name}” okunamadı; dosya bozuk ya da yarım kopyalanmış olabilir. Excel'de "
        "açılıyorsa yeniden .xlsx olarak kaydedin.",
        f"“{path.name}” could not be read; it may be damaged or incompletely copied. If Excel "
        "opens it, save it again as .xlsx.",
    )


def read_sheet(
    path: Path,
    sheet: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> SheetRows:
    """The rows of ``sheet`` (default: the first worksheet), trailing empty cells trimmed.

    Empty rows stay in place, so row ``i`` is line ``i + 1`` as Excel numbers it.
    """
    path = Path(path)
    check_format(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise _damaged(path) from error
    try:
        names = [ws.title for ws in book.worksheets]
        chosen = sheet if sheet is not None else (names[0] if names else None)
        if chosen not in names:
            raise UnreadableSpreadsheet(
                f"“{sheet}” adlı sayfa yok. Sayfalar: {', '.join(names)}.",
                f"There is no sheet named “{sheet}”. Sheets: {', '.join(names)}.",
            )
        worksheet = book[chosen]
        total = worksheet.max_row or 0
        worksheet.reset_dimensions()  # some writers record wrong dimensions; read what is there
        rows: list[tuple[Any, ...]] = []
        for row in worksheet.iter_rows(values_only=True):
            end = len(row)
            while end and row[end - 1] in (None, ""):
                end -= 1
            rows.append(tuple(row[:end]))
            if progress is not None and len(rows) % PROGRESS_EVERY == 0:
                progress(len(rows), max(total, len(rows)))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise _damaged(path) from error
    finally:
        book.close()
    if progress is not None:
        progress(len(rows), len(rows))
    return SheetRows(path, names, chosen, rows)
