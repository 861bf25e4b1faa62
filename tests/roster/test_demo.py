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
