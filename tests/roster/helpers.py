"""Small rosters for the tests, built through the services."""

from __future__ import annotations

from piket.roster.people import add_person
from piket.roster.pools import add_pool, set_member


def make_pool(db, name="OvD-Bz Almere", size=4, function="OVDBZ", handover=None, prefix=None,
              since="2020-01-01T00:00:00Z"):
    """A pool with ``size`` members holding ``function``; returns (pool_id, [person ids])."""
    from piket import timeutil

    pool = add_pool(db, name, function, handover=handover)
    people = []
    for i in range(size):
        person = add_person(db, f"{prefix or name} lid {i + 1}", phone=f"06-1000{i:04d}",
                            functions=[function])
        set_member(db, pool, person, since=timeutil.parse_time(since))
        people.append(person)
    return pool, people


def count_rows(db) -> dict:
    tables = ["people", "person_functions", "absences", "pools", "pool_members", "shifts",
              "roster_changes", "shift_history"]
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
