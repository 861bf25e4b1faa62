"""The roster screen driven from the keyboard, as a coordinator would."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from piket.gui.roster import dialogs, person_panel
from piket.gui.roster.view import View
from piket.roster import shifts
from piket.roster.people import absences_of, qualifications_of
from piket.roster.shifts import history
from tests.roster.helpers import make_pool


@pytest.fixture
def view(db, qtbot, monkeypatch):
    monkeypatch.setenv("PIKET_NOW", "2030-01-08T10:00:00")
    make_pool(db, "OvD-Bz Almere", size=3)
    widget = View(db, None)
    qtbot.addWidget(widget)
    widget.show()
    widget.start_edit.setDate(QDate(2030, 1, 7))
    widget.period.setCurrentIndex(0)
    return widget


def holders(view):
    return [view.model.cells[(row, 0)]["person"] for row in range(view.model.weeks)]


def accept(monkeypatch, cls):
    monkeypatch.setattr(cls, "exec", lambda self: QDialog.DialogCode.Accepted)


def test_grid_starts_on_this_week_and_fill_undo_redo(view, qtbot):
    assert view.model.current_row() == 0 and view.grid.currentIndex().row() == 0
    assert holders(view) == [None] * 13
    qtbot.keyClick(view.grid, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    filled = holders(view)
    assert all(filled) and "Gevuld: 13" in view.result_line.text()
    qtbot.keyClick(view.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert holders(view) == [None] * 13
    qtbot.keyClick(view.grid, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert holders(view) == filled


def test_enter_assigns_delete_opens_and_undo(view, qtbot, monkeypatch, db):
    accept(monkeypatch, dialogs.AssignDialog)
    view.grid.setCurrentIndex(view.model.index(2, 0))
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    first = holders(view)[2]
    assert first is not None and view.model.cells[(2, 0)]["manual"]
    qtbot.keyClick(view.grid, Qt.Key.Key_Delete)
    assert holders(view)[2] is None
    qtbot.keyClick(view.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert holders(view)[2] == first
    assert [h["action"] for h in history(db)][:3] == ["assign", "unassign", "assign"]


def test_swap_by_dialog_and_by_drag(view, qtbot, monkeypatch):
    qtbot.keyClick(view.grid, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    before = holders(view)
    accept(monkeypatch, dialogs.SwapDialog)
    monkeypatch.setattr(dialogs.SwapDialog, "target", lambda self: view.model.cells[(1, 0)]["start"])
    view.grid.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.grid, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert holders(view)[:2] == [before[1], before[0]]
    model = view.model
    data = model.mimeData([model.index(2, 0)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(3, 0))
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(3, 0))
    assert holders(view)[2:4] == [before[3], before[2]]
    qtbot.keyClick(view.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert holders(view) == before


def test_refused_assignment_shows_a_dialog_and_changes_nothing(view, qtbot, monkeypatch, db):
    from piket.gui import errors

    shown = []
    monkeypatch.setattr(errors.QMessageBox, "warning", lambda *args: shown.append(args[2]))
    view.perform("toewijzen", lambda: shifts.assign(db, 1, date(2030, 1, 7), "Niemand"))
    assert shown and "Niemand" in shown[0]
    assert view.undo_stack.count() == 0


def test_person_tab_edits_absences_and_qualifications(view, qtbot, monkeypatch, db):
    qtbot.keyClick(view.grid, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    view.tabs.setCurrentIndex(1)
    panel = view.people
    person = panel.person_id
    assert person is not None and "piketweek" in panel.year.text()
    accept(monkeypatch, person_panel.AbsenceDialog)
    monkeypatch.setattr(person_panel.AbsenceDialog, "values", lambda self: ("2030-01-08", "2030-01-10", "verlof"))
    qtbot.keyClick(panel, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [a["reason"] for a in absences_of(db, person)] == ["verlof"]
    accept(monkeypatch, person_panel.QualificationDialog)
    monkeypatch.setattr(person_panel.QualificationDialog, "values", lambda self: ("OVDBZ", date(2030, 6, 30)))
    qtbot.keyClick(panel, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert qualifications_of(db, person)[0]["valid_until"] == date(2030, 6, 30)
    panel.absence_view.setCurrentIndex(panel.absences.index(0, 0))
    panel.remove_absence()
    assert absences_of(db, person) == []


def test_dialogs_build(db, qtbot, monkeypatch):
    monkeypatch.setenv("PIKET_NOW", "2030-01-08T10:00:00")
    pool, people = make_pool(db, size=2)
    from piket.roster.people import add_absence
    from piket.roster.pools import get_pool
    from piket.roster.shifts import roster

    add_absence(db, people[0], "2030-01-08", "2030-01-08")
    cell = roster(db, [get_pool(db, pool)], date(2030, 1, 7), 1)[0]
    dialog = dialogs.AssignDialog(db, cell, "OVDBZ")
    qtbot.addWidget(dialog)
    assert dialog.person_id() == people[1]  # the first who can, not the absent one
    dialog.form.person.setCurrentIndex(0)
    assert "afwezig" in dialog.form.problems.text()
    quals = dialogs.QualificationDialog(db, ["OVDBZ"])
    qtbot.addWidget(quals)
    assert quals.values()[0] == "OVDBZ"
    absence = dialogs.AbsenceDialog()
    qtbot.addWidget(absence)
    assert absence.values()[2] == "verlof"


def test_pdf_is_made_in_the_background_and_written(view, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "rooster.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClick(view.grid, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.grid, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert target.read_bytes().startswith(b"%PDF")


def test_the_grid_shows_the_pools_chosen_under_weergave_and_remembers_them(view, db):
    make_pool(db, "OvD-Bz Lelystad", size=2, prefix="Lelystad")
    make_pool(db, "AOV-adviseur Almere", function="AOV", size=2, prefix="AOV")
    view.reload()
    assert [p.name for p in view.model.pools] == ["AOV-adviseur Almere", "OvD-Bz Almere", "OvD-Bz Lelystad"]

    def menu_actions():
        view.grid_menu.aboutToShow.emit()
        return {action.text(): action for action in view.grid_menu.actions() if action.text()}

    assert menu_actions()["Alle pools"].isChecked()
    menu_actions()["OvD-Bz Lelystad"].trigger()
    menu_actions()["OvD-Bz Almere"].trigger()
    assert [p.name for p in view.model.pools] == ["OvD-Bz Almere", "OvD-Bz Lelystad"]
    assert not menu_actions()["Alle pools"].isChecked() and menu_actions()["OvD-Bz Almere"].isChecked()
    again = View(db, None)  # the choice is remembered, and the status bar's is its own
    assert [p.name for p in again.model.pools] == ["OvD-Bz Almere", "OvD-Bz Lelystad"]
    view.status_menu.aboutToShow.emit()
    assert [a.text() for a in view.status_menu.actions() if a.isChecked()] == ["Alle pools"]
    menu_actions()["Alle pools"].trigger()
    assert len(view.model.pools) == 3
    again.deleteLater()
