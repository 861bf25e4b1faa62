"""Week shifts: showing the roster and the manual verbs (assign, unassign, swap).

Every change is one ``roster_changes`` row (who, when, why, override) with one
``shift_history`` row per shift it touched; a swap is one change of two shifts.
A changed shift gets a higher ``sequence`` and a new ``modified_at`` (for iCal).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlite_utils import Database

from piket import timeutil
from piket.errors import PiketError
from piket.login import login_name
from piket.roster import eligibility
from piket.roster.calendar import Slot, parse_week, slot_containing, slot_for_week, slots_from
from piket.roster.people import person_id
from piket.roster.pools import Pool, all_pools, get_pool
from piket.storage import write

DEFAULT_WEEKS = 13

# ``expected`` default: the caller saw nothing, so no optimistic check. Otherwise
# ``expected`` is the person id the caller displayed for the shift (None: it was open);
# if another instance changed the shift meanwhile the change is refused, not overwritten.
UNCHECKED = object()
STALE = "dit rooster is intussen gewijzigd door een ander; ververs en probeer opnieuw"


def _require_unchanged(db: Database, pool_id: int, slot: Slot, expected) -> None:
    """Inside the write transaction: refuse when the shift no longer holds ``expected``."""
    if expected is not UNCHECKED and _holder(db, pool_id, slot)[1] != expected:
        raise PiketError(STALE)


def pools_for(db: Database, pool_ref, *, all_pools_: bool, hard_only: bool = False) -> list[Pool]:
    if pool_ref not in (None, ""):
        return [get_pool(db, pool_ref)]
    if not all_pools_:
        raise PiketError("geef een pool op, of --all")
    return all_pools(db, hard_only=hard_only)


def pool_slots(pool: Pool, first: date | datetime | None, weeks: int | None) -> list[Slot]:
    """``weeks`` slots from the first handover on day ``first``, or from the slot holding
    the moment ``first`` (now when None)."""
    weeks = DEFAULT_WEEKS if weeks is None else weeks
    if not 1 <= weeks <= 520:
        raise PiketError("--weeks moet tussen 1 en 520 liggen")
    if first is None or isinstance(first, datetime):
        current = slot_containing(pool.handover, first or timeutil.now())
        return slots_from(pool.handover, current.start, weeks)
    return slots_from(pool.handover, timeutil.local_midnight(first), weeks)


def stored_shifts(db: Database, pool_id: int, start: datetime, end: datetime) -> dict[str, dict]:
    """Stored shifts of a pool starting in [start, end), keyed by stored start."""
    rows = db.execute(
        """SELECT s.id, s.start, s.end, s.person_id, p.name, s.manual, s.sequence, s.modified_at, p.phone
           FROM shifts s LEFT JOIN people p ON p.id = s.person_id
           WHERE s.pool_id = ? AND s.start >= ? AND s.start < ?""",
        [pool_id, timeutil.to_db(start), timeutil.to_db(end)],
    )
    return {
        r[1]: {"shift_id": r[0], "person_id": r[3], "person": r[4], "manual": bool(r[5]),
               "sequence": r[6], "modified_at": r[7], "phone": r[8] or ""}
        for r in rows
    }


def roster(db: Database, pools: list[Pool], first: date | datetime | None, weeks: int | None) -> list[dict]:
    """Every shift of ``pools`` in the range, open ones included, ordered by pool, start."""
    result = []
    for pool in pools:
        slots = pool_slots(pool, first, weeks)
        if not slots:
            continue
        stored = stored_shifts(db, pool.id, slots[0].start, slots[-1].end)
        for slot in slots:
            row = stored.get(timeutil.to_db(slot.start), {})
            result.append({
                "pool": pool.name, "pool_id": pool.id, "start": slot.start, "end": slot.end,
                "person": row.get("person"), "person_id": row.get("person_id"),
                "phone": row.get("phone", ""), "manual": row.get("manual", False),
                "shift_id": row.get("shift_id"),
            })
    return result


def roster_json(rows: list[dict]) -> list[dict]:
    return [
        {"pool": r["pool"], "start": timeutil.iso_local(r["start"]), "end": timeutil.iso_local(r["end"]),
         "person": r["person"], "person_id": r["person_id"], "manual": r["manual"]}
        for r in rows
    ]


# --- changes ----------------------------------------------------------------------------

def record_change(db: Database, action: str, reason: str = "", override: bool = False) -> int:
    return db["roster_changes"].insert({
        "at": timeutil.to_db(timeutil.now()), "by": login_name(), "action": action,
        "reason": (reason or "").strip(), "override": int(override),
    }).last_pk


def put_person(db: Database, change_id: int, pool_id: int, slot: Slot, new_person: int | None,
               manual: bool) -> bool:
    """Set who holds a shift (creating its row); False when nothing changed."""
    start = timeutil.to_db(slot.start)
    row = db.execute("SELECT id, person_id, manual FROM shifts WHERE pool_id = ? AND start = ?",
                     [pool_id, start]).fetchone()
    now = timeutil.to_db(timeutil.now())
    if row is None:
        if new_person is None:
            return False
        shift_id = db.execute(
            "INSERT INTO shifts (pool_id, start, end, person_id, manual, sequence, modified_at) "
            "VALUES (?, ?, ?, ?, ?, 0, ?)",
            [pool_id, start, timeutil.to_db(slot.end), new_person, int(manual), now],
        ).lastrowid
        old = None
    else:
        shift_id, old, was_manual = row
        if old == new_person:
            if bool(was_manual) != manual:
                db.execute("UPDATE shifts SET manual = ? WHERE id = ?", [int(manual), shift_id])
            return False
        db.execute(
            "UPDATE shifts SET person_id = ?, manual = ?, sequence = sequence + 1, modified_at = ? WHERE id = ?",
            [new_person, int(manual), now, shift_id],
        )
    db.execute("INSERT INTO shift_history (change_id, shift_id, old_person_id, new_person_id) VALUES (?, ?, ?, ?)",
               [change_id, shift_id, old, new_person])
    return True


def _holder(db: Database, pool_id: int, slot: Slot) -> tuple[int | None, int | None]:
    row = db.execute("SELECT id, person_id FROM shifts WHERE pool_id = ? AND start = ?",
                     [pool_id, timeutil.to_db(slot.start)]).fetchone()
    return (row[0], row[1]) if row else (None, None)


def _refuse_or_override(problems: list[str], who: str, force: bool, reason: str) -> None:
    if not problems:
        return
    if not force:
        raise PiketError(f"{who} kan deze dienst niet draaien: {'; '.join(problems)} "
                         "(toch doen: --force met --reason)")
    if not (reason or "").strip():
        raise PiketError("reden: een toewijzing ondanks bezwaren vraagt een reden (--reason)")


def assign(db: Database, pool, week: str | date, person, *, force: bool = False,
           reason: str = "", expected=UNCHECKED) -> dict:
    """Put ``person`` on the pool's shift of that ISO week (a manual assignment)."""
    target = get_pool(db, pool)
    day = parse_week(week) if isinstance(week, str) else week
    slot = slot_for_week(target.handover, day)
    pid = person_id(db, person)
    shift_id, _ = _holder(db, target.id, slot)
    snapshot = eligibility.load(db)
    problems = snapshot.problems(pid, target.function, slot.start, slot.end,
                                 ignore_shifts=(shift_id,) if shift_id else ())
    _refuse_or_override(problems, snapshot.names[pid], force, reason)
    with write(db):
        _require_unchanged(db, target.id, slot, expected)
        change = record_change(db, "assign", reason, override=bool(problems))
        put_person(db, change, target.id, slot, pid, manual=True)
    return {"pool": target.name, "start": slot.start, "end": slot.end, "person": snapshot.names[pid],
            "person_id": pid, "override": problems}


