"""Pools: the people taking turns for one function, with a weekly handover moment."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.errors import PiketError
from piket.roster.calendar import Handover, parse_handover
from piket.roster.people import person_id, require_function
from piket.storage import write
from piket.storage.lookup import resolve_id

KINDS = ("hard", "zacht")


@dataclass(frozen=True)
class Pool:
    id: int
    name: str
    function: str
    level: str
    kind: str
    handover: Handover


def pool_id(db: Database, ref) -> int:
    return resolve_id(db, "pools", ref, what="pool")


def get_pool(db: Database, ref) -> Pool:
    pid = pool_id(db, ref)
    return _pool(db.execute(
        "SELECT id, name, function, level, kind, handover_day, handover_time FROM pools WHERE id = ?", [pid]
    ).fetchone())


def all_pools(db: Database, *, hard_only: bool = False) -> list[Pool]:
    sql = "SELECT id, name, function, level, kind, handover_day, handover_time FROM pools"
    if hard_only:
        sql += " WHERE kind = 'hard'"
    return [_pool(row) for row in db.execute(sql + " ORDER BY name, id")]


def _pool(row) -> Pool:
    return Pool(row[0], row[1], row[2], row[3], row[4],
                parse_handover(f"{('mon','tue','wed','thu','fri','sat','sun')[row[5]]} {row[6]}"))


def add_pool(db: Database, name: str, function: str, level: str | None = None,
             handover: str | None = None, kind: str | None = None) -> int:
    name = " ".join((name or "").split())
    if not name:
        raise PiketError("naam: de pool heeft een naam nodig")
    func = require_function(db, function)
    level = (level or func["default_level"]).strip()
    refdata.require(db, "pool_levels", level, "niveau")
    kind = (kind or ("zacht" if func["piket_kind"] == "zacht" else "hard")).strip()
    if kind not in KINDS:
        raise PiketError(f"soort: {kind!r} (kies hard of zacht)")
    parsed = parse_handover(handover)
    if db.execute("SELECT 1 FROM pools WHERE name = ?", [name]).fetchone():
        raise PiketError(f"naam: er is al een pool {name!r}")
    with write(db):
        return db["pools"].insert({
            "name": name, "function": func["code"], "level": level, "kind": kind,
            "handover_day": parsed.day, "handover_time": f"{parsed.at:%H:%M}",
            "created_at": timeutil.to_db(timeutil.now()),
        }).last_pk


def update_pool(db: Database, pool, *, name: str, level: str, handover: str, kind: str,
                function: str | None = None) -> Pool:
    """Change a pool's name, level, hard/zacht kind, handover moment or (while it has no
    roster yet) function; validated like :func:`add_pool`, nothing written on refusal.

    The rule for the handover (and the function): they are fixed once the pool has any
    stored shift. A shift is stored by its start instant; the grid, who-is-on-call, the
    fairness history of ``roster fill`` and ``piket check`` all derive a pool's weeks from
    its one current handover, with no record of earlier ones. Moving the handover under
    existing shifts would make the past roster look open, count last year's weeks wrong
    and make ``piket check`` report every old shift as damaged; moving future assigned
    shifts along would silently change the hours people agreed to. So piket refuses, and
    says why: a new handover (or function) is a new pool, whose members can be copied.
    A pool that has never had a shift (a fresh one) can still change everything.

    Kind: zacht piket has no week shifts (the grid and ``fill`` skip it), so a pool with
    assigned shifts from now on cannot become zacht until those are made open.
    """
    target = get_pool(db, pool)
    name = " ".join((name or "").split())
    if not name:
        raise PiketError("naam: de pool heeft een naam nodig")
    same = db.execute("SELECT id FROM pools WHERE lower(name) = lower(?) AND id != ?", [name, target.id]).fetchone()
    if same:
        raise PiketError(f"naam: er is al een pool {name!r}")
    func = (function or target.function).strip()
    if func != target.function:  # an unchanged code may have become inactive: the pool keeps it
        require_function(db, func)
    level = (level or "").strip()
    if level != target.level:
        refdata.require(db, "pool_levels", level, "niveau")
    kind = (kind or "").strip()
    if kind not in KINDS:
        raise PiketError(f"soort: {kind!r} (kies hard of zacht)")
    parsed = parse_handover(handover)
    stored = stored_shifts(db, target.id)
    since = f"{stored[0]} dienst(en) in het rooster sinds {_day(stored[1])}" if stored[0] else ""
    if func != target.function:
        if stored[0]:
            raise PiketError(f"functie: pool {target.name!r} heeft al {since}; de functie ligt daarmee "
                             "vast (maak een nieuwe pool voor een andere functie)")
        lacking = [m["name"] for m in members(db, target.id) if not _holds(db, m["id"], func)]
        if lacking:
            raise PiketError(f"functie: {len(lacking)} lid/leden hebben functie {func} niet "
                             f"({', '.join(lacking[:3])}{', …' if len(lacking) > 3 else ''}); haal ze eerst uit de pool")
    if parsed != target.handover and stored[0]:
        raise PiketError(f"overdracht: pool {target.name!r} heeft al {since}, op de overdracht "
                         f"{handover_text(target.handover)}; een andere overdracht zou die diensten verschuiven. "
                         "Maak een nieuwe pool met de nieuwe overdracht")
    if kind == "zacht" and target.kind == "hard":
        future = db.execute("SELECT count(*), min(start) FROM shifts WHERE pool_id = ? AND person_id IS NOT NULL "
                            "AND \"end\" > ?", [target.id, timeutil.to_db(timeutil.now())]).fetchone()
        if future[0]:
            raise PiketError(f"soort: pool {target.name!r} heeft nog {future[0]} toegewezen dienst(en) vanaf "
                             f"{_day(future[1])}; zacht piket heeft geen weekdiensten. Maak die diensten eerst open")
    with write(db):
        db.execute(
            "UPDATE pools SET name = ?, function = ?, level = ?, kind = ?, handover_day = ?, handover_time = ? "
            "WHERE id = ?",
            [name, func, level, kind, parsed.day, f"{parsed.at:%H:%M}", target.id],
        )
    return get_pool(db, target.id)


def stored_shifts(db: Database, pool_id_: int) -> tuple[int, str | None]:
    """How many shifts the pool has stored, and the start of the first: any fixes its
    handover and function (see :func:`update_pool`)."""
    return tuple(db.execute("SELECT count(*), min(start) FROM shifts WHERE pool_id = ?", [pool_id_]).fetchone())


def handover_text(handover: Handover) -> str:
    """``maandag 08:00``: the handover in the users' words."""
    return f"{timeutil.DAY_NAMES[handover.day]} {handover.at:%H:%M}"


