"""``piket check`` for the logbook: protective triggers present and unaltered, every hash chain intact.

Read-only (``check`` opens the file read-only). Each problem names the incident and the
entry where the chain breaks.
"""

from __future__ import annotations

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
    cursor = db.execute(sql + " ORDER BY incident_id, seq", params)
    names = [column[0] for column in cursor.description]
    problems: list[str] = []
    current, batch = None, []

    def finish(target):
        problem = chain.verify(batch, heads.get(target))
        if problem:
            problems.append(f"logboek incident {target} ({titles.get(target, '?')}): {problem}")

    with_entries = set()
    for row in cursor:
        entry = dict(zip(names, row, strict=True))
        if entry["incident_id"] != current:
            if current is not None:
                finish(current)
            current, batch = entry["incident_id"], []
            with_entries.add(current)
        batch.append(entry)
    if current is not None:
        finish(current)
    for target, title in titles.items():
        if incident is not None and target != incident:
            continue
        if target not in heads:
            problems.append(f"logboek incident {target} ({title}): ketenkop ontbreekt")
        elif target not in with_entries and heads[target][0] != 0:
            problems.append(f"logboek incident {target} ({title}): ketenkop staat op regel "
                            f"{heads[target][0]}, maar het logboek is leeg (regels verwijderd)")
    return problems
