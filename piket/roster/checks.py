"""``piket check``: the roster's own consistency (read-only).

Shifts of a pool must tile its handover calendar: each starts at the pool's handover and
ends where the next one would start. A shift moved by hand in the file, or a pool whose
handover was edited under existing shifts, shows up here.
"""

from __future__ import annotations

from sqlite_utils import Database

from piket import timeutil
from piket.roster.calendar import slot_containing
from piket.roster.pools import all_pools


def check(db: Database) -> list[str]:
    problems = []
    for pool in all_pools(db):
        rows = db.execute("SELECT id, start, end FROM shifts WHERE pool_id = ? ORDER BY start", [pool.id])
        for shift_id, start, end in rows:
            slot = slot_containing(pool.handover, timeutil.from_db(start))
            if timeutil.to_db(slot.start) != start or timeutil.to_db(slot.end) != end:
                problems.append(f"rooster: dienst {shift_id} van pool {pool.name!r} valt niet op de "
                                f"overdracht ({timeutil.display(timeutil.from_db(start))})")
                if len(problems) >= 20:
                    return problems
    history = db.execute(
        "SELECT count(*) FROM shifts s WHERE s.sequence > 0 AND NOT EXISTS "
        "(SELECT 1 FROM shift_history h WHERE h.shift_id = s.id)").fetchone()[0]
    if history:
        problems.append(f"rooster: {history} gewijzigde dienst(en) zonder geschiedenis")
    return problems
