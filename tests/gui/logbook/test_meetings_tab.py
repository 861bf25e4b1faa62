"""The Overleggen tab: the meetings model and the verslag."""

import pytest
from PySide6.QtCore import Qt

from piket.gui.logbook.meetings_tab import MeetingModel, MeetingsPanel, minutes_html
from piket.logbook import meetings, service


@pytest.fixture
def two_meetings(db, incident):
    first = meetings.open_meeting(db, incident, team="CoPI", chair="Leider CoPI", author="OvD Test")
    service.append_entry(db, incident, kind="oordeel", text="Risico: uitbreiding naar <dak>", author="OvD Test",
                         meeting_seq=first)
    service.append_entry(db, incident, kind="actie", text="Opvang regelen", owner="Teamleider TBz",
                         author="OvD Test", meeting_seq=first)
    meetings.close_meeting(db, incident, author="OvD Test")
    second = meetings.open_meeting(db, incident, team="ROT", chair="J. de Vries", author="OvD Test",
                                   agenda="beeld\nbesluiten")
    return first, second


def test_the_meetings_model_passes_the_model_tester(qtmodeltester, db, incident, two_meetings):
    model = MeetingModel(db)
    model.load(incident)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert [model.data(model.index(0, column)) for column in (0, 2, 3, 4, 5)] == \
        ["CoPI-overleg 1", model.data(model.index(0, 2)), "Leider CoPI", 0, 1]
    assert model.data(model.index(1, 2)) == "loopt nog" and model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == two_meetings[0]
    model.load(None)
    assert model.rowCount() == 0


def test_the_verslag_escapes_text_and_lists_actions(db, incident, two_meetings):
    html = minutes_html(meetings.minutes(db, incident, two_meetings[0]))
    assert "&lt;dak&gt;" in html and "<dak>" not in html
    assert "Teamleider TBz" in html and "open" in html and "geen besluiten" in html
    second = minutes_html(meetings.minutes(db, incident, two_meetings[1]))
    assert "loopt sinds" in second and "beeld<br>besluiten" in second and "geen regels" in second


def test_the_panel_keeps_the_selected_meeting_and_shows_its_verslag(qtbot, db, incident, two_meetings):
    panel = MeetingsPanel(db)
    qtbot.addWidget(panel)
    panel.show()
    panel.load(incident)
    assert panel.selected_seq() == two_meetings[1]  # the newest
    panel.table.selectRow(0)
    assert "Risico: uitbreiding" in panel.minutes.toPlainText()
    panel.load(incident)
    assert panel.selected_seq() == two_meetings[0] and not panel.empty.isVisible()
    panel.load(None)
    assert panel.minutes.toPlainText() == "" and panel.empty.isVisible() and not panel.pdf_button.isEnabled()


def test_a_corrected_entry_shows_its_correction_in_the_verslag(db, incident, two_meetings):
    service.correct_entry(db, incident, two_meetings[0] + 1, text="Risico: uitbreiding naar de loods",
                          reason="verkeerd gebouw", author="OvD Test")
    html = minutes_html(meetings.minutes(db, incident, two_meetings[0]))
    assert "<s style='color:#6b7280'>Risico: uitbreiding naar &lt;dak&gt;</s>" in html
    assert "Risico: uitbreiding naar de loods" in html
