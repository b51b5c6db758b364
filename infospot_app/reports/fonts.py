"""The Turkish-complete TrueType fonts shipped in ``resources/fonts/``, registered with ReportLab.

ReportLab's built-in Type 1 fonts cannot draw ş, ğ, ı or İ; these TTFs can, and ReportLab embeds
the subset of glyphs each document uses.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..core.paths import resource_path

SERIF = "InfoSpotSerif"
SERIF_ITALIC = "InfoSpotSerif-Italic"
SANS = "InfoSpotSans"
SANS_BOLD = "InfoSpotSans-Bold"
MONO = "InfoSpotMono"

FILES = {
    SERIF: "EBGaramond12-Regular.ttf",
    SERIF_ITALIC: "EBGaramond12-Italic.ttf",
    SANS: "Lato-Regular.ttf",
    SANS_BOLD: "Lato-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
}


@cache
def register_fonts() -> None:
    """Register the shipped fonts once per process (loading a TTF takes tens of milliseconds)."""
    for name, file in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD
    )
    pdfmetrics.registerFontFamily(
        SERIF, normal=SERIF, bold=SERIF, italic=SERIF_ITALIC, boldItalic=SERIF_ITALIC
    )


def fit_size(text: str, font: str, size: float, width: float, smallest: float) -> float:
    """The largest font size, at most ``size`` and at least ``smallest``, at which text fits."""
    natural = pdfmetrics.stringWidth(text, font, size)
    if natural <= width:
        return size
    return max(smallest, size * width / natural)
