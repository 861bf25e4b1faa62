"""``piket check`` for the logbook: protective triggers present and unaltered, every hash chain intact.

Read-only (``check`` opens the file read-only). Each problem names the incident and the
entry where the chain breaks.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter

from sqlite_utils import Database

from piket.logbook import chain
from piket.logbook.schema import TRIGGERS

_CHAIN_COLUMNS = ", ".join((*chain.STORED_FIELDS, "prev_hash", "hash"))


def check(db: Database) -> list[str]:
    present = {row[0]: _plain(row[1]) for row in
               db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
    problems = []
    for name, sql in TRIGGERS.items():
        if name not in present:
            problems.append(f"logboek: beveiligingstrigger {name} ontbreekt")
        elif present[name] != _plain(sql):
            problems.append(f"logboek: beveiligingstrigger {name} is gewijzigd")
    problems += check_chains(db)
    return problems


def _plain(sql: str | None) -> str:
    """Trigger SQL with whitespace collapsed: a weakened trigger under the right name is caught."""
    return " ".join((sql or "").split())


def check_chains(db: Database, incident: int | None = None) -> list[str]:
    titles = dict(db.execute("SELECT id, title FROM incidents").fetchall())
    heads = {row[0]: (row[1], row[2]) for row in db.execute("SELECT incident_id, seq, hash FROM log_chain_heads")}
    sql = f"SELECT {_CHAIN_COLUMNS} FROM log_entries"
    params: list = []
    if incident is not None:
        sql += " WHERE incident_id = ?"
        params.append(incident)
    problems: list[str] = []
    with_entries = set()
    # One incident's entries in memory at a time.
    for target, entries in groupby(_entries(db.execute(sql + " ORDER BY incident_id, seq", params)),
                                   key=itemgetter("incident_id")):
        with_entries.add(target)
        problems += _chain_problems(target, titles.get(target, "?"), list(entries), heads.get(target))
    for target, title in titles.items():
        if (incident is None or target == incident) and target not in with_entries:
            problems += _chain_problems(target, title, [], heads.get(target))
    return problems


def verified_entries(db: Database, incident: int) -> tuple[list[dict], list[str]]:
    """One incident's entries as stored (seq order) and the problems of its chain.

    Read in one snapshot, so that what a report prints is exactly what was verified and
    its last entry is the chain head (an entry appended meanwhile is in neither).
    """
    snapshot = not db.conn.in_transaction
    if snapshot:
        db.execute("BEGIN")  # deferred: a read transaction, a fixed view of the WAL
    try:
        title = db.execute("SELECT title FROM incidents WHERE id = ?", [incident]).fetchone()
        head = db.execute("SELECT seq, hash FROM log_chain_heads WHERE incident_id = ?", [incident]).fetchone()
        entries = list(_entries(db.execute(f"SELECT {_CHAIN_COLUMNS} FROM log_entries WHERE incident_id = ? "
                                      "ORDER BY seq", [incident])))
    finally:
        if snapshot and db.conn.in_transaction:
            db.execute("COMMIT")
    return entries, _chain_problems(incident, title[0] if title else "?", entries, head and tuple(head))


def _entries(cursor) -> Iterator[dict]:
    names = [column[0] for column in cursor.description]
    return (dict(zip(names, row, strict=True)) for row in cursor)


def _chain_problems(target: int, title: str, entries: list[dict], head: tuple[int, str] | None) -> list[str]:
    where = f"logboek incident {target} ({title})"
    if not entries:
        if head is None:
            return [f"{where}: ketenkop ontbreekt"]
        if head[0] != 0:
            return [f"{where}: ketenkop staat op regel {head[0]}, maar het logboek is leeg (regels verwijderd)"]
        return []
    problem = chain.verify(entries, head)
    return [f"{where}: {problem}"] if problem else []
