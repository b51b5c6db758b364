"""Member lists as people send them: old and protected files refused with what to do; the
command line end to end with its error workbook, dry run and saved mapping; progress."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from infospot_app.cli import main
from infospot_app.core.member_import import guess_mapping, plan_import
from infospot_app.imports.spreadsheet import OLE_MAGIC, UnreadableSpreadsheet, read_sheet
from tests.conftest import make_vkn
from tests.core.test_member_import import BAD_VKN, write_member_list


def ole_file(path: Path, *streams: str) -> Path:
    """A compound (OLE) file header followed by directory entry names, as .xls files have."""
    names = b"".join(s.encode("utf-16-le") + b"\0\0" for s in streams)
    path.write_bytes(OLE_MAGIC + b"\0" * 504 + names + b"\0" * 512)
    return path


def test_old_xls_file_says_save_as_xlsx(tmp_path: Path) -> None:
    with pytest.raises(UnreadableSpreadsheet) as refused:
        read_sheet(ole_file(tmp_path / "uyeler.xls", "Workbook"))
    assert ".xlsx" in refused.value.message_tr and "Save As" in refused.value.message_en


def test_password_protected_file_says_remove_the_password(tmp_path: Path) -> None:
    path = ole_file(tmp_path / "uyeler.xlsx", "EncryptionInfo", "EncryptedPackage")
    with pytest.raises(UnreadableSpreadsheet) as refused:
        read_sheet(path)
    assert "parola" in refused.value.message_tr and "password" in refused.value.message_en


def test_other_files_and_missing_sheets_are_refused_clearly(tmp_path: Path) -> None:
    csv = tmp_path / "uyeler.csv"
    csv.write_text("Firma;Vergi No\n", encoding="utf-8")
    with pytest.raises(UnreadableSpreadsheet, match="xlsx"):
        read_sheet(csv)
    broken = tmp_path / "yarim.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    with pytest.raises(UnreadableSpreadsheet, match="bozuk"):
        read_sheet(broken)
    good = write_member_list(tmp_path / "uyeler.xlsx")
    with pytest.raises(UnreadableSpreadsheet, match="Üyeler, Notlar"):
        read_sheet(good, "Sayfa9")
    with pytest.raises(UnreadableSpreadsheet, match="bulunamadı|açılamadı"):
        read_sheet(tmp_path / "yok.xlsx")


def test_large_list_reports_progress(db, actor, tmp_path: Path) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Liste")
    sheet.append(["Firma Adı", "VKN", "Çalışan Sayısı"])
    for n in range(1, 2501):
        sheet.append([f"Firma {n}", make_vkn(n), str(n % 50)])
    book.save(tmp_path / "buyuk.xlsx")
    reads: list[tuple[int, int]] = []
    table = read_sheet(tmp_path / "buyuk.xlsx", progress=lambda d, t: reads.append((d, t)))
    assert [d for d, _ in reads] == [1000, 2000, 2501] and reads[-1] == (2501, 2501)
    checks: list[tuple[int, int]] = []
    with db.session() as session:
        plan = plan_import(session, actor, table.rows, guess_mapping(table.rows),
                           progress=lambda d, t: checks.append((d, t)))  # fmt: skip
    assert plan.counts()["new"] == 2500
    assert checks[0] == (500, 2500) and checks[-1] == (2500, 2500)


def test_cli_dry_run_errors_workbook_and_reimport(db, tmp_path: Path, capsys) -> None:
    path = write_member_list(tmp_path / "uyeler.xlsx")
    db_file = str(db.path)
    db.close()
    errors = tmp_path / "hatalar.xlsx"
    mapping = tmp_path / "eslestirme.json"
    args = ["--db", db_file, "import-companies", str(path), "--json"]
    assert main([*args, "--dry-run", "--errors", str(errors), "--save-mapping", str(mapping)]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert (dry["dry_run"], dry["header_line"], dry["new"], dry["rejected"]) == (True, 4, 3, 4)
    assert dry["duplicate"] == 1
    sheet = openpyxl.load_workbook(errors).active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["Satır", "Durum", "Nedenler", "Sıra No"]
    rejected = {
        r[0]: dict(zip(header, r, strict=True))
        for r in sheet.iter_rows(min_row=2, values_only=True)
    }
    assert sorted(rejected) == [7, 8, 9, 10, 12]
    assert rejected[7]["Vergi No"] == BAD_VKN and "kontrol hanesi" in rejected[7]["Nedenler"]
    assert rejected[8]["E-Posta"] == "bilgi@@bozuk"
    assert rejected[12]["Durum"] == "Dosyada tekrar"
    assert json.loads(mapping.read_text(encoding="utf-8"))["columns"]["vergi no"] == "tax_id"

    assert main([*args, "--mapping", str(mapping)]) == 0
    done = json.loads(capsys.readouterr().out)
    assert (done["dry_run"], done["new"], done["contacts_added"]) == (False, 3, 2)
    assert main([*args, "--lang", "en"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["new"], again["skipped"]) == (0, 3)
    assert any("already registered" in " ".join(p["reasons"]) for p in again["problems"])
    assert main(["--db", db_file, "import-companies", str(tmp_path / "x.xls")]) == 2
    assert "infospot:" in capsys.readouterr().err
