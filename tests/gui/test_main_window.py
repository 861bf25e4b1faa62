"""The main window: modules by shortcut, settings kept, screenshots."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from piket.modules import MODULES


@pytest.fixture
def window(qtbot, db):
    from piket.gui import resources_rc  # noqa: F401
    from piket.gui.main_window import MainWindow

    main = MainWindow(db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_modules_switch_by_shortcut(window, qtbot):
    for index, module in enumerate(MODULES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.current_module() == module.name
        assert window.stack.currentWidget() is window.views[module.name]


def test_menu_actions_all_have_shortcuts(window):
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if not action.isSeparator():
                assert not action.shortcut().isEmpty(), action.text()


def test_last_module_and_geometry_are_remembered(qtbot, db):
    from piket.gui.main_window import MainWindow

    first = MainWindow(db)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.show_module("events")
    first.resize(1100, 700)
    first.close()
    from piket.gui import settings

    assert not settings.get(settings.WINDOW_GEOMETRY).isEmpty()
    second = MainWindow(db)
    qtbot.addWidget(second)
    assert second.current_module() == "events"
    # (the offscreen screen is 800x600, so the restored size itself is clamped there)


def test_screenshot_of_each_module(tmp_path, db_path, cli):
    for module in MODULES:
        target = tmp_path / f"{module.name}.png"
        code, out, err = cli("gui", "--screenshot", str(target), "--module", module.name, "--size", "1200x700")
        assert code == 0, err
        image = QImage(str(target))
        assert (image.width(), image.height()) == (1200, 700)


def test_screenshot_into_missing_folder_is_refused(tmp_path, cli):
    code, out, err = cli("gui", "--screenshot", str(tmp_path / "nope" / "x.png"))
    assert code == 1 and "map bestaat niet" in err and "Traceback" not in err


def test_qt_standard_buttons_speak_dutch(qtbot):
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from piket.gui.main_window import _install_dutch_qt_texts

    _install_dutch_qt_texts(QApplication.instance())
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert texts == {"Ja", "Annuleren"}


def test_status_bar_refresh_never_opens_a_dialog(window, qtbot):
    """A timer-driven refresh on a failing database reports in the status bar instead."""
    from PySide6.QtWidgets import QApplication

    window.db.close()
    window.refresh_oncall()
    window.auto_backup()
    assert QApplication.activeModalWidget() is None
    if window.oncall_label.text():
        assert "niet te bepalen" in window.oncall_label.text()
    assert "mislukt" in window.statusBar().currentMessage()


@pytest.fixture
def messages(monkeypatch):
    """The message boxes the window shows, as (kind, text); questions are answered yes."""
    from PySide6.QtWidgets import QMessageBox

    shown = []
    for kind in ("information", "critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *a, k=kind: shown.append((k, text)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **kw: QMessageBox.StandardButton.Yes)
    return shown


def test_check_runs_off_the_gui_thread_and_names_a_broken_chain(window, messages):
    import sqlite3
    from contextlib import closing

    from piket.logbook.service import append_entry, open_incident

    window.check_database()
    assert messages[-1][0] == "information" and "in orde" in messages[-1][1]
    incident = open_incident(window.db, title="Brand", author="OvD-Bz")
    append_entry(window.db, incident, text="Eerste beeld", author="OvD-Bz")
    with closing(sqlite3.connect(window.db.path)) as conn:
        conn.execute("DROP TRIGGER log_entry_no_update")
        conn.execute("UPDATE log_entries SET text = 'anders' WHERE seq = 2")
        conn.commit()
    window.check_database()
    assert messages[-1][0] == "critical" and f"incident {incident}" in messages[-1][1]


def test_backup_from_the_menu_makes_a_copy_beside_the_database(window, messages):
    from piket.storage.backup import backup_folder

    window.make_backup()
    assert messages[-1][0] == "information"
    assert [p.name for p in backup_folder(window.db.path).glob("*.sqlite")] != []


def test_first_run_offers_demo_data_and_shows_it(window, messages):
    window.offer_demo_if_empty()
    count = window.db.execute("SELECT count(*) FROM incidents").fetchone()[0]
    assert count > 0
    window.show_module("logbook")
    assert window.views["logbook"].incidents.rowCount() == count


def test_contact_list_is_saved_from_the_file_menu(window, messages, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "lijst.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **kw: (str(target), "PDF (*.pdf)"))
    window.export_contact_list()
    assert target.read_bytes().startswith(b"%PDF")
    assert "Bereikbaarheidslijst opgeslagen" in window.statusBar().currentMessage()


def test_restore_checks_the_backup_first_and_then_swaps_the_database(window, messages, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from piket.logbook.service import open_incident
    from piket.storage.backup import backup

    made = backup(window.db)
    open_incident(window.db, title="Na de back-up", author="OvD-Bz")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **kw: (str(made), ""))
    window.restore_backup()
    assert messages[-1][0] == "information" and "Teruggezet" in messages[-1][1]
    assert window.db.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0
    made.write_bytes(b"geen database")
    window.restore_backup()
    kind, text = messages[-1]
    assert kind == "warning" and "afgekeurd" in text, text
    assert window.db.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0
