"""Importing and exporting from the events screen: the work runs through run_in_background
(its own connection, in a worker thread) and the outcome lands in the view's database."""

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from piket import refdata
from piket.events.queries import list_events


@pytest.fixture
def shown(monkeypatch):
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: messages.append((title, text)))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: messages.append((title, text)))
    return messages


@pytest.fixture
def view(qtbot, db, shown, monkeypatch):
    from piket.gui.events.view import View

    monkeypatch.setenv("PIKET_NOW", "2027-03-01T12:00:00")  # the sample calendar's year is shown

    widget = View(db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_import_adds_the_events_and_the_list_shows_them(view, db, shown, monkeypatch):
    choose(monkeypatch, refdata.data_dir() / "evenementenkalender_voorbeeld.csv")
    view.import_csv()
    assert shown == [("Geïmporteerd", "12 evenementen toegevoegd.")]
    assert len(list_events(db)) == 12 and view.model.rowCount() == 12


def test_a_refused_import_says_why_and_adds_nothing(view, db, shown, monkeypatch, tmp_path):
    bad = tmp_path / "kalender.csv"
    bad.write_text("naam;start;einde;locatie;bezoekers\nA;12-06-2027;2027-06-12T22:00;X;10\n", encoding="utf-8")
    choose(monkeypatch, bad)
    view.import_csv()
    assert shown == [("Import geweigerd: niets ingelezen", "kalender.csv: rij 2, kolom 'start': ongeldige tijd '12-06-2027' "
                              "(verwacht bv. 2025-04-27T10:00)")]
    assert list_events(db) == []


def test_csv_and_ical_exports_write_the_files(view, monkeypatch, tmp_path):
    choose(monkeypatch, refdata.data_dir() / "evenementenkalender_voorbeeld.csv")
    view.import_csv()
    choose(monkeypatch, tmp_path / "kalender.csv")
    view.export_csv()
    assert "Koningsdag Almere" in (tmp_path / "kalender.csv").read_text(encoding="utf-8-sig")
    choose(monkeypatch, tmp_path / "kalender.ics")
    view.export_ics()
    assert (tmp_path / "kalender.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
