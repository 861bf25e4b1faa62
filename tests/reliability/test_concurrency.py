"""Two instances on one database (the GUI's connection and CLI processes): both write,
nobody sees "database is locked", nothing is lost."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from piket.logbook.service import append_entry, open_incident
from piket.storage import connect


def _app_and_cli(db_path, figure, cli_writes: int) -> None:
    db = connect(db_path)
    incident = open_incident(db, title="Stroomstoring Almere Haven", author="OvD-Bz")
    errors: list[str] = []

    def cli_writer():
        for number in range(cli_writes):
            result = subprocess.run(
                [sys.executable, "-m", "piket", "--db", str(db_path), "incident", "log", str(incident),
                 "--text", f"cli {number}", "--author", "AC-Bz"],
                capture_output=True, text=True,
            )
            if result.returncode != 0:
                errors.append(result.stderr.strip())

    thread = threading.Thread(target=cli_writer)
    thread.start()
    app_writes = 0
    while thread.is_alive():
        append_entry(db, incident, text=f"app {app_writes}", author="OvD-Bz")
        app_writes += 1
    thread.join()
    texts = {row[0] for row in db.execute("SELECT text FROM log_entries WHERE incident_id = ?", [incident])}
    db.close()
    figure("concurrency", "app writes / CLI writes / errors / lost",
           f"{app_writes} / {cli_writes} / {len(errors)} / "
           f"{sum(f'app {n}' not in texts for n in range(app_writes)) + sum(f'cli {n}' not in texts for n in range(cli_writes))}")
    assert errors == []
    assert all(f"cli {n}" in texts for n in range(cli_writes))
    assert all(f"app {n}" in texts for n in range(app_writes))


def test_app_and_cli_write_at_the_same_time(db_path, figure):
    _app_and_cli(db_path, figure, cli_writes=6)


@pytest.mark.slow
def test_app_and_cli_write_at_the_same_time_long(db_path, figure):
    _app_and_cli(db_path, figure, cli_writes=60)
