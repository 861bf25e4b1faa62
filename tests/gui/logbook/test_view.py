"""The logbook screen from the keyboard: type, Enter, saved; shortcuts for kinds and time."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from piket.logbook import queries, service

CTRL = Qt.KeyboardModifier.ControlModifier


def test_opens_on_the_newest_incident_with_the_entry_line_focused(view, incident):
    assert view.incident_id == incident
    assert view.entry_bar.line.hasFocus()
    assert view.header.badge.text() == "GRIP 1"
    assert view.log.rowCount() == 3


def test_type_and_enter_saves_at_once(view, qtbot, db, incident):
    qtbot.keyClicks(view.entry_bar.line, "Opvang geregeld in sporthal")
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_Return)
    last = queries.entries(db, incident)[-1]
    assert (last["seq"], last["kind"], last["text"]) == (4, "informatie", "Opvang geregeld in sporthal")
    assert view.entry_bar.line.text() == "" and view.log.rowCount() == 4
    assert "regel 4" in view.saved_note.text()


def test_kind_shortcuts_win_over_the_line_edit(view, qtbot, db, incident):
    line = view.entry_bar.line
    qtbot.keyClicks(line, "Sporthal openen")
    qtbot.keyClick(line, Qt.Key.Key_A, CTRL)  # actie, not select-all
    assert view.entry_bar.kind == "actie" and view.entry_bar.owner.isVisible()
    assert line.text() == "Sporthal openen" and not line.hasSelectedText()
    view.entry_bar.owner.setText("Corporatie")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.keyClicks(line, "Opvang in sporthal")
    qtbot.keyClick(line, Qt.Key.Key_B, CTRL)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    kinds = [(e["kind"], e["owner"]) for e in queries.entries(db, incident)[-2:]]
    assert kinds == [("actie", "Corporatie"), ("besluit", "")]
    assert view.entry_bar.kind == "informatie"  # back to the default after saving
    assert view.tabs.tabText(1) == "Acties (1 open)"


def test_ctrl_t_sets_a_different_event_time(view, qtbot, db, incident):
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_T, CTRL)
    assert view.entry_bar.time_edit.isVisible()
    from piket.gui.logbook.entry_bar import to_qdatetime
    from piket.timeutil import parse_time

    view.entry_bar.time_edit.setDateTime(to_qdatetime(parse_time("2024-04-27T03:10")))
    view.entry_bar.approx.setChecked(True)
    view.entry_bar.line.setText("Eerste melding kwam eerder binnen")
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_Return)
    last = queries.entries(db, incident)[-1]
    assert last["at"] == "2024-04-27T03:10:00+02:00" and last["at_approx"] is True
    assert not view.entry_bar.time_edit.isVisible()


def test_refused_entry_keeps_the_text_and_writes_nothing(view, qtbot, db, incident, warnings):
    view.entry_bar.line.setText("nul\x00byte")
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_Return)
    assert warnings and "stuurteken" in warnings[0]
    assert view.entry_bar.line.text() == "nul\x00byte"
    assert len(queries.entries(db, incident)) == 3


def test_closed_incident_disables_the_entry_line(view, db, incident, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.close_or_reopen()
    assert not view.entry_bar.isEnabled() and "heropenen" in view.closed_note.text()
    view.close_or_reopen()
    assert view.entry_bar.isEnabled()
    assert [e["text"] for e in queries.entries(db, incident)[-2:]] == ["Incident gesloten", "Incident heropend"]


def test_search_is_debounced_and_enter_opens_the_hit(view, qtbot, db, incident):
    other = service.open_incident(db, title="Gaslekkage", author="x")
    service.append_entry(db, other, text="Netbeheerder sluit gas af", author="x")
    view.incidents.reload()
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_F, CTRL)
    assert view.search_edit.hasFocus()
    qtbot.keyClicks(view.search_edit, "netbeheer")
    assert view.results.search_model.rowCount() == 0  # not yet: debounced
    qtbot.waitUntil(lambda: view.results.search_model.rowCount() == 1, timeout=2000)
    assert "\x02Netbeheerder\x03" in view.results.search_model.rows[0]["snippet"]
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.incident_id == other and view.log_table.currentIndex().row() == 1
    assert view.search_edit.text() == ""


def test_alt_arrows_step_through_incidents(view, qtbot, db, incident):
    service.open_incident(db, title="Tweede", author="x")
    view.incidents.reload()
    view.incident_table.selectRow(0)
    first = view.incident_id
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.incident_id != first


def test_pdf_from_the_view(view, tmp_path):
    written = view.write_pdf(str(tmp_path / "incident.pdf"))
    assert written and written.read_bytes().startswith(b"%PDF")


def test_empty_database_shows_how_to_start(qtbot, db):
    from piket.gui.logbook.view import View

    widget = View(db)
    qtbot.addWidget(widget)
    assert widget.incident_id is None and "Ctrl+N" in widget.header.subtitle.text()
    assert not widget.entry_bar.isEnabled()


def test_timer_refresh_on_a_closed_database_never_opens_a_dialog(view, db, warnings):
    db.close()
    view.refresh()
    assert warnings == [] and "Verversen mislukt" in view.saved_note.text()


def test_the_strip_under_the_log_shows_the_whole_selected_entry_and_its_correction(view, qtbot, db, incident):
    long_text = "Bewoners van de Odeonstraat 1 tot en met 40 opgevangen in sporthal De Polder; " * 3
    service.append_entry(db, incident, text=long_text.strip(), author="OvD Test")
    service.correct_entry(db, incident, 3, text="Bewoners in de tuin", reason="beter beeld", author="OvD Test")
    view.refresh()
    view.log_table.setCurrentIndex(view.log.index(3, 0))
    assert long_text.strip() in view.entry_detail.text() and "Regel 4" in view.entry_detail.text()
    view.log_table.setCurrentIndex(view.log.index(2, 0))
    detail = view.entry_detail.text()
    assert "<s>Bewoners buiten</s>" in detail and "gecorrigeerd in regel 5: Bewoners in de tuin" in detail
    assert "beter beeld" in detail


def test_the_log_keeps_its_newest_entry_in_view_until_the_user_scrolls_up(view, qtbot, db, incident):
    for n in range(60):
        service.append_entry(db, incident, text=f"Situatierapport {n}", author="OvD Test")
    view.show_incident(incident)
    bar = view.log_table.verticalScrollBar()
    view.resize(1200, 450)  # a smaller window still shows the newest entry
    qtbot.waitUntil(lambda: bar.value() == bar.maximum() > 0)
    bar.setValue(0)  # scrolled up to read: a new entry from elsewhere does not pull the view down
    service.append_entry(db, incident, text="Van een ander scherm", author="OvD Test")
    view.refresh()
    assert bar.value() == 0
    qtbot.keyClicks(view.entry_bar.line, "Eigen regel")
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())  # one's own entry is shown


def test_ctrl_h_hands_over_and_the_incoming_person_writes_on(view, qtbot, db, incident):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from piket.gui import settings
    from piket.gui.logbook.dialogs import HandoverDialog

    view.entry_bar.author.setText("A. Uit")
    seen = []

    def fill():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog))
        if not isinstance(dialog, HandoverDialog):
            return
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.form.incomingEdit.setText("B. In")
        qtbot.keyClick(dialog.form.textEdit, Qt.Key.Key_Return, CTRL)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, fill)
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_H, CTRL)
    assert seen == [HandoverDialog]
    last = queries.entries(db, incident)[-1]
    assert (last["kind"], last["author"], last["owner"]) == ("overdracht", "A. Uit", "B. In")
    assert view.entry_bar.author.text() == settings.get(settings.LOG_AUTHOR) == "B. In"
    assert "B. In" in view.saved_note.text()
    assert view.focusWidget() is view.entry_bar.line  # focused again once the window is active
    assert view.log.data(view.log.index(last["seq"] - 1, 5)).startswith("[overgedragen aan B. In] Overdracht")
    qtbot.keyClicks(view.entry_bar.line, "Dagdienst begonnen")
    qtbot.keyClick(view.entry_bar.line, Qt.Key.Key_Return)
    assert queries.entries(db, incident)[-1]["author"] == "B. In"
