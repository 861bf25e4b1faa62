"""BOB meetings (overleggen) in an incident's logbook, and their verslag.

A crisis team (CoPI, ROT, GBT, ...) meets in the cycle beeldvorming → oordeelsvorming →
besluitvorming. In the log a meeting is an ``overleg`` entry that opens it (team in the
team column, chair in the owner column: a person, so anonymisation can remove it), the
entries made during it (``meeting_seq`` = the opening entry's seq) and a closing ``overleg``
entry that points at the opening one too. All of them are ordinary chained entries; the
verslag (its three sections, besluitenlijst and actielijst) is derived, never stored.
Which section an entry falls in is reference data: the ``bob`` field of its kind.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.errors import PiketError
from piket.logbook import queries
from piket.logbook.kinds import MEETING_KIND
from piket.storage import write

SECTIONS = (("beeld", "Beeldvorming"), ("oordeel", "Oordeelsvorming"), ("besluit", "Besluitvorming"))
# The kind code appears as a literal in the SQL below so that SQLite can use the partial
# index on 'overleg' entries (a bound parameter does not match an index's WHERE clause).


def open_meeting(db: Database, incident: str | int, *, team: str, chair: str, at: datetime | None = None,
                 author: str | None = None, role: str = "", agenda: str = "") -> int:
    """Open a meeting of ``team`` (a code from the teams list); returns its seq."""
    from piket.logbook import service
    from piket.logbook.models import MAX_SHORT, clean_text  # pydantic: not for the readers below

    target = service.open_incident_id(db, incident)
    team_item = refdata.require(db, "teams", (team or "").strip(), "team")
    chair = clean_text(chair, "voorzitter", limit=MAX_SHORT)
    agenda = clean_text(agenda, "agenda", required=False)
    team = team_item["code"]
    with write(db):  # the number and the check read what another process may just have written
        running = _open_row(db, target)
        if running is not None:
            raise PiketError(f"{_title(running[1], _number(db, target, running[0], running[1]))} is nog open; "
                             "sluit dat eerst")
        number = 1 + _number(db, target, None, team)
        text = f"{_title(team, number)} geopend" + (f"\nAgenda: {agenda}" if agenda else "")
        entry = service.new_entry(db, text=text, kind=MEETING_KIND, at=at, author=author, role=role,
                                  team=team, owner=chair)
        return service.insert_entry(db, target, entry)


def close_meeting(db: Database, incident: str | int, *, at: datetime | None = None,
                  author: str | None = None, role: str = "") -> int:
    """Close the open meeting; returns the seq of the closing entry."""
    from piket.logbook import service

    target = service.open_incident_id(db, incident)
    with write(db):
        seq = close_running(db, target, at=at, author=author, role=role)
    if seq is None:
        raise PiketError(f"in incident {target} is geen overleg open")
    return seq


def close_running(db: Database, target: int, *, at: datetime | None, author: str | None, role: str) -> int | None:
    """Inside the caller's transaction: close the open meeting, if any (closing the
    incident closes its meeting too). Returns the closing entry's seq, or None."""
    from piket.logbook import service

    running = _open_row(db, target)
    if running is None:
        return None
    seq, team = running
    title = _title(team, _number(db, target, seq, team))
    entry = service.new_entry(db, text=f"{title} gesloten", kind=MEETING_KIND, at=at, author=author, role=role,
                              team=team)
    return service.insert_entry(db, target, entry, meeting_seq=seq)


def require_open(db: Database, target: int, meeting_seq: int, kind: str) -> None:
    """Refuse an entry for meeting ``meeting_seq`` unless that meeting is open and ``kind``
    belongs in a verslag. Call inside the write transaction: someone may just have closed it."""
    if refdata.require(db, "log_entry_kinds", kind, "soort").get("bob") is None:
        raise PiketError(f"een regel van soort {kind!r} hoort niet in een overleg")
    running = _open_row(db, target)
    if running is None or running[0] != meeting_seq:
        raise PiketError("dit overleg is inmiddels gesloten; de regel is niet opgeslagen")


# --- reading ----------------------------------------------------------------------------
def current_meeting(db: Database, target: int) -> dict | None:
    """The incident's open meeting, or None."""
    running = _open_row(db, target)
    return None if running is None else next(m for m in meetings(db, target) if m["seq"] == running[0])


def meetings(db: Database, target: int) -> list[dict]:
    """Every meeting of the incident, oldest first."""
    teams = refdata.labels(db, "teams")
    decision_kinds = queries.decision_kinds(db)
    opened = db.execute(
        f"SELECT seq, at, team, owner, text FROM log_entries WHERE incident_id = ? AND kind = '{MEETING_KIND}' "
        "AND meeting_seq IS NULL ORDER BY seq", [target],
    ).fetchall()
    counts = {row[0]: row[1:] for row in db.execute(
        "SELECT meeting_seq, sum(kind != ?), sum(kind IN (SELECT value FROM json_each(?))), "
        "  sum(kind = 'actie' AND action_seq IS NULL), max(CASE WHEN kind = ? THEN at END) "
        "FROM log_entries WHERE incident_id = ? AND meeting_seq IS NOT NULL GROUP BY meeting_seq",
        [MEETING_KIND, json.dumps(decision_kinds), MEETING_KIND, target],
    )}
    numbers: dict[str, int] = {}
    result = []
    for seq, at, team, chair, text in opened:
        numbers[team] = numbers.get(team, 0) + 1
        entry_count, decision_count, action_count, closed_at = counts.get(seq, (0, 0, 0, None))
        _, _, agenda = text.partition("\nAgenda: ")
        result.append({
            "seq": seq, "number": numbers[team], "team": team, "team_label": teams.get(team, team),
            "title": _title(team, numbers[team]), "chair": queries.shown_person(chair),
            "opened_at": timeutil.iso_local(at), "closed_at": timeutil.iso_local(closed_at),
            "agenda": agenda, "entry_count": entry_count or 0, "decision_count": decision_count or 0,
            "action_count": action_count or 0,
        })
    return result


