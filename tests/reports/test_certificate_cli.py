"""``infospot certificates``, ``signin-sheet``, ``attendance-list`` and ``verify`` end to end."""

from __future__ import annotations

import json

import pypdf
from openpyxl import load_workbook

from infospot_app.cli import main
from infospot_app.core.services import certificates as certs
from infospot_app.core.storage import open_database
from tests.core.services.certificate_data import NAMES, arrange_training


def certified(db, actor, db_path, tmp_path, capsys):
    arranged = arrange_training(db, actor, present={0: (0, 1, 2), 1: (0,), 2: (0, 1, 2)})
    db.close()  # the command opens the file itself, as a user would from a shell
    out = tmp_path / "belgeler.pdf"
    code = main(["--db", str(db_path), "certificates", arranged.training.id, "--out", str(out)])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    return arranged, out, printed.out


def stored_codes(db_path, training_id):
    with open_database(db_path) as db, db.session() as session:
        return [c.verification_code for c in certs.of_training(session, training_id)]


def test_certificates_issue_print_and_verify(db, actor, db_path, tmp_path, capsys) -> None:
    arranged, out, printed = certified(db, actor, db_path, tmp_path, capsys)
    assert "2 yeni belge / new" in printed and "3 katılımı yetersiz" in printed
    pages = pypdf.PdfReader(out).pages
    assert len(pages) == 2
    assert NAMES[0] in pages[0].extract_text() and NAMES[2] in pages[1].extract_text()
    # Printing again keeps the numbers and issues nothing new.
    again = ["--db", str(db_path), "certificates", arranged.training.id, "--json"]
    assert main([*again, "--out", str(out)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["issued"] == [] and data["unchanged"] == ["TR19-2026-00001", "TR19-2026-00002"]
    code = stored_codes(db_path, arranged.training.id)[0]
    assert main(["--db", str(db_path), "verify", code]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("GEÇERLİ") and "Şükrü Çağlayan" in printed and "18 saat" in printed


def test_verify_rejects_a_changed_name_with_exit_1(db, actor, db_path, tmp_path, capsys) -> None:
    arranged, _, _ = certified(db, actor, db_path, tmp_path, capsys)
    code = stored_codes(db_path, arranged.training.id)[0]
    forged = code.replace("Şükrü Çağlayan", "Şükrü Çağlar")
    assert main(["--db", str(db_path), "--lang", "en", "verify", forged]) == 1
    assert capsys.readouterr().out.startswith("INVALID")
    assert main(["--db", str(db_path), "verify", "not a code"]) == 1
    assert "doğrulama kodu değil" in capsys.readouterr().err


def test_verify_says_revoked(db, actor, db_path, tmp_path, capsys) -> None:
    arranged, _, _ = certified(db, actor, db_path, tmp_path, capsys)
    with open_database(db_path) as again, again.transaction() as session:
        held = certs.of_training(session, arranged.training.id)[0]
        certs.revoke(session, actor, held.id, "Mükerrer kayıt")
    assert main(["--db", str(db_path), "verify", held.verification_code]) == 1
    out = capsys.readouterr().out
    assert out.startswith("İPTAL EDİLMİŞ") and "Mükerrer kayıt" in out


def test_separate_files_english_template(db, actor, db_path, tmp_path, capsys) -> None:
    arranged = arrange_training(db, actor, names=NAMES[:2])
    db.close()
    folder = tmp_path / "kişiler"
    args = ["--db", str(db_path), "--lang", "en", "certificates", arranged.training.id]
    assert main([*args, "--separate", str(folder)]) == 0
    files = sorted(folder.iterdir())
    assert [f.name for f in files] == [
        "TR19-2026-00001 İpek Öztürk.pdf",
        "TR19-2026-00002 Şükrü Çağlayan.pdf",
    ]
    assert "CERTIFICATE OF ATTENDANCE" in pypdf.PdfReader(files[0]).pages[0].extract_text()


def test_no_eligible_participant_is_explained(db, actor, db_path, tmp_path, capsys) -> None:
    arranged = arrange_training(db, actor, names=NAMES[:1], present={})
    db.close()
    args = ["--db", str(db_path), "certificates", arranged.training.id, "--out", "x.pdf"]
    assert main(args) == 2
    assert "belge alabilecek katılımcı yok" in capsys.readouterr().err


def test_signin_sheet_and_attendance_list(db, actor, db_path, tmp_path, capsys) -> None:
    arranged = arrange_training(db, actor, names=NAMES[:2])
    db.close()
    sheet = tmp_path / "imza.pdf"
    args = ["--db", str(db_path), "signin-sheet", arranged.sessions[0].id, "--out", str(sheet)]
    assert main(args) == 0
    assert "İpek Öztürk" in pypdf.PdfReader(sheet).pages[0].extract_text()
    listing = tmp_path / "katilim.xlsx"
    args = ["--db", str(db_path), "attendance-list", arranged.training.id, "--out", str(listing)]
    assert main(args) == 0
    names = [r[0] for r in load_workbook(listing).active.iter_rows(values_only=True)]
    assert names == ["Ad Soyad", "İpek Öztürk", "Şükrü Çağlayan"]
