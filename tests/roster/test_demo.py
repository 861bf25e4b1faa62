import json

from piket.roster.demo import add_demo, has_data
from piket.roster.gaps import find_gaps


def snapshot(db):
    rows = db.execute("SELECT pool_id, start, person_id FROM shifts ORDER BY pool_id, start").fetchall()
    return json.dumps(rows)


def test_demo_is_deterministic_with_one_gap(db, tmp_path, monkeypatch):
    from piket.storage import connect

    monkeypatch.setenv("PIKET_NOW", "2026-11-23T10:00:00")
    assert not has_data(db)
    summary = add_demo(db, 1)
    assert has_data(db) and "8 pools, 35 personen" in summary
    people = db.execute("SELECT count(*) FROM people").fetchone()[0]
    assert 20 <= people <= 40
    assert len({row[0] for row in db.execute("SELECT municipality FROM people")}) >= 5
    gaps = find_gaps(db)
    assert len(gaps) == 1 and gaps[0]["pool"] == "AOV-adviseur Almere"
    other = connect(tmp_path / "tweede.sqlite")
    add_demo(other, 1)
    assert snapshot(other) == snapshot(db)


def test_benchmark_set_holds_the_region_with_later_joiners(db, monkeypatch):
    """`demo --years N` (N > 1): ~25 pools and ~250 people, as issue #9 asks for the ten-year
    set; people who joined a pool later hold none of its shifts that ended before they joined."""
    monkeypatch.setenv("PIKET_NOW", "2026-11-23T10:00:00")
    summary = add_demo(db, 2)
    pools, people = (db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("pools", "people"))
    assert pools == 25 and 240 <= people <= 260, summary
    assert len({row[0] for row in db.execute("SELECT municipality FROM people")}) >= 12
    assert len({row[0] for row in db.execute("SELECT name FROM people")}) == people
    early = db.execute(
        """SELECT count(*) FROM shifts s JOIN pool_members m ON m.pool_id = s.pool_id AND m.person_id = s.person_id
           WHERE s."end" <= m.since""").fetchone()[0]
    assert early == 0
    later = db.execute("SELECT count(DISTINCT person_id) FROM pool_members WHERE since > "
                       "(SELECT min(since) FROM pool_members)").fetchone()[0]
    assert later >= 30
    weeks = db.execute("SELECT count(DISTINCT start) FROM shifts").fetchone()[0]
    assert weeks >= 2 * 52  # two past years and the coming one, per handover moment
    assert [gap["pool"] for gap in find_gaps(db)] == ["AOV-adviseur Almere"]
