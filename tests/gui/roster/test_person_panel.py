"""The Personen tab: people added, edited, imported, exported and anonymised from the keyboard."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from piket.gui.roster import person_dialogs
from piket.gui.roster.person_dialogs import AnonymiseDialog, PersonDialog
from piket.gui.roster.person_panel import PersonPanel
from piket.roster.people import list_people
from piket.roster.pools import add_pool, members, pools_of
from tests.roster.helpers import count_rows, make_pool

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def setup(db, qtbot, monkeypatch):
    monkeypatch.setenv("PIKET_NOW", "2030-01-08T10:00:00")
    ovd, people = make_pool(db, "OvD-Bz Almere", size=2)
    acbz = add_pool(db, "AC-Bz BFGV", "ACBZ")
    changes = []
    panel = PersonPanel(db, on_change=lambda: changes.append(1))
    qtbot.addWidget(panel)
    panel.show()
    return panel, {"ovd": ovd, "acbz": acbz, "people": people, "changes": changes}


@pytest.fixture
def messages(monkeypatch):
    """The message boxes shown, as (kind, text)."""
    shown = []
    for kind in ("information", "critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *a, k=kind: shown.append((k, text)))
    return shown


def fill_and_save(monkeypatch, fill):
    """Replace the dialog's exec: ``fill(dialog)`` types into the real form, then Save is clicked."""

    def exec_(dialog):
        dialog.show()
        fill(dialog)
        dialog.form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", exec_)


def item(listing, data):
    return next(listing.item(row) for row in range(listing.count())
                if listing.item(row).data(Qt.ItemDataRole.UserRole) == data)


def test_ctrl_n_adds_a_person_with_function_and_pool(setup, qtbot, monkeypatch, db):
    panel, ids = setup

    def fill(dialog):
        form = dialog.form
        assert dialog.windowTitle() == "Nieuwe persoon" and dialog.focusWidget() is form.name
        qtbot.keyClicks(form.name, "Jan Jansen")
        qtbot.keyClicks(form.phone, "06-12345678")
        qtbot.keyClicks(form.email, "jan@almere.nl")
        form.municipality.setCurrentText("Almere")
        form.pools.setCurrentItem(item(form.pools, ids["ovd"]))
        qtbot.keyClick(form.pools, Qt.Key.Key_Space)  # checks the pool, and so its function
        assert item(form.functions, "OVDBZ").checkState() == Qt.CheckState.Checked
        form.functions.setCurrentItem(item(form.functions, "IM"))
        qtbot.keyClick(form.functions, Qt.Key.Key_Space)

    fill_and_save(monkeypatch, fill)
    qtbot.keyClick(panel.people_view, Qt.Key.Key_N, CTRL)
    jan = next(p for p in list_people(db) if p["name"] == "Jan Jansen")
    assert jan["phone"] == "06-12345678" and jan["municipality"] == "Almere"
    assert jan["functions"] == ["IM", "OVDBZ"] and pools_of(db, jan["id"]) == [ids["ovd"]]
    assert panel.person_id == jan["id"] and "Jan Jansen" in panel.title.text()
    assert ids["changes"]


def test_f2_and_enter_edit_the_phone_and_the_pools(setup, qtbot, monkeypatch, db):
    panel, ids = setup
    person = ids["people"][0]
    panel.people_view.selectRow(0)
    assert panel.person_id == person

    def new_phone(dialog):
        assert dialog.form.name.text() == "OvD-Bz Almere lid 1"
        dialog.form.phone.setText("06-99990000")

    fill_and_save(monkeypatch, new_phone)
    qtbot.keyClick(panel.people_view, Qt.Key.Key_F2)
    assert list_people(db)[0]["phone"] == "06-99990000"
    assert "06-99990000" in panel.title.text()

    fill_and_save(monkeypatch, lambda d: item(d.form.pools, ids["ovd"]).setCheckState(Qt.CheckState.Unchecked))
    qtbot.keyClick(panel.people_view, Qt.Key.Key_Return)
    assert person not in [m["id"] for m in members(db, ids["ovd"])]

    def back_in_both(dialog):
        item(dialog.form.pools, ids["ovd"]).setCheckState(Qt.CheckState.Checked)
        item(dialog.form.pools, ids["acbz"]).setCheckState(Qt.CheckState.Checked)

    fill_and_save(monkeypatch, back_in_both)
    qtbot.keyClick(panel.people_view, Qt.Key.Key_E, CTRL)
    assert pools_of(db, person) == [ids["acbz"], ids["ovd"]]  # ACBZ checked with its pool
    assert len(ids["changes"]) == 3


@pytest.mark.parametrize(("field", "value", "message"), [
    ("name", "   ", "naam: mag niet leeg zijn"),
    ("email", "geen-mail", "e-mail: 'geen-mail' is geen e-mailadres"),
    ("phone", "bel me", "telefoon: 'bel me' is geen telefoonnummer"),
])
def test_refused_input_keeps_the_dialog_open_and_the_database_unchanged(setup, qtbot, db, field, value, message):
    panel, ids = setup
    before = count_rows(db), list_people(db)
    dialog = PersonDialog(db, ids["people"][0], panel)
    qtbot.addWidget(dialog)
    dialog.show()
    getattr(dialog.form, field).setText(value)
    item(dialog.form.functions, "ACBZ").setCheckState(Qt.CheckState.Checked)
    dialog.form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.saved_id is None
    assert dialog.form.error.isVisible() and dialog.form.error.text() == message
    assert getattr(dialog.form, field).text() == value and dialog.focusWidget() is getattr(dialog.form, field)
    assert item(dialog.form.functions, "ACBZ").checkState() == Qt.CheckState.Checked
    assert (count_rows(db), list_people(db)) == before


def test_a_pool_without_its_function_is_refused_in_the_dialog(setup, qtbot, db):
    panel, ids = setup
    before = count_rows(db)
    dialog = PersonDialog(db, ids["people"][0], panel)
    qtbot.addWidget(dialog)
    dialog.show()
    item(dialog.form.functions, "OVDBZ").setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    assert dialog.isVisible() and "OvD-Bz Almere" in dialog.form.error.text()
    assert count_rows(db) == before


