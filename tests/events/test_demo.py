"""The demo calendar: the named events on their real dates, one C-class event, one conflict."""

from datetime import date

from piket.events import demo
from piket.events.conflicts import find_conflicts
from piket.events.queries import EventFilter, list_events


def test_demo_year(db, monkeypatch):
    monkeypatch.setenv("PIKET_NOW", "2026-11-23T12:00:00Z")
    assert not demo.has_data(db)
    summary = demo.add_demo(db, 1)
    assert demo.has_data(db) and "evenementen" in summary
    rows = list_events(db)
    names = {(r["name"], r["start"][:10]) for r in rows}
    assert ("Koningsdag Almere", "2026-04-27") in names
    assert ("Koningsnacht Stadhart", "2026-04-26") in names
    assert ("Nationale Viering van de Bevrijding", "2026-05-05") in names
    assert ("Landelijke Veiligheidsdag", "2026-05-30") in names
    assert sum(1 for r in rows if r["class"] == "C") == 1
    assert 40 <= len(rows) <= 90
    conflicts = find_conflicts(db)
    assert len(conflicts) == 1 and conflicts[0]["start"].startswith("2027-05-05")


def test_koningsdag_moves_off_sunday():
    assert demo.koningsdag(2025) == date(2025, 4, 26)
    assert demo.koningsdag(2026) == date(2026, 4, 27)


def test_ten_years_make_the_benchmark_calendar(db, monkeypatch):
    monkeypatch.setenv("PIKET_NOW", "2026-11-23T12:00:00Z")
    demo.add_demo(db, 10)
    count = db.execute("SELECT count(*) FROM events").fetchone()[0]
    assert 2800 <= count <= 3400
    assert list_events(db, EventFilter(first=date(2020, 1, 1), last=date(2020, 12, 31)))
