"""Lists to Excel: streamed (write-only) sheets with a styled, frozen, filtered header.

Values are written as real numbers and dates (dates shown dd.mm.yyyy). Text that Excel could
take for a formula (beginning with ``=``, ``+``, ``-`` or ``@``, or an error code such as
``#N/A``) is written as a text cell with the quote prefix, so it can never run; a negative
*number* stays a number. Files are written to a temporary name and renamed at the end, so a
failed or cancelled export never leaves a half-written file behind.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from ..core.errors import InfoSpotError

ColumnKind = Literal["text", "int", "decimal", "date", "percent", "money", "value"]
Progress = Callable[[int, int], None]

DATE_FORMAT = "DD.MM.YYYY"
NUMBER_FORMATS: dict[str, str] = {"date": DATE_FORMAT, "percent": "0.0%", "money": "#,##0.00"}
FORMULA_STARTS = ("=", "+", "-", "@")
PROGRESS_EVERY = 1000
WIDTH_SAMPLE = 200
MAX_WIDTH = 60
KIND_WIDTHS: dict[str, int] = {"date": 12, "int": 8, "decimal": 10, "percent": 9, "money": 16}

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
HEADER_BORDER = Border(bottom=Side(style="thin", color="000000"))


@dataclass(frozen=True)
class Column:
    """One exported column: its header in Turkish and English, how to get the value, its type."""

    key: str
    header_tr: str
    header_en: str
    value: Callable[[Any], Any]
    kind: ColumnKind = "text"
    width: float | None = None

    def header(self, lang: str) -> str:
        """The header in the interface language ("tr" or "en")."""
        return self.header_en if lang == "en" else self.header_tr


class ExportCancelled(InfoSpotError):
    """The user cancelled an export; no file was written."""

    def __init__(self) -> None:
        super().__init__(
            "Dışa aktarma iptal edildi; dosya yazılmadı.",
            "The export was cancelled; no file was written.",
        )


class ExportFailed(InfoSpotError):
    """The file could not be written (folder missing, no permission, file open in Excel …)."""


def safe_text(value: Any) -> str:
    """Text a worksheet accepts: control characters Excel refuses are removed."""
    text = value if isinstance(value, str) else str(value)
    if text.isprintable():  # the common case, checked in C; the regex only when needed
        return text
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def is_formula_like(text: str) -> bool:
    """Whether Excel could read ``text`` as a formula or an error value."""
    return text.startswith(FORMULA_STARTS) or text in ERROR_CODES


def sheet_title(text: str) -> str:
    """A valid worksheet name: no ``[]:*?/\\``, at most 31 characters."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in text).strip("' ")
    return (cleaned or "Sheet")[:31]


def _plain_value(value: Any, kind: str) -> Any:
    """The value as Excel stores it for the column's kind (None stays empty)."""
    if value is None or value == "":
        return None
    if kind == "text":
        return safe_text(value)
    if kind == "value":  # a cell copied as it was: text made safe, dates readable
        if isinstance(value, date | datetime):
            return value.strftime("%d.%m.%Y")
        return safe_text(value) if isinstance(value, str) else value
    if kind == "int":
        return int(value)
    if kind in ("decimal", "money"):
        return value if isinstance(value, int | Decimal | float) else Decimal(str(value))
    if kind == "percent":
        return Decimal(str(value)) / 100
    if kind == "date" and isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)
    return value


