"""Printing a PDF we wrote through Qt's print system: each page is rasterised with PDFium
(pypdfium2) at the printer's resolution and painted onto the page, keeping its proportions."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300
"""Enough for certificates and sign-in sheets; more only makes the print job bigger."""


def printer_for(path: Path) -> QPrinter:
    """A printer set up for the document: its page size and orientation, the document's name."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.stem)
    document = pdfium.PdfDocument(str(path))
    try:
        width, height = document[0].get_size() if len(document) else (595.0, 842.0)
    finally:
        document.close()
    portrait = QSizeF(min(width, height), max(width, height))
    fuzzy = QPageSize.SizeMatchPolicy.FuzzyMatch
    printer.setPageSize(QPageSize(portrait, QPageSize.Unit.Point, "", fuzzy))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)
    return printer


def _page_image(page: pdfium.PdfPage, dpi: int) -> QImage:
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
    image = QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
    )
    return image.copy()  # detach from PDFium's buffer before it is freed


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Send every page of ``path`` to ``printer`` (or the printer's range); returns pages sent."""
    document = pdfium.PdfDocument(str(path))
    painter = QPainter()
    try:
        pages = list(range(len(document)))
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            pages = pages[printer.fromPage() - 1 : printer.toPage()]
        if not pages or not painter.begin(printer):
            return 0
        dpi = min(printer.resolution(), MAX_DPI)
        for count, number in enumerate(pages):
            if count:
                printer.newPage()
            image = _page_image(document[number], dpi)
            area = QRectF(painter.viewport())
            ratio = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * ratio, image.height() * ratio)
            target.moveCenter(area.center())
            painter.drawImage(target, image)
        return len(pages)
    finally:
        if painter.isActive():
            painter.end()
        document.close()
