"""``piket check`` for checklists: the history is protected and items point somewhere real."""

from __future__ import annotations

from sqlite_utils import Database

TRIGGERS = ("checklist_item_history_no_update", "checklist_item_history_no_delete")


def check(db: Database) -> list[str]:
    problems = []
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for trigger in TRIGGERS:
        if trigger not in present:
            problems.append(f"checklist: beschermende trigger {trigger} ontbreekt (geschiedenis wijzigbaar)")
    known = {row[0] for row in db.execute("SELECT code FROM refdata WHERE kind = 'verdicts'")}
    rows = db.execute(
        "SELECT c.title, i.code, i.verdict FROM checklist_items i JOIN checklists c ON c.id = i.checklist_id "
        "WHERE i.verdict IS NOT NULL"
    ).fetchall()
    for title, code, verdict in rows:
        if verdict not in known:
            problems.append(f"checklist {title!r}, item {code}: onbekend oordeel {verdict!r}")
    orphans = db.execute(
        "SELECT count(*) FROM checklist_items WHERE checklist_id NOT IN (SELECT id FROM checklists)"
    ).fetchone()[0]
    if orphans:
        problems.append(f"checklist: {orphans} item(s) zonder toetsing")
    return problems
