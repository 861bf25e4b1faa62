"""The logbook's verbs: open, log, change GRIP, correct, hand over, close, reopen, action status
(meetings: ``meetings``).

Each verb validates first and then writes in one ``write`` transaction, so a refusal leaves
the database as it was and a saved entry is durable (WAL, synchronous=FULL) the moment
the call returns. Entries are only ever appended; see ``schema`` for the triggers.
"""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.errors import NotFound, PiketError
from piket.logbook import chain
from piket.logbook.authors import default_author
from piket.logbook.kinds import (
    ACTION_KIND,
    AFFECTED_KIND,
    CORRECTION_KIND,
    GRIP_KIND,
    HANDOVER_KIND,
    NO_GRIP,
    OWN_VERB,
)
from piket.logbook.models import ACTION_STATUSES, MAX_SHORT, EntryInput, IncidentInput, clean_text
from piket.logbook.queries import grip_orders, incident_id
from piket.storage import write


def open_incident(db: Database, *, title: str, location: str = "", category: str | None = None,
                  grip: str | None = None, at: datetime | None = None, author: str | None = None,
                  role: str = "", source: str = "", channel: str = "", lcms_ref: str = "") -> int:
    """A new incident: its melding is entry 1; a GRIP level given now is entry 2."""
    moment = at or timeutil.now()
    name, default_role = default_author(db, moment, author)
    data = IncidentInput(title=title, location=location, category=category or None, grip=grip or None,
                         at=moment, author=name, role=role or default_role, lcms_ref=lcms_ref)
    category_code = _category(db, data.category) if data.category else None
    level = _grip_level(db, data.grip) if data.grip else None
    melding = data.title + (f" — {data.location}" if data.location else "")
    entry = EntryInput(text=melding, kind="melding", at=moment, author=data.author, role=data.role,
                       source=source, channel=channel, lcms_ref=data.lcms_ref)
    _check_codes(db, entry)
    with write(db):
        new_id = db.execute(
            "INSERT INTO incidents (title, location, category, opened_at, lcms_ref) VALUES (?, ?, ?, ?, ?)",
            [data.title, data.location, category_code, timeutil.to_db(moment), data.lcms_ref],
        ).lastrowid
        db.execute("INSERT INTO log_chain_heads (incident_id, seq, hash) VALUES (?, 0, ?)",
                   [new_id, chain.GENESIS])
        insert_entry(db, new_id, entry)
        if level:
            insert_entry(db, new_id, EntryInput(text=f"{level['label']} bij aanvang", kind=GRIP_KIND, at=moment,
                                           author=data.author, role=data.role), grip_level=level["code"])
    return new_id


def append_entry(db: Database, incident: str | int, *, text: str, kind: str = "informatie",
                 at: datetime | None = None, author: str | None = None, role: str = "",
                 meeting_seq: int | None = None, **fields) -> int:
    """Append one entry; returns its seq. ``fields``: team, source, channel, owner, deadline, ...

    ``meeting_seq``: the open BOB meeting the entry is made in (see ``meetings``)."""
    if kind in OWN_VERB:
        raise PiketError(f"soort {kind!r} heeft een eigen opdracht: gebruik '{OWN_VERB[kind]}'")
    entry = new_entry(db, text=text, kind=kind, at=at, author=author, role=role, **fields)
    target = incident_ref(db, incident)  # open or not: ``insert_entry`` checks under the write lock
    if entry.decision_seq is not None:
        _existing_seq(db, target, entry.decision_seq)
    extra = {"status": "open"} if kind == ACTION_KIND else {}
    with write(db):
        join_meeting(db, target, meeting_seq, kind)
        return insert_entry(db, target, entry, meeting_seq=meeting_seq, **extra)


