"""Conflicts: overlap in time (build-up included) plus a capacity rule; warnings only."""

from datetime import date

from piket.events.conflicts import find_conflicts
from piket.events.service import add_event, remove_event


def event(db, name, start, end, location="", visitors=None, **extra):
    values = {"name": name, "start": start, "end": end, "location": location}
    if visitors is not None:
        values["visitors"] = str(visitors)
    return add_event(db, values | extra)


def test_no_overlap_no_conflict(db):
    event(db, "A", "2027-06-01T10:00", "2027-06-01T12:00", "Esplanade", 30000)
    event(db, "B", "2027-06-01T16:00", "2027-06-01T18:00", "Esplanade", 30000)  # 2 h windows touch
    assert [c["rule"] for c in find_conflicts(db)] == []


def test_same_location_at_once(db):
    a = event(db, "A", "2027-06-01T10:00", "2027-06-01T12:00", "Esplanade")
    b = event(db, "B", "2027-06-01T11:00", "2027-06-01T14:00", " esplanade ")
    event(db, "C", "2027-06-01T11:00", "2027-06-01T14:00", "Weerwater")
    found = find_conflicts(db)
    assert [(c["rule"], c["events"]) for c in found] == [("same_location", [a, b])]
    assert "zelfde locatie" in found[0]["reason"] and "A, B" in found[0]["reason"]


def test_build_up_counts_as_overlap(db):
    a = event(db, "A", "2027-06-02T10:00", "2027-06-02T12:00", "Esplanade", buildup="2027-06-01T08:00")
    b = event(db, "B", "2027-06-01T10:00", "2027-06-01T12:00", "Esplanade")
    assert [c["events"] for c in find_conflicts(db)] == [[a, b]]


def test_two_risk_events_within_the_window(db):
    # risk_events has a two-hour window per event: 3 hours apart still conflict
    a = event(db, "A", "2027-06-01T10:00", "2027-06-01T12:00", "X", 16000)
    b = event(db, "B", "2027-06-01T15:00", "2027-06-01T18:00", "Y", 16000)
    found = find_conflicts(db)
    assert [(c["rule"], c["events"]) for c in found] == [("risk_events", [a, b])]


def test_visitor_capacity_sums_the_overlap(db):
    ids = [event(db, f"E{i}", "2027-06-01T10:00", "2027-06-01T18:00", f"L{i}", 9000) for i in range(3)]
    found = find_conflicts(db)
    assert [(c["rule"], c["events"]) for c in found] == [("visitors", ids)]
    assert "samen 27.000 bezoekers" in found[0]["reason"]
    remove_event(db, ids[0])
    assert find_conflicts(db) == []


def test_period_filter(db):
    event(db, "A", "2027-06-01T10:00", "2027-06-01T12:00", "Esplanade")
    event(db, "B", "2027-06-01T11:00", "2027-06-01T14:00", "Esplanade")
    assert find_conflicts(db, date(2027, 6, 2), date(2027, 6, 30)) == []
    assert len(find_conflicts(db, date(2027, 6, 1), date(2027, 6, 1))) == 1
