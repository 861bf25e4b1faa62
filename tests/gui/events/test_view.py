"""The events screen: the lazy list model under qtmodeltester, calendar, filters, dialogs."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from piket.events import advice
from piket.events.demo import add_demo
from piket.events.service import add_event, answers_of, classify_event


@pytest.fixture
def demo_db(db, monkeypatch):
    monkeypatch.setenv("PIKET_NOW", "2026-11-23T12:00:00Z")
    add_demo(db, 1)
    return db


@pytest.fixture
def warnings(monkeypatch):
    """Dialogs that would block: recorded instead of shown."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def view(qtbot, demo_db, warnings):
    from piket.gui.events.view import View

    widget = View(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    return widget


def test_table_model_passes_qtmodeltester(qtmodeltester, demo_db):
    from piket.gui.events.models import EventTableModel

    model = EventTableModel(demo_db)
    assert model.rowCount() > 40
    qtmodeltester.check(model)
    model.sort(4, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_list_sorts_in_sql_and_colours_the_class(demo_db):
    from piket.gui.events.models import CLASS_COLUMN, EventTableModel

    model = EventTableModel(demo_db)
    model.sort(4, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 2)) == "Libelle Zomerweek"
    brush = model.data(model.index(0, CLASS_COLUMN), Qt.ItemDataRole.BackgroundRole)
    assert brush.color().name() == "#e9a23b"  # class B


def test_filters_narrow_list_and_calendar(view):
    total = view.model.rowCount()
    view.class_boxes["A"].setChecked(False)
    view.class_boxes["B"].setChecked(False)
    assert view.model.rowCount() == 1  # the one C event of the year
    view.class_boxes["A"].setChecked(True)
    view.class_boxes["B"].setChecked(True)
    view.search.setText("Koningsdag")
    assert 0 < view.model.rowCount() < total
    view.search.clear()
    view.period_filter.setCurrentIndex(3)  # all events, next year included
    assert view.model.rowCount() > total


def test_month_chip_selects_event_and_shows_detail(view, qtbot):
    from datetime import date

    view._show_tab(1)
    view.go_to(date(2026, 4, 27))
    month = view.month_view
    index = (date(2026, 4, 27) - month.first_shown()).days
    rect = month._cell(index)
    chips = month._chips(rect, month.days[date(2026, 4, 27)])
    qtbot.mouseClick(month, Qt.MouseButton.LeftButton, pos=chips[0][0].center())
    assert view.event_id == chips[0][1]["id"]
    assert "Klasse" in view.detail.toPlainText() and "Waarom deze klasse" in view.detail.toPlainText()
    assert view.day_strip.items  # the day's events side by side
    view.grab().save("/tmp/events-month.png")


def test_year_view_keyboard_and_navigation(view, qtbot):
    from datetime import date

    view.go_to(date(2026, 5, 5))
    view.year_view.setFocus()
    qtbot.keyClick(view.year_view, Qt.Key.Key_Right)
    assert view.anchor == date(2026, 5, 6)
    view.step(1)
    assert view.anchor.year == 2027 and view.period_label.text() == "2027"
    assert view.year_view.day_at(QPoint(-5, -5)) is None


def test_new_event_dialog_saves_through_the_service(qtbot, demo_db, warnings):
    from piket.gui.events.dialogs import EventDialog

    dialog = EventDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.form.name.setText("Buurtbarbecue Filmwijk")
    dialog.form.visitors.setText("veel")
    dialog.accept()
    assert dialog.saved_id is None and "bezoekers" in warnings[-1]
    dialog.form.visitors.setText("300")
    dialog.accept()
    assert dialog.saved_id and classify_event(demo_db, dialog.saved_id)["class"] == "A"


def test_scan_dialog_previews_and_saves(qtbot, db, warnings):
    from piket.gui.events.dialogs import ScanDialog

    event_id = add_event(db, {"name": "Dance", "start": "2027-07-10T12:00", "end": "2027-07-11T01:00",
                              "visitors": "20000"})
    dialog = ScanDialog(db, event_id)
    qtbot.addWidget(dialog)
    combo = dialog.fields["alcohol_drugs"]
    combo.setCurrentIndex(combo.findData("3"))
    dialog.fields["density_peak"].setText("3")
    assert "Klasse C" in dialog.form.result.text()
    dialog.fields["density_peak"].setText("veel")
    assert "geen getal" in dialog.form.result.text()
    dialog.fields["density_peak"].setText("3")
    dialog.accept()
    assert answers_of(db, event_id) == {"alcohol_drugs": "3", "density_peak": "3"}
    assert classify_event(db, event_id)["class"] == "C"


def test_override_dialog_requires_a_reason(qtbot, db, warnings):
    from piket.gui.events.dialogs import OverrideDialog

    event_id = add_event(db, {"name": "Markt", "start": "2027-07-10T09:00", "end": "2027-07-10T17:00"})
    dialog = OverrideDialog(db, event_id)
    qtbot.addWidget(dialog)
    dialog.form.riskClass.setCurrentIndex(1)
    dialog.accept()
    assert "motivering" in warnings[-1] and not classify_event(db, event_id)["overridden"]
    dialog.form.reason.setPlainText("Koninklijk bezoek")
    dialog.accept()
    assert classify_event(db, event_id)["class"] == "B"


def test_advice_dialog_edits_sends_and_freezes(qtbot, db, warnings):
    from piket.gui.events.advice_dialog import AdviceDialog

    event_id = add_event(db, {"name": "Festival", "start": "2027-07-10T12:00", "end": "2027-07-10T23:00",
                              "visitors": "8000", "structures": "2"})
    dialog = AdviceDialog(db, event_id)
    qtbot.addWidget(dialog)
    assert dialog.form.version.count() == 1 and not dialog.form.text.isReadOnly()
    dialog.form.sections.setCurrentRow(5)  # Advies politie
    dialog.form.text.setPlainText("Twee extra surveillances.")
    dialog.add_condition()
    dialog.form.conditions.item(dialog.form.conditions.count() - 1).setText("Geen glas.")
    dialog.send()
    stored = advice.get_advice(db, event_id)
    assert stored["status"] == "verzonden"
    assert any(s["text"] == "Twee extra surveillances." for s in stored["sections"])
    assert stored["conditions"][-1]["text"] == "Geen glas."
    assert dialog.form.text.isReadOnly() and dialog.form.newVersion.isEnabled()
    dialog.new_version()
    assert dialog.form.version.count() == 2 and not dialog.form.text.isReadOnly()
