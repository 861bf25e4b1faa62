"""The eligibility snapshot read for a window judges the shifts inside it as the full one does."""

from datetime import date, timedelta

from piket import timeutil
from piket.roster import eligibility
from piket.roster.fill import fill_roster
from piket.roster.gaps import shift_problem
from piket.roster.people import add_absence, add_qualification
from piket.roster.pools import all_pools, set_member
from piket.roster.shifts import assign, roster
from tests.roster.helpers import make_pool

FIRST = date(2030, 1, 7)


def test_a_window_snapshot_finds_the_same_problems_as_the_full_one(db):
    pool, people = make_pool(db, size=4)
    other, lelystad = make_pool(db, "OvD-Bz Lelystad", size=2, handover="fri 17:00", prefix="Lelystad")
    set_member(db, other, people[0])
    fill_roster(db, all_pools=True, first=FIRST - timedelta(weeks=30), weeks=60)
    # Problems made after filling: an absence, an expired vakbekwaamheid, a double booking
    # across pools whose shifts start on different days (Friday and Monday handovers).
    add_absence(db, people[1], "2030-02-12", "2030-02-20")
    add_qualification(db, people[2], "OVDBZ", "2030-03-01")
    for person in [*lelystad, people[0]]:  # after the 12 weeks from FIRST, in the last Friday-to-Friday shift
        add_absence(db, person, "2030-04-02", "2030-04-03")
    assign(db, other, FIRST + timedelta(weeks=6), people[0], force=True, reason="test")
    assign(db, pool, FIRST + timedelta(weeks=6), people[0], force=True, reason="test")
    pools = all_pools(db)
    for first, weeks in ((FIRST, 12), (FIRST + timedelta(weeks=5), 2), (FIRST - timedelta(weeks=20), 8)):
        window = (timeutil.local_midnight(first) - eligibility.MAX_SHIFT,
                  timeutil.local_midnight(first + timedelta(weeks=weeks)) + eligibility.MAX_SHIFT)
        full, part = eligibility.load(db), eligibility.load(db, window)
        rows = roster(db, pools, first, weeks)
        judged = [[shift_problem(snapshot, row, p.function, p.kind) for row in rows
                   for p in pools if p.id == row["pool_id"]] for snapshot in (full, part)]
        assert judged[0] == judged[1]
        assert first != FIRST or sum(bool(problem) for problem in judged[0]) >= 4
