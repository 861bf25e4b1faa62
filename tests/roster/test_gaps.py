from datetime import date

from piket.roster.gaps import find_gaps
from piket.roster.people import add_absence, add_qualification, remove_function
from piket.roster.shifts import assign
from tests.roster.helpers import make_pool

FIRST = date(2030, 1, 7)


def test_gaps_name_every_kind_of_problem(db):
    a, people = make_pool(db, "A", size=3)
    b, _ = make_pool(db, "B", size=1, handover="thu 12:00")
    assign(db, a, "2030-01-07", people[0])
    assign(db, a, "2030-01-14", people[1])
    assign(db, a, "2030-01-21", people[2])
    assign(db, b, "2030-01-07", _[0])
    add_absence(db, people[0], "2030-01-10", "2030-01-10", "verlof")
    add_qualification(db, people[1], "OVDBZ", "2030-01-01")
    remove_function(db, people[2], "OVDBZ")
    db.execute("UPDATE shifts SET person_id = ? WHERE pool_id = ?", [people[0], b])  # a double booking
    gaps = {(g["pool"], g["start"].date()): g["problem"] for g in find_gaps(db, FIRST, 3)}
    assert "afwezig" in gaps[("A", date(2030, 1, 7))]
    assert "al piket in B" in gaps[("A", date(2030, 1, 7))]
    assert "verlopen op 01-01-2030" in gaps[("A", date(2030, 1, 14))]
    assert "heeft de functie OVDBZ niet" in gaps[("A", date(2030, 1, 21))]
    assert "al piket in A" in gaps[("B", date(2030, 1, 10))]
    assert gaps[("B", date(2030, 1, 17))] == "open: niemand ingedeeld"


def test_zacht_pools_have_no_gaps(db):
    from piket.roster.pools import add_pool

    add_pool(db, "Vrijwilligers opvang", "TL-NAZORG")
    assert find_gaps(db, FIRST, 4) == []


def test_check_finds_a_shift_off_the_handover(db):
    from piket.roster.checks import check

    pool, people = make_pool(db, size=1)
    assign(db, pool, "2030-01-07", people[0])
    assert check(db) == []
    db.execute("UPDATE shifts SET start = '2030-01-07T08:00:00Z'")
    [problem] = check(db)
    assert "valt niet op de overdracht" in problem
