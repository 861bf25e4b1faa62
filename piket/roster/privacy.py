"""AVG: anonymising a person without breaking old rosters or the logbook chain."""

from __future__ import annotations

from sqlite_utils import Database

from piket import timeutil
from piket.errors import PiketError
from piket.login import login_name
from piket.roster.people import person_id
from piket.storage import write

ANONYMISED = "verwijderd persoon"
MAX_REASON = 200


def anonymise_person(db: Database, person, *, reason: str) -> dict:
    """Remove a person's personal data, in one write transaction.

    - ``people``: the row (and its id) stays, so shifts and the roster history keep pointing
      at it and show "verwijderd persoon"; phone, e-mail and municipality are emptied.
    - Functions (vakbekwaamheid), absences and pool memberships are deleted: rosters only
      need the shifts themselves, and a removed person must not be planned again. Shifts
      are kept, future ones too: ``roster gaps`` then reports them (no function any more)
      so the planner reassigns them.
    - Logbook: an ``author`` or ``owner`` equal to the old name becomes its salted digest
      (``chain.digest``), which the chain hashes anyway, so ``piket check`` stays green.
      Entry text is free text and is not touched.
    - ``person_anonymisations`` records who, when, why and how many log entries; no name.

    ``secure_delete`` is on for the transaction so the old text is zeroed, not left in
    free pages of the file. Refused (nothing changed): unknown person, already anonymised,
    an empty or too long reason, or a reason that contains the name.
    """
    pid = person_id(db, person)
    name = _name_of(db, pid)
    reason = check_reason(name, reason)
    previous = db.execute("PRAGMA secure_delete").fetchone()[0]
    db.execute("PRAGMA secure_delete = ON")
    try:
        with write(db):
            db.execute("UPDATE people SET name = ?, phone = '', email = '', municipality = '' WHERE id = ?",
                       [ANONYMISED, pid])
            for table in ("person_functions", "absences", "pool_members"):
                db.execute(f"DELETE FROM {table} WHERE person_id = ?", [pid])
            entries = _redact_logbook(db, name)
            db["person_anonymisations"].insert({
                "person_id": pid, "at": timeutil.to_db(timeutil.now()), "by": login_name(),
                "reason": reason, "log_entries": entries,
            })
    finally:
        db.execute(f"PRAGMA secure_delete = {int(previous)}")
    return {"person_id": pid, "log_entries": entries}


def _name_of(db: Database, pid: int) -> str:
    name = db.execute("SELECT name FROM people WHERE id = ?", [pid]).fetchone()[0]
    if name == ANONYMISED:
        raise PiketError(f"persoon {pid} is al geanonimiseerd")
    return name


def check_reason(name: str, reason: str) -> str:
    """The reason as it will be recorded, or the PiketError that refuses it."""
    reason = (reason or "").strip()
    if not reason:
        raise PiketError("reden: geef een reden op voor het anonimiseren (--reason)")
    if len(reason) > MAX_REASON:
        raise PiketError(f"reden: te lang (max. {MAX_REASON} tekens)")
    if name.casefold() in reason.casefold():
        raise PiketError("reden: noem de naam van de persoon niet in de reden")
    return reason


def anonymise_preview(db: Database, person) -> dict:
    """What :func:`anonymise_person` would change, to show before the user confirms.

    ``future_shifts`` stay assigned to "verwijderd persoon" and show as gaps to reassign;
    ``past_shifts`` keep their place in old rosters. Refused for an anonymised person.
    """
    pid = person_id(db, person)
    name = _name_of(db, pid)
    now = timeutil.to_db(timeutil.now())

    def count(sql: str, *args) -> int:
        return db.execute(sql, [pid, *args]).fetchone()[0]

    entries = 0
    if db["log_entries"].exists():
        entries = db.execute("SELECT count(*) FROM log_entries WHERE author = ? OR owner = ?",
                             [name, name]).fetchone()[0]
    return {
        "person_id": pid, "name": name,
        "functions": count("SELECT count(*) FROM person_functions WHERE person_id = ?"),
        "absences": count("SELECT count(*) FROM absences WHERE person_id = ?"),
        "pools": [row[0] for row in db.execute(
            "SELECT p.name FROM pool_members m JOIN pools p ON p.id = m.pool_id WHERE m.person_id = ? "
            "ORDER BY p.name", [pid])],
        "future_shifts": count('SELECT count(*) FROM shifts WHERE person_id = ? AND "end" > ?', now),
        "past_shifts": count('SELECT count(*) FROM shifts WHERE person_id = ? AND "end" <= ?', now),
        "log_entries": entries,
    }


def _redact_logbook(db: Database, name: str) -> int:
    """Replace ``name`` as author/owner by its digest; the number of entries changed."""
    if not db["log_entries"].exists():
        return 0
    from piket.logbook.chain import digest

    rows = db.execute("SELECT id, salt, author, owner FROM log_entries WHERE author = ? OR owner = ?",
                      [name, name]).fetchall()
    for entry_id, salt, author, owner in rows:
        db.execute(
            "UPDATE log_entries SET author = ?, owner = ? WHERE id = ?",
            [digest(salt, author) if author == name else author,
             digest(salt, owner) if owner == name else owner, entry_id],
        )
    return len(rows)
