"""The attendance certificate (katılım belgesi): landscape A4, drawn with ReportLab.

One PDF for a whole training (a page per participant) or one file per person. Signatories and
logos come from the settings; a logo that cannot be read is left out with a log line.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from ..core.services.certificate_print import PrintableCertificate
from ..core.services.settings import get_setting
from ..core.turkish import upper
from .certificate_wording import Wording, day_text, hours_text, span_text, wording
from .fonts import MONO, SANS, SANS_BOLD, SERIF, SERIF_ITALIC, fit_size, register_fonts
from .qr import draw_qr

log = logging.getLogger(__name__)

WIDTH, HEIGHT = landscape(A4)
NAVY = HexColor("#1F3A5F")
GOLD = HexColor("#B08D3C")
INK = HexColor("#1E1E1E")
GREY = HexColor("#5F6670")
PAPER = HexColor("#FFFDF8")
LOGO_HEIGHT = 46.0
QR_SIZE = 80.0
CODE_CHARS_PER_LINE = 44


@dataclass(frozen=True)
class Signatory:
    """Who signs the certificate: a name and a title."""

    name: str
    title: str


@dataclass(frozen=True)
class Artwork:
    """The configurable parts of the certificate: signatories and logo images (PNG or JPEG)."""

    signatories: tuple[Signatory, ...] = ()
    logos: tuple[Path, ...] = ()


def artwork_from_settings(session: Session) -> Artwork:
    """The signatories (``certificate.signatories``) and logos (``certificate.logos``)."""
    signatories = tuple(
        Signatory(str(s.get("name", "")), str(s.get("title", "")))
        for s in get_setting(session, "certificate.signatories", []) or []
        if isinstance(s, dict)
    )
    logos = tuple(Path(p) for p in get_setting(session, "certificate.logos", []) or [] if p)
    return Artwork(signatories, logos)


def write_certificates(
    path: Path,
    sheets: Sequence[PrintableCertificate],
    artwork: Artwork,
    language: str | None = None,
) -> Path:
    """One PDF with a page per certificate; ``language`` overrides each certificate's own."""
    register_fonts()
    path.parent.mkdir(parents=True, exist_ok=True)
    canvas = Canvas(str(path), pagesize=(WIDTH, HEIGHT), pageCompression=1, initialFontName=SANS)
    canvas.setTitle(sheets[0].training_title if sheets else "")
    canvas.setAuthor(sheets[0].office_name if sheets else "InfoSpot")
    logos = _load_logos(artwork.logos)
    for sheet in sheets:
        draw_certificate(canvas, sheet, artwork, logos, wording(language or sheet.language))
        canvas.showPage()
    canvas.save()
    return path


def write_separate(
    directory: Path,
    sheets: Sequence[PrintableCertificate],
    artwork: Artwork,
    language: str | None = None,
) -> list[Path]:
    """One PDF per certificate in ``directory``, named by number and participant."""
    return [
        write_certificates(directory / file_name(sheet), [sheet], artwork, language)
        for sheet in sheets
    ]


def file_name(sheet: PrintableCertificate) -> str:
    """``TR19-2026-00001 Şükrü Çağlayan.pdf``, without characters Windows refuses."""
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "", sheet.full_name).strip(" .") or "belge"
    return f"{sheet.number} {name}.pdf"


def _load_logos(paths: Sequence[Path]) -> list[ImageReader]:
    found = []
    for logo in paths:
        try:
            found.append(ImageReader(str(logo)))
        except Exception as error:  # noqa: BLE001 - any unreadable image is skipped, not fatal
            log.warning("certificate logo %s skipped: %s", logo, error)
    return found


