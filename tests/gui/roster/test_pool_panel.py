"""The Pools tab: pools created and edited, members added and removed, from the keyboard."""

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox

from piket.gui.roster.models import MemberModel, PoolModel
from piket.gui.roster.pool_dialogs import MemberDialog, PoolDialog
from piket.gui.roster.pool_panel import PoolPanel
from piket.roster.people import add_person
from piket.roster.pools import add_pool, get_pool, list_pools, members
from piket.roster.shifts import assign
from tests.roster.helpers import count_rows, make_pool

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
SAVE, OK = QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def setup(db, qtbot, monkeypatch):
    monkeypatch.setenv("PIKET_NOW", "2030-01-08T10:00:00")
    ovd, people = make_pool(db, "OvD-Bz Almere", size=2)
    changes = []
    panel = PoolPanel(db, on_change=lambda: changes.append(1))
    qtbot.addWidget(panel)
    panel.show()
    return panel, {"ovd": ovd, "people": people, "changes": changes}


def run_dialog(monkeypatch, cls, fill, button=SAVE):
    """Replace ``cls.exec``: ``fill(dialog)`` works the real form, then ``button`` is clicked;
    a refused dialog is recorded and then cancelled."""
    seen = []

    def exec_(dialog):
        dialog.show()
        fill(dialog)
        dialog.form.buttons.button(button).click()
        if dialog.isVisible():
            seen.append(dialog.form.error.text())
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def test_ctrl_n_creates_a_pool_with_the_functions_defaults(setup, qtbot, monkeypatch, db):
    panel, ids = setup

    def fill(dialog):
        form = dialog.form
        assert dialog.windowTitle() == "Nieuwe pool" and dialog.focusWidget() is form.name
        qtbot.keyClicks(form.name, "TL Herstelzorg")
        form.function.setCurrentIndex(form.function.findData("TL-NAZORG"))
        assert form.level.currentData() == "interregionaal" and form.zacht.isChecked()
        form.handoverDay.setCurrentIndex(4)
        form.handoverTime.setTime(QTime(17, 0))

    run_dialog(monkeypatch, PoolDialog, fill)
    qtbot.keyClick(panel.pools_view, Qt.Key.Key_N, CTRL)
    pool = get_pool(db, "TL Herstelzorg")
    assert (pool.function, pool.level, pool.kind, str(pool.handover)) == (
        "TL-NAZORG", "interregionaal", "zacht", "fri 17:00")
    assert panel.pool_id == pool.id and "vrijdag 17:00" in panel.title.text() and "0 leden" in panel.title.text()
    assert ids["changes"]


def test_f2_and_enter_edit_a_pool(setup, qtbot, monkeypatch, db):
    panel, ids = setup
    assert panel.pool_id == ids["ovd"]

    def rename(dialog):
        assert dialog.form.name.text() == "OvD-Bz Almere" and dialog.form.function.isEnabled()
        dialog.form.name.setText("OvD-Bz Almere-Stad")
        dialog.form.level.setCurrentIndex(dialog.form.level.findData("regionaal"))
        dialog.form.handoverTime.setTime(QTime(9, 30))

    run_dialog(monkeypatch, PoolDialog, rename)
    qtbot.keyClick(panel.pools_view, Qt.Key.Key_F2)
    pool = get_pool(db, ids["ovd"])
    assert (pool.name, pool.level, str(pool.handover)) == ("OvD-Bz Almere-Stad", "regionaal", "mon 09:30")
    run_dialog(monkeypatch, PoolDialog, lambda d: d.form.zacht.setChecked(True))
    qtbot.keyClick(panel.pools_view, Qt.Key.Key_Return)
    assert get_pool(db, ids["ovd"]).kind == "zacht" and len(ids["changes"]) == 2


@pytest.mark.parametrize(("name", "message"), [
    ("   ", "naam: de pool heeft een naam nodig"),
    ("ac-bz bfgv", "naam: er is al een pool 'ac-bz bfgv'"),
])
def test_refused_input_keeps_the_dialog_open_and_the_database_unchanged(setup, qtbot, db, name, message):
    panel, ids = setup
    add_pool(db, "AC-Bz BFGV", "ACBZ")
    before = count_rows(db), list_pools(db)
    dialog = PoolDialog(db, ids["ovd"], panel)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.name.setText(name)
    dialog.form.handoverDay.setCurrentIndex(2)
    dialog.form.buttons.button(SAVE).click()
    assert dialog.isVisible() and dialog.saved_id is None
    assert dialog.form.error.isVisible() and dialog.form.error.text() == message
    assert dialog.form.name.text() == name and dialog.focusWidget() is dialog.form.name
    assert dialog.form.handoverDay.currentIndex() == 2
    assert (count_rows(db), list_pools(db)) == before


