"""A BOB meeting from the keyboard: Ctrl+Shift+O opens it, the entry line writes into it,
the strip says so, Ctrl+Shift+O closes it."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from piket.gui.logbook.dialogs import MeetingDialog
from piket.logbook import meetings, queries

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_through_the_dialog(view, qtbot, team="ROT", chair="J. de Vries", agenda=""):
    """Ctrl+Shift+O in the entry line, then fill the dialog as a user would and Ctrl+Enter."""
    seen = []

    def fill():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog))
        if not isinstance(dialog, MeetingDialog):
            return
        qtbot.waitUntil(dialog.isActiveWindow)
        form = dialog.form
        assert form.teamCombo.hasFocus()
        form.teamCombo.setCurrentIndex(form.teamCombo.findData(team))
        qtbot.keyClick(form.teamCombo, Qt.Key.Key_Return)  # Enter moves on, it does not save
        assert form.chairEdit.hasFocus() and dialog.isVisible()
        form.chairEdit.setText(chair)
        form.agendaEdit.setPlainText(agenda)
        qtbot.keyClick(form.chairEdit, Qt.Key.Key_Return, CTRL)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, fill)
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_O, CTRL_SHIFT)
    assert seen == [MeetingDialog]
    view.activateWindow()  # offscreen has no window manager to give the focus back
    qtbot.waitUntil(view.isActiveWindow)


def type_entry(view, qtbot, text, kind_key=None):
    qtbot.keyClicks(view.entry_bar.line, text)
    if kind_key is not None:
        qtbot.keyClick(view.entry_bar.line, *kind_key)
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_Return)


@pytest.fixture
def asked(monkeypatch):
    """The close question, answered as Enter would: with its default button."""
    questions = []

    def question(parent, title, text, buttons, default):
        questions.append((text.splitlines()[0], default))
        return default

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


def test_open_log_in_it_and_close_it_from_the_keyboard(view, qtbot, db, incident, asked):
    open_through_the_dialog(view, qtbot, agenda="beeld, risico's, opvang")
    meeting = meetings.current_meeting(db, incident)
    assert (meeting["title"], meeting["chair"], meeting["agenda"]) == ("ROT-overleg 1", "J. de Vries",
                                                                        "beeld, risico's, opvang")
    strip = view.meeting_strip
    assert strip.isVisible() and "ROT-overleg 1</b> loopt sinds" in strip.text() and "J. de Vries" in strip.text()
    assert "ROT-overleg 1 geopend" in view.saved_note.text() and view.focusWidget() is view.entry_bar.line

    type_entry(view, qtbot, "Rook trekt naar de Odeonstraat", (Qt.Key.Key_B, CTRL_SHIFT))
    type_entry(view, qtbot, "Sporthal De Polder gaat open als opvang", (Qt.Key.Key_B, CTRL))
    made = queries.entries(db, incident)[-2:]
    assert [(e["kind"], e["meeting_seq"]) for e in made] == [("beeld", meeting["seq"]), ("besluit", meeting["seq"])]
    assert "in ROT-overleg 1" in view.saved_note.text()
    assert "· in ROT-overleg 1 ·" in view.entry_detail.text()  # the strip under the log names the meeting
    assert view.tabs.tabText(2) == "Overleggen (1)"

    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_J, CTRL)
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_J, CTRL)
    assert view.tabs.currentWidget() is view.meetings
    verslag = view.meetings.minutes.toPlainText()
    assert verslag.index("Beeldvorming") < verslag.index("Rook trekt naar de Odeonstraat") < \
        verslag.index("Besluitvorming") < verslag.index("Sporthal De Polder") < verslag.index("Besluitenlijst")
    decision = made[1]["seq"]  # numbered as in the incident's besluitenlijst (GRIP 1 at the start is 1)
    assert f"Besluit\n2\n{decision}\n" in verslag[verslag.index("Besluitenlijst"):]

    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_O, CTRL_SHIFT)
    assert asked == [("ROT-overleg 1 sluiten?", QMessageBox.StandardButton.Yes)]
    assert meetings.current_meeting(db, incident) is None and not strip.isVisible()
    assert meetings.meetings(db, incident)[0]["closed_at"] is not None
    assert "ROT-overleg 1 gesloten" in view.saved_note.text()
    type_entry(view, qtbot, "Na het overleg")
    assert queries.entries(db, incident)[-1]["meeting_seq"] is None


def test_saying_no_keeps_the_meeting_open(view, qtbot, db, incident, monkeypatch):
    meetings.open_meeting(db, incident, team="CoPI", chair="Leider CoPI", author="OvD Test")
    view.show_incident(incident)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_O, CTRL_SHIFT)
    assert meetings.current_meeting(db, incident) is not None and view.meeting_strip.isVisible()


def test_the_strip_follows_the_database_after_a_restart_and_between_incidents(qtbot, db, incident):
    from piket.gui.logbook.view import View
    from piket.logbook import service

    seq = meetings.open_meeting(db, incident, team="GBT", chair="Burgemeester", author="OvD Test")
    widget = View(db)  # a restart: the strip is filled just after the first paint
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.meeting_strip.seq == seq)
    assert "GBT-overleg 1" in widget.meeting_strip.text() and widget.tabs.tabText(2) == "Overleggen (1)"
    other = service.open_incident(db, title="Gaslekkage", author="x")
    widget.incidents.reload()
    widget.incident_table.selectRow(widget.incidents.row_of(other))
    assert widget.incident_id == other and widget.meeting_strip.seq is None
    assert widget.tabs.tabText(2) == "Overleggen"
    widget.incident_table.selectRow(widget.incidents.row_of(incident))
    assert widget.meeting_strip.seq == seq


def test_a_meeting_closed_elsewhere_refuses_the_entry_and_the_strip_goes(view, qtbot, db, incident, warnings):
    meetings.open_meeting(db, incident, team="CoPI", chair="Leider CoPI", author="OvD Test")
    view.show_incident(incident)
    meetings.close_meeting(db, incident, author="ander scherm")
    type_entry(view, qtbot, "Dit hoorde bij het overleg")
    assert warnings and "gesloten" in warnings[0]
    assert view.entry_bar.line.text() == "Dit hoorde bij het overleg"
    assert not view.meeting_strip.isVisible()
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_Return)  # again: now it is saved outside the meeting
    assert queries.entries(db, incident)[-1]["text"] == "Dit hoorde bij het overleg"


def test_a_grip_change_from_the_keyboard_goes_into_the_meeting(qtbot, db, incident):
    from piket.gui.logbook.dialogs import GripDialog

    seq = meetings.open_meeting(db, incident, team="CoPI", chair="Leider CoPI", author="OvD Test")
    dialog = GripDialog(db, incident, "OvD Test", meeting_seq=seq)
    qtbot.addWidget(dialog)
    dialog.form.reasonEdit.setText("effecten buiten het brongebied")
    dialog.accept()
    entry = queries.entries(db, incident)[-1]
    assert (entry["kind"], entry["meeting_seq"]) == ("GRIP-wijziging", seq)
    assert meetings.minutes(db, incident, seq)["decisions"][0]["seq"] == entry["seq"]


def test_meeting_entries_are_marked_in_the_log(view, db, incident):
    from piket.gui.logbook.models import BACKGROUND, TOOLTIP

    seq = meetings.open_meeting(db, incident, team="ROT", chair="J. de Vries", author="OvD Test",
                                agenda="opvang")
    inside = view.log.count + 2
    view.show_incident(incident)
    from piket.logbook import service

    service.append_entry(db, incident, text="Opvang loopt", author="OvD Test", meeting_seq=seq)
    view.refresh()
    opening = view.log.index(seq - 1, 3)
    assert view.log.data(opening, Qt.ItemDataRole.FontRole).bold()
    assert view.log.data(view.log.index(seq - 1, 5)) == "ROT-overleg 1 geopend · voorzitter J. de Vries ⏎ Agenda: opvang"
    assert view.log.data(view.log.index(inside - 1, 3), BACKGROUND) is not None
    assert view.log.data(view.log.index(inside - 1, 3), TOOLTIP).startswith("In ROT-overleg 1")
    assert view.log.data(view.log.index(inside - 2, 3), BACKGROUND) is None  # before the meeting


def test_logbook_shortcuts_do_not_clash(view):
    from PySide6.QtGui import QKeySequence, QShortcut

    from piket.gui.shortcuts import listed

    mine = [s.key().toString() for s in view.findChildren(QShortcut) if s.parent() is view]
    assert len(mine) == len(set(mine))  # none is the window's: test_shortcuts
    assert {QKeySequence("Ctrl+Shift+O").toString(), QKeySequence("Ctrl+Shift+P").toString()} <= set(mine)
    # getroffenen (own dialog) and leerpunt (a kind from data/log_entry_kinds.json)
    assert {QKeySequence("Ctrl+Shift+G").toString(), QKeySequence("Ctrl+Shift+E").toString()} <= set(mine)
    overview = dict(listed(view))
    assert overview["Ctrl+Shift+O"] == "Overleg openen of sluiten"
    assert overview["Ctrl+Shift+P"] == "Verslag van het overleg als PDF"
    assert overview["Ctrl+Shift+G"] == "Getroffenen tellen" and overview["Ctrl+Shift+E"] == "Soort: leerpunt"


def test_ctrl_shift_p_saves_the_selected_verslag_as_pdf(view, qtbot, db, incident, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    seq = meetings.open_meeting(db, incident, team="ROT", chair="J. de Vries", author="OvD Test")
    view.show_incident(incident)
    asked = []

    def save_as(parent, title, suggested, filters):
        asked.append(suggested)
        return str(tmp_path / suggested), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_P, CTRL_SHIFT)
    assert asked == [f"incident-{incident}-rot-overleg-1.pdf"] and view.tabs.currentWidget() is view.meetings
    assert (tmp_path / asked[0]).read_bytes().startswith(b"%PDF")
    assert "Verslag opgeslagen" in view.saved_note.text()
    assert view.meetings.selected_seq() == seq


def test_ctrl_shift_p_without_a_meeting_says_how_to_start_one(view, qtbot):
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_P, CTRL_SHIFT)
    assert "Ctrl+Shift+O" in view.saved_note.text()


def test_tab_from_the_entry_line_reaches_the_meetings_table(view, qtbot, db, incident):
    meetings.open_meeting(db, incident, team="ROT", chair="J. de Vries", author="OvD Test")
    view.show_incident(incident)
    view.tabs.setCurrentWidget(view.meetings)
    view.entry_bar.focus()
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_Tab)
    assert view.focusWidget() is view.meetings.table


def test_a_new_window_shows_the_open_meeting_and_the_count_at_once(qtbot, db, incident):
    """No deferred read: the first paint (and ``piket gui --screenshot``) has the strip."""
    from piket.gui.logbook.view import View

    seq = meetings.open_meeting(db, incident, team="ROT", chair="J. de Vries", author="OvD Test")
    widget = View(db)  # no event processed yet
    qtbot.addWidget(widget)
    assert widget.meeting_strip.seq == seq and not widget.meeting_strip.isHidden()
    assert widget.tabs.tabText(2) == "Overleggen (1)"
