"""Reliability tests print their figures; `make reliability` runs the long versions (-m slow)."""

from __future__ import annotations

import pytest

FIGURES: list[tuple[str, str, str]] = []


@pytest.fixture
def figure():
    """Record a figure: figure("crash", "kills / acknowledged / lost", "300 / 5120 / 0")."""

    def record(test: str, what: str, value) -> None:
        FIGURES.append((test, what, str(value)))

    return record


def pytest_terminal_summary(terminalreporter):
    if not FIGURES:
        return
    terminalreporter.section("reliability figures")
    width = max(len(test) for test, _, _ in FIGURES)
    what_width = max(len(what) for _, what, _ in FIGURES)
    for test, what, value in FIGURES:
        terminalreporter.write_line(f"{test.ljust(width)}  {what.ljust(what_width)}  {value}")