def draw_certificate(
    canvas: Canvas,
    sheet: PrintableCertificate,
    artwork: Artwork,
    logos: Sequence[ImageReader],
    words: Wording,
) -> None:
    """Draw one certificate on the current page."""
    _frame(canvas)
    _logos(canvas, logos)
    centre = WIDTH / 2
    issuer = upper(" · ".join(t for t in (sheet.office_host, sheet.office_name) if t))
    canvas.setFillColor(GREY)
    size = fit_size(issuer, SANS, 9, WIDTH - 220, 6)
    _spaced(canvas, issuer, SANS, size, centre, 474, 1.2)
    canvas.setFillColor(NAVY)
    _spaced(canvas, words.title, SERIF, 38, centre, 424, 4)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.8)
    canvas.line(centre - 90, 410, centre + 90, 410)
    canvas.setFillColor(INK)
    canvas.setFont(SERIF_ITALIC, 15)
    canvas.drawCentredString(centre, 382, words.certifies)
    size = fit_size(sheet.full_name, SERIF_ITALIC, 38, WIDTH - 200, 20)
    canvas.setFillColor(NAVY)
    canvas.setFont(SERIF_ITALIC, size)
    canvas.drawCentredString(centre, 336, sheet.full_name)
    if sheet.company_name:
        canvas.setFillColor(GREY)
        size = fit_size(sheet.company_name, SANS, 12, WIDTH - 220, 8)
        canvas.setFont(SANS, size)
        canvas.drawCentredString(centre, 309, sheet.company_name)
    canvas.setFillColor(INK)
    canvas.setFont(SERIF_ITALIC, 15)
    canvas.drawCentredString(centre, 285, words.attended)
    _training_title(canvas, sheet.training_title, centre)
    _details(canvas, sheet, words)
    _signatories(canvas, artwork.signatories, sheet)
    _number_block(canvas, sheet, words)
    _verification_block(canvas, sheet.verification_code, words)
    _visibility(canvas, words)
    if sheet.revoked:
        _revoked_stamp(canvas)


def _frame(canvas: Canvas) -> None:
    canvas.setFillColor(PAPER)
    canvas.rect(0, 0, WIDTH, HEIGHT, stroke=0, fill=1)
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(5)
    canvas.rect(18, 18, WIDTH - 36, HEIGHT - 36, stroke=1, fill=0)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.9)
    canvas.rect(26, 26, WIDTH - 52, HEIGHT - 52, stroke=1, fill=0)
    canvas.setLineWidth(0.4)
    canvas.rect(30, 30, WIDTH - 60, HEIGHT - 60, stroke=1, fill=0)
    canvas.setFillColor(GOLD)
    for x, y in ((30, 30), (WIDTH - 30, 30), (30, HEIGHT - 30), (WIDTH - 30, HEIGHT - 30)):
        canvas.saveState()
        canvas.translate(x, y)
        canvas.rotate(45)
        canvas.rect(-4, -4, 8, 8, stroke=0, fill=1)
        canvas.restoreState()


def _logos(canvas: Canvas, logos: Sequence[ImageReader]) -> None:
    if not logos:
        return
    widths = []
    for image in logos:
        w, h = image.getSize()
        widths.append(LOGO_HEIGHT * w / h if h else LOGO_HEIGHT)
    gap = 28
    x = (WIDTH - sum(widths) - gap * (len(widths) - 1)) / 2
    for image, w in zip(logos, widths, strict=True):
        canvas.drawImage(image, x, 496, w, LOGO_HEIGHT, mask="auto")
        x += w + gap


def _spaced(
    canvas: Canvas, text: str, font: str, size: float, x: float, y: float, gap: float
) -> None:
    """Centred text with extra letter spacing, as engraved titles are set."""
    width = stringWidth(text, font, size) + gap * (len(text) - 1)
    obj = canvas.beginText(x - width / 2, y)
    obj.setFont(font, size)
    obj.setCharSpace(gap)
    obj.textOut(text)
    obj.setCharSpace(0)  # the spacing would otherwise carry on to every later text
    canvas.drawText(obj)


def _training_title(canvas: Canvas, title: str, centre: float) -> None:
    quoted = f"“{title}”"
    canvas.setFillColor(NAVY)
    size = fit_size(quoted, SERIF, 24, WIDTH - 180, 15)
    if stringWidth(quoted, SERIF, size) <= WIDTH - 180:
        canvas.setFont(SERIF, size)
        canvas.drawCentredString(centre, 254, quoted)
        return
    first, second = _halves(quoted, SERIF, 15, WIDTH - 180)
    canvas.setFont(SERIF, 15)
    canvas.drawCentredString(centre, 262, first)
    canvas.drawCentredString(centre, 245, second)


