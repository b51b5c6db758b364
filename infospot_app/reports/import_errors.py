"""The error workbook of a member list import: each refused row, its reasons, and its original
cells beside them, so the user can fix the list and import it again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..core.member_import import ImportPlan, RowOutcome
from .xlsx_export import Column, export_rows

STATUS_NAMES = {
    "rejected": ("Hatalı", "Invalid"),
    "duplicate": ("Dosyada tekrar", "Repeated in file"),
}


def _cell(index: int) -> Any:
    return lambda o: o.cells[index] if index < len(o.cells) else None


def error_columns(headers: tuple[Any, ...], lang: str) -> list[Column]:
    """Line, status, reasons, then one column per column of the original list."""
    en = lang == "en"
    columns = [
        Column("line", "Satır", "Line", lambda o: o.line, "int"),
        Column(
            "status",
            "Durum",
            "Status",
            lambda o: STATUS_NAMES[o.status][1 if en else 0],
            width=16,
        ),
        Column("reasons", "Nedenler", "Reasons", lambda o: "\n".join(o.reasons(lang)), width=60),
    ]
    width = max(len(headers), 1)
    for index in range(width):
        title = str(headers[index]) if index < len(headers) and headers[index] else ""
        name = title or (f"Column {index + 1}" if en else f"Sütun {index + 1}")
        columns.append(Column(f"cell_{index}", name, name, _cell(index), "value"))
    return columns


def write_error_workbook(plan: ImportPlan, path: Path, lang: str = "tr") -> int:
    """Write every refused row of ``plan`` to ``path``; returns how many rows were written."""
    refused: list[RowOutcome] = plan.refused()
    longest = max((len(o.cells) for o in refused), default=0)
    headers = plan.headers + ("",) * max(0, longest - len(plan.headers))
    return export_rows(
        path,
        error_columns(headers, lang),
        refused,
        title="Reddedilen satırlar" if lang != "en" else "Rejected rows",
        lang=lang,
        total=len(refused),
    )
