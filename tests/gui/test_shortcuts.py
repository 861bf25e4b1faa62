"""F1 lists the shortcuts of the screen shown, taken from the shortcuts themselves; every
shortcut says what it does and none is taken by the main window as well."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut

from piket.gui.shortcuts import key_text, listed
from piket.modules import MODULES


@pytest.fixture
def window(qtbot, db):
    from piket.gui import resources_rc  # noqa: F401
    from piket.gui.main_window import MainWindow
    from piket.logbook.service import open_incident

    open_incident(db, title="Brand", author="OvD")  # the log view with its entry line
    main = MainWindow(db, remember=False)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _built(window, name):
    window.show_module(name)
    view = window.views[name]
    if name == "roster":
        view.people, view.pools  # noqa: B018  (the tabs are built when first opened)
    return view


@pytest.mark.parametrize("name", [module.name for module in MODULES])
def test_every_shortcut_says_what_it_does_and_none_is_the_windows(window, name):
    view = _built(window, name)
    window_keys = {key_text(keys) for action in window.actions() for keys in action.shortcuts()}
    for shortcut in view.findChildren(QShortcut):
        assert shortcut.whatsThis(), f"{key_text(shortcut.key())} in {name} says nothing"
        assert key_text(shortcut.key()) not in window_keys, f"{key_text(shortcut.key())} in {name}"
    for keys, _ in listed(view):
        assert not set(keys.split(" / ")) & window_keys, f"{keys} in {name}"


@pytest.mark.parametrize(("name", "keys", "text"), [
    ("logbook", "Enter", "Regel opslaan (met de huidige tijd, of die van Ctrl+T)"),
    ("logbook", "Ctrl+B", "Soort: besluit"),
    ("logbook", "Ctrl+Shift+O", "Overleg openen of sluiten"),
    ("roster", "Ctrl+L", "Open diensten eerlijk vullen"),
    ("roster", "Enter / F2", "Dienst toewijzen (in het rooster)"),
    ("events", "Ctrl+R", "Risicoscan"),
    ("checklist", "Ctrl+Enter", "Opslaan en volgende"),
])
def test_f1_shows_the_shortcuts_of_the_screen_and_of_the_window(window, qtbot, name, keys, text):
    _built(window, name)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    shown = window.shortcuts_dialog.browser.toPlainText()
    assert f"{keys}\n{text}\n" in shown
    assert "Ctrl+1" in shown and "Sneltoetsen" in shown and "Over piket" in shown
    window.shortcuts_dialog.reject()


def test_the_logbook_line_names_the_keys_of_every_minute_and_f1(window):
    help_line = _built(window, "logbook").help_note.text()
    for part in ("Enter opslaan", "Ctrl+T", "Ctrl+B besluit", "Ctrl+A actie", "Ctrl+G GRIP", "F1 alle sneltoetsen"):
        assert part in help_line


def test_f1_on_a_roster_tab_lists_that_tab_and_not_the_grid(window, qtbot):
    view = _built(window, "roster")
    view.tabs.setCurrentIndex(1)  # Personen
    qtbot.keyClick(window, Qt.Key.Key_F1)
    shown = window.shortcuts_dialog.browser.toPlainText()
    assert "Ctrl+Shift+A\nAfwezigheid toevoegen\n" in shown and "Nieuwe pool" not in shown
    assert "Dienst toewijzen" not in shown
    window.shortcuts_dialog.reject()
