"""Shortcuts that say what they do, and the overview (F1) that lists them where the user is.

A ``QShortcut`` made with :func:`bind` carries its description (``whatsThis``); a ``QAction``
describes itself by its text. :func:`listed` collects both under a widget, so the overview
is built from the shortcuts that exist, never from a list kept by hand beside them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

NATIVE = QKeySequence.SequenceFormat.NativeText


def bind(keys, parent: QWidget, slot, description: str,
         context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QShortcut:
    """A shortcut on ``parent`` that runs ``slot`` and is listed in the overview as ``description``."""
    shortcut = QShortcut(QKeySequence(keys), parent, slot, context=context)
    shortcut.setWhatsThis(description)
    return shortcut


def key_text(sequence: QKeySequence) -> str:
    """As the user reads it: the Return key is called Enter, like the keypad's."""
    return sequence.toString(NATIVE).replace("Return", "Enter")


def listed(widget: QWidget, *, recursive: bool = True) -> list[tuple[str, str]]:
    """(keys, what they do) for the shortcuts under ``widget`` that work where the user is
    (on a widget shown: not those of a tab behind), ``widget``'s own first (all of them if
    not ``recursive``). Several keys for the same thing share one line ("Enter / F2")."""
    depth = Qt.FindChildOption.FindChildrenRecursively if recursive else Qt.FindChildOption.FindDirectChildrenOnly
    shortcuts = widget.findChildren(QShortcut, options=depth)
    # QWidget.actions: a view may have an attribute of that name (the logbook: its model of actions).
    actions = [*QWidget.actions(widget), *(widget.findChildren(QAction) if recursive else [])]
    found: dict[str, list[str]] = {}
    for item in sorted(shortcuts, key=lambda item: item.parent() is not widget):
        if item.whatsThis() and _shown(item):
            found.setdefault(item.whatsThis(), []).append(key_text(item.key()))
    for action in actions:
        text = action.text().replace("&", "").rstrip("…").strip()
        if text and action.isEnabled() and _shown(action):
            found.setdefault(text, []).extend(key_text(keys) for keys in action.shortcuts())
    return [(" / ".join(dict.fromkeys(keys)), text) for text, keys in found.items() if any(keys)]


def _shown(item: QShortcut | QAction) -> bool:
    parent = item.parent()
    return not isinstance(parent, QWidget) or parent.isVisible()


def show_overview(parent: QWidget, sections: list[tuple[str, list[tuple[str, str]]]]) -> QDialog:
    """A dialog with one table per section (title, rows); Esc or Enter closes it."""
    dialog = QDialog(parent, windowTitle="Sneltoetsen")
    browser = QTextBrowser(openLinks=False)
    browser.setHtml("".join(
        f"<h3>{escape(title)}</h3><table cellpadding='3'>"
        + "".join(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(text)}</td></tr>" for keys, text in rows)
        + "</table>"
        for title, rows in sections if rows
    ))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, rejected=dialog.reject)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText("Sluiten")
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(560, 640)
    dialog.browser = browser  # type: ignore[attr-defined]
    dialog.open()
    return dialog
