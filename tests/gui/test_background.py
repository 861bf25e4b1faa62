"""run_in_background: the job runs in another thread on its own connection, a slow one shows
a progress dialog, failures come back as Dutch dialogs, and closing waits for a write.

"Slow" is deterministic: the job waits on a threading.Event that the test sets only once
it has seen the dialog. "Fast" is made deterministic by a threshold far beyond the job.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from piket.errors import PiketError
from piket.gui import background
from piket.gui.background import run_in_background, save_in_background
from piket.storage import write

WAIT_S = 30  # a safety net against a hung test, never a timing assertion


@pytest.fixture
def window(qtbot):
    main = QMainWindow()
    main.setCentralWidget(QWidget())
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def shown(monkeypatch):
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: messages.append((title, text)))
    return messages


def progress_dialog() -> QProgressDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            return widget
    return None


def when_dialog_shows(action) -> list:
    """Poll from the GUI thread (the local event loop runs timers) and act on the dialog."""
    seen = []

    def poll():
        dialog = progress_dialog()
        if dialog is None:
            return
        timer.stop()
        seen.append((dialog.windowTitle(), dialog.labelText(), dialog.isModal(), dialog.windowModality()))
        action(dialog)

    timer = QTimer(interval=10)
    timer.timeout.connect(poll)
    timer.start()
    return seen


def count_rows(db) -> int:
    return db.execute("select count(*) from meta").fetchone()[0]


def test_job_runs_in_another_thread_on_its_own_connection(window, db, monkeypatch, shown):
    monkeypatch.setattr(background, "SHOW_AFTER_MS", 60_000)
    gui_thread = threading.get_ident()

    def job(own):
        assert own is not db and own.path == db.path
        return threading.get_ident(), own.execute("select count(*) from sqlite_master").fetchone()[0]

    thread, tables = run_in_background(window.centralWidget(), db, "Test", "Bezig…", job)
    assert shown == [] and thread != gui_thread and tables > 0
    assert window.findChildren(QProgressDialog) == []  # fast: no dialog was even made


def test_slow_job_shows_a_window_modal_dialog_then_returns_the_result(window, db):
    release = threading.Event()
    seen = when_dialog_shows(lambda dialog: release.set())
    result = run_in_background(window.centralWidget(), db, "Rooster vullen", "Rooster vullen: 7 pools, 26 weken…",
                               lambda own: release.wait(WAIT_S) and "klaar")
    assert result == "klaar"
    assert seen == [("Rooster vullen", "Rooster vullen: 7 pools, 26 weken…", True, Qt.WindowModality.WindowModal)]
    assert progress_dialog() is None


def test_after_the_dialog_the_keyboard_is_back_where_it_was(window, db, qtbot):
    """The user's next shortcut (Ctrl+Z after a fill) must reach the window at once."""
    field = QLineEdit(window.centralWidget())
    field.show()
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    release = threading.Event()
    when_dialog_shows(lambda dialog: release.set())
    run_in_background(window.centralWidget(), db, "Rooster vullen", "Bezig…", lambda own: release.wait(WAIT_S))
    assert QApplication.activeWindow() is window and field.hasFocus()


def test_a_write_dialog_has_no_cancel_and_escape_does_not_close_it(window, db, qtbot):
    release = threading.Event()
    buttons = []

    def try_to_escape(dialog):
        buttons.extend(button.text() for button in dialog.findChildren(QPushButton))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        dialog.close()
        assert dialog.isVisible()
        release.set()

    when_dialog_shows(try_to_escape)

    def job(own):
        release.wait(WAIT_S)
        with write(own):
            own.execute("insert into meta (key, value) values ('bg', 'geschreven')")
        return True

    assert run_in_background(window.centralWidget(), db, "Schrijven", "Bezig…", job) is True
    assert buttons == []
    assert db.execute("select value from meta where key = 'bg'").fetchone()[0] == "geschreven"


def test_an_error_in_the_job_shows_the_dutch_message_and_changes_nothing(window, db, shown):
    before = count_rows(db)

    def job(own):
        with write(own):
            own.execute("insert into meta (key, value) values ('half', 'weg')")
            raise PiketError("pool 'X' bestaat niet")

    assert run_in_background(window.centralWidget(), db, "Test", "Bezig…", job, error_title="Niet gevuld") is None
    assert shown == [("Niet gevuld", "pool 'X' bestaat niet")]
    assert count_rows(db) == before


def test_an_unexpected_error_is_shown_like_attempt_shows_it(window, db, shown):
    run_in_background(window.centralWidget(), db, "Test", "Bezig…", lambda own: 1 / 0)
    assert shown == [("Niet gelukt", "Er ging iets mis (ZeroDivisionError: division by zero). "
                                      "Er is niets half opgeslagen.")]


def test_a_missing_database_file_comes_back_as_a_message(window, db, shown, tmp_path):
    db.path = tmp_path / "weg" / "piket.sqlite"
    assert run_in_background(window.centralWidget(), db, "Test", "Bezig…", lambda own: 1) is None
    assert "map bestaat niet" in shown[0][1]


def test_closing_the_window_during_a_write_waits_for_it_then_closes(window, db, qtbot):
    release = threading.Event()
    notes = []

    def close_meanwhile(dialog):
        window.close()
        notes.append((window.isVisible(), dialog.labelText()))
        release.set()

    when_dialog_shows(close_meanwhile)

    def job(own):
        release.wait(WAIT_S)
        with write(own):
            own.execute("insert into meta (key, value) values ('bg', 'af')")
        return "af"

    assert run_in_background(window.centralWidget(), db, "Schrijven", "Rooster vullen…", job) == "af"
    assert notes == [(True, f"Rooster vullen…\n\n{background.CLOSING_NOTE}")]
    assert window.isVisible()  # the caller still gets to use the result first
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_S * 1000)
    assert db.execute("select value from meta where key = 'bg'").fetchone()[0] == "af"


def test_cancel_returns_at_once_and_the_export_finishes_unseen(window, db, qtbot):
    release = threading.Event()
    when_dialog_shows(lambda dialog: qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton))
    result = run_in_background(window.centralWidget(), db, "PDF", "PDF maken…",
                               lambda own: release.wait(WAIT_S) and b"%PDF", cancellable=True)
    assert result is None and len(background._abandoned) == 1
    release.set()
    background.wait_for_abandoned()
    assert background._abandoned == set()


def test_an_export_is_written_whole_or_the_reason_is_shown(window, db, shown, tmp_path):
    target = tmp_path / "lijst.pdf"
    written = save_in_background(window.centralWidget(), db, target, "Test", "Bezig…", lambda own: b"%PDF-1.4")
    assert written == target and target.read_bytes() == b"%PDF-1.4" and shown == []
    folder = tmp_path / "map.pdf"
    folder.mkdir()
    assert save_in_background(window.centralWidget(), db, folder, "Test", "Bezig…", lambda own: b"x") is None
    assert shown == [("Niet gelukt", f"kan {folder} niet schrijven: Is a directory")]