def test_a_pool_with_shifts_shows_its_handover_and_function_as_fixed(setup, qtbot, db):
    panel, ids = setup
    assign(db, ids["ovd"], "2030-01-14", ids["people"][0])
    dialog = PoolDialog(db, ids["ovd"], panel)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.form.function.isEnabled() and not dialog.form.handoverDay.isEnabled()
    assert not dialog.form.handoverTime.isEnabled()
    assert "liggen vast" in dialog.form.note.text() and "1 dienst(en)" in dialog.form.note.text()
    dialog.form.handoverTime.setTime(QTime(9, 0))  # the service refuses it all the same
    before = count_rows(db)
    dialog.accept()
    assert dialog.isVisible() and dialog.form.error.text().startswith("overdracht: pool 'OvD-Bz Almere' heeft al")
    assert count_rows(db) == before and str(get_pool(db, ids["ovd"]).handover) == "mon 08:00"


def test_ctrl_m_adds_a_member_and_del_removes_one(setup, qtbot, monkeypatch, db):
    panel, ids = setup
    anna = add_person(db, "Anna de Boer", functions=["OVDBZ"])
    add_person(db, "Bert Bakker", functions=["ACBZ"])

    def choose_anna(dialog):
        labels = [dialog.form.person.itemText(i) for i in range(dialog.form.person.count())]
        assert labels == ["Anna de Boer", "Bert Bakker — heeft functie OVDBZ niet"]
        assert dialog.focusWidget() is dialog.form.person

    run_dialog(monkeypatch, MemberDialog, choose_anna, OK)
    qtbot.keyClick(panel.pools_view, Qt.Key.Key_M, CTRL)
    assert anna in [m["id"] for m in members(db, ids["ovd"])]
    assert "3 leden" in panel.title.text() and panel.pools.rows[0]["members"] == 3
    assert panel.members.row_at(panel.members_view.currentIndex())["id"] == anna
    qtbot.keyClick(panel.members_view, Qt.Key.Key_Delete)
    assert anna not in [m["id"] for m in members(db, ids["ovd"])]
    assert "Anna de Boer is uit de pool gehaald" in panel.result.text() and len(ids["changes"]) == 2
    panel.members_view.selectRow(0)
    qtbot.keyClick(panel.pools_view, Qt.Key.Key_M, CTRL | SHIFT)
    assert len(members(db, ids["ovd"])) == 1


def test_a_person_without_the_function_is_refused_with_the_message(setup, qtbot, db):
    panel, ids = setup
    add_person(db, "Bert Bakker", functions=["ACBZ"])
    before = count_rows(db)
    dialog = MemberDialog(db, ids["ovd"], panel)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.person.currentText() == "Bert Bakker — heeft functie OVDBZ niet"
    dialog.form.buttons.button(OK).click()
    assert dialog.isVisible() and dialog.added_id is None
    assert dialog.form.error.text() == ("persoon: Bert Bakker heeft de functie OVDBZ niet; leg die eerst vast "
                                        "bij Personen (Bewerken of Vakbekwaamheid)")
    assert count_rows(db) == before


def test_empty_state_says_how_to_start(db, qtbot):
    panel = PoolPanel(db)
    qtbot.addWidget(panel)
    assert "Ctrl+N" in panel.title.text()
    assert not panel.edit_button.isEnabled() and not panel.add_button.isEnabled() and panel.new_button.isEnabled()


def test_models_pass_the_model_tester(setup, db, qtmodeltester):
    _, ids = setup
    pools = PoolModel()
    pools.load(db)
    qtmodeltester.check(pools)
    assert [pools.data(pools.index(0, c)) for c in range(6)] == [
        "OvD-Bz Almere", "OVDBZ", "Lokaal", "hard", "maandag 08:00", "2"]
    people = MemberModel()
    people.load(db, ids["ovd"])
    qtmodeltester.check(people)
    assert people.rowCount() == 2 and people.data(people.index(0, 3)) == "01-01-2020"


def test_the_tab_refreshes_the_grid_after_a_change_and_shortcuts_do_not_clash(db, qtbot, monkeypatch):
    from piket.gui.roster.view import View

    monkeypatch.setenv("PIKET_NOW", "2030-01-08T10:00:00")
    view = View(db, None)
    qtbot.addWidget(view)
    assert view.model.columnCount() == 0 and "tabblad Pools (Alt+L)" in view.result_line.text()
    view.tabs.setCurrentIndex(2)
    run_dialog(monkeypatch, PoolDialog, lambda d: d.form.name.setText("OvD-Bz Almere"))
    view.pools.new_pool()
    assert view.model.columnCount() == 1  # the roster grid has its column at once

    def keys(shortcuts):
        return [s.key().toString() for s in shortcuts]

    mine = keys(s for s in view.pools.findChildren(QShortcut) if s.parent() is view.pools)
    around = keys(s for s in view.findChildren(QShortcut) if s.parent() is view)
    around += [k.toString() for a in view.actions() for k in a.shortcuts()]
    assert len(mine) == len(set(mine)) and not set(mine) & set(around)
    assert {"Ctrl+N", "F2", "Ctrl+M", "Ctrl+Shift+M"} <= set(mine)
    assert QKeySequence.mnemonic(view.tabs.tabText(2)).toString() == "Alt+L"
