"""Who is on call at a moment, per pool: for the CLI, the status bar and the logbook."""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.roster.calendar import slot_containing
from piket.roster.pools import all_pools


def on_call(db: Database, at: datetime) -> list[dict]:
    """One row per pool: ``pool, function, function_label, person, person_id, phone, until,
    backup`` (person None when the shift is open; backup: someone on call for the same
    function in another pool, preferring a wider level, as "name phone")."""
    labels = refdata.labels(db, "functions")
    levels = {code: i for i, code in enumerate(refdata.codes(db, "pool_levels"))}
    rows = []
    for pool in all_pools(db):
        slot = slot_containing(pool.handover, at)
        found = db.execute(
            """SELECT p.id, p.name, p.phone FROM shifts s JOIN people p ON p.id = s.person_id
               WHERE s.pool_id = ? AND s.start = ?""",
            [pool.id, timeutil.to_db(slot.start)],
        ).fetchone()
        rows.append({
            "pool": pool.name, "function": pool.function,
            "function_label": labels.get(pool.function, pool.function),
            "person": found[1] if found else None, "person_id": found[0] if found else None,
            "phone": found[2] if found else None, "until": slot.end, "backup": None,
            "kind": pool.kind, "level": pool.level,
        })
    for row in rows:
        others = [o for o in rows if o is not row and o["function"] == row["function"]
                  and o["person_id"] and o["person_id"] != row["person_id"]]
        others.sort(key=lambda o: (-levels.get(o["level"], 0), o["pool"]))
        if others:
            row["backup"] = f"{others[0]['person']} {others[0]['phone']}".strip()
    return rows


def status_text(db: Database, pools: list[str] | None = None) -> str:
    """``Nu piket: OvD-Bz Almere Jan Jansen 06-…, …`` for the chosen pools (empty: all hard)."""
    rows = on_call(db, timeutil.now())
    chosen = [r for r in rows if (r["pool"] in pools if pools else r["kind"] == "hard")]
    if not chosen:
        return ""
    parts = []
    for row in chosen:
        who = f"{row['person']} {row['phone']}".strip() if row["person"] else "OPEN"
        parts.append(f"{row['pool']} {who}")
    return "Nu piket: " + ", ".join(parts)
