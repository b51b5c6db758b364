"""Certificates as real PDFs: Turkish text read back exactly, fonts embedded, codes that verify."""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest
import zxingcpp
from PIL import Image

from infospot_app.core.services import certificates as certs
from infospot_app.core.services.certificate_print import printable
from infospot_app.core.services.settings import get_setting, set_setting
from infospot_app.reports.certificate_keys import database_signer, public_key_lookup
from infospot_app.reports.certificate_pdf import (
    Artwork,
    artwork_from_settings,
    write_certificates,
    write_separate,
)
from infospot_app.reports.certificate_wording import VISIBILITY_TR
from infospot_app.sync import keys
from tests.core.services.certificate_data import NAMES, arrange_training


def issued_sheets(db, actor, **extra):
    arranged = arrange_training(db, actor, **extra)
    with db.transaction() as session:
        certs.issue(session, actor, arranged.training.id, database_signer(session))
    with db.session() as session:
        return arranged, printable(session, certs.of_training(session, arranged.training.id))


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def test_every_turkish_name_reads_back_exactly(db, actor, tmp_path) -> None:
    _, sheets = issued_sheets(db, actor)
    path = write_certificates(tmp_path / "belgeler.pdf", sheets, Artwork())
    texts = page_texts(path)
    assert len(texts) == len(NAMES)
    joined = "\n".join(texts)
    for name in NAMES:
        assert name in joined
    assert set("şğıİÇÖÜ") <= set(joined)
    first = texts[0]
    assert "KATILIM BELGESİ" in first and VISIBILITY_TR in first
    assert "Çorum Döküm Sanayi ve Ticaret A.Ş." in first
    assert "02.03.2026 – 04.03.2026" in first and "18 saat" in first
    assert "ÇORUM TİCARET VE SANAYİ ODASI" in first
    assert "TR19-2026-00001" in first and "Çorum TSO Konferans Salonu" in first


def test_fonts_are_embedded_truetype_and_nothing_else(db, actor, tmp_path) -> None:
    _, sheets = issued_sheets(db, actor, names=NAMES[:1])
    path = write_certificates(tmp_path / "belge.pdf", sheets, Artwork())
    fonts = pypdf.PdfReader(path).pages[0]["/Resources"]["/Font"]
    assert fonts
    for font in fonts.values():
        font = font.get_object()
        assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_english_template(db, actor, tmp_path) -> None:
    _, sheets = issued_sheets(db, actor, names=NAMES[:1])
    [text] = page_texts(write_certificates(tmp_path / "en.pdf", sheets, Artwork(), "en"))
    assert "CERTIFICATE OF ATTENDANCE" in text and "18 hours" in text
    assert "Şükrü Çağlayan" in text and VISIBILITY_TR in text


def test_printed_code_verifies_with_the_database_key(db, actor, tmp_path) -> None:
    with db.session() as session:
        assert settings_key(session) is None  # the fixture database has never synced
    _, sheets = issued_sheets(db, actor, names=NAMES[:1])
    [text] = page_texts(write_certificates(tmp_path / "belge.pdf", sheets, Artwork()))
    # The code wraps over several lines under the QR code; joined, it is the stored code.
    under_qr = text.split("DOĞRULAMA KODU", 1)[1].split(VISIBILITY_TR, 1)[0]
    assert under_qr.replace("\n", "").strip() == sheets[0].verification_code
    with db.session() as session:
        assert settings_key(session) is not None  # made on first issue, kept with the data
        outcome = certs.verify(session, sheets[0].verification_code, public_key_lookup(session))
    assert outcome.valid and outcome.facts.full_name == "Şükrü Çağlayan"


def settings_key(session):
    return get_setting(session, keys.SIGNING_PRIVATE)


def test_separate_files_one_per_person(db, actor, tmp_path) -> None:
    _, sheets = issued_sheets(db, actor, names=NAMES[:3])
    paths = write_separate(tmp_path / "ayrı", sheets, Artwork())
    # Numbers follow the participants in Turkish alphabetical order (İ < Ş < Ü).
    assert [p.name for p in paths] == [
        "TR19-2026-00001 İpek Öztürk.pdf",
        "TR19-2026-00002 Şükrü Çağlayan.pdf",
        "TR19-2026-00003 Ümran Işıkgöz.pdf",
    ]
    for path, name in zip(paths, [NAMES[1], NAMES[0], NAMES[2]], strict=True):
        [text] = page_texts(path)
        assert name in text


def test_signatories_and_logos_from_settings_missing_logo_skipped(
    db, actor, tmp_path, caplog
) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 200), (0, 51, 153)).save(logo)
    with db.transaction() as session:
        set_setting(
            session,
            "certificate.signatories",
            [
                {"name": "Ömer Faruk Işık", "title": "Koordinatör"},
                {"name": "Gülay Öz", "title": "Genel Sekreter"},
            ],
        )
        set_setting(session, "certificate.logos", [str(logo), str(tmp_path / "yok.png")])
        artwork = artwork_from_settings(session)
    _, sheets = issued_sheets(db, actor, names=NAMES[:1])
    with caplog.at_level(logging.WARNING):
        path = write_certificates(tmp_path / "belge.pdf", sheets, artwork)
    assert "yok.png" in caplog.text
    page = pypdf.PdfReader(path).pages[0]
    assert "Ömer Faruk Işık" in page.extract_text() and "Genel Sekreter" in page.extract_text()
    assert len(page.images) == 1


def test_revoked_certificate_is_stamped(db, actor, tmp_path) -> None:
    arranged, sheets = issued_sheets(db, actor, names=NAMES[:1])
    with db.transaction() as session:
        [held] = certs.of_training(session, arranged.training.id)
        certs.revoke(session, actor, held.id, "Hatalı kayıt")
    with db.session() as session:
        revoked = printable(
            session, certs.of_training(session, arranged.training.id, include_revoked=True)
        )
    [text] = page_texts(write_certificates(tmp_path / "iptal.pdf", revoked, Artwork()))
    assert "İPTAL · REVOKED" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
def test_printed_qr_code_scans_to_the_verification_code(db, actor, tmp_path) -> None:
    _, sheets = issued_sheets(db, actor, names=NAMES[:2])
    path = write_certificates(tmp_path / "belge.pdf", sheets, Artwork())
    subprocess.run(["pdftoppm", "-png", "-r", "200", str(path), str(tmp_path / "page")], check=True)
    for sheet, image in zip(sheets, sorted(tmp_path.glob("page*.png")), strict=True):
        found = zxingcpp.read_barcodes(Image.open(image))
        assert [code.text for code in found] == [sheet.verification_code]
