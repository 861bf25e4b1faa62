"""``roster gaps``: open shifts and shifts held by someone who cannot hold them."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from piket.roster import eligibility
from piket.roster.pools import all_pools
from piket.roster.shifts import roster

DEFAULT_WEEKS = 52


def find_gaps(db: Database, first: date | None = None, weeks: int | None = None,
              pools=None) -> list[dict]:
    """Per problem shift: ``pool, start, end, person, problem`` (Dutch), by pool and start.

    Open shifts of zacht pools are not gaps: zacht piket is a list of volunteers.
    """
    snapshot = eligibility.load(db)
    pools = pools if pools is not None else all_pools(db)
    function = {p.id: p.function for p in pools}
    kind = {p.id: p.kind for p in pools}
    result = []
    for row in roster(db, pools, first, DEFAULT_WEEKS if weeks is None else weeks):
        problem = shift_problem(snapshot, row, function[row["pool_id"]], kind[row["pool_id"]])
        if problem:
            result.append({"pool": row["pool"], "pool_id": row["pool_id"], "start": row["start"],
                           "end": row["end"], "person": row["person"], "problem": problem})
    return result


def shift_problem(snapshot: eligibility.Snapshot, row: dict, function: str, kind: str = "hard") -> str:
    """Why a roster row is a gap, or "" when it is fine."""
    if row["person_id"] is None:
        return "" if kind == "zacht" else "open: niemand ingedeeld"
    problems = snapshot.problems(row["person_id"], function, row["start"], row["end"],
                                 ignore_shifts=(row["shift_id"],))
    if not problems:
        return ""
    return f"{row['person']}: " + "; ".join(problems)
