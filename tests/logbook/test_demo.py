"""Demo data: deterministic, chained like any data, anchored at today."""

from piket.logbook import demo
from piket.logbook.checks import check
from piket.storage import connect


def test_demo_is_deterministic_and_passes_check(tmp_path, monkeypatch):
    monkeypatch.setenv("PIKET_NOW", "2024-05-15T12:00:00+02:00")
    hashes = []
    for name in ("a", "b"):
        db = connect(tmp_path / f"{name}.sqlite")
        assert not demo.has_data(db)
        assert "incidenten" in demo.add_demo(db, 1)
        assert demo.has_data(db) and check(db) == []
        hashes.append(db.execute("SELECT group_concat(hash) FROM log_chain_heads").fetchone()[0])
        open_now = db.execute("SELECT count(*) FROM incidents WHERE closed_at IS NULL").fetchone()[0]
        assert open_now == 1
        db.close()
    assert hashes[0] == hashes[1]


def test_adding_again_does_not_double_the_half_year(db, monkeypatch):
    monkeypatch.setenv("PIKET_NOW", "2024-05-15T12:00:00+02:00")
    demo.add_demo(db, 1)
    demo.add_demo(db, 1)
    assert db.execute("SELECT count(*) FROM incidents WHERE opened_at < '2019-07-01'").fetchone()[0] == 26


def test_demo_handovers_are_structured_and_the_open_incident_lists_its_open_action(db, monkeypatch):
    from piket.logbook import queries

    monkeypatch.setenv("PIKET_NOW", "2024-05-15T12:00:00+02:00")
    demo.add_demo(db, 1)
    rows = db.execute("SELECT author, owner, text FROM log_entries WHERE kind = 'overdracht'").fetchall()
    assert rows and all(owner and owner != author and "\nOpen acties:" in text for author, owner, text in rows)
    (open_id,) = db.execute("SELECT id FROM incidents WHERE closed_at IS NULL").fetchone()
    entries = queries.entries(db, open_id)
    handover = next(e for e in entries if e["kind"] == "overdracht")
    assert "Open acties:\n- [" in handover["text"] and "Contacten: " in handover["text"]
    assert entries[-1]["author"] == handover["owner"]  # the incoming officer writes on
