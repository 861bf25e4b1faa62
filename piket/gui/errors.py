"""Showing refused input and failures as Dutch dialogs, never as tracebacks."""

from __future__ import annotations

import sqlite3
import sys
import traceback
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from piket.errors import PiketError


def user_message(exc: BaseException) -> str:
    if isinstance(exc, PiketError):
        return str(exc)
    if isinstance(exc, sqlite3.Error):
        from piket.storage import explain_sqlite_error

        return explain_sqlite_error(exc)
    if type(exc).__module__.startswith("pydantic"):
        from piket.errors import from_validation_error

        return str(from_validation_error(exc))
    return f"Er ging iets mis ({type(exc).__name__}: {exc}). Er is niets half opgeslagen."


def attempt(parent: QWidget | None, action: Callable, title: str = "Niet gelukt"):
    """Run ``action``; on failure show why and return None. The database is unchanged then."""
    try:
        return action()
    except Exception as exc:  # noqa: BLE001 - every failure becomes a dialog
        QMessageBox.warning(parent, title, user_message(exc))
        return None


class InlineRefusalDialog(QDialog):
    """A form dialog that shows a refusal in its own ``form.error`` label instead of a
    message box: it stays open with everything as typed, and the focus goes to the field
    the message names: the part before its first colon, or one word of it, as the core
    words its refusals ("naam: ...", "voorzitter is leeg", "aantal voor gewond: ...") -> the
    widget :meth:`field_widgets` gives for that name. Subclasses put the service call in
    :meth:`save`."""

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def field_widgets(self) -> dict[str, QWidget]:
        return {}

    def accept(self) -> None:
        try:
            self.save()
        except Exception as exc:  # noqa: BLE001 - every refusal is shown in the dialog
            self.show_error(user_message(exc))
            return
        super().accept()

    def show_error(self, message: str) -> None:
        self.form.error.setText(message)
        self.form.error.show()
        target = self.named_field(message)
        if target is not None and target.isEnabled():
            target.setFocus()

    def named_field(self, message: str) -> QWidget | None:
        fields = self.field_widgets()
        head = message.partition(":")[0]
        return fields.get(head) or next((fields[word] for word in head.split() if word in fields), None)


def install_excepthook() -> None:
    """Unexpected errors in slots: a dialog instead of a silent console traceback."""

    def hook(kind, exc, tb):
        traceback.print_exception(kind, exc, tb, file=sys.stderr)
        QMessageBox.critical(None, "Onverwachte fout", user_message(exc))

    sys.excepthook = hook
