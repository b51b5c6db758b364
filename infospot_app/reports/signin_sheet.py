"""The sign-in sheet (imza föyü) of one training session: portrait A4, a row per participant."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..core.services.attendance_grid import SessionRoster
from ..core.turkish import upper
from .certificate_wording import VISIBILITY_TR, day_text
from .fonts import SANS, SANS_BOLD, SERIF, register_fonts

NAVY = HexColor("#1F3A5F")
GREY = HexColor("#5F6670")
RULE = HexColor("#B9BFC8")
SHADE = HexColor("#F2F4F7")
ROW_HEIGHT = 9.5 * mm
WALK_IN_ROWS = 6


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "issuer": ParagraphStyle("issuer", fontName=SANS, fontSize=8, textColor=GREY, leading=10),
        "title": ParagraphStyle("title", fontName=SERIF, fontSize=20, textColor=NAVY, leading=24),
        "heading": ParagraphStyle("heading", fontName=SANS_BOLD, fontSize=11, leading=14),
        "facts": ParagraphStyle("facts", fontName=SANS_BOLD, fontSize=9.5, leading=12),
        "label": ParagraphStyle("label", fontName=SANS, fontSize=7, leading=9, textColor=GREY),
        "cell": ParagraphStyle("cell", fontName=SANS, fontSize=9, leading=11),
        "head": ParagraphStyle("head", fontName=SANS_BOLD, fontSize=8, leading=10, textColor=white),
    }


def _time(value: object) -> str:
    return value.strftime("%H:%M") if value is not None else ""  # type: ignore[attr-defined]


def write_signin_sheet(path: Path, roster: SessionRoster, walk_in_rows: int = WALK_IN_ROWS) -> Path:
    """Write the session's sign-in sheet with ``walk_in_rows`` blank rows at the end."""
    register_fonts()
    path.parent.mkdir(parents=True, exist_ok=True)
    styles = _styles()
    training, sitting = roster.training, roster.sitting
    times = " – ".join(t for t in (_time(sitting.start_time), _time(sitting.end_time)) if t)
    facts = [
        ("Tarih / Date", day_text(sitting.session_date)),
        ("Saat / Time", times),
        ("Yer / Venue", training.venue),
        ("Eğitmen / Trainer", training.trainers),
    ]
    issuer = " · ".join(t for t in (roster.office_host, roster.office_name) if t)
    story = [
        Paragraph(_escape(upper(issuer)), styles["issuer"]),
        Spacer(1, 2 * mm),
        Paragraph("Katılımcı İmza Listesi / Sign-in Sheet", styles["title"]),
        Spacer(1, 1 * mm),
        Paragraph(_escape(training.title), styles["heading"]),
        Spacer(1, 1.5 * mm),
        _facts_table(facts, styles),
        Spacer(1, 5 * mm),
        _table(roster, walk_in_rows, styles),
    ]
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=16 * mm,
        bottomMargin=20 * mm,
        title=f"{training.title} — {day_text(sitting.session_date)}",
        author=roster.office_name,
        initialFontName=SANS,
    )
    document.build(story, onFirstPage=_footer, onLaterPages=_footer)
    return path


def _facts_table(facts: list[tuple[str, str]], styles: dict[str, ParagraphStyle]) -> Table:
    """Date, time, venue and trainer side by side, each label above its value."""
    cells = [
        [Paragraph(label, styles["label"]) for label, _ in facts],
        [Paragraph(_escape(value), styles["facts"]) for _, value in facts],
    ]
    table = Table(cells, colWidths=[28 * mm, 28 * mm, 68 * mm, 54 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _table(roster: SessionRoster, walk_ins: int, styles: dict[str, ParagraphStyle]) -> Table:
    head = [
        Paragraph(text, styles["head"])
        for text in ("No", "Ad Soyad / Full name", "Firma / Company", "İmza / Signature")
    ]
    rows: list[list[object]] = [head]
    for number, (name, company) in enumerate(roster.participants, start=1):
        rows.append(
            [
                str(number),
                Paragraph(_escape(name), styles["cell"]),
                Paragraph(_escape(company), styles["cell"]),
                "",
            ]
        )
    first_blank = len(rows)
    for number in range(len(roster.participants) + 1, len(roster.participants) + walk_ins + 1):
        rows.append([str(number), "", "", ""])
    widths = [11 * mm, 58 * mm, 63 * mm, 46 * mm]
    table = Table(
        rows, colWidths=widths, rowHeights=[8 * mm] + [ROW_HEIGHT] * (len(rows) - 1), repeatRows=1
    )
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("FONT", (0, 1), (0, -1), SANS, 8.5),
        ("TEXTCOLOR", (0, 1), (0, -1), GREY),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("LINEAFTER", (2, 1), (2, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, NAVY),
    ]
    style += [("BACKGROUND", (0, r), (-1, r), SHADE) for r in range(2, len(rows), 2)]
    if walk_ins:
        style.append(("LINEABOVE", (0, first_blank), (-1, first_blank), 1.0, NAVY))
    table.setStyle(TableStyle(style))
    return table


def _footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont(SANS, 7)
    canvas.setFillColor(GREY)
    width = A4[0]
    canvas.drawCentredString(width / 2, 10 * mm, VISIBILITY_TR)
    canvas.drawRightString(width - 16 * mm, 10 * mm, f"{canvas.getPageNumber()}")
    canvas.restoreState()


def _escape(text: str) -> str:
    """Paragraph text is mini-HTML: a company called "A & B <Ltd>" must print as typed."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
