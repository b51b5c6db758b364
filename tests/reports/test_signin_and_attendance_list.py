"""The sign-in sheet PDF and the attendance list workbook, read back."""

from __future__ import annotations

from decimal import Decimal

import pypdf
from openpyxl import load_workbook

from infospot_app.core.services import certificates as certs
from infospot_app.core.services.attendance import set_attendance
from infospot_app.core.services.attendance_grid import attendance_grid, session_roster
from infospot_app.core.services.people import people
from infospot_app.core.services.trainings import enrollments
from infospot_app.reports.attendance_xlsx import write_attendance_xlsx
from infospot_app.reports.signin_sheet import write_signin_sheet
from tests.core.services.certificate_data import NAMES, arrange_training, key_signer


def test_signin_sheet_lists_participants_with_company_and_blank_rows(db, actor, tmp_path) -> None:
    arranged = arrange_training(db, actor, trainers="Dr. Işıl Şahin")
    with db.transaction() as session:
        enrollments.withdraw(session, actor, arranged.enrollments[4].id)
        roster = session_roster(session, arranged.sessions[1].id)
    path = write_signin_sheet(tmp_path / "imza.pdf", roster, walk_in_rows=4)
    text = pypdf.PdfReader(path).pages[0].extract_text()
    assert "Yalın Üretim ve Verimlilik" in text and "03.03.2026" in text
    assert "09:00 – 15:00" in text and "Çorum TSO Konferans Salonu" in text
    assert "Dr. Işıl Şahin" in text
    for name in NAMES[:4]:
        assert name in text
    assert NAMES[4] not in text  # withdrawn
    assert text.count("Çorum Döküm Sanayi ve Ticaret A.Ş.") == 4
    numbers = [line.strip() for line in text.splitlines() if line.strip().isdigit()]
    assert numbers[-4:] == ["5", "6", "7", "8"] and "9" not in numbers  # rows for walk-ins


def test_signin_sheet_of_a_big_training_repeats_the_header(db, actor, tmp_path) -> None:
    names = tuple(f"Katılımcı {i:02d} Şahinoğlu" for i in range(40))
    arranged = arrange_training(db, actor, names=names, present={})
    with db.session() as session:
        roster = session_roster(session, arranged.sessions[0].id)
    reader = pypdf.PdfReader(write_signin_sheet(tmp_path / "imza.pdf", roster))
    assert len(reader.pages) >= 2
    assert all("İmza / Signature" in p.extract_text() for p in reader.pages)


def test_attendance_list_reads_back(db, actor, tmp_path) -> None:
    arranged = arrange_training(db, actor, present={0: (0, 1, 2), 1: (0,), 2: (0, 1, 2)})
    _, second, _, fourth, _ = arranged.enrollments
    with db.transaction() as session:
        set_attendance(session, actor, second.id, arranged.sessions[1].id, True, Decimal("2.5"))
        set_attendance(session, actor, second.id, arranged.sessions[2].id, False)
        people.update(session, actor, fourth.person_id, {"full_name": '=HYPERLINK("x")'})
        certs.issue(session, actor, arranged.training.id, key_signer()[0])
        grid = attendance_grid(session, arranged.training.id)
    path = tmp_path / "katilim.xlsx"
    assert write_attendance_xlsx(path, grid) == 5
    sheet = load_workbook(path).active
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    header = next(sheet.iter_rows(max_row=1, values_only=True))
    assert header[:5] == ("Ad Soyad", "Firma", "02.03.2026 (6)", "03.03.2026 (6)", "04.03.2026 (6)")
    # Hours per session: 2.5 when partial, 0 when absent; the percentage to the hundredth.
    assert rows["İpek Öztürk"][2:8] == (6, 2.5, 0, 8.5, 0.4722, "hayır")
    assert rows["Şükrü Çağlayan"][1] == "Çorum Döküm Sanayi ve Ticaret A.Ş."
    assert rows["Şükrü Çağlayan"][7:9] == ("evet", "TR19-2026-00001")
    names = [r[0] for r in sheet.iter_rows(values_only=True)]
    formula = sheet.cell(row=names.index('=HYPERLINK("x")') + 1, column=1)
    assert formula.data_type == "s"  # a name that looks like a formula stays text
    assert rows['=HYPERLINK("x")'][2:5] == (None, None, None)  # nothing recorded