def minutes(db: Database, target: int, seq: int) -> dict:
    """The verslag of meeting ``seq``: its entries per BOB section, its decisions (numbered
    as in the incident's besluitenlijst) and its actions with their current status."""
    meeting = next((m for m in meetings(db, target) if m["seq"] == seq), None)
    if meeting is None:
        raise PiketError(f"incident {target} heeft geen overleg dat begint bij regel {seq}")
    sections = {item["code"]: item.get("bob") for item in refdata.items(db, "log_entry_kinds", include_inactive=True)}
    rows = db.execute(
        f"SELECT {queries.ENTRY_COLUMNS} FROM log_entries WHERE incident_id = ? AND meeting_seq = ? "
        f"AND kind != '{MEETING_KIND}' ORDER BY seq", [target, seq],
    )
    entries = [queries.entry_dict(row) for row in rows]
    corrected = queries.corrections(db, target)
    for entry in entries:
        entry["correction"] = corrected.get(entry["seq"])
    in_meeting = {entry["seq"] for entry in entries}
    return {
        **meeting,
        "sections": [{"code": code, "label": label,
                      "entries": [e for e in entries if sections.get(e["kind"]) == code]}
                     for code, label in SECTIONS],
        "decisions": [{"number": d["number"], "seq": d["seq"], "at": d["at"], "text": d["text"]}
                      for d in queries.decisions(db, target) if d["seq"] in in_meeting],
        "actions": [{"seq": a["seq"], "text": a["text"], "owner": a["owner"], "deadline": a["deadline"],
                     "status": a["status"]}
                    for a in queries.actions(db, target) if a["seq"] in in_meeting],
    }


def find_meeting(db: Database, target: int, ref: str | int) -> int:
    """A meeting by the seq of its opening entry or by its title ("ROT-overleg 2")."""
    text = str(ref).strip()
    held = meetings(db, target)
    for meeting in held:
        if text == str(meeting["seq"]) or text.casefold() == meeting["title"].casefold():
            return meeting["seq"]
    known = ", ".join(f"{m['seq']} ({m['title']})" for m in held) or "geen"
    raise PiketError(f"incident {target} heeft geen overleg {text!r} (overleggen: {known})")


def minutes_text(verslag: dict) -> str:
    """The verslag as plain text (the CLI prints it; a mail body could hold it)."""
    clock = lambda iso: timeutil.display(iso, with_date=False)  # noqa: E731
    closed = f", gesloten {clock(verslag['closed_at'])}" if verslag["closed_at"] else " (loopt nog)"
    lines = [f"{verslag['title']} · geopend {timeutil.display(verslag['opened_at'])}{closed} · "
             f"voorzitter {verslag['chair']}"]
    if verslag["agenda"]:
        lines.append(f"Agenda: {verslag['agenda']}")
    for section in verslag["sections"]:
        lines += ["", section["label"]]
        lines += [f"  {clock(e['at'])}  {e['text']}  ({e['author']})" for e in section["entries"]] or ["  —"]
    lines += ["", "Besluitenlijst"]
    lines += [f"  {d['number']}. {clock(d['at'])}  {d['text']}" for d in verslag["decisions"]] or ["  —"]
    lines += ["", "Actielijst"]
    lines += [f"  regel {a['seq']}: {a['text']} · actiehouder {a['owner'] or '—'}"
              + (f" · deadline {timeutil.display(a['deadline'])}" if a["deadline"] else "") + f" · {a['status']}"
              for a in verslag["actions"]] or ["  —"]
    return "\n".join(lines)


def _open_row(db: Database, target: int) -> tuple[int, str] | None:
    """(seq, team) of the open meeting: an opening entry that no closing entry points at."""
    return db.execute(
        f"SELECT o.seq, o.team FROM log_entries o WHERE o.incident_id = ? AND o.kind = '{MEETING_KIND}' "
        "AND o.meeting_seq IS NULL AND NOT EXISTS (SELECT 1 FROM log_entries c WHERE c.incident_id = o.incident_id "
        "                                          AND c.meeting_seq = o.seq AND c.kind = o.kind) "
        "ORDER BY o.seq DESC LIMIT 1", [target],
    ).fetchone()


def _number(db: Database, target: int, seq: int | None, team: str) -> int:
    """How many meetings of ``team`` the incident had up to ``seq`` (None: so far)."""
    return db.execute(
        f"SELECT count(*) FROM log_entries WHERE incident_id = ? AND kind = '{MEETING_KIND}' "
        "AND meeting_seq IS NULL AND team = ? AND seq <= coalesce(?, seq)", [target, team, seq],
    ).fetchone()[0]


def _title(team: str, number: int) -> str:
    return f"{team}-overleg {number}"