def unassign(db: Database, pool, week: str | date, *, reason: str = "", expected=UNCHECKED) -> dict:
    target = get_pool(db, pool)
    day = parse_week(week) if isinstance(week, str) else week
    slot = slot_for_week(target.handover, day)
    _, holder = _holder(db, target.id, slot)
    if expected is not UNCHECKED and holder != expected:
        raise PiketError(STALE)
    if holder is None:
        raise PiketError("deze dienst is al open")
    with write(db):
        _require_unchanged(db, target.id, slot, expected)
        change = record_change(db, "unassign", reason)
        put_person(db, change, target.id, slot, None, manual=True)
    return {"pool": target.name, "start": slot.start, "end": slot.end}


def swap(db: Database, pool, week_a: str | date, week_b: str | date, *, force: bool = False,
         reason: str = "", expected=UNCHECKED) -> dict:
    """Exchange the people of two shifts of one pool, as one change in the history.

    ``expected``: the (person id of week a, person id of week b) the caller displayed."""
    target = get_pool(db, pool)
    slot_a = slot_for_week(target.handover, parse_week(week_a) if isinstance(week_a, str) else week_a)
    slot_b = slot_for_week(target.handover, parse_week(week_b) if isinstance(week_b, str) else week_b)
    if slot_a == slot_b:
        raise PiketError("ruilen: kies twee verschillende weken")
    id_a, person_a = _holder(db, target.id, slot_a)
    id_b, person_b = _holder(db, target.id, slot_b)
    if person_a is None and person_b is None:
        raise PiketError("ruilen: beide diensten zijn open")
    snapshot = eligibility.load(db)
    ignore = tuple(i for i in (id_a, id_b) if i)
    problems = []
    for who, slot in ((person_a, slot_b), (person_b, slot_a)):
        if who is not None:
            found = snapshot.problems(who, target.function, slot.start, slot.end, ignore_shifts=ignore)
            problems += [f"{snapshot.names[who]}: {p}" for p in found]
    _refuse_or_override(problems, "de ruil", force, reason)
    with write(db):
        if expected is not UNCHECKED:
            _require_unchanged(db, target.id, slot_a, expected[0])
            _require_unchanged(db, target.id, slot_b, expected[1])
        change = record_change(db, "swap", reason, override=bool(problems))
        put_person(db, change, target.id, slot_a, person_b, manual=True)
        put_person(db, change, target.id, slot_b, person_a, manual=True)
    return {"pool": target.name, "a": slot_a.start, "b": slot_b.start,
            "person_a": snapshot.names.get(person_b), "person_b": snapshot.names.get(person_a)}