def test_import_is_all_or_nothing_through_the_gui(setup, qtbot, monkeypatch, db, tmp_path, messages):
    panel, ids = setup
    bad = tmp_path / "mensen.csv"
    bad.write_text("naam;telefoon;email;gemeente;functies;pools\n"
                   "Anna de Boer;06-11112222;anna@almere.nl;Almere;OVDBZ;OvD-Bz Almere\n"
                   "Bert Bakker;06-33334444;bert-at-almere;Almere;;\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    before = count_rows(db)
    qtbot.keyClick(panel.people_view, Qt.Key.Key_I, CTRL)
    assert messages[-1][0] == "warning" and "rij 3" in messages[-1][1] and "email" in messages[-1][1]
    assert count_rows(db) == before and not ids["changes"]
    bad.write_text(bad.read_text(encoding="utf-8").replace("bert-at-almere", "bert@almere.nl"), encoding="utf-8")
    qtbot.keyClick(panel.people_view, Qt.Key.Key_I, CTRL)
    assert messages[-1] == ("information", "2 perso(o)n(en) toegevoegd, 1 poollidmaatschap(pen).")
    assert {"Anna de Boer", "Bert Bakker"} <= {p["name"] for p in panel.people.rows}
    assert ids["changes"]


def test_export_writes_the_spreadsheet(setup, qtbot, monkeypatch, tmp_path):
    panel, _ = setup
    target = tmp_path / "personen.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClick(panel.people_view, Qt.Key.Key_E, CTRL | SHIFT)
    text = target.read_bytes().decode("utf-8-sig")
    assert text.startswith("naam;telefoon;email;gemeente;functies;pools")
    assert "OvD-Bz Almere lid 1;06-10000000;;;OVDBZ;OvD-Bz Almere" in text


def give_reason(monkeypatch, reason, shown):
    """Replace the reason dialog's exec: type ``reason`` and choose Verder (the default button)."""

    def exec_(dialog):
        dialog.show()
        shown.append(dialog.form.consequences.text())
        dialog.form.reason.setText(reason)
        [go_on] = [b for b in dialog.form.buttons.buttons() if b.isDefault()]
        assert go_on.text() == "&Verder…"
        go_on.click()
        if dialog.isVisible():  # refused: the reason stays for correcting, here cancelled
            shown.append(dialog.form.error.text())
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(AnonymiseDialog, "exec", exec_)


def test_anonymise_only_after_confirmation(setup, qtbot, monkeypatch, db):
    panel, ids = setup
    person = ids["people"][0]
    panel.people_view.selectRow(0)
    shown, answers = [], []
    give_reason(monkeypatch, "uit dienst", shown)

    def question(_parent, _title, text, buttons, default):
        answers.append((text, default))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    answer = QMessageBox.StandardButton.Cancel
    before = count_rows(db)
    qtbot.keyClick(panel.people_view, Qt.Key.Key_Delete, CTRL | SHIFT)
    assert "1 functie met" in shown[0] and "OvD-Bz Almere." in shown[0] and "niet ongedaan" in shown[0]
    assert "definitief verwijderen" in answers[0][0]
    assert answers[0][1] == QMessageBox.StandardButton.Cancel  # the safe choice is the default
    assert count_rows(db) == before and list_people(db)[0]["name"] == "OvD-Bz Almere lid 1"
    answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(panel.people_view, Qt.Key.Key_Delete, CTRL | SHIFT)
    row = db.execute("SELECT name, phone FROM people WHERE id = ?", [person]).fetchone()
    assert row == ("verwijderd persoon", "")
    assert pools_of(db, person) == [] and ids["changes"]
    assert panel.person_id == person and not panel.edit_button.isEnabled()
    assert not panel.anonymise_button.isEnabled()


def test_a_reason_naming_the_person_is_refused_in_the_dialog(setup, qtbot, monkeypatch, db):
    panel, ids = setup
    panel.people_view.selectRow(0)
    shown = []
    give_reason(monkeypatch, "verzoek van OvD-Bz Almere lid 1", shown)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("no confirmation for a refused reason"))
    before = count_rows(db)
    panel.anonymise()
    assert shown[1] == "reden: noem de naam van de persoon niet in de reden"
    assert count_rows(db) == before


def test_empty_state_says_the_gui_way(db, qtbot):
    panel = PersonPanel(db)
    qtbot.addWidget(panel)
    assert "Ctrl+N" in panel.title.text() and "piket person" not in panel.title.text()
    assert not panel.edit_button.isEnabled() and panel.new_button.isEnabled()


def test_shortcuts_do_not_clash_with_the_roster_view_or_the_main_window(db, qtbot):
    from piket.gui.roster.view import View

    view = View(db, None)
    qtbot.addWidget(view)
    panel = view.people

    def keys(shortcuts):
        return [s.key().toString() for s in shortcuts]

    mine = keys(s for s in panel.findChildren(QShortcut) if s.parent() is panel)
    around = keys(s for s in view.findChildren(QShortcut) if s.parent() is view)
    around += [k.toString() for a in view.actions() for k in a.shortcuts()]
    assert len(mine) == len(set(mine))
    assert not set(mine) & set(around)  # the window's own keys: test_shortcuts
    assert {"Ctrl+N", "F2", "Ctrl+I", "Ctrl+Shift+E", QKeySequence("Ctrl+Shift+Del").toString()} <= set(mine)


def test_the_consequences_name_the_numbers():
    text = person_dialogs.consequences({"name": "Jan <b>", "functions": 2, "absences": 1, "pools": [],
                                        "future_shifts": 3, "past_shifts": 1, "log_entries": 0})
    for part in ("2 functies", "1 afwezigheid ", "geen pools", "1 gelopen dienst)", "3 komende diensten blijven",
                 "0 regels", "niet ongedaan", "Jan &lt;b&gt;"):
        assert part in text, part
