"""roster fill: a real solver, fair, never touching manual or past shifts, explaining gaps."""

import json
import shutil
from datetime import date

from piket.roster.fill import fill_roster
from piket.roster.gaps import find_gaps
from piket.roster.people import add_absence, add_person, add_qualification
from piket.roster.pools import add_pool, get_pool, set_member
from piket.roster.shifts import assign, roster
from tests.conftest import run_piket
from tests.roster.helpers import make_pool

FIRST = date(2030, 1, 7)


def shows(db, pool, weeks=8, first=FIRST):
    return [r["person_id"] for r in roster(db, [get_pool(db, pool)], first, weeks)]


def test_fill_spreads_weeks_evenly_without_back_to_back(db):
    pool, people = make_pool(db, size=4)
    result = fill_roster(db, pool, first=FIRST, weeks=12)
    assert result.filled == 12 and not result.gaps and result.proven_optimal
    held = shows(db, pool, 12)
    assert sorted(held.count(p) for p in people) == [3, 3, 3, 3]
    assert all(a != b for a, b in zip(held, held[1:], strict=False))
    assert result.pools[0]["spread"] == 0
    # Filling again changes nothing: the existing plan is the optimum.
    again = fill_roster(db, pool, first=FIRST, weeks=12)
    assert again.filled == 0 and again.changed == 0 and shows(db, pool, 12) == held


def test_manual_and_past_assignments_are_kept(db, monkeypatch):
    pool, people = make_pool(db, size=3)
    assign(db, pool, FIRST, people[2])
    monkeypatch.setenv("PIKET_NOW", "2030-01-20T12:00:00")
    fill_roster(db, pool, first=FIRST, weeks=6)
    held = shows(db, pool, 6)
    assert held[0] == people[2]
    past = held[1]  # started 14 January, before "now"
    add_absence(db, past, "2030-01-15", "2030-01-16")  # made absent afterwards
    add_absence(db, held[3], "2030-01-29", "2030-01-30")
    result = fill_roster(db, pool, first=FIRST, weeks=6)
    after = shows(db, pool, 6)
    assert after[:2] == held[:2]  # manual and past untouched
    assert after[3] != held[3] and result.changed >= 1


def test_a_member_who_joins_later_gets_no_week_that_ends_before_joining(db):
    """"Lid sinds" is when someone joins the pool: weeks that ended before are not theirs,
    the week they join in is, and the gap report names the reason for a too-late joiner."""
    from piket import timeutil

    pool, people = make_pool(db, size=3)
    newcomer = add_person(db, "Nieuw Lid", functions=["OVDBZ"])
    set_member(db, pool, newcomer, since=timeutil.parse_time("2030-02-06T12:00:00"))  # week 5, Wednesday
    fill_roster(db, pool, first=FIRST, weeks=10)
    held = shows(db, pool, 10)
    assert newcomer not in held[:4]
    assert newcomer in held[4:]  # a share pro rata of the six weeks left (1.7 of 10)
    result = fill_roster(db, pool, first=FIRST, weeks=10)
    assert result.filled == 0 and result.changed == 0


def test_absent_and_expired_people_are_never_assigned(db):
    pool, people = make_pool(db, size=3)
    add_absence(db, people[0], "2030-01-07", "2030-02-28")
    add_qualification(db, people[1], "OVDBZ", "2030-01-16")  # expires mid-week: week 2 does not count
    fill_roster(db, pool, first=FIRST, weeks=8)
    held = shows(db, pool, 8)
    assert people[0] not in held
    assert people[1] not in held[1:]
    assert [g for g in find_gaps(db, FIRST, 8) if not g["problem"].startswith("open")] == []


def test_an_impossible_pool_is_reported_with_reasons(db):
    pool, people = make_pool(db, size=1)
    add_absence(db, people[0], "2030-01-15", "2030-01-20", "verlof")
    empty = add_pool(db, "Leeg", "ACBZ")
    result = fill_roster(db, pool, first=FIRST, weeks=3)
    [gap] = result.gaps
    assert gap["start"].isoformat() == "2030-01-14T07:00:00+00:00"
    assert "niemand beschikbaar" in gap["reason"] and "afwezig" in gap["reason"]
    assert "OvD-Bz Almere lid 1" in gap["reason"]
    result = fill_roster(db, empty, first=FIRST, weeks=2)
    assert [g["reason"] for g in result.gaps] == ["de pool heeft geen leden"] * 2


def test_the_solver_fills_what_least_loaded_first_leaves_open(db):
    """A greedy pass gives pool A's week to Anna (alphabetical, least loaded) and leaves
    pool B open; the solver gives A to Bert and B to Anna."""
    a = add_pool(db, "A", "OVDBZ")
    b = add_pool(db, "B", "OVDBZ")
    anna = add_person(db, "Anna", functions=["OVDBZ"])
    bert = add_person(db, "Bert", functions=["OVDBZ"])
    for pool, person in ((a, anna), (a, bert), (b, anna)):
        set_member(db, pool, person)
    result = fill_roster(db, all_pools=True, first=FIRST, weeks=1)
    assert not result.gaps
    assert shows(db, a, 1) == [bert] and shows(db, b, 1) == [anna]


def test_history_counts_for_fairness(db):
    pool, people = make_pool(db, size=2)
    for week in ("2029-12-03", "2029-12-17", "2029-12-24"):
        assign(db, pool, week, people[0])
    fill_roster(db, pool, first=FIRST, weeks=4)
    held = shows(db, pool, 4)
    assert held.count(people[1]) == 3  # catches up: 3+1 against 0+3


def test_same_roster_whatever_the_machine_time_zone(db, db_path, tmp_path):
    pool, people = make_pool(db, size=5)
    add_absence(db, people[0], "2030-03-25", "2030-04-05")
    add_absence(db, people[3], "2030-10-20", "2030-11-02")
    db.close()
    results = []
    for zone in ("UTC", "Pacific/Auckland"):
        copy = tmp_path / f"{zone.replace('/', '_')}.sqlite"
        shutil.copy(db_path, copy)
        done = run_piket("--db", str(copy), "roster", "fill", "OvD-Bz Almere", "--from", "2030-01-07",
                         "--weeks", "52", "--json", env={"TZ": zone, "PIKET_NOW": "2029-12-01T00:00:00"})
        assert done.returncode == 0, done.stderr
        shown = run_piket("--db", str(copy), "roster", "show", "OvD-Bz Almere", "--from", "2030-01-07",
                          "--weeks", "52", "--json", env={"TZ": zone})
        results.append((json.loads(done.stdout)["pools"], json.loads(shown.stdout)))
    assert results[0] == results[1]
    assert results[0][1][12]["start"] == "2030-04-01T08:00:00+02:00"