class SheetWriter:
    """Writes rows of one list into a write-only worksheet, fast: styled cells are reused."""

    def __init__(self, sheet: WriteOnlyWorksheet, columns: Sequence[Column]) -> None:
        self.sheet = sheet
        self.columns = list(columns)
        self.written = 0
        self._styled: dict[int, WriteOnlyCell] = {}
        for index, column in enumerate(self.columns):
            if column.kind in NUMBER_FORMATS:
                cell = WriteOnlyCell(sheet)
                cell.number_format = NUMBER_FORMATS[column.kind]
                self._styled[index] = cell
        self._text = [i for i, c in enumerate(self.columns) if c.kind in ("text", "value")]
        self._getters = [(c.value, c.kind) for c in self.columns]

    def set_widths(self, lang: str, sample: Sequence[Any]) -> None:
        """Column widths from the header and a sample of rows (before any row is written)."""
        for index, column in enumerate(self.columns, 1):
            width = column.width
            if width is None:
                longest = max(
                    (len(str(column.value(row) or "")) for row in sample),
                    default=0,
                )
                header = len(column.header(lang)) + 3  # room for the filter button
                width = max(header, longest + 1, KIND_WIDTHS.get(column.kind, 8))
            letter = get_column_letter(index)
            self.sheet.column_dimensions[letter].width = min(width, MAX_WIDTH)

    def write_header(self, lang: str) -> None:
        """The styled header row, frozen on screen."""
        self.sheet.freeze_panes = "A2"
        cells = []
        for column in self.columns:
            cell = WriteOnlyCell(self.sheet, value=safe_text(column.header(lang)))
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
            cell.alignment, cell.border = HEADER_ALIGNMENT, HEADER_BORDER
            cells.append(cell)
        self.sheet.append(cells)

    def write_row(self, row: Any) -> None:
        """One data row."""
        values = [
            None if (value := get(row)) is None else _plain_value(value, kind)
            for get, kind in self._getters
        ]
        for index in self._text:
            text = values[index]
            if isinstance(text, str) and is_formula_like(text):
                values[index] = self._guarded(text)
        for index, cell in self._styled.items():
            value = values[index]
            if value is not None:
                cell.value = value
                values[index] = cell
        self.sheet.append(values)
        self.written += 1

    def _guarded(self, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet)
        cell.value = text
        cell.data_type = "s"  # never "f" (formula) or "e" (error)
        cell.quotePrefix = True  # Excel keeps it text even when the cell is edited
        return cell

    def finish(self) -> None:
        """Turn on the filter over the header and every written row."""
        last = get_column_letter(max(len(self.columns), 1))
        self.sheet.auto_filter.ref = f"A1:{last}{self.written + 1}"


def write_sheet(
    workbook: Workbook,
    title: str,
    columns: Sequence[Column],
    rows: Iterable[Any],
    *,
    lang: str = "tr",
    total: int = 0,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Add a sheet holding ``rows`` under ``columns``; returns how many rows were written.

    ``progress(done, total)`` is called every thousand rows; it may raise to stop the export,
    as may ``cancelled()`` returning True (ExportCancelled).
    """
    writer = SheetWriter(workbook.create_sheet(sheet_title(title)), columns)
    iterator: Iterator[Any] = iter(rows)
    sample = list(itertools.islice(iterator, WIDTH_SAMPLE))
    writer.set_widths(lang, sample)
    writer.write_header(lang)
    for row in itertools.chain(sample, iterator):
        writer.write_row(row)
        if writer.written % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            if progress is not None:
                progress(writer.written, total)
    writer.finish()
    if progress is not None:
        progress(writer.written, max(total, writer.written))
    return writer.written


def save_atomically(workbook: Workbook, path: Path) -> None:
    """Save to a temporary file beside ``path``, then rename it into place."""
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=".xlsx.part", dir=path.parent
        )
        os.close(handle)
    except OSError as error:
        raise _cannot_write(path, error) from error
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise _cannot_write(path, error) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _cannot_write(path: Path, error: OSError) -> ExportFailed:
    return ExportFailed(
        f"Excel dosyası yazılamadı: {path} ({error.strerror or error}). Klasörün var olduğunu, "
        "yazma izniniz olduğunu ve dosyanın Excel'de açık olmadığını kontrol edin.",
        f"The Excel file could not be written: {path} ({error.strerror or error}). Check that "
        "the folder exists, that you may write to it and that the file is not open in Excel.",
    )


def export_rows(
    path: Path,
    columns: Sequence[Column],
    rows: Iterable[Any],
    *,
    title: str,
    lang: str = "tr",
    total: int = 0,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write one list to an .xlsx file at ``path``; returns the number of rows."""
    workbook = Workbook(write_only=True)
    try:
        count = write_sheet(
            workbook,
            title,
            columns,
            rows,
            lang=lang,
            total=total,
            progress=progress,
            cancelled=cancelled,
        )
    except BaseException:
        discard(workbook)
        raise
    save_atomically(workbook, path)
    return count


def discard(workbook: Workbook) -> None:
    """Close and delete the temporary files of an unfinished write-only workbook."""
    for sheet in workbook.worksheets:
        # openpyxl streams each write-only sheet to its own temporary file; an abandoned
        # workbook would otherwise leave those files behind and an open generator.
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            if not sheet.closed:
                sheet.close()
        with contextlib.suppress(Exception):
            writer.cleanup()


def as_date(value: date | datetime | None) -> date | None:
    """The calendar day of a date or timestamp (timestamps are stored in UTC)."""
    return value.date() if isinstance(value, datetime) else value