def _halves(text: str, font: str, size: float, width: float) -> tuple[str, str]:
    """Split at the space that best balances two lines (the second shortened if still long)."""
    words = text.split(" ")
    best = min(
        range(1, len(words)),
        key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))),
        default=1,
    )
    first, second = " ".join(words[:best]), " ".join(words[best:])
    while second and stringWidth(second, font, size) > width:
        second = second[:-2] + "…"
    return first, second


def _details(canvas: Canvas, sheet: PrintableCertificate, words: Wording) -> None:
    items = [
        (words.dates, span_text(sheet.start_date, sheet.end_date)),
        (words.duration, hours_text(sheet.total_hours, words)),
        (words.venue, sheet.venue),
    ]
    items = [(label, value) for label, value in items if value]
    column = (WIDTH - 200) / max(len(items), 1)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.5)
    canvas.line(100, 230, WIDTH - 100, 230)
    canvas.line(100, 192, WIDTH - 100, 192)
    for i, (label, value) in enumerate(items):
        x = 100 + column * (i + 0.5)
        canvas.setFillColor(GREY)
        canvas.setFont(SANS, 7.5)
        canvas.drawCentredString(x, 217, label)
        canvas.setFillColor(INK)
        size = fit_size(value, SANS_BOLD, 11, column - 12, 7)
        canvas.setFont(SANS_BOLD, size)
        canvas.drawCentredString(x, 201, value)


def _signatories(
    canvas: Canvas, signatories: Sequence[Signatory], sheet: PrintableCertificate
) -> None:
    people = list(signatories) or [Signatory("", sheet.office_name)]
    left, right = 210, WIDTH - 210
    step = (right - left) / len(people)
    for i, person in enumerate(people[:4]):
        x = left + step * (i + 0.5)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.5)
        canvas.line(x - 80, 128, x + 80, 128)
        canvas.setFillColor(INK)
        canvas.setFont(SANS_BOLD, fit_size(person.name, SANS_BOLD, 10, 170, 7))
        canvas.drawCentredString(x, 114, person.name)
        canvas.setFillColor(GREY)
        canvas.setFont(SANS, fit_size(person.title, SANS, 8.5, 170, 6))
        canvas.drawCentredString(x, 102, person.title)


def _number_block(canvas: Canvas, sheet: PrintableCertificate, words: Wording) -> None:
    canvas.setFillColor(GREY)
    canvas.setFont(SANS, 7.5)
    canvas.drawString(56, 150, words.number)
    canvas.drawString(56, 118, words.issued)
    canvas.setFillColor(INK)
    canvas.setFont(SANS_BOLD, 11)
    canvas.drawString(56, 136, sheet.number)
    canvas.setFont(SANS, 11)
    canvas.drawString(56, 104, day_text(sheet.issued_on))


def _verification_block(canvas: Canvas, code: str, words: Wording) -> None:
    lines = [code[i : i + CODE_CHARS_PER_LINE] for i in range(0, len(code), CODE_CHARS_PER_LINE)]
    block = stringWidth("M" * CODE_CHARS_PER_LINE, MONO, 4.2)
    centre = WIDTH - 56 - block / 2
    top = 176
    canvas.setFillColor(INK)
    draw_qr(canvas, code, centre - QR_SIZE / 2, top - QR_SIZE, QR_SIZE)
    canvas.setFillColor(GREY)
    canvas.setFont(SANS, 6)
    canvas.drawCentredString(centre, top - QR_SIZE - 9, words.verification)
    text = canvas.beginText(centre - block / 2, top - QR_SIZE - 16)
    text.setFont(MONO, 4.2, 5.2)
    for line in lines:
        text.textLine(line)
    canvas.drawText(text)


def _visibility(canvas: Canvas, words: Wording) -> None:
    canvas.setFillColor(GREY)
    y = 44 + 9 * (len(words.visibility) - 1)
    for line in words.visibility:
        canvas.setFont(SANS, 7.5)
        canvas.drawCentredString(WIDTH / 2, y, line)
        y -= 9


def _revoked_stamp(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setFillColor(Color(0.75, 0.1, 0.1, alpha=0.35))
    canvas.translate(WIDTH / 2, HEIGHT / 2)
    canvas.rotate(24)
    canvas.setFont(SANS_BOLD, 90)
    canvas.drawCentredString(0, -30, "İPTAL · REVOKED")
    canvas.restoreState()