def change_grip(db: Database, incident: str | int, level: str, *, at: datetime | None = None,
                reason: str = "", author: str | None = None, role: str = "", meeting_seq: int | None = None) -> int:
    """Scale up or down (``level`` a GRIP code, or ``geen``); a GRIP-wijziging entry."""
    target = open_incident_id(db, incident)
    new = None if (level or "").strip().lower() == NO_GRIP else _grip_level(db, level)
    current = current_grip(db, target)
    new_code = new["code"] if new else None
    if new_code == current:
        raise PiketError(f"het incident staat al op {new['label'] if new else 'geen GRIP'}")
    reason = clean_text(reason, "reden", required=False)
    orders = grip_orders(db)
    if new is None:
        text = "GRIP opgeheven"
    elif current is None or orders.get(new_code, 0) > orders.get(current, -1):
        text = f"Opgeschaald naar {new['label']}"
    else:
        text = f"Afgeschaald naar {new['label']}"
    if reason:
        text += f": {reason}"
    entry = new_entry(db, text=text, kind=GRIP_KIND, at=at, author=author, role=role)
    with write(db):
        join_meeting(db, target, meeting_seq, GRIP_KIND)
        return insert_entry(db, target, entry, grip_level=new_code, reason=reason, meeting_seq=meeting_seq)


def correct_entry(db: Database, incident: str | int, seq: int, *, text: str, reason: str,
                  author: str | None = None, role: str = "") -> int:
    """A correctie entry pointing at ``seq``; the original stays as it was."""
    target = open_incident_id(db, incident)
    original = _existing_seq(db, target, seq)
    if db.execute("SELECT kind FROM log_entries WHERE incident_id = ? AND seq = ?", [target, original]
                  ).fetchone()[0] == AFFECTED_KIND:
        # Its numbers are data, not text: a correction of the text would leave them standing.
        raise PiketError(f"regel {original} is een telling van getroffenen; corrigeer die met een nieuwe telling "
                         f"(piket incident affected {target} --count ...)")
    reason = clean_text(reason, "reden")
    entry = new_entry(db, text=text, kind=CORRECTION_KIND, at=None, author=author, role=role)
    with write(db):
        return insert_entry(db, target, entry, corrects=original, reason=reason)


def record_handover(db: Database, incident: str | int, *, outgoing: str, incoming: str, text: str,
                    confirmed_by: str | None = None, at: datetime | None = None, role: str = "") -> int:
    """An overdracht entry: the outgoing person is its author, the incoming one its owner.

    Both names sit in the person columns the chain hashes as salted digests and that
    anonymisation may replace, so a handover stays verifiable after either person is
    removed; the text holds the picture, actions, risks and (optionally) who confirmed.
    """
    target = open_incident_id(db, incident)
    outgoing = clean_text(outgoing, "overdragende persoon", limit=MAX_SHORT)
    incoming = clean_text(incoming, "overnemende persoon", limit=MAX_SHORT)
    if outgoing.casefold() == incoming.casefold():
        raise PiketError(f"overdragende en overnemende persoon zijn dezelfde ({outgoing})")
    confirmed = clean_text(confirmed_by, "bevestigd door", required=False, limit=MAX_SHORT)
    body = clean_text(text, "tekst")
    if confirmed:
        body += f"\nBevestigd door: {confirmed}"
    entry = new_entry(db, text=body, kind=HANDOVER_KIND, at=at, author=outgoing, role=role, owner=incoming)
    with write(db):
        return insert_entry(db, target, entry)


def set_action_status(db: Database, incident: str | int, action_seq: int, status: str, *,
                      note: str = "", author: str | None = None, role: str = "") -> int:
    """A status change of an actie, itself an entry (kind actie, pointing at the action)."""
    target = open_incident_id(db, incident)
    if status not in ACTION_STATUSES:
        raise PiketError(f"onbekende status {status!r} (bekend: {', '.join(ACTION_STATUSES)})")
    row = db.execute(
        "SELECT kind, action_seq FROM log_entries WHERE incident_id = ? AND seq = ?", [target, action_seq]
    ).fetchone()
    if row is None or row[0] != ACTION_KIND or row[1] is not None:
        raise PiketError(f"regel {action_seq} van incident {target} is geen actie")
    note = clean_text(note, "toelichting", required=False)
    text = f"Actie {action_seq}: {status}" + (f" — {note}" if note else "")
    entry = new_entry(db, text=text, kind=ACTION_KIND, at=None, author=author, role=role)
    with write(db):
        return insert_entry(db, target, entry, status=status, action_seq=action_seq)


