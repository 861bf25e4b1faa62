"""Reading the logbook: incidents, their entries, GRIP history (derived), decisions, actions.

GRIP level and maximum are never stored apart: they follow from the GRIP-wijziging
entries, so the log is the single truth the reports count from.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from piket import timeutil
from piket.logbook.chain import REDACTED_PREFIX
from piket.logbook.kinds import ACTION_KIND, CORRECTION_KIND, GRIP_KIND
from piket.storage.lookup import resolve_id

ANONYMISED = "verwijderd persoon"


def who(author: str, role: str | None) -> str:
    """``Carmen Bakker (OvD-Bz)``; an anonymised author as its placeholder."""
    return shown_person(author) + (f" ({role})" if role else "")


def shown_person(value: str | None) -> str | None:
    """An author/owner for display: an anonymised one (stored as its ``sha256:`` digest)
    reads "verwijderd persoon"."""
    return ANONYMISED if value and value.startswith(REDACTED_PREFIX) else value


INCIDENT_COLUMNS = "id, title, location, category, opened_at, closed_at, lcms_ref"
ENTRY_COLUMNS = (
    "seq, at, at_approx, recorded_at, kind, author, role, team, source, channel, reliability, "
    "confidentiality, text, grip_level, corrects, reason, owner, deadline, status, action_seq, "
    "decision_seq, lcms_ref, meeting_seq, figures, hash"
)
_ENTRY_NAMES = [name.strip() for name in ENTRY_COLUMNS.split(",")]


def incident_id(db: Database, ref: str | int) -> int:
    return resolve_id(db, "incidents", ref, column="title", what="incident")


def grip_orders(db: Database) -> dict[str, int]:
    """code -> order of every GRIP level ever known (retired ones too, for old incidents)."""
    rows = db.execute("SELECT code, ord FROM refdata WHERE kind = 'grip_levels'")
    return {code: order for code, order in rows}


def grip_summary(db: Database, ids: list[int] | None = None) -> dict[int, tuple[str | None, str | None]]:
    """incident id -> (current level, highest level reached); absent: never had a level."""
    sql = "SELECT incident_id, grip_level FROM log_entries WHERE kind = ?"
    params: list = [GRIP_KIND]
    if ids is not None:
        if not ids:
            return {}
        sql += f" AND incident_id IN ({', '.join('?' * len(ids))})"
        params += ids
    orders = grip_orders(db)
    summary: dict[int, tuple[str | None, str | None]] = {}
    for incident, level in db.execute(sql + " ORDER BY incident_id, seq", params):
        _, highest = summary.get(incident, (None, None))
        if level is not None and (highest is None or orders.get(level, -1) > orders.get(highest, -1)):
            highest = level
        summary[incident] = (level, highest)
    return summary


def _incident_dict(row, grip: tuple[str | None, str | None]) -> dict:
    return {
        "id": row[0], "title": row[1], "location": row[2], "category": row[3],
        "opened_at": timeutil.iso_local(row[4]), "closed_at": timeutil.iso_local(row[5]),
        "grip": grip[0], "max_grip": grip[1], "lcms_ref": row[6],
    }


def list_incidents(db: Database, first=None, last=None, *, open_first: bool = False) -> list[dict]:
    """Incidents opened in the date range (both days included), newest first."""
    start, end = timeutil.day_range(first, last)
    sql = f"SELECT {INCIDENT_COLUMNS} FROM incidents WHERE 1"
    params = []
    if start:
        sql += " AND opened_at >= ?"
        params.append(start)
    if end:
        sql += " AND opened_at < ?"
        params.append(end)
    order = "(closed_at IS NOT NULL), " if open_first else ""
    rows = db.execute(sql + f" ORDER BY {order}opened_at DESC, id DESC", params).fetchall()
    summary = grip_summary(db, [row[0] for row in rows] if len(rows) < 500 else None)
    return [_incident_dict(row, summary.get(row[0], (None, None))) for row in rows]


def get_incident(db: Database, ref) -> dict:
    target = incident_id(db, ref)
    row = db.execute(f"SELECT {INCIDENT_COLUMNS} FROM incidents WHERE id = ?", [target]).fetchone()
    incident = _incident_dict(row, grip_summary(db, [target]).get(target, (None, None)))
    head = db.execute("SELECT seq FROM log_chain_heads WHERE incident_id = ?", [target]).fetchone()
    # Without its chain head (a tampered file) the entries are counted, so that the incident
    # can still be shown and its PDF can say that the chain is broken.
    incident["entry_count"] = head[0] if head else db.execute(
        "SELECT count(*) FROM log_entries WHERE incident_id = ?", [target]).fetchone()[0]
    return incident


def entry_dict(row) -> dict:
    return shown_entry(dict(zip(_ENTRY_NAMES, row, strict=True)))


def shown_entry(entry: dict) -> dict:
    """A stored entry (a dict of its columns) made into what readers show, in place: local
    times, ``at_approx`` a bool, figures parsed, anonymised people as their placeholder."""
    entry["at_approx"] = bool(entry["at_approx"])
    if entry["figures"] is not None:
        entry["figures"] = json.loads(entry["figures"])
    entry["author"], entry["owner"] = shown_person(entry["author"]), shown_person(entry["owner"])
    for name in ("at", "recorded_at", "deadline"):
        entry[name] = timeutil.iso_local(entry[name])
    return entry


def entries(db: Database, target: int, first_seq: int = 1, last_seq: int | None = None) -> list[dict]:
    sql = f"SELECT {ENTRY_COLUMNS} FROM log_entries WHERE incident_id = ? AND seq >= ?"
    params = [target, first_seq]
    if last_seq is not None:
        sql += " AND seq <= ?"
        params.append(last_seq)
    return [entry_dict(row) for row in db.execute(sql + " ORDER BY seq", params)]


def entries_of_kind(db: Database, target: int, kind: str) -> list[dict]:
    rows = db.execute(f"SELECT {ENTRY_COLUMNS} FROM log_entries WHERE incident_id = ? AND kind = ? ORDER BY seq",
                      [target, kind])
    return [entry_dict(row) for row in rows]


def grip_history(db: Database, target: int) -> list[dict]:
    rows = db.execute(
        "SELECT seq, grip_level, at, reason, author, role FROM log_entries "
        "WHERE incident_id = ? AND kind = ? ORDER BY seq",
        [target, GRIP_KIND],
    )
    return [{"level": level, "at": timeutil.iso_local(at), "reason": reason, "seq": seq,
             "author": shown_person(author), "role": role} for seq, level, at, reason, author, role in rows]


def corrections(db: Database, target: int) -> dict[int, dict]:
    """corrected seq -> the latest correction of it (seq, text, reason)."""
    rows = db.execute(
        "SELECT corrects, seq, text, reason FROM log_entries WHERE incident_id = ? AND corrects IS NOT NULL "
        "AND kind = ? ORDER BY seq",
        [target, CORRECTION_KIND],
    )
    return {corrected: {"seq": seq, "text": text, "reason": reason} for corrected, seq, text, reason in rows}


def decision_kinds(db: Database) -> list[str]:
    """The kinds that count as decisions (reference data: besluit, GRIP-wijziging, ...)."""
    from piket import refdata

    return [k["code"] for k in refdata.items(db, "log_entry_kinds", include_inactive=True)
            if k.get("counts_as_decision")]


def decisions(db: Database, target: int) -> list[dict]:
    """The besluitenlijst: entries of kinds that count as decisions, numbered."""
    kinds = decision_kinds(db)
    rows = db.execute(
        f"SELECT {ENTRY_COLUMNS} FROM log_entries WHERE incident_id = ? "
        f"AND kind IN ({', '.join('?' * len(kinds))}) ORDER BY seq",
        [target, *kinds],
    ).fetchall()
    return [{"number": number, **entry_dict(row)} for number, row in enumerate(rows, start=1)]


def actions(db: Database, target: int | None = None, *, only_open: bool = False) -> list[dict]:
    """The actielijst: each actie with its latest status (status changes are entries too)."""
    sql = (
        "SELECT a.incident_id, a.seq, a.at, a.text, a.owner, a.deadline, a.decision_seq, "
        "  coalesce((SELECT s.status FROM log_entries s WHERE s.incident_id = a.incident_id "
        "            AND s.kind = ? AND s.action_seq = a.seq ORDER BY s.seq DESC LIMIT 1), a.status), "
        "  i.title "
        "FROM log_entries a JOIN incidents i ON i.id = a.incident_id "
        "WHERE a.kind = ? AND a.action_seq IS NULL"
    )
    params: list = [ACTION_KIND, ACTION_KIND]
    if target is not None:
        sql += " AND a.incident_id = ?"
        params.append(target)
    result = []
    for row in db.execute(sql + " ORDER BY a.incident_id, a.seq", params):
        status = row[7] or "open"
        if only_open and status in ("gereed", "vervallen"):
            continue
        result.append({
            "incident": row[0], "title": row[8], "seq": row[1], "at": timeutil.iso_local(row[2]),
            "text": row[3], "owner": shown_person(row[4]), "deadline": timeutil.iso_local(row[5]),
            "decision_seq": row[6], "status": status,
        })
    return result


def show_incident(db: Database, ref) -> dict:
    """Everything ``incident show`` prints: the incident, its GRIP history and full log."""
    incident = get_incident(db, ref)
    target = incident["id"]
    incident["grip_history"] = grip_history(db, target)
    incident["entries"] = entries(db, target)
    incident["actions"] = actions(db, target)
    return incident
