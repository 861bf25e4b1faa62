"""The logbook dialogs call the services; a refusal keeps the dialog open."""

import pytest
from PySide6.QtWidgets import QMessageBox

from piket.gui.logbook.dialogs import CorrectDialog, GripDialog, IncidentDialog, StatusDialog
from piket.logbook import queries, service


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


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
