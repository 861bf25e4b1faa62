"""Two instances on one database (the GUI's connection and CLI processes): both write,
nobody sees "database is locked", nothing is lost."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from piket.logbook.search import search
from piket.logbook.service import append_entry, open_incident
from piket.storage import connect


def _app_and_cli(db_path, figure, cli_writes: int) -> None:
    db = connect(db_path)
    incident = open_incident(db, title="Stroomstoring Almere Haven", author="OvD-Bz")
    errors: list[str] = []

    def cli_writer():
        # Each search brings the search index up to date, racing the app doing the same.
        for number in range(cli_writes):
            for command in (["incident", "log", str(incident), "--text", f"cli {number}", "--author", "AC-Bz"],
                            ["incident", "search", "app"]):
                result = subprocess.run([sys.executable, "-m", "piket", "--db", str(db_path), *command],
                                        capture_output=True, text=True)
                if result.returncode != 0:
                    errors.append(result.stderr.strip())

    thread = threading.Thread(target=cli_writer)
    thread.start()
    app_writes = 0
    while thread.is_alive():
        append_entry(db, incident, text=f"app {app_writes}", author="OvD-Bz")
        search(db, "cli")
        app_writes += 1
    thread.join()
    texts = {row[0] for row in db.execute("SELECT text FROM log_entries WHERE incident_id = ?", [incident])}
    found = {hit["text"] for hit in search(db, "cli")}
    db.execute("INSERT INTO log_entries_fts (log_entries_fts, rank) VALUES ('integrity-check', 1)")  # none twice
    db.close()
    figure("concurrency", "app writes / CLI writes / errors / lost",
           f"{app_writes} / {cli_writes} / {len(errors)} / "
           f"{sum(f'app {n}' not in texts for n in range(app_writes)) + sum(f'cli {n}' not in texts for n in range(cli_writes))}")
    assert errors == []
    assert all(f"cli {n}" in texts for n in range(cli_writes))
    assert all(f"app {n}" in texts for n in range(app_writes))
    assert found == {f"cli {n}" for n in range(cli_writes)}


def test_app_and_cli_write_at_the_same_time(db_path, figure):
    _app_and_cli(db_path, figure, cli_writes=6)


@pytest.mark.slow
def test_app_and_cli_write_at_the_same_time_long(db_path, figure):
    _app_and_cli(db_path, figure, cli_writes=60)


def test_a_stale_roster_does_not_overwrite_the_other_instance(db_path, figure):
    """Optimistic check: both instances read a shift; the second write, made with what it
    saw before the first one's change, is refused and the first write stands."""
    from datetime import date

    from piket.errors import PiketError
    from piket.roster.people import add_person
    from piket.roster.pools import add_pool, get_pool, set_member
    from piket.roster.shifts import STALE, assign, roster, swap, unassign

    first, second = connect(db_path), connect(db_path)
    pool = add_pool(first, "OvD-Bz Almere", "OVDBZ")
    people = [add_person(first, f"OvD {n}", functions=["OVDBZ"]) for n in range(3)]
    for person in people:
        set_member(first, pool, person)

    def seen(db, day):
        return roster(db, [get_pool(db, pool)], day, 1)[0]["person_id"]

    day = date(2025, 3, 3)
    seen_first, seen_second = seen(first, day), seen(second, day)
    assign(first, pool, day, people[0], expected=seen_first)
    refused = 0
    for stale_write in (lambda: assign(second, pool, day, people[1], expected=seen_second),
                        lambda: unassign(second, pool, day, expected=seen_second),
                        lambda: swap(second, pool, day, date(2025, 3, 10), expected=(seen_second, None))):
        with pytest.raises(PiketError, match=STALE.split(";")[0]):
            stale_write()
        refused += 1
    assert seen(second, day) == seen(first, day) == people[0]
    assert second.execute("SELECT count(*) FROM roster_changes").fetchone()[0] == 1
    assign(second, pool, day, people[1], expected=seen(second, day))  # after refreshing it works
    assert seen(first, day) == people[1]
    first.close()
    second.close()
    figure("concurrency", "stale roster writes refused / overwritten", f"{refused} / 0")
