"""The attendance list of a training as an Excel workbook, through the shared list export.

A row per participant; a column per session with the hours attended (0 absent, empty when
nothing was recorded); then the totals, eligibility and the certificate number. Names and
companies that look like formulas are written as text by ``xlsx_export``.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ..core.services.attendance_grid import AttendanceGrid, ParticipantRow, SessionColumn
from .certificate_wording import day_text
from .xlsx_export import Column, export_rows


def _session_hours(index: int, column: SessionColumn):  # noqa: ANN202 - a column getter
    def hours(row: ParticipantRow) -> Decimal | None:
        cell = row.cells[index]
        if cell.present is None:
            return None
        if not cell.present:
            return Decimal(0)
        return cell.hours if cell.hours is not None else column.hours

    return hours


def attendance_columns(grid: AttendanceGrid, lang: str = "tr") -> list[Column]:
    """The columns of the attendance list of ``grid``."""
    yes, no = ("yes", "no") if lang == "en" else ("evet", "hayır")
    columns = [
        Column("full_name", "Ad Soyad", "Full name", lambda r: r.full_name),
        Column("company_name", "Firma", "Company", lambda r: r.company_name),
    ]
    for index, sitting in enumerate(grid.sessions):
        label = f"{day_text(sitting.session_date)} ({sitting.hours.normalize():f})"
        columns.append(
            Column(f"session_{index + 1}", label, label, _session_hours(index, sitting), "decimal")
        )
    columns += [
        Column(
            "attended_hours",
            "Katıldığı saat",
            "Hours attended",
            lambda r: r.attended_hours,
            "decimal",
        ),
        Column("attendance_pct", "Katılım", "Attendance", lambda r: r.attendance_pct, "percent"),
        Column("eligible", "Belge hakkı", "Eligible", lambda r: yes if r.eligible else no),
        Column(
            "certificate_number",
            "Belge No",
            "Certificate No.",
            lambda r: r.certificate_number or "",
        ),
        Column("withdrawn", "Ayrıldı", "Withdrawn", lambda r: yes if r.withdrawn else ""),
    ]
    return columns


def write_attendance_xlsx(path: Path, grid: AttendanceGrid, lang: str = "tr") -> int:
    """Write the training's attendance list to ``path``; returns the number of participants."""
    title = "Katılım" if lang != "en" else "Attendance"
    return export_rows(
        path,
        attendance_columns(grid, lang),
        grid.rows,
        title=title,
        lang=lang,
        total=len(grid.rows),
    )
