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


def set_member(db: Database, pool, person, *, remove: bool = False, since=None) -> None:
    """Add (or remove) a pool member; a member must hold the pool's function.

    ``since`` (default now) limits how much of the pool's past counts for their fair share.
    """
    target = get_pool(db, pool)
    pid = person_id(db, person)
    with write(db):
        if remove:
            if db.execute("DELETE FROM pool_members WHERE pool_id = ? AND person_id = ?",
                          [target.id, pid]).rowcount == 0:
                raise PiketError(f"deze persoon is geen lid van pool {target.name!r}")
            return
        holds = db.execute("SELECT 1 FROM person_functions WHERE person_id = ? AND function = ?",
                           [pid, target.function]).fetchone()
        if not holds:
            raise PiketError(
                f"deze persoon heeft de functie {target.function} niet; "
                f"leg eerst vast: piket qualification add {pid} --function {target.function}"
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


def list_pools(db: Database) -> list[dict]:
    return [
        {"id": p.id, "name": p.name, "function": p.function, "level": p.level,
         "handover": str(p.handover), "kind": p.kind,
         "members": [m["name"] for m in members(db, p.id)]}
        for p in all_pools(db)
    ]
