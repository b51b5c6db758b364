"""After an office restores an older backup its counters rewind; the next receipt raises the
package counter, and edits made since are sent, never taken as confirmed."""

from __future__ import annotations

from pathlib import Path

import pytest

from infospot_app.core.services.record import current_counter
from infospot_app.core.storage import OpenDatabase
from infospot_app.sync.errors import AlreadyImported
from infospot_app.sync.export import SEQUENCE_COUNTER, export_package, unconfirmed_changes
from infospot_app.sync.importer import import_package
from infospot_app.sync.receipts import import_receipt, write_receipt

from .network import make_office, rows_of
from .restore import add_company, backup, restore


def test_a_receipt_raises_the_rewound_package_counter_and_nothing_is_lost(
    hq: OpenDatabase, tmp_path: Path
) -> None:
    office = make_office(hq, "TR19", tmp_path)
    try:
        add_company(office, "TR19", 1)
        import_package(hq, export_package(office, tmp_path / "out").path)  # package 1
        import_receipt(office, write_receipt(hq, "TR19", tmp_path / "r1.isrcpt"))
        copy = backup(office, tmp_path / "backup.db")
        add_company(office, "TR19", 2)
        import_package(hq, export_package(office, tmp_path / "out").path)  # package 2
        add_company(office, "TR19", 3)
        import_package(hq, export_package(office, tmp_path / "out").path)  # package 3

        office = restore(office, copy)  # packages 2 and 3 and companies 2 and 3 are gone here
        fresh = add_company(office, "TR19", 4)
        reused = export_package(office, tmp_path / "again")
        assert reused.sequence == 2  # the rewound counter
        with pytest.raises(AlreadyImported) as refused:
            import_package(hq, reused.path)
        assert "send the office a receipt" in refused.value.message_en

        import_receipt(office, write_receipt(hq, "TR19", tmp_path / "r2.isrcpt"))
        with office.session() as session:
            assert current_counter(session, SEQUENCE_COUNTER) == 3
            assert unconfirmed_changes(session) >= 1  # company 4 never reached HQ
        package = export_package(office, tmp_path / "out")
        assert package.sequence == 4  # never a number HQ already has
        summary = import_package(hq, package.path)
        assert summary.tables["companies"].new == 1
        assert fresh in rows_of(hq, "TR19")["companies"]
        assert (
            rows_of(hq, "TR19")["companies"].keys() >= rows_of(office, "TR19")["companies"].keys()
        )
    finally:
        office.close()


def test_an_edit_after_a_restore_is_sent_even_when_its_package_is_lost(
    hq: OpenDatabase, tmp_path: Path
) -> None:
    office = make_office(hq, "TR19", tmp_path)
    try:
        add_company(office, "TR19", 1)
        copy = backup(office, tmp_path / "backup.db")
        for n in (2, 3, 4):  # HQ sees revs far above the backup's
            add_company(office, "TR19", n)
        import_package(hq, export_package(office, tmp_path / "out").path)
        office = restore(office, copy)
        import_receipt(office, write_receipt(hq, "TR19", tmp_path / "r1.isrcpt"))
        fresh = add_company(office, "TR19", 5)  # a rev number HQ has seen from before
        export_package(office, tmp_path / "lost")  # the stick is lost
        import_receipt(office, write_receipt(hq, "TR19", tmp_path / "r2.isrcpt"))
        with office.session() as session:
            assert unconfirmed_changes(session) >= 1, "HQ's old rev figure confirmed it"
        import_package(hq, export_package(office, tmp_path / "out").path)
        assert fresh in rows_of(hq, "TR19")["companies"]
    finally:
        office.close()
