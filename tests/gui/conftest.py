"""Shared by every GUI test."""

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def _no_unexpected_message_box(monkeypatch):
    """A message box no test expected would wait for a click that never comes offscreen and
    hang the whole suite; it fails the test instead (pytest-qt reports errors raised in Qt
    callbacks). Tests that expect one patch these again, as they always did."""

    def refuse(kind):
        def show(parent, title, text, *args, **kwargs):
            raise AssertionError(f"onverwachte {kind}-melding: {title}: {text}")

        return staticmethod(show)

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, refuse(kind))
