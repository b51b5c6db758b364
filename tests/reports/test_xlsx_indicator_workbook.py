"""The Ministry's workbook: its numbers are those of ``compute()`` and ``infospot indicators``,
and each detail sheet lists exactly the rows an indicator counts."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from infospot_app.cli import main
from infospot_app.core.indicators import Scope, by_office, compute
from infospot_app.reports.indicator_summary import LINES, indicator_value
from infospot_app.reports.indicator_workbook import TOTAL, write_workbook
from tests.core.indicators.test_indicators import PERIOD, world  # noqa: F401  (the dataset)


def summary(path: Path) -> dict[str, dict[str, object]]:
    """Code → {header: value} of the summary sheet."""
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    return {r[1]: dict(zip(header, r, strict=True)) for r in rows[1:]}


def sheet_rows(path: Path, title: str) -> list[tuple]:
    return list(openpyxl.load_workbook(path)[title].iter_rows(min_row=2, values_only=True))


def same(written: object, expected: object) -> bool:
    if expected is None:
        return written is None
    return Decimal(str(written)) == Decimal(str(expected))


def test_office_workbook_equals_the_indicators(db, world, tmp_path) -> None:  # noqa: F811
    path = tmp_path / "bakanlik.xlsx"
    with db.session() as session:
        write_workbook(session, PERIOD, path)
        figures = compute(session, PERIOD)
    lines = summary(path)
    assert list(lines) == [line.key for line in LINES]
    for line in LINES:
        if line.key != "men_participants":  # not an indicator of its own; checked below
            assert same(lines[line.key]["TR19 değer"], indicator_value(figures, line.key)), line
    assert lines["smes_reached"]["TR19 hedef"] == 80  # a fifth of the national 400
    assert same(lines["productivity_change_median"]["TR19 değer"], "15.00")
    assert lines["participants"]["TR19 değer"] == 2
    assert lines["women_participants"]["TR19 değer"] + lines["men_participants"]["TR19 değer"] <= 2
    assert same(lines["grant_amount_granted"]["TR19 değer"], 80_000)


def test_detail_sheets_hold_the_rows_behind_each_number(db, world, tmp_path) -> None:  # noqa: F811
    path = tmp_path / "bakanlik.xlsx"
    with db.session() as session:
        figures = compute(session, PERIOD)
        write_workbook(session, PERIOD, path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "Özet",
        "İllere göre kümeler",
        "Firmalar",
        "Ziyaretler",
        "Eğitimler",
        "Belgeler",
        "Kümeler",
        "Küme üyeleri",
        "Verimlilik",
        "Hibeler",
    ]
    assert len(sheet_rows(path, "Firmalar")) == figures.smes_reached
    assert {r[0] for r in sheet_rows(path, "Firmalar")} == {
        world["C1"].legal_name,
        world["C2"].legal_name,
        world["C4"].legal_name,
    }
    assert len(sheet_rows(path, "Ziyaretler")) == figures.visits
    assert len(sheet_rows(path, "Belgeler")) == figures.certificates_issued
    assert len(sheet_rows(path, "Kümeler")) == figures.clusters
    assert len(sheet_rows(path, "Hibeler")) == figures.grant_applications
    assert {r[1] for r in sheet_rows(path, "Küme üyeleri")} >= {
        world["C1"].legal_name,
        world["C2"].legal_name,
    }
    trainings = sheet_rows(path, "Eğitimler")
    header = [c.value for c in book["Eğitimler"][1]]
    held = {r[0]: dict(zip(header, r, strict=True)) for r in trainings}
    t1 = held[world["T1"].title]
    assert (t1["Katılımcı"], t1["Kadın"]) == (figures.participants, figures.women_participants)
    provinces = {(r[1], r[2]) for r in sheet_rows(path, "İllere göre kümeler")}
    assert provinces == {("Çorum", 2), ("Samsun", 1)}
    dates = [r[0] for r in sheet_rows(path, "Ziyaretler")]
    assert all(d is not None and d.year == 2026 for d in dates)  # real dates, not text


def test_national_workbook_has_every_office_and_the_total(db, world, tmp_path) -> None:  # noqa: F811
    national = Scope(PERIOD.start, PERIOD.end)
    path = tmp_path / "ulusal.xlsx"
    with db.session() as session:
        write_workbook(session, national, path, lang="en")
        total = compute(session, national)
        offices = by_office(session, national)
    lines = summary(path)
    assert same(lines["smes_reached"][f"{TOTAL} value"], total.smes_reached)
    for code, figures in offices.items():
        assert same(lines["visits"][f"{code} value"], figures.visits), code
        assert same(lines["smes_reached"][f"{code} value"], figures.smes_reached), code
    assert lines["smes_reached"]["TR27 value"] == 1


def test_cli_report_numbers_equal_cli_indicators(db, world, tmp_path, capsys) -> None:  # noqa: F811
    path = str(db.path)
    db.close()
    period = ["--from", "01.01.2026", "--to", "30.06.2026"]
    assert main(["--db", path, "indicators", *period, "--json"]) == 0
    indicators = json.loads(capsys.readouterr().out)
    book = tmp_path / "rapor.xlsx"
    assert main(["--db", path, "report", "--xlsx", str(book), *period, "--json"]) == 0
    reported = json.loads(capsys.readouterr().out)
    assert reported["file"] == str(book)
    lines = summary(book)
    compared = 0
    for key, value in indicators.items():
        if key in lines and not isinstance(value, dict):
            assert same(lines[key]["TR19 değer"], value), key
            compared += 1
    assert compared >= 15
    with pytest.raises(SystemExit):
        main(["--db", path, "report", "--xlsx", str(book), "--from", "32.01.2026"])
