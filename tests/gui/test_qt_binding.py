"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 dropped a reference to ``None`` at
every call of a C++ method that returns nothing. ``None`` is not immortal before Python
3.12, so after a few thousand such calls Python aborts ("deallocating None"): the events
calendar, which paints 365 days, brought piket down within seconds of being shown.
pyproject.toml keeps that release out; these tests fail if a release with the fault is
installed again."""

import sys

from PySide6.QtGui import QColor


def test_calls_returning_nothing_keep_none_alive():
    colour = QColor("red")
    before = sys.getrefcount(None)
    for _ in range(2000):
        colour.setAlphaF(0.5)
    assert sys.getrefcount(None) > before - 100


def test_painting_the_events_calendar_keeps_none_alive(qtbot, db):
    from piket.events.demo import add_demo
    from piket.gui.events.view import View

    add_demo(db, 1)
    view = View(db)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    before = sys.getrefcount(None)
    for _ in range(2):
        view.year_view.grab()  # paints the 365 days
    assert sys.getrefcount(None) > before - 100
