"""Keyboard first: on every screen each Alt+letter does one thing.

Qt does not refuse two visible widgets with the same mnemonic: Alt+letter then only moves
the focus between them and activates neither, so an OvD who learnt "Alt+V = Vullen" gets
nothing done. Collected here: menu titles, buttons, labels with a buddy, tab titles; on the module
screens and in every Designer form.
"""

import importlib
import inspect
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QDialog, QGroupBox, QLabel, QMainWindow, QTabBar

from piket.gui import forms
from piket.gui.main_window import MainWindow


def _visible_mnemonics(window) -> Counter:
    texts = [action.text() for action in window.menuBar().actions()]
    for widget in window.findChildren(QAbstractButton):
        if widget.isVisibleTo(window) and widget.isEnabled():
            texts.append(widget.text())
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and label.isVisibleTo(window):
            texts.append(label.text())
    for bar in window.findChildren(QTabBar):
        if bar.isVisibleTo(window):
            texts += [bar.tabText(i) for i in range(bar.count()) if bar.isTabEnabled(i)]
    keys = (QKeySequence.mnemonic(text).toString() for text in texts)
    return Counter(key for key in keys if key)


@pytest.mark.parametrize("module", ["roster", "logbook", "events", "checklist"])
def test_each_alt_letter_on_a_module_screen_is_used_once(db, qtbot, module):
    from piket.demo import load_demo

    load_demo(db)
    window = MainWindow(db, remember=False, module=module)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    used = _visible_mnemonics(window)
    assert used, "no mnemonics found: the test looks in the wrong place"
    assert {key: n for key, n in used.items() if n > 1} == {}


FORMS = sorted(path.stem for path in Path(forms.__file__).parent.glob("ui_*.py"))


@pytest.mark.parametrize("name", FORMS)
def test_each_alt_letter_in_a_designer_form_is_used_once(qtbot, name):
    module = importlib.import_module(f"piket.gui.forms.{name}")
    (form_class,) = [value for key, value in vars(module).items() if key.startswith("Ui_")]
    base = QMainWindow if "QMainWindow" in inspect.getsource(form_class.setupUi) else QDialog
    host = base()
    qtbot.addWidget(host)
    form_class().setupUi(host)
    texts = [w.text() for w in host.findChildren(QAbstractButton)]
    texts += [label.text() for label in host.findChildren(QLabel) if label.buddy() is not None]
    texts += [box.title() for box in host.findChildren(QGroupBox)]
    for bar in host.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    used = Counter(QKeySequence.mnemonic(text).toString() for text in texts)
    assert {key: n for key, n in used.items() if key and n > 1} == {}
