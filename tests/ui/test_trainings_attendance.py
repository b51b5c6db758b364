"""The attendance grid: a model checked by qtmodeltester, driven by the keyboard, with hours
of partial attendance and eligibility at the threshold's edge shown as marks change."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from infospot_app.core.services.attendance import training_attendance
from infospot_app.core.services.trainings import enrollments
from tests.ui.training_helpers import make_training, open_page, settle

NAMES = ["Zeynep Çelik", "Ömer Şen", "Ilgaz Ağır"]


def _saved(db, training_id):  # noqa: ANN001, ANN202
    with db.session() as session:
        return {p.enrollment_id: p for p in training_attendance(session, training_id)}


def _commit(qtbot, table, editor) -> None:  # noqa: ANN001
    """Enter in the editor; the delegate commits on the next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState, timeout=5000)


def test_grid_model_passes_qtmodeltester_before_and_after_marks(
    qtbot, context, db, actor, qtmodeltester
):
    page = open_page(qtbot, context, make_training(db, actor, NAMES))
    model = page.attendance.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 2 + 3 + 3
    assert [model.grid.rows[r].full_name for r in range(3)] == [
        "Ilgaz Ağır", "Ömer Şen", "Zeynep Çelik"
    ]  # Turkish order: I < Ö < Z  # fmt: skip
    model.everyone_present(1)
    model.setData(model.index(0, 2), "1,5")
    qtmodeltester.check(model)
    settle(qtbot, context)


def test_partial_hours_typed_in_a_cell_count_and_eligibility_turns_at_80_percent(
    qtbot, context, db, actor
):
    # Five sessions of three hours: 15 hours; 80 % is 12 hours exactly.
    training_id = make_training(db, actor, NAMES, sessions=5)
    page = open_page(qtbot, context, training_id)
    grid = page.attendance
    table, model = grid.table, grid.model
    grid.focus_cell(0, 0)
    for _ in range(4):  # sessions 1–4 present: 12 of 15 hours = 80 %
        qtbot.keyClick(table, Qt.Key.Key_Space)
        qtbot.keyClick(table, Qt.Key.Key_Right)
    assert model.totals(0) == (Decimal(12), Decimal("80.00"), True)
    qtbot.keyClick(table, Qt.Key.Key_Left)  # session 4: only 2,5 of its 3 hours
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = table.indexWidget(table.currentIndex())
    editor.selectAll()
    qtbot.keyClicks(editor, "2,5")
    _commit(qtbot, table, editor)
    assert model.totals(0) == (Decimal("11.5"), Decimal("76.67"), False)
    assert model.data(model.index(0, 5)) == "2.5"  # English locale in tests; partial hours show
    assert model.data(model.index(0, 5), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.PartiallyChecked
    )
    assert model.data(model.index(0, 9)) == "Not yet"
    qtbot.keyClick(table, Qt.Key.Key_Right)  # session 5: half an hour more reaches 80 % again
    qtbot.keyClick(table, Qt.Key.Key_0)  # typing starts the editor with that key
    editor = table.indexWidget(table.currentIndex())
    qtbot.keyClicks(editor, ".5")
    _commit(qtbot, table, editor)
    assert model.totals(0)[2] is True
    assert model.data(model.index(0, 9)) == "Eligible"
    settle(qtbot, context)
    saved = _saved(db, training_id)[model.enrollment_id(0)]
    assert (saved.attended_hours, saved.eligible) == (Decimal("12.00"), True)
    # Delete marks absent; the percentage falls at once and in the database.
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert model.totals(0)[0] == Decimal("11.5")
    settle(qtbot, context)
    assert _saved(db, training_id)[model.enrollment_id(0)].attended_hours == Decimal("11.50")


def test_everyone_present_button_skips_withdrawn_participants(qtbot, context, db, actor):
    training_id = make_training(db, actor, NAMES)
    with db.transaction() as session:
        withdrawn = enrollments.list(session).rows[0]
        enrollments.withdraw(session, actor, withdrawn.id)
    page = open_page(qtbot, context, training_id)
    grid, model = page.attendance, page.attendance.model
    row = next(r for r in range(3) if model.enrollment_id(r) == withdrawn.id)
    assert not model.flags(model.index(row, 2)) & Qt.ItemFlag.ItemIsUserCheckable
    for position in range(3):
        grid.focus_cell(0, position)
        grid.everyone_button.click()
    settle(qtbot, context)
    assert model.data(model.index(row, 7)) == "Withdrawn"
    assert grid.summary.text() == "2 of 2 participants reach 80% for a certificate"
    saved = _saved(db, training_id)
    assert saved[withdrawn.id].attended_hours == 0
    assert sorted(p.attendance_pct for p in saved.values()) == [
        Decimal("0.00"), Decimal("100.00"), Decimal("100.00")
    ]  # fmt: skip
