"""Helpers for the events tests: counting rows to prove a refusal changed nothing."""

import pytest

TABLES = ("events", "event_answers", "event_parts", "event_history", "event_advice")


@pytest.fixture
def snapshot(db):
    """A function returning the row counts and the events' content, to compare before/after."""

    def take():
        counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        rows = db.execute("SELECT * FROM events ORDER BY id").fetchall()
        answers = db.execute("SELECT * FROM event_answers ORDER BY event_id, key").fetchall()
        return counts, rows, answers

    return take
