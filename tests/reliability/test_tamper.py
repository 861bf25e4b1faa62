"""Tamper: direct changes to the logbook with plain sqlite3 are all reported by check.

Each case plays the strongest form of the attack that does not rebuild the whole chain:
the guarding trigger is dropped, the change made, and the trigger put back, so only the
hash chain (and the chain head) can tell. ``check`` must name the incident and the entry.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from piket.logbook.service import append_entry, open_incident
from piket.storage import connect
from piket.storage.check import run_checks


@pytest.fixture
def logbook(db_path):
    db = connect(db_path)
    incident = open_incident(db, title="Brand Odeonstraat", author="OvD-Bz")
    for number in range(2, 9):
        append_entry(db, incident, text=f"Regel {number}", author="OvD-Bz")
    other = open_incident(db, title="Gaslek Stadhuisplein", author="OvD-Bz")
    db.close()
    return db_path, incident, other


def _without_triggers(conn: sqlite3.Connection, sql: str, params=()) -> None:
    """Run ``sql`` with every logbook trigger dropped, then restore them as they were."""
    saved = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND (tbl_name LIKE 'log%')"
    ).fetchall()
    for name, _ in saved:
        conn.execute(f"DROP TRIGGER {name}")
    for statement in sql.split(";"):
        conn.execute(statement, params)
    for _, trigger_sql in saved:
        conn.execute(trigger_sql)
    conn.commit()


CASES = {
    "update an entry's text": ("UPDATE log_entries SET text = 'Niets aan de hand' WHERE incident_id = :i AND seq = 4", "regel 4"),
    "update an entry's event time": ("UPDATE log_entries SET at = '2019-01-01T00:00:00Z' WHERE incident_id = :i AND seq = 3", "regel 3"),
    "update an entry's author": ("UPDATE log_entries SET author = 'iemand anders' WHERE incident_id = :i AND seq = 2", "regel 2"),
    "delete an entry in the middle": ("DELETE FROM log_entries WHERE incident_id = :i AND seq = 5", "regel 5"),
    "insert a forged entry": (
        "INSERT INTO log_entries (incident_id, seq, at, at_approx, recorded_at, kind, author, role, team, source,"
        " channel, reliability, confidentiality, text, salt, prev_hash, hash)"
        " SELECT incident_id, 99, at, at_approx, recorded_at, kind, author, role, team, source, channel,"
        " reliability, confidentiality, 'vervalst', salt, hash, printf('%064d', 0) FROM log_entries"
        " WHERE incident_id = :i AND seq = 8",
        "regel 9",
    ),
    "reorder two entries": (
        "UPDATE log_entries SET seq = -seq WHERE incident_id = :i AND seq IN (3, 6);"
        "UPDATE log_entries SET seq = 9 + seq WHERE incident_id = :i AND seq IN (-3, -6)",
        "regel 3",
    ),
    "truncate the tail": ("DELETE FROM log_entries WHERE incident_id = :i AND seq >= 7", "regel"),
    "delete the whole log": ("DELETE FROM log_entries WHERE incident_id = :i", "regels verwijderd"),
    # Flip the first hex digit to one it is not (a fixed 'f' left one hash in 16 unchanged).
    "edit the chain head": (
        "UPDATE log_chain_heads SET hash = (CASE WHEN hash LIKE '0%' THEN '1' ELSE '0' END) || substr(hash, 2)"
        " WHERE incident_id = :i",
        "ketenkop",
    ),
    "move the chain head back": ("UPDATE log_chain_heads SET seq = 5 WHERE incident_id = :i", "ketenkop"),
    "delete the chain head": ("DELETE FROM log_chain_heads WHERE incident_id = :i", "ketenkop ontbreekt"),
    "move an entry to another incident": ("UPDATE log_entries SET incident_id = :other, seq = 2 WHERE incident_id = :i AND seq = 8", "regel"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_direct_change_is_reported_with_incident_and_entry(logbook, case, figure):
    db_path, incident, other = logbook
    sql, where = CASES[case]
    assert run_checks(db_path) == []
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        _without_triggers(conn, sql, {"i": incident, "other": other})
    problems = run_checks(db_path)
    assert problems, f"not detected: {case}"
    text = " | ".join(problems)
    assert f"incident {incident}" in text and where in text, text
    figure("tamper", case, "detected: " + problems[0][:70])


def test_dropped_trigger_is_reported(logbook):
    db_path, _, _ = logbook
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("DROP TRIGGER log_entry_no_update")
        conn.commit()
    assert any("log_entry_no_update" in p for p in run_checks(db_path))


def test_plain_update_and_delete_are_refused_by_the_database(logbook):
    db_path, incident, _ = logbook
    with closing(sqlite3.connect(db_path)) as conn:
        for sql in ("UPDATE log_entries SET text = 'x' WHERE incident_id = ?",
                    "DELETE FROM log_entries WHERE incident_id = ?",
                    "DELETE FROM log_chain_heads WHERE incident_id = ?"):
            with pytest.raises(sqlite3.DatabaseError):
                conn.execute(sql, [incident])
    assert run_checks(db_path) == []