def _day(stored: str) -> str:
    return f"{timeutil.from_db(stored).astimezone(timeutil.TZ):%d-%m-%Y}"


def _holds(db: Database, person: int, function: str) -> bool:
    return db.execute("SELECT 1 FROM person_functions WHERE person_id = ? AND function = ?",
                      [person, function]).fetchone() is not None


def set_member(db: Database, pool, person, *, remove: bool = False, since=None) -> None:
    """Add (or remove) a pool member; a member must hold the pool's function.

    ``since`` (default now) is when they join: ``roster fill`` gives them no week that ended
    before it, and only the pool's past from then on counts for their fair share.
    """
    target = get_pool(db, pool)
    pid = person_id(db, person)
    with write(db):
        if remove:
            if db.execute("DELETE FROM pool_members WHERE pool_id = ? AND person_id = ?",
                          [target.id, pid]).rowcount == 0:
                raise PiketError(f"deze persoon is geen lid van pool {target.name!r}")
            return
        if not _holds(db, pid, target.function):
            name = db.execute("SELECT name FROM people WHERE id = ?", [pid]).fetchone()[0]
            raise PiketError(
                f"persoon: {name} heeft de functie {target.function} niet; "
                f"leg die eerst vast: piket qualification add {pid} --function {target.function}"
            )
        db.execute(
            "INSERT OR IGNORE INTO pool_members (pool_id, person_id, since) VALUES (?, ?, ?)",
            [target.id, pid, timeutil.to_db(since or timeutil.now())],
        )


def members(db: Database, pool_id_: int) -> list[dict]:
    rows = db.execute(
        """SELECT p.id, p.name, p.phone, p.municipality, m.since FROM pool_members m
           JOIN people p ON p.id = m.person_id WHERE m.pool_id = ? ORDER BY p.name, p.id""",
        [pool_id_],
    )
    return [{"id": r[0], "name": r[1], "phone": r[2], "municipality": r[3], "since": r[4]} for r in rows]


def pools_of(db: Database, person) -> list[int]:
    """The ids of the pools a person is a member of, by pool name."""
    pid = person_id(db, person)
    return [row[0] for row in db.execute(
        """SELECT p.id FROM pool_members m JOIN pools p ON p.id = m.pool_id
           WHERE m.person_id = ? ORDER BY p.name, p.id""", [pid])]


def pool_overview(db: Database) -> list[dict]:
    """Every pool with its member count and how many shifts it has stored (the app's pool
    list; ``shifts`` > 0 means the handover and function are fixed, see update_pool)."""
    counts = dict(db.execute("SELECT pool_id, count(*) FROM pool_members GROUP BY pool_id").fetchall())
    stored = dict(db.execute("SELECT pool_id, count(*) FROM shifts GROUP BY pool_id").fetchall())
    labels, levels = refdata.labels(db, "functions"), refdata.labels(db, "pool_levels")
    return [
        {"id": p.id, "name": p.name, "function": p.function, "function_label": labels.get(p.function, p.function),
         "level": p.level, "level_label": levels.get(p.level, p.level), "kind": p.kind, "handover": p.handover, "members": counts.get(p.id, 0),
         "shifts": stored.get(p.id, 0)}
        for p in all_pools(db)
    ]


def list_pools(db: Database) -> list[dict]:
    return [
        {"id": p.id, "name": p.name, "function": p.function, "level": p.level,
         "handover": str(p.handover), "kind": p.kind,
         "members": [m["name"] for m in members(db, p.id)]}
        for p in all_pools(db)
    ]