def close_incident(db: Database, incident: str | int, *, at: datetime | None = None,
                   author: str | None = None, role: str = "") -> int:
    from piket.logbook import meetings  # builds on this module

    target = open_incident_id(db, incident)
    moment = at or timeutil.now()
    opened = db.execute("SELECT opened_at FROM incidents WHERE id = ?", [target]).fetchone()[0]
    if timeutil.to_db(moment) < opened:
        raise PiketError(f"sluittijd ligt vóór de opening ({timeutil.display(opened)})")
    entry = new_entry(db, text="Incident gesloten", kind="informatie", at=moment, author=author, role=role)
    with write(db):
        meetings.close_running(db, target, at=moment, author=author, role=role)  # the meeting ends with it
        seq = insert_entry(db, target, entry)
        db.execute("UPDATE incidents SET closed_at = ? WHERE id = ?", [timeutil.to_db(moment), target])
    return seq


def reopen_incident(db: Database, incident: str | int, *, reason: str = "",
                    author: str | None = None, role: str = "") -> int:
    target = incident_id(db, incident)
    if db.execute("SELECT closed_at FROM incidents WHERE id = ?", [target]).fetchone()[0] is None:
        raise PiketError(f"incident {target} is niet gesloten")
    reason = clean_text(reason, "reden", required=False)
    entry = new_entry(db, text="Incident heropend" + (f": {reason}" if reason else ""), kind="informatie",
                   at=None, author=author, role=role)
    with write(db):
        db.execute("UPDATE incidents SET closed_at = NULL WHERE id = ?", [target])
        return insert_entry(db, target, entry, reason=reason)


# --- reading what the verbs need ------------------------------------------------------
def current_grip(db: Database, target: int) -> str | None:
    row = db.execute(
        "SELECT grip_level FROM log_entries WHERE incident_id = ? AND kind = ? ORDER BY seq DESC LIMIT 1",
        [target, GRIP_KIND],
    ).fetchone()
    return row[0] if row else None


# --- shared by the verbs (and by meetings.py) ----------------------------------------
def new_entry(db: Database, *, at: datetime | None, author: str | None, role: str, **fields) -> EntryInput:
    moment = at or timeutil.now()
    name, default_role = default_author(db, moment, author)
    entry = EntryInput(at=at, author=name, role=role or default_role, **fields)
    entry.at = moment  # set after validation: "now" needs no check against the future
    _check_codes(db, entry)
    return entry


def _check_codes(db: Database, entry: EntryInput) -> None:
    """The optional codes; ``insert_entry`` checks the kind."""
    for field, kind, what in (("source", "sources", "bron"), ("channel", "channels", "kanaal"),
                              ("team", "teams", "team"), ("reliability", "reliability_scale", "betrouwbaarheid"),
                              ("confidentiality", "confidentiality_levels", "vertrouwelijkheid")):
        value = getattr(entry, field)
        if value:
            refdata.require(db, kind, value, what)


def _category(db: Database, value: str) -> str:
    """A category by code or (case-insensitive) label."""
    for item in refdata.items(db, "incident_categories"):
        if value == item["code"] or value.strip().lower() == item["label"].lower():
            return item["code"]
    return refdata.require(db, "incident_categories", value, "categorie")["code"]


def _grip_level(db: Database, code: str) -> dict:
    code = (code or "").strip()
    for item in refdata.items(db, "grip_levels"):
        if code.upper().replace(" ", "") == item["code"].upper():
            return item
    return refdata.require(db, "grip_levels", code, "GRIP-niveau")


def incident_ref(db: Database, incident: str | int) -> int:
    """The id ``incident`` names, without a query when it is one (as the GUI and scripts pass)."""
    text = str(incident).strip()
    return int(text) if text.isdigit() else incident_id(db, incident)