def history(db: Database, *, pool=None, person=None, limit: int = 200) -> list[dict]:
    """The roster history, newest first: who changed which shift when and why."""
    where, params = [], []
    if pool is not None:
        where.append("s.pool_id = ?")
        params.append(get_pool(db, pool).id)
    if person is not None:
        pid = person_id(db, person)
        where.append("(h.old_person_id = ? OR h.new_person_id = ?)")
        params += [pid, pid]
    sql = f"""SELECT c.id, c.at, c.by, c.action, c.reason, c.override, po.name, s.start,
                     old.name, new.name
              FROM shift_history h JOIN roster_changes c ON c.id = h.change_id
              JOIN shifts s ON s.id = h.shift_id JOIN pools po ON po.id = s.pool_id
              LEFT JOIN people old ON old.id = h.old_person_id
              LEFT JOIN people new ON new.id = h.new_person_id
              {'WHERE ' + ' AND '.join(where) if where else ''}
              ORDER BY c.id DESC, s.start LIMIT ?"""
    return [
        {"change": r[0], "at": timeutil.from_db(r[1]), "by": r[2], "action": r[3], "reason": r[4],
         "override": bool(r[5]), "pool": r[6], "start": timeutil.from_db(r[7]), "from": r[8], "to": r[9]}
        for r in db.execute(sql, [*params, limit])
    ]


def holders(db: Database, pools: list[Pool], first: date | None, weeks: int | None) -> dict:
    """(pool id, stored start) -> (person id, manual) for every shift in the range: the
    state an undo step returns to."""
    return {(r["pool_id"], timeutil.to_db(r["start"])): (r["person_id"], r["manual"], timeutil.to_db(r["end"]))
            for r in roster(db, pools, first, weeks)}


def restore_holders(db: Database, state: dict, *, reason: str = "ongedaan gemaakt") -> int:
    """Put shifts back to a state from :func:`holders` (undo/redo in the app), recorded
    in the history like any other change; returns how many shifts changed."""
    changed = 0
    with write(db):
        change = None
        for (pool_id, start), (person, manual, end) in sorted(state.items(), key=lambda i: (i[0][0], i[0][1])):
            row = db.execute("SELECT person_id, manual FROM shifts WHERE pool_id = ? AND start = ?",
                             [pool_id, start]).fetchone()
            if (row[0] if row else None) == person and bool(row[1] if row else manual) == manual:
                continue
            if change is None:
                change = record_change(db, "assign" if person else "unassign", reason)
            slot = Slot(timeutil.from_db(start), timeutil.from_db(end))
            changed += put_person(db, change, pool_id, slot, person, manual)
    return changed


def person_overview(db: Database, person, *, weeks_ahead: int = 26) -> dict:
    """A person's next shifts (all pools) and their weeks per pool this calendar year."""
    pid = person_id(db, person)
    now = timeutil.now()
    year = now.astimezone(timeutil.TZ).year
    year_start = timeutil.local_midnight(date(year, 1, 1))
    year_end = timeutil.local_midnight(date(year + 1, 1, 1))
    upcoming = db.execute(
        """SELECT po.name, s.start, s.end, s.manual FROM shifts s JOIN pools po ON po.id = s.pool_id
           WHERE s.person_id = ? AND s.end > ? AND s.start < ? ORDER BY s.start""",
        [pid, timeutil.to_db(now), timeutil.to_db(now + timedelta(weeks=weeks_ahead))],
    ).fetchall()
    counts = db.execute(
        """SELECT po.name, count(*) FROM shifts s JOIN pools po ON po.id = s.pool_id
           WHERE s.person_id = ? AND s.start >= ? AND s.start < ? GROUP BY po.name ORDER BY po.name""",
        [pid, timeutil.to_db(year_start), timeutil.to_db(year_end)],
    ).fetchall()
    return {
        "next": [{"pool": r[0], "start": timeutil.from_db(r[1]), "end": timeutil.from_db(r[2]),
                  "manual": bool(r[3])} for r in upcoming],
        "year": year, "per_pool": dict(counts), "total": sum(c for _, c in counts),
    }
