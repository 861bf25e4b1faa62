"""Getroffenen from the keyboard (Ctrl+Shift+G, the header line) and a leerpunt (Ctrl+Shift+E)
during an open meeting."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from piket.gui.logbook.affected_dialog import AffectedDialog
from piket.logbook import meetings, service
from piket.logbook.affected import affected, record_affected

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def entries(db, incident):
    return db.execute("SELECT seq, kind, meeting_seq FROM log_entries WHERE incident_id = ? ORDER BY seq",
                      [incident]).fetchall()


@pytest.fixture
def counted(db, incident):
    record_affected(db, incident, {"geevacueerd": 40, "gewond": 2}, author="OvD Test")
    return incident


@pytest.fixture
def dialog(qtbot, db, counted):
    shown = AffectedDialog(db, counted, "OvD Test")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)  # Ctrl+Enter is a shortcut of the active window
    return shown


def test_the_dialog_starts_at_the_numbers_now_standing(dialog):
    spins = dialog.spins
    assert (spins["geevacueerd"].value(), spins["gewond"].value()) == (40, 2)
    assert spins["opgevangen"].text() == "—"  # never counted: not a 0 nobody said
    assert spins["geevacueerd"].hasFocus()
    assert spins["geevacueerd"].maximum() == 1_000_000


def test_only_the_number_changed_is_recorded(dialog, db, counted):
    dialog.spins["gewond"].setValue(3)
    dialog.spins["opgevangen"].setValue(0)  # an explicit 0 is a count too
    dialog.form.noteEdit.setText("telling GHOR")
    dialog.accept()
    assert dialog.result() and dialog.result_value is not None
    history = affected(db, counted)["history"]
    assert history[-1]["figures"] == {"opgevangen": 0, "gewond": 3}
    assert {item["code"]: item["count"] for item in affected(db, counted)["latest"]} == \
        {"geevacueerd": 40, "opgevangen": 0, "gewond": 3}
    text = db.execute("SELECT text FROM log_entries WHERE incident_id = ? AND seq = ?",
                      [counted, dialog.result_value]).fetchone()[0]
    assert text.endswith("\ntelling GHOR")


def test_nothing_changed_is_refused_inside_the_dialog(dialog, db, counted):
    before = entries(db, counted)
    dialog.spins["gewond"].setValue(5)
    dialog.spins["gewond"].setValue(2)  # back to what it was
    dialog.accept()
    assert dialog.isVisible() and dialog.result_value is None
    assert "niets gewijzigd" in dialog.form.error.text() and dialog.form.error.isVisible()
    assert entries(db, counted) == before


def test_a_closed_incident_is_refused_and_the_dialog_keeps_what_was_typed(dialog, db, counted):
    service.close_incident(db, counted, author="OvD Test")
    before = entries(db, counted)
    dialog.spins["geevacueerd"].setValue(55)
    dialog.accept()
    assert dialog.isVisible() and dialog.form.error.isVisible() and dialog.form.error.text()
    assert dialog.spins["geevacueerd"].value() == 55
    assert entries(db, counted) == before


def test_enter_moves_from_number_to_number_and_ctrl_enter_saves(dialog, qtbot, db, counted):
    first, second = list(dialog.spins.values())[:2]
    qtbot.keyClicks(first, "45")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert second.hasFocus() and dialog.isVisible()
    qtbot.keyClick(second, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    assert affected(db, counted)["history"][-1]["figures"] == {"geevacueerd": 45}


def count_through_the_dialog(view, qtbot, category, number):
    """Ctrl+Shift+G in the entry line, type the number where a user would, Ctrl+Enter."""
    seen = []

    def fill():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog))
        if not isinstance(dialog, AffectedDialog):
            return
        qtbot.waitUntil(dialog.isActiveWindow)  # Ctrl+Enter is a shortcut of the active window
        spin = dialog.spins[category]
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, str(number))
        qtbot.keyClick(spin, Qt.Key.Key_Return, CTRL)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, fill)
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_G, CTRL_SHIFT)
    assert seen == [AffectedDialog]
    view.activateWindow()  # offscreen has no window manager to give the focus back
    qtbot.waitUntil(view.isActiveWindow)


def test_ctrl_shift_g_counts_and_the_header_shows_the_numbers(view, qtbot, db, incident):
    assert view.header.affected.isHidden()
    count_through_the_dialog(view, qtbot, "geevacueerd", 55)
    line = view.header.affected.text()
    assert not view.header.affected.isHidden()
    assert "Getroffenen:" in line and "55 geëvacueerd" in line and "(per " in line
    assert "Getroffenen bijgewerkt" in view.saved_note.text()
    row = view.log.count - 1
    assert view.log.data(view.log.index(row, 3)) == "Getroffenen"
    assert view.log.data(view.log.index(row, 5)) == "55 geëvacueerd"


def test_in_an_open_meeting_the_count_goes_into_it(view, qtbot, db, incident):
    seq = meetings.open_meeting(db, incident, team="ROT", chair="J. de Vries", author="OvD Test")
    view.show_incident(incident)
    count_through_the_dialog(view, qtbot, "gewond", 3)
    assert entries(db, incident)[-1][1:] == ("getroffenen", seq)
    assert "in ROT-overleg 1" in view.saved_note.text()


def test_a_leerpunt_during_a_meeting_is_saved_beside_it(view, qtbot, db, incident):
    seq = meetings.open_meeting(db, incident, team="ROT", chair="J. de Vries", author="OvD Test")
    view.show_incident(incident)
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_E, CTRL_SHIFT)
    assert view.entry_bar.kind == "leerpunt"
    qtbot.keyClicks(view.entry_bar.line, "Opvanglocatie eerder openen")
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_Return)
    assert entries(db, incident)[-1][1:] == ("leerpunt", None)
    assert "buiten ROT-overleg 1" in view.saved_note.text()
    qtbot.keyClicks(view.entry_bar.line, "Bewoners opgevangen")  # the next line is in the meeting again
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_Return)
    assert entries(db, incident)[-1][1:] == ("informatie", seq)


def test_ctrl_shift_g_does_nothing_on_a_closed_incident(view, qtbot, db, incident):
    service.close_incident(db, incident, author="OvD Test")
    view.show_incident(incident)
    before = entries(db, incident)
    view.count_affected()  # the entry line is disabled: no dialog opens
    assert QApplication.activeModalWidget() is None and entries(db, incident) == before
