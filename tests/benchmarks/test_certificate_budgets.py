"""B6: certificates to PDF against a raw ReportLab script drawing the same page content."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import segno
from PIL import Image
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from infospot_app.core.certificate_code import CertificateFacts, make_code
from infospot_app.core.services import certificates as certs
from infospot_app.core.services.certificate_print import PrintableCertificate, printable
from infospot_app.reports.certificate_keys import database_signer
from infospot_app.reports.certificate_pdf import Artwork, Signatory, write_certificates
from infospot_app.reports.fonts import MONO, SANS, SANS_BOLD, SERIF, SERIF_ITALIC, register_fonts
from tests.core.services.certificate_data import arrange_training, key_signer

COUNT = 1000
SIGNATORIES = (Signatory("Ömer Faruk Işık", "Koordinatör"), Signatory("Gülay Öz", "Genel Sekreter"))


def sheets(count: int) -> list[PrintableCertificate]:
    signer, _ = key_signer()
    made = []
    for n in range(1, count + 1):
        number = f"TR19-2026-{n:05d}"
        facts = CertificateFacts(
            number,
            f"Şükrü Çağlayan İğdeli {n}",
            "Yalın Üretim ve Verimlilik",
            date(2026, 3, 2),
            date(2026, 3, 4),
            Decimal(18),
            date(2026, 3, 10),
        )
        made.append(
            PrintableCertificate(
                number=number,
                issued_on=facts.issued_on,
                verification_code=make_code(facts, signer),
                language="tr",
                full_name=facts.full_name,
                company_name="Çorum Döküm Sanayi ve Ticaret A.Ş.",
                training_title=facts.training_title,
                venue="Çorum TSO Konferans Salonu",
                start_date=facts.start_date,
                end_date=facts.end_date,
                total_hours=facts.total_hours,
                office_name="Çorum Kümelenme Bilgi Noktası",
                office_host="Çorum Ticaret ve Sanayi Odası",
            )
        )
    return made


def raw_reportlab(path: Path, pages: list[PrintableCertificate], logo: Path) -> None:
    """The same texts, fonts, logo and QR code, drawn straight onto a canvas."""
    width, height = landscape(A4)
    canvas = Canvas(str(path), pagesize=(width, height), initialFontName=SANS)
    image = ImageReader(str(logo))
    for p in pages:
        canvas.rect(18, 18, width - 36, height - 36)
        canvas.rect(26, 26, width - 52, height - 52)
        canvas.drawImage(image, 386, 496, 69, 46)
        canvas.setFont(SANS, 9)
        canvas.drawCentredString(width / 2, 474, f"{p.office_host} · {p.office_name}")
        canvas.setFont(SERIF, 38)
        canvas.drawCentredString(width / 2, 424, "KATILIM BELGESİ")
        canvas.setFont(SERIF_ITALIC, 15)
        canvas.drawCentredString(width / 2, 382, "Bu belge,")
        canvas.setFont(SERIF_ITALIC, 38)
        canvas.drawCentredString(width / 2, 336, p.full_name)
        canvas.setFont(SANS, 12)
        canvas.drawCentredString(width / 2, 309, p.company_name)
        canvas.setFont(SERIF, 24)
        canvas.drawCentredString(width / 2, 254, p.training_title)
        canvas.setFont(SANS_BOLD, 11)
        for x, text in ((200, "02.03.2026 – 04.03.2026"), (420, "18 saat"), (640, p.venue)):
            canvas.drawCentredString(x, 201, text)
        for x, signatory in ((320, SIGNATORIES[0]), (520, SIGNATORIES[1])):
            name, title = signatory.name, signatory.title
            canvas.line(x - 80, 128, x + 80, 128)
            canvas.drawCentredString(x, 114, name)
            canvas.drawCentredString(x, 102, title)
        canvas.drawString(56, 136, p.number)
        canvas.drawString(56, 104, "10.03.2026")
        qr = segno.make(p.verification_code, error="m", micro=False, boost_error=False, mask=2)
        rows = [list(r) for r in qr.matrix]
        module = 80 / len(rows)
        path_ = canvas.beginPath()
        for r, row in enumerate(rows):
            c = 0
            while c < len(row):
                if row[c]:
                    start = c
                    while c < len(row) and row[c]:
                        c += 1
                    path_.rect(
                        700 + start * module, 176 - (r + 1) * module, (c - start) * module, module
                    )
                else:
                    c += 1
        canvas.drawPath(path_, stroke=0, fill=1)
        text = canvas.beginText(690, 80)
        text.setFont(MONO, 4.2)
        code = p.verification_code
        for i in range(0, len(code), 44):
            text.textLine(code[i : i + 44])
        canvas.drawText(text)
        canvas.setFont(SANS, 7.5)
        canvas.drawCentredString(width / 2, 44, "Bu proje Türkiye Cumhuriyeti Devleti ve Avrupa …")
        canvas.showPage()
    canvas.save()


def best_of(runs: int, work) -> float:  # noqa: ANN001
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def test_b6_thousand_certificates_against_raw_reportlab(tmp_path, budget) -> None:
    register_fonts()
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 200), (0, 51, 153)).save(logo)
    pages = sheets(COUNT)
    artwork = Artwork(SIGNATORIES, (logo,))
    raw = best_of(2, lambda: raw_reportlab(tmp_path / "raw.pdf", pages, logo))
    ours = best_of(2, lambda: write_certificates(tmp_path / "ours.pdf", pages, artwork))
    row = budget("B6", f"{COUNT} certificates to one PDF vs raw ReportLab", ours, raw, 2.0)
    assert row.passed, f"{ours:.2f}s against raw {raw:.2f}s"


def test_b6_fifty_participant_training_under_a_second(db, actor, tmp_path, budget) -> None:
    names = tuple(f"Katılımcı Şahinoğlu {n:02d}" for n in range(50))
    arranged = arrange_training(db, actor, names=names)
    register_fonts()

    def issue_and_print() -> None:
        with db.transaction() as session:
            certs.issue(session, actor, arranged.training.id, database_signer(session))
        with db.session() as session:
            found = printable(session, certs.of_training(session, arranged.training.id))
        write_certificates(tmp_path / "egitim.pdf", found, Artwork(SIGNATORIES))

    start = time.perf_counter()
    issue_and_print()  # the first run issues 50 certificates, the way a user first prints
    first = time.perf_counter() - start
    row = budget("B6", "50-participant training: issue and print", first, None, 1.0)
    assert row.passed, f"{first:.2f}s"
