"""Property tests of the filler on small random pools: never an absent, unqualified or
double-booked person; manual and past shifts kept; the reported spread is the optimum
that brute force finds; impossible shifts are reported with reasons."""

import itertools
import shutil
import uuid
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from piket import timeutil
from piket.roster import eligibility, fill
from piket.roster.fairness import prepare
from piket.roster.fill_model import REST_MIN_MEMBERS
from piket.roster.people import add_absence, add_person, add_qualification
from piket.roster.pools import add_pool, get_pool, set_member
from piket.roster.shifts import assign, pool_slots, roster
from piket.storage import connect

FIRST = date(2030, 1, 7)

scenario = st.fixed_dictionaries({
    "pools": st.integers(1, 2),
    "people": st.integers(1, 5),
    "weeks": st.integers(2, 5),
    "membership": st.lists(st.tuples(st.integers(0, 1), st.integers(0, 4)), min_size=1, max_size=8),
    "absences": st.lists(st.tuples(st.integers(0, 4), st.integers(-7, 35), st.integers(1, 12)), max_size=4),
    "expiries": st.lists(st.tuples(st.integers(0, 4), st.integers(0, 35)), max_size=2),
    "manual": st.lists(st.tuples(st.integers(0, 1), st.integers(0, 4), st.integers(0, 4)), max_size=2),
    "history": st.lists(st.tuples(st.integers(0, 1), st.integers(1, 8), st.integers(0, 4)), max_size=3),
    "now_week": st.sampled_from([None, 1]),
    "handover": st.sampled_from(["mon 08:00", "wed 12:00"]),
})


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """One migrated empty database, copied for every example (migrating is the slow part)."""
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    connect(path).close()
    return path


def build(tmp_path, case, monkeypatch, template):
    target = tmp_path / f"{uuid.uuid4().hex}.sqlite"
    shutil.copy(template, target)
    db = connect(target)
    monkeypatch.setenv("PIKET_NOW", "2029-06-01T12:00:00")
    pools = [add_pool(db, f"Pool {i}", "OVDBZ", handover=case["handover"] if i else None)
             for i in range(case["pools"])]
    people = [add_person(db, f"P{i}", functions=["OVDBZ"]) for i in range(case["people"])]
    for pool, person in case["membership"]:
        if pool < len(pools) and person < len(people):
            set_member(db, pools[pool], people[person], since=timeutil.parse_time("2028-01-01"))
    for person, offset, days in case["absences"]:
        if person < len(people):
            start = FIRST + timedelta(days=offset)
            add_absence(db, people[person], start.isoformat(), (start + timedelta(days=days)).isoformat())
    for person, offset in case["expiries"]:
        if person < len(people):
            add_qualification(db, people[person], "OVDBZ", FIRST + timedelta(days=offset))
    for pool, weeks_back, person in case["history"]:
        if pool < len(pools) and person < len(people):
            assign(db, pools[pool], FIRST - timedelta(weeks=weeks_back), people[person], force=True, reason="oud")
    manual = {}
    for pool, week, person in case["manual"]:
        if pool < len(pools) and person < len(people) and week < case["weeks"]:
            assign(db, pools[pool], FIRST + timedelta(weeks=week), people[person], force=True, reason="wens")
            manual[(pools[pool], week)] = people[person]
    return db, pools, people, manual


def shifts_of(db, pools, weeks):
    return {(r["pool_id"], i % weeks): r for i, r in enumerate(roster(db, [get_pool(db, p) for p in pools], FIRST, weeks))}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=scenario)
def test_filler_properties(tmp_path, monkeypatch, template, case):
    db, pools, people, manual = build(tmp_path, case, monkeypatch, template)
    weeks = case["weeks"]
    if case["now_week"] is not None:
        fill.fill_roster(db, all_pools=True, first=FIRST, weeks=weeks)
        monkeypatch.setenv("PIKET_NOW", (timeutil.local_midnight(FIRST + timedelta(weeks=1, days=2))).isoformat())
    before = shifts_of(db, pools, weeks)
    result = fill.fill_roster(db, all_pools=True, first=FIRST, weeks=weeks)
    after = shifts_of(db, pools, weeks)
    now = timeutil.now()
    snapshot = eligibility.load(db)
    pool_function = {p: "OVDBZ" for p in pools}
    members = {p: {r[0] for r in db.execute("SELECT person_id FROM pool_members WHERE pool_id = ?", [p])}
               for p in pools}
    for key, row in after.items():
        old = before[key]
        if key in manual or (old["person_id"] is not None and old["start"] < now):
            assert row["person_id"] == old["person_id"]  # manual and past kept
            continue
        if row["person_id"] is None:
            gap = [g for g in result.gaps if g["pool"] == row["pool"] and g["start"] == row["start"]]
            assert len(gap) == 1 and gap[0]["reason"]
            continue
        assert row["person_id"] in members[key[0]]
        assert not snapshot.problems(row["person_id"], pool_function[key[0]], row["start"], row["end"],
                                     ignore_shifts=(row["shift_id"],)), row
    assert result.proven_optimal


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=scenario.map(lambda c: {**c, "pools": 1, "now_week": None}))
def test_reported_spread_is_the_brute_force_optimum(tmp_path, monkeypatch, template, case):
    db, pools, people, manual = build(tmp_path, case, monkeypatch, template)
    pool = get_pool(db, pools[0])
    plan = fill._plan(db, eligibility.load(db), pool, pool_slots(pool, FIRST, case["weeks"]))
    prepare(plan)
    result = fill.fill_roster(db, pools[0], first=FIRST, weeks=case["weeks"])
    chosen = [r["person_id"] for r in roster(db, [pool], FIRST, case["weeks"])]
    options = [[plan.holder[i]] if plan.fixed[i] else [None, *plan.candidates[i]] for i in range(len(plan.slots))]
    best = min(key(plan, combo) for combo in itertools.product(*options))
    assert key(plan, chosen) == best
    [report] = result.pools
    if plan.fair:
        assert report["spread"] == pytest.approx(best[2] / plan.fair["total_available"], abs=1e-3)


def key(plan, combo):
    """(open shifts, back-to-back weeks where the rest rule holds, scaled spread)."""
    open_count = sum(1 for i, who in enumerate(combo) if who is None and not plan.fixed[i])
    sequence = [plan.before, *combo, plan.after]
    pairs = sum(1 for a, b in zip(sequence, sequence[1:], strict=False)
                if a is not None and a == b)
    rest = pairs if len(plan.members) >= REST_MIN_MEMBERS else 0
    spread = 0
    if plan.fair:
        fair = plan.fair
        load = {p: plan.history.get(p, 0) for p in fair["people"]}
        for who in combo:
            if who in load:
                load[who] += 1
        deviations = [fair["total_available"] * load[p] - plan.available[p] * fair["total_load"]
                      for p in fair["people"]]
        spread = max(deviations) - min(deviations)
    return open_count, rest, spread
