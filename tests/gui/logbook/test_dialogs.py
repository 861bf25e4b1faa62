"""The logbook dialogs call the services; a refusal keeps the dialog open."""

import pytest

from piket.gui.logbook.dialogs import CorrectDialog, GripDialog, IncidentDialog, StatusDialog
from piket.logbook import queries, service


def test_new_incident_dialog(qtbot, db, warnings):
    dialog = IncidentDialog(db, "OvD Test")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert warnings == ["titel is leeg"] and dialog.result_value is None
    dialog.form.titleEdit.setText("Gaslekkage Stationsplein")
    dialog.form.categoryCombo.setCurrentIndex(dialog.form.categoryCombo.findData("gaslekkage"))
    dialog.form.gripCombo.setCurrentIndex(dialog.form.gripCombo.findData("GRIP1"))
    dialog.accept()
    incident = queries.show_incident(db, dialog.result_value)
    assert (incident["category"], incident["grip"]) == ("gaslekkage", "GRIP1")
    assert incident["entries"][0]["source"] == "meldkamer"


def test_grip_dialog_offers_the_next_level_and_explains_the_teams(qtbot, db):
    target = service.open_incident(db, title="Brand", grip="GRIP1", author="x")
    dialog = GripDialog(db, target, "x")
    qtbot.addWidget(dialog)
    assert dialog.form.levelCombo.currentData() == "GRIP2"
    assert "ROT" in dialog.form.teamsLabel.text() and "Operationeel Leider" in dialog.form.teamsLabel.text()
    dialog.form.reasonEdit.setText("effecten buiten de bron")
    dialog.accept()
    assert queries.get_incident(db, target)["grip"] == "GRIP2"


def test_correct_and_status_dialogs(qtbot, db, warnings):
    target = service.open_incident(db, title="Brand", author="x")
    action = service.append_entry(db, target, kind="actie", text="Opvang", owner="TBz", author="x")
    correct = CorrectDialog(db, target, 1, "x")
    qtbot.addWidget(correct)
    correct.form.textEdit.setPlainText("Brand in loods")
    correct.accept()
    assert "reden is leeg" in warnings[0]
    correct.form.reasonEdit.setText("verkeerd gebouw")
    correct.accept()
    assert queries.corrections(db, target)[1]["text"] == "Brand in loods"
    status = StatusDialog(db, target, queries.actions(db, target)[0], "x")
    qtbot.addWidget(status)
    assert status.form.statusCombo.currentText() == "in uitvoering"
    status.accept()
    assert queries.actions(db, target)[0]["status"] == "in uitvoering"
    assert action == 2


@pytest.fixture
def handover(qtbot, db, monkeypatch):
    """A handover dialog on an open incident with one open action, shown and active."""
    import piket.gui.logbook.dialogs as dialogs

    monkeypatch.setattr(dialogs, "incoming_officer", lambda db, at, outgoing: "B. In")
    target = service.open_incident(db, title="Brand bedrijfshal", grip="GRIP1", author="A. Uit")
    service.append_entry(db, target, kind="actie", text="Opvang openen", owner="Teamleider TBz", author="A. Uit")
    dialog = dialogs.HandoverDialog(db, target, "A. Uit")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.target = target
    return dialog


def test_handover_dialog_is_prefilled_from_author_roster_and_log(handover):
    form = handover.form
    assert (form.outgoingEdit.text(), form.incomingEdit.text()) == ("A. Uit", "B. In")
    assert form.incomingEdit.hasFocus() and form.incomingEdit.selectedText() == "B. In"
    text = form.textEdit.toPlainText()
    assert text.startswith("Overdracht Brand bedrijfshal\nGRIP: GRIP 1 sinds")
    assert "Opvang openen (Teamleider TBz)" in text and "Volgend overleg:" in text


def test_handover_enter_moves_on_and_ctrl_enter_saves(handover, qtbot, db):
    from PySide6.QtCore import Qt

    form = handover.form
    qtbot.keyClick(form.incomingEdit, Qt.Key.Key_Return)
    assert form.confirmedEdit.hasFocus()
    qtbot.keyClicks(form.confirmedEdit, "Leider CoPI")
    qtbot.keyClick(form.confirmedEdit, Qt.Key.Key_Return)
    assert form.textEdit.hasFocus() and handover.result_value is None
    form.textEdit.appendPlainText("Volgend overleg om 07:00 in het CoPI")
    qtbot.keyClick(form.textEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert handover.result_value == 4 and not handover.isVisible()
    entry = queries.entries(db, handover.target)[-1]
    assert (entry["kind"], entry["author"], entry["owner"]) == ("overdracht", "A. Uit", "B. In")
    assert entry["text"].endswith("Volgend overleg om 07:00 in het CoPI\nBevestigd door: Leider CoPI")


def test_handover_refusal_keeps_the_dialog_and_the_text(handover, qtbot, db, warnings):
    from PySide6.QtCore import Qt

    form = handover.form
    form.incomingEdit.clear()
    form.textEdit.setPlainText("Mijn aangevulde overdracht")
    qtbot.keyClick(form.textEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert warnings == ["overnemende persoon is leeg"]
    assert handover.isVisible() and handover.result_value is None
    assert form.textEdit.toPlainText() == "Mijn aangevulde overdracht"
    assert queries.get_incident(db, handover.target)["entry_count"] == 3


def test_handover_escape_cancels_and_writes_nothing(handover, qtbot, db):
    from PySide6.QtCore import Qt

    qtbot.keyClick(handover.form.textEdit, Qt.Key.Key_Escape)
    assert not handover.isVisible() and handover.result_value is None
    assert queries.get_incident(db, handover.target)["entry_count"] == 3


def test_meeting_dialog_refusal_keeps_it_open_with_what_was_typed(qtbot, db, incident):
    from PySide6.QtCore import Qt

    from piket.gui.logbook.dialogs import MeetingDialog

    before = queries.get_incident(db, incident)["entry_count"]
    dialog = MeetingDialog(db, incident, "OvD Test")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.form.teamCombo.currentData() == "CoPI"  # the team GRIP 1 brings in
    dialog.form.agendaEdit.setPlainText("beeld, oordeel, besluiten")
    qtbot.keyClick(dialog.form.agendaEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.result_value is None
    assert dialog.form.error.text() == "voorzitter is leeg" and dialog.form.chairEdit.hasFocus()
    assert dialog.form.agendaEdit.toPlainText() == "beeld, oordeel, besluiten"
    assert queries.get_incident(db, incident)["entry_count"] == before
    qtbot.keyClicks(dialog.form.chairEdit, "Leider CoPI")
    qtbot.keyClick(dialog.form.chairEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible() and dialog.result_value == before + 1


def test_meeting_dialog_proposes_the_last_team_and_its_chair(qtbot, db, incident):
    from piket.gui.logbook.dialogs import MeetingDialog
    from piket.logbook import meetings

    meetings.open_meeting(db, incident, team="ROT", chair="J. de Vries", author="x")
    meetings.close_meeting(db, incident, author="x")
    dialog = MeetingDialog(db, incident, "x")
    qtbot.addWidget(dialog)
    form = dialog.form
    assert (form.teamCombo.currentData(), form.chairEdit.text()) == ("ROT", "J. de Vries")
    form.teamCombo.setCurrentIndex(form.teamCombo.findData("GBT"))
    assert form.chairEdit.text() == ""  # no GBT meeting yet: no name to propose
    form.chairEdit.setText("Burgemeester")
    form.teamCombo.setCurrentIndex(form.teamCombo.findData("ROT"))
    assert form.chairEdit.text() == "Burgemeester"  # typed by the OvD: kept
