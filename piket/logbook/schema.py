"""Logbook tables: incidents, the append-only entry log, its chain head and search index.

The database itself guards the log: entries can only be inserted, in order (``seq`` one
past the chain head, ``prev_hash`` equal to the head's hash); DELETE raises, and so does
UPDATE unless it only replaces author/owner by a ``sha256:`` digest (anonymisation). The
chain head advances by trigger with every insert and may move in no other way, so removing
the last entries of an incident is visible to ``piket check`` as well.

The full-text index is not written in the entry's own transaction: it is derived from the
log and can always be rebuilt from it, so it need not be part of the commit that must
survive a power cut (it was 6-7 of that commit's ~10 pages). ``search.update_index`` adds
the entries saved since, and every search calls it first, so a search finds every saved
entry.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("logbook")

GENESIS = "0" * 64  # prev_hash of an incident's first entry

# Every log_entries column except author and owner (the only ones anonymisation may change).
_FIXED_COLUMNS = (
    "id", "incident_id", "seq", "at", "at_approx", "recorded_at", "kind", "role", "team", "source",
    "channel", "reliability", "confidentiality", "text", "grip_level", "corrects", "reason", "deadline",
    "status", "action_seq", "decision_seq", "lcms_ref", "salt", "prev_hash", "hash", "meeting_seq", "figures",
)

# name -> SQL (the current form: m001 creates these, later migrations bring older files up
# to date); ``checks.py`` verifies that every one of these is present.
TRIGGERS = {
    # Only anonymisation may touch an entry: author and/or owner replaced by a value that
    # starts with 'sha256:' (its salted digest, see chain.py), every other column identical.
    # A digest that is not the right one still breaks the chain, so ``piket check`` sees it.
    "log_entry_no_update": """
        CREATE TRIGGER log_entry_no_update BEFORE UPDATE ON log_entries
        WHEN NOT (""" + " AND ".join(f"NEW.{c} IS OLD.{c}" for c in _FIXED_COLUMNS) + """
          AND (NEW.author IS OLD.author OR substr(NEW.author, 1, 7) = 'sha256:')
          AND (NEW.owner IS OLD.owner OR substr(NEW.owner, 1, 7) = 'sha256:'))
        BEGIN SELECT RAISE(ABORT, 'logboekregels zijn onveranderbaar (alleen toevoegen)'); END""",
    "log_entry_no_delete": """
        CREATE TRIGGER log_entry_no_delete BEFORE DELETE ON log_entries
        BEGIN SELECT RAISE(ABORT, 'logboekregels kunnen niet worden verwijderd'); END""",
    "log_entry_in_order": """
        CREATE TRIGGER log_entry_in_order BEFORE INSERT ON log_entries
        WHEN NEW.seq IS NOT (SELECT seq + 1 FROM log_chain_heads WHERE incident_id = NEW.incident_id)
          OR NEW.prev_hash IS NOT (SELECT hash FROM log_chain_heads WHERE incident_id = NEW.incident_id)
        BEGIN SELECT RAISE(ABORT, 'logboekregel buiten de keten (volgnummer of vorige hash klopt niet)'); END""",
    "log_entry_advance_head": """
        CREATE TRIGGER log_entry_advance_head AFTER INSERT ON log_entries
        BEGIN
            UPDATE log_chain_heads SET seq = NEW.seq, hash = NEW.hash WHERE incident_id = NEW.incident_id;
        END""",
    "log_chain_head_start": """
        CREATE TRIGGER log_chain_head_start BEFORE INSERT ON log_chain_heads
        WHEN NEW.seq != 0 OR NEW.hash != '""" + GENESIS + """'
        BEGIN SELECT RAISE(ABORT, 'een ketenkop begint bij volgnummer 0'); END""",
    "log_chain_head_advance_only": """
        CREATE TRIGGER log_chain_head_advance_only BEFORE UPDATE ON log_chain_heads
        WHEN NEW.incident_id != OLD.incident_id OR NEW.seq != OLD.seq + 1
          OR NEW.hash IS NOT (SELECT hash FROM log_entries
                              WHERE incident_id = NEW.incident_id AND seq = NEW.seq)
        BEGIN SELECT RAISE(ABORT, 'de ketenkop kan alleen met de nieuwste regel meeschuiven'); END""",
    "log_chain_head_no_delete": """
        CREATE TRIGGER log_chain_head_no_delete BEFORE DELETE ON log_chain_heads
        BEGIN SELECT RAISE(ABORT, 'de ketenkop kan niet worden verwijderd'); END""",
    "incident_no_delete": """
        CREATE TRIGGER incident_no_delete BEFORE DELETE ON incidents
        BEGIN SELECT RAISE(ABORT, 'een incident met logboek kan niet worden verwijderd'); END""",
}


@migrations()
def m001_logbook(db: Database) -> None:
    db.execute(
        """CREATE TABLE incidents (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            location TEXT NOT NULL DEFAULT '',
            category TEXT,
            opened_at TEXT NOT NULL,
            closed_at TEXT,
            lcms_ref TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX incident_opened ON incidents (opened_at)")
    db.execute(
        """CREATE TABLE log_chain_heads (
            incident_id INTEGER PRIMARY KEY REFERENCES incidents (id),
            seq INTEGER NOT NULL,
            hash TEXT NOT NULL
        )"""
    )
    # One row per entry, never changed. Column meaning:
    #   at / at_approx   when it happened (approx: the time is an estimate)
    #   recorded_at      registration time (system clock), never editable
    #   grip_level       GRIP-wijziging: the new level code, NULL = no GRIP any more
    #   corrects/reason  correctie: the corrected seq and why
    #   owner/deadline   actie: actiehouder and deadline; status: open ... vervallen
    #   action_seq       a status change of the actie with that seq (kind actie)
    #   decision_seq     the besluit an actie comes from
    #   salt             per-entry salt for the digests of author and text in the hash
    db.execute(
        """CREATE TABLE log_entries (
            id INTEGER PRIMARY KEY,
            incident_id INTEGER NOT NULL REFERENCES incidents (id),
            seq INTEGER NOT NULL,
            at TEXT NOT NULL,
            at_approx INTEGER NOT NULL DEFAULT 0,
            recorded_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            author TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            team TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL DEFAULT '',
            reliability TEXT NOT NULL DEFAULT '',
            confidentiality TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            grip_level TEXT,
            corrects INTEGER,
            reason TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            deadline TEXT,
            status TEXT,
            action_seq INTEGER,
            decision_seq INTEGER,
            lcms_ref TEXT NOT NULL DEFAULT '',
            salt TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            UNIQUE (incident_id, seq)
        )"""
    )
    db.execute(
        "CREATE INDEX log_entry_grip ON log_entries (incident_id, seq) WHERE kind = 'GRIP-wijziging'"
    )
    db.execute("CREATE INDEX log_entry_corrects ON log_entries (incident_id, corrects) WHERE corrects IS NOT NULL")
    db.execute("CREATE INDEX log_entry_actions ON log_entries (incident_id, seq) WHERE kind = 'actie'")
    db.execute(
        """CREATE VIRTUAL TABLE log_entries_fts USING fts5 (
            text, content = 'log_entries', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2'
        )"""
    )
    for sql in TRIGGERS.values():
        db.execute(sql)


@migrations()
def m002_logbook_anonymise(db: Database) -> None:
    """Let anonymisation replace an author/owner by its digest (m001's trigger forbade any UPDATE)."""
    db.execute("DROP TRIGGER IF EXISTS log_entry_no_update")
    db.execute(TRIGGERS["log_entry_no_update"])


@migrations()
def m003_logbook_meetings(db: Database) -> None:
    """BOB meetings: an entry may belong to a meeting (the seq of the ``overleg`` entry that
    opened it). The column is hashed when set (chain.OPTIONAL_HASHED_FIELDS) and fixed like
    every other column, so the update guard is recreated to cover it."""
    db.execute("ALTER TABLE log_entries ADD COLUMN meeting_seq INTEGER")
    db.execute("CREATE INDEX log_entry_meeting ON log_entries (incident_id, meeting_seq) "
               "WHERE meeting_seq IS NOT NULL")
    db.execute("CREATE INDEX log_entry_overleg ON log_entries (incident_id, seq) WHERE kind = 'overleg'")
    db.execute("DROP TRIGGER IF EXISTS log_entry_no_update")
    db.execute(TRIGGERS["log_entry_no_update"])


@migrations()
def m004_logbook_affected(db: Database) -> None:
    """Numbers of affected people: a getroffenen entry holds them as JSON (``figures``),
    hashed when set and fixed like every other column."""
    db.execute("ALTER TABLE log_entries ADD COLUMN figures TEXT")
    db.execute("CREATE INDEX log_entry_getroffenen ON log_entries (incident_id, seq) WHERE kind = 'getroffenen'")
    db.execute("DROP TRIGGER IF EXISTS log_entry_no_update")
    db.execute(TRIGGERS["log_entry_no_update"])


@migrations()
def m005_logbook_index_after_commit(db: Database) -> None:
    """The entry's commit no longer writes the search index (see the module docstring); the
    index of an existing file is complete, so only the trigger changes."""
    db.execute("DROP TRIGGER IF EXISTS log_entry_advance_head")
    db.execute(TRIGGERS["log_entry_advance_head"])
