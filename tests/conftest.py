"""Shared fixtures: a fresh temporary database per test, Qt offscreen, fixed settings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI replays the same hypothesis examples every run (a red build then means a real change);
# local runs keep exploring new ones.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    _hypothesis_settings.load_profile("ci")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path, monkeypatch):
    """No test touches the user's data folder, settings or real clock zone."""
    monkeypatch.setenv("PIKET_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("PIKET_DB", str(tmp_path / "default.sqlite"))
    monkeypatch.delenv("PIKET_NOW", raising=False)
    monkeypatch.delenv("PIKET_DEBUG", raising=False)


@pytest.fixture(autouse=True)
def _dispose_windows():
    """After each test, delete every window it left, so no timer of it fires later."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "piket.sqlite"


@pytest.fixture
def db(db_path):
    """A fresh, migrated piket database with the reference data loaded."""
    from piket.storage import connect

    database = connect(db_path)
    yield database
    database.close()


def call_piket(db_path, *args: str) -> tuple[int, str, str]:
    """Run ``piket --db <db_path> ...`` in-process; returns (exit code, stdout, stderr)."""
    import contextlib
    import io

    from piket.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--db", str(db_path), *args])
        except SystemExit as exc:  # argparse usage errors
            code = exc.code
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def cli(db_path):
    """``call_piket`` on this test's fresh database."""

    def run(*args: str):
        return call_piket(db_path, *args)

    return run


@pytest.fixture
def cli_json(cli):
    """Run a command with --json and return its parsed output (asserting exit 0)."""
    import json

    def run(*args: str):
        code, out, err = cli(*args, "--json")
        assert code == 0, err
        return json.loads(out)

    return run


def run_piket(*args: str, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """``python -m piket`` in a separate process, for behaviour only a process shows."""
    return subprocess.run(
        [sys.executable, "-m", "piket", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )
