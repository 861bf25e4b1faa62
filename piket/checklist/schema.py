"""Tables of the checklist module: templates, reviews, their items and item history.

A review (``checklists``) copies its template into ``checklist_items`` when it starts,
so later template edits never change it. ``checklist_item_history`` keeps every change
of an item; triggers make it append-only.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("checklist")


@migrations()
def m001_checklist(db: Database) -> None:
    db.execute(
        """CREATE TABLE checklist_templates (
            name TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            version TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('data', 'import')),
            sha256 TEXT NOT NULL,
            data TEXT NOT NULL,
            loaded_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE checklists (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (trim(title) <> ''),
            template TEXT NOT NULL,
            template_version TEXT NOT NULL,
            template_data TEXT NOT NULL,
            event_id INTEGER NULL REFERENCES events(id),
            reviewers TEXT NOT NULL DEFAULT '',
            documents TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE checklist_items (
            id INTEGER PRIMARY KEY,
            checklist_id INTEGER NOT NULL REFERENCES checklists(id),
            position INTEGER NOT NULL,
            code TEXT NOT NULL,
            theme_code TEXT NOT NULL,
            theme TEXT NOT NULL,
            question TEXT NOT NULL,
            guidance TEXT NOT NULL DEFAULT '',
            discipline TEXT NOT NULL,
            confidential INTEGER NOT NULL DEFAULT 0,
            verdict TEXT NULL,
            finding TEXT NOT NULL DEFAULT '',
            document TEXT NOT NULL DEFAULT '',
            page TEXT NOT NULL DEFAULT '',
            advice TEXT NOT NULL DEFAULT '',
            advice_discipline TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL DEFAULT 'open'
                CHECK (decision IN ('open', 'overgenomen', 'in_vergunning', 'afgewezen')),
            decision_reason TEXT NOT NULL DEFAULT '',
            condition TEXT NOT NULL DEFAULT '',
            plan_change TEXT NOT NULL DEFAULT '',
            verification TEXT NOT NULL DEFAULT '',
            reviewer TEXT NOT NULL DEFAULT '',
            assessed_at TEXT NULL,
            updated_at TEXT NULL,
            UNIQUE (checklist_id, code)
        )"""
    )
    db.execute("CREATE INDEX checklist_items_by_list ON checklist_items (checklist_id, position)")
    db.execute(
        """CREATE TABLE checklist_item_history (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES checklist_items(id),
            changed_at TEXT NOT NULL,
            reviewer TEXT NOT NULL DEFAULT '',
            changes TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX checklist_item_history_by_item ON checklist_item_history (item_id, id)")
    for action in ("UPDATE", "DELETE"):
        db.execute(
            f"""CREATE TRIGGER checklist_item_history_no_{action.lower()}
                BEFORE {action} ON checklist_item_history
                BEGIN SELECT RAISE(ABORT, 'de itemgeschiedenis is onveranderbaar'); END"""
        )
