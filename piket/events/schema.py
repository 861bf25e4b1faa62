"""Tables of the events module.

``events`` keeps ``id``, ``name`` and ``deleted_at`` as the checklist module relies on them
(soft delete: a removed event stays for old checklists, lists hide it). The scan's own class
and an advisor's override are both kept; the effective class is the override when present.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("events")


@migrations()
def m001_events(db: Database) -> None:
    db.execute(
        """CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            organiser TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            latitude REAL,
            longitude REAL,
            start_at TEXT NOT NULL,
            end_at TEXT NOT NULL,
            buildup_at TEXT,
            teardown_at TEXT,
            visitors INTEGER CHECK (visitors IS NULL OR visitors >= 0),
            visitors_peak INTEGER CHECK (visitors_peak IS NULL OR visitors_peak >= 0),
            area_m2 REAL CHECK (area_m2 IS NULL OR area_m2 > 0),
            status TEXT NOT NULL DEFAULT 'aangemeld',
            permit_ref TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            evaluation TEXT NOT NULL DEFAULT '',
            scan_class TEXT NOT NULL DEFAULT 'A' CHECK (scan_class IN ('A', 'B', 'C')),
            scan_score REAL NOT NULL DEFAULT 0,
            class_override TEXT CHECK (class_override IS NULL OR class_override IN ('A', 'B', 'C')),
            override_reason TEXT,
            sequence INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            CHECK (end_at > start_at),
            CHECK (class_override IS NULL OR length(trim(override_reason)) > 0)
        )"""
    )
    db.execute("CREATE INDEX events_start ON events (start_at) WHERE deleted_at IS NULL")
    db.execute(
        """CREATE TABLE event_answers (
            event_id INTEGER NOT NULL REFERENCES events (id),
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (event_id, key)
        ) WITHOUT ROWID"""
    )
    db.execute(
        """CREATE TABLE event_parts (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events (id),
            label TEXT NOT NULL CHECK (length(trim(label)) > 0),
            start_at TEXT NOT NULL,
            end_at TEXT NOT NULL,
            CHECK (end_at > start_at)
        )"""
    )
    db.execute("CREATE INDEX event_parts_event ON event_parts (event_id)")
    # What happened to an event: status changes, overrides, advice sent. Never edited.
    db.execute(
        """CREATE TABLE event_history (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events (id),
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX event_history_event ON event_history (event_id)")
    db.execute(
        """CREATE TABLE event_advice (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events (id),
            version INTEGER NOT NULL CHECK (version >= 1),
            author TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            sent_at TEXT,
            sections TEXT NOT NULL,
            conditions TEXT NOT NULL,
            UNIQUE (event_id, version)
        )"""
    )
    # A sent advice is frozen: the database itself refuses changes to it.
    db.execute(
        """CREATE TRIGGER event_advice_frozen BEFORE UPDATE ON event_advice
           WHEN OLD.sent_at IS NOT NULL
           BEGIN SELECT RAISE(ABORT, 'verzonden advies is bevroren'); END"""
    )
    db.execute(
        """CREATE TRIGGER event_advice_keep BEFORE DELETE ON event_advice
           WHEN OLD.sent_at IS NOT NULL
           BEGIN SELECT RAISE(ABORT, 'verzonden advies is bevroren'); END"""
    )