def open_incident_id(db: Database, incident: str | int) -> int:
    text = str(incident).strip()
    row = db.execute("SELECT id, closed_at FROM incidents WHERE id = ?", [int(text)]).fetchone() \
        if text.isdigit() else None
    if row is None:
        target = incident_id(db, incident)
        row = db.execute("SELECT id, closed_at FROM incidents WHERE id = ?", [target]).fetchone()
    if row[1] is not None:
        raise _closed(row[0])
    return row[0]


def _closed(target: int) -> PiketError:
    return PiketError(f"incident {target} is gesloten; heropen het eerst (piket incident reopen {target})")


def join_meeting(db: Database, target: int, meeting_seq: int | None, kind: str) -> None:
    """Inside the write: refuse ``meeting_seq`` unless that meeting is open (see meetings)."""
    if meeting_seq is not None:
        from piket.logbook import meetings  # builds on this module

        meetings.require_open(db, target, meeting_seq, kind)


def _existing_seq(db: Database, target: int, seq) -> int:
    try:
        number = int(seq)
    except (TypeError, ValueError):
        raise PiketError(f"ongeldig regelnummer: {seq!r}") from None
    found = db.execute("SELECT 1 FROM log_entries WHERE incident_id = ? AND seq = ?", [target, number]).fetchone()
    if not found:
        raise PiketError(f"incident {target} heeft geen regel {number}")
    return number


def insert_entry(db: Database, target: int, entry: EntryInput, **columns) -> int:
    """Append inside the caller's transaction; the triggers check order and move the head.

    The incident (it exists, it is open) and the entry's kind (still an active one) are
    checked here, in one read under the write lock: another process may have appended,
    closed the incident or retired the kind since the caller looked.
    """
    head = db.execute(
        "SELECT h.seq, h.hash, i.closed_at, EXISTS (SELECT 1 FROM refdata WHERE kind = 'log_entry_kinds' "
        "AND code = ? AND active = 1) FROM incidents i JOIN log_chain_heads h ON h.incident_id = i.id "
        "WHERE i.id = ?", [entry.kind, target]
    ).fetchone()
    if head is None:
        raise NotFound(f"incident {str(target)!r} bestaat niet")
    head_seq, head_hash, closed, known_kind = head
    if closed is not None:
        raise _closed(target)
    if not known_kind:
        refdata.require(db, "log_entry_kinds", entry.kind, "soort")  # raises, naming the known kinds
    row = new_row(target, head_seq + 1, entry.model_dump(), secrets.token_hex(8), **columns)
    row["prev_hash"] = head_hash
    row["hash"] = chain.entry_hash(head_hash, row)
    db.execute(INSERT_SQL, [row[name] for name in INSERT_COLUMNS])
    return row["seq"]


def new_row(target: int, seq: int, fields: dict, salt: str, **columns) -> dict:
    """A complete entry row (without hashes) from validated fields: also used by the demo."""
    at = fields["at"]
    deadline = fields.get("deadline")
    row = {
        "incident_id": target, "seq": seq,
        "at": at if isinstance(at, str) else timeutil.to_db(at),
        "at_approx": int(bool(fields.get("at_approx"))),
        "recorded_at": columns.pop("recorded_at", None) or timeutil.to_db(timeutil.now()),
        "kind": fields["kind"], "author": fields["author"], "text": fields["text"],
        "deadline": deadline if deadline is None or isinstance(deadline, str) else timeutil.to_db(deadline),
        "grip_level": None, "corrects": None, "reason": "", "status": None, "action_seq": None,
        "salt": salt,
    }
    for name in ("role", "team", "source", "channel", "reliability", "confidentiality", "owner", "lcms_ref"):
        row[name] = fields.get(name) or ""
    row["decision_seq"] = fields.get("decision_seq")
    row["meeting_seq"] = row["figures"] = None
    row.update(columns)
    return row


INSERT_COLUMNS = (*chain.STORED_FIELDS, "prev_hash", "hash")
INSERT_SQL = f"INSERT INTO log_entries ({', '.join(INSERT_COLUMNS)}) VALUES ({', '.join('?' * len(INSERT_COLUMNS))})"
