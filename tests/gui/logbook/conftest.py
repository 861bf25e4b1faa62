"""Fixtures of the logbook GUI tests: an incident with one entry, the logbook screen on it."""

import pytest
from PySide6.QtWidgets import QMessageBox

from piket.logbook import service


@pytest.fixture
def incident(db):
    target = service.open_incident(db, title="Brand Odeonstraat", location="Odeonstraat", grip="GRIP1",
                                   author="OvD Test")
    service.append_entry(db, target, text="Bewoners buiten", author="OvD Test")
    return target


@pytest.fixture
def view(qtbot, db, incident):
    """The logbook screen, shown and active, on ``incident`` with the entry line focused."""
    from piket.gui import resources_rc  # noqa: F401
    from piket.gui.logbook.view import View

    widget = View(db)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.activate()
    return widget


@pytest.fixture
def warnings(monkeypatch):
    """The warnings ``attempt`` shows, instead of failing the test."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown
