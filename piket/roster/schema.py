"""Roster tables: people, their functions and absences, pools, shifts and the history.

Contact data (phone, e-mail) lives only in ``people`` so that anonymising a person is
one UPDATE. Shifts are stored only once something happened to them (assigned, or
assigned and then emptied): an open shift that was never touched is implicit in the
pool's handover calendar. ``sequence`` and ``modified_at`` serve the iCal feeds.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("roster")


@migrations()
def m001_roster(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            municipality TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX people_name ON people(name);

        -- A function a person holds; valid_until is the last day their vakbekwaamheid
        -- for it counts (NULL: no expiry recorded).
        CREATE TABLE person_functions (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            function TEXT NOT NULL,
            valid_until TEXT,
            fits_opkomsttijd INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (person_id, function)
        );

        CREATE TABLE absences (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            start TEXT NOT NULL,
            end TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            CHECK (end > start)
        );
        CREATE INDEX absences_person ON absences(person_id, start);

        CREATE TABLE pools (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
            function TEXT NOT NULL,
            level TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('hard', 'zacht')),
            handover_day INTEGER NOT NULL CHECK (handover_day BETWEEN 0 AND 6),
            handover_time TEXT NOT NULL,
            created_at TEXT NOT NULL
        );

        CREATE TABLE pool_members (
            pool_id INTEGER NOT NULL REFERENCES pools(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            since TEXT NOT NULL,
            PRIMARY KEY (pool_id, person_id)
        );

        CREATE TABLE shifts (
            id INTEGER PRIMARY KEY,
            pool_id INTEGER NOT NULL REFERENCES pools(id) ON DELETE CASCADE,
            start TEXT NOT NULL,
            end TEXT NOT NULL,
            person_id INTEGER REFERENCES people(id),
            manual INTEGER NOT NULL DEFAULT 0,
            sequence INTEGER NOT NULL DEFAULT 0,
            modified_at TEXT NOT NULL,
            UNIQUE (pool_id, start),
            CHECK (end > start)
        );
        CREATE INDEX shifts_person ON shifts(person_id, start);
        CREATE INDEX shifts_start ON shifts(start);

        -- One row per user action (assign, fill, swap, unassign); a swap is one change
        -- touching two shifts.
        CREATE TABLE roster_changes (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            by TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('assign', 'fill', 'swap', 'unassign')),
            reason TEXT NOT NULL DEFAULT '',
            override INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE shift_history (
            change_id INTEGER NOT NULL REFERENCES roster_changes(id),
            shift_id INTEGER NOT NULL REFERENCES shifts(id) ON DELETE CASCADE,
            old_person_id INTEGER REFERENCES people(id),
            new_person_id INTEGER REFERENCES people(id)
        );
        CREATE INDEX shift_history_shift ON shift_history(shift_id);
        CREATE INDEX shift_history_old ON shift_history(old_person_id);
        """
    )


@migrations()
def m002_anonymisations(db: Database) -> None:
    """The audit trail of AVG anonymisations: who did it, when and why; never the name."""
    db.execute(
        """CREATE TABLE person_anonymisations (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id),
            at TEXT NOT NULL,
            by TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (trim(reason) <> ''),
            log_entries INTEGER NOT NULL DEFAULT 0
        )"""
    )
