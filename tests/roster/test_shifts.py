from datetime import date

import pytest

from piket.errors import PiketError
from piket.roster.people import add_absence, add_person, add_qualification
from piket.roster.pools import get_pool
from piket.roster.shifts import assign, history, roster, swap, unassign
from tests.roster.helpers import count_rows, make_pool


def test_assign_puts_a_person_on_the_week_shift(db):
    pool, people = make_pool(db, size=2)
    done = assign(db, pool, "2025-03-05", people[0])
    assert done["start"].isoformat() == "2025-03-03T07:00:00+00:00"
    rows = roster(db, [get_pool(db, pool)], date(2025, 3, 3), 1)
    assert rows[0]["person_id"] == people[0] and rows[0]["manual"] is True


def test_assigning_an_absent_or_unqualified_person_is_refused_unless_forced(db):
    pool, people = make_pool(db, size=2)
    add_absence(db, people[0], "2025-03-06", "2025-03-07", "cursus")
    add_qualification(db, people[1], "OVDBZ", "2025-03-05")
    before = count_rows(db)
    with pytest.raises(PiketError, match="afwezig"):
        assign(db, pool, "2025-03-05", people[0])
    with pytest.raises(PiketError, match="verloopt op 05-03-2025"):
        assign(db, pool, "2025-03-05", people[1])
    with pytest.raises(PiketError, match="reden"):
        assign(db, pool, "2025-03-05", people[0], force=True)
    assert count_rows(db) == before
    assign(db, pool, "2025-03-05", people[0], force=True, reason="geen alternatief")
    [entry] = history(db)
    assert entry["override"] and entry["reason"] == "geen alternatief"


def test_double_booking_in_two_pools_is_refused(db):
    a, people = make_pool(db, "OvD A", size=1)
    b, _ = make_pool(db, "OvD B", size=1, handover="wed 12:00")
    assign(db, a, "2025-03-05", people[0])
    with pytest.raises(PiketError, match="al piket in OvD A"):
        assign(db, b, "2025-03-05", people[0])


def test_swap_is_one_change_of_two_shifts(db):
    pool, (jan, piet) = make_pool(db, size=2)
    assign(db, pool, "2025-03-03", jan)
    assign(db, pool, "2025-03-10", piet)
    swap(db, pool, "2025-03-03", "2025-W11", reason="ruil op verzoek")
    entries = history(db)
    swaps = [e for e in entries if e["action"] == "swap"]
    assert len(swaps) == 2 and len({e["change"] for e in swaps}) == 1
    assert {(e["from"], e["to"]) for e in swaps} == {("OvD-Bz Almere lid 1", "OvD-Bz Almere lid 2"),
                                                     ("OvD-Bz Almere lid 2", "OvD-Bz Almere lid 1")}
    sequences = [r[0] for r in db.execute("SELECT sequence FROM shifts ORDER BY start")]
    assert sequences == [1, 1]


def test_swap_refuses_an_absent_partner(db):
    pool, (jan, piet) = make_pool(db, size=2)
    assign(db, pool, "2025-03-03", jan)
    assign(db, pool, "2025-03-10", piet)
    add_absence(db, jan, "2025-03-12", "2025-03-12")
    before = count_rows(db)
    with pytest.raises(PiketError, match="afwezig"):
        swap(db, pool, "2025-03-03", "2025-03-10")
    with pytest.raises(PiketError, match="verschillende"):
        swap(db, pool, "2025-03-03", "2025-03-04")
    assert count_rows(db) == before


def test_unassign_opens_the_shift(db):
    pool, (jan, _) = make_pool(db, size=2)
    assign(db, pool, "2025-03-03", jan)
    unassign(db, pool, "2025-03-03", reason="ziek")
    assert db.execute("SELECT person_id, sequence FROM shifts").fetchone() == (None, 1)
    with pytest.raises(PiketError, match="al open"):
        unassign(db, pool, "2025-03-03")


def test_a_person_in_an_unknown_pool_is_a_clear_error(db):
    add_person(db, "Jan", functions=["OVDBZ"])
    with pytest.raises(PiketError, match="pool 'Nergens' bestaat niet"):
        assign(db, "Nergens", "2025-03-03", "Jan")
