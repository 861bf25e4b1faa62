"""Reviews of a safety plan: start one from a template, assess items, read them back.

One function per user verb; every write is validated first and done in one
``write(db)`` transaction, so a refusal leaves the database unchanged.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.errors import NotFound, PiketError
from piket.storage import write
from piket.storage.lookup import resolve_id

DECISIONS = {
    "open": "Open",
    "overgenomen": "Overgenomen",
    "in_vergunning": "In vergunning",
    "afgewezen": "Afgewezen",
}
TEXT_FIELDS = (
    "finding", "document", "page", "advice", "decision_reason", "condition",
    "plan_change", "verification",
)
EDITABLE = (
    "verdict", *TEXT_FIELDS, "advice_discipline", "decision", "confidential",
)
FIELD_LABELS = {
    "verdict": "oordeel", "finding": "bevinding", "document": "document", "page": "pagina",
    "advice": "advies", "advice_discipline": "adviserende discipline", "decision": "besluit",
    "decision_reason": "reden", "condition": "voorschrift", "plan_change": "planwijziging",
    "verification": "verificatie", "confidential": "vertrouwelijk",
}
ITEM_COLUMNS = (
    "id, code, theme_code, theme, question, guidance, discipline, confidential, verdict, "
    "finding, document, page, advice, advice_discipline, decision, decision_reason, "
    "condition, plan_change, verification, reviewer, assessed_at, updated_at, position"
)


def resolve_checklist(db: Database, ref: str | int) -> int:
    return resolve_id(db, "checklists", ref, column="title", what="checklist")


def resolve_event(db: Database, ref: str | int) -> int:
    """An event that exists and is not deleted, by id or exact name."""
    if not db["events"].exists():
        raise PiketError("er zijn nog geen evenementen; koppelen kan niet")
    event_id = resolve_id(db, "events", ref, column="name", what="evenement")
    row = db.execute("SELECT deleted_at FROM events WHERE id = ?", [event_id]).fetchone()
    if row[0] is not None:
        raise PiketError(f"evenement {ref!r} is verwijderd; een toetsing kan er niet aan gekoppeld worden")
    return event_id


def new_checklist(
    db: Database, template: str, *, event: str | int | None = None, title: str | None = None,
    reviewers: list[str] | None = None, documents: str | None = None,
) -> int:
    """Start a review: a copy of ``template``, optionally for an event."""
    from piket.checklist.templates import get_template

    chosen = get_template(db, template)
    event_id = resolve_event(db, event) if event not in (None, "") else None
    if title is None:
        title = chosen.title
        if event_id is not None:
            name = db.execute("SELECT name FROM events WHERE id = ?", [event_id]).fetchone()[0]
            title = f"{chosen.title} — {name}"
    title = title.strip()
    if not title:
        raise PiketError("titel mag niet leeg zijn")
    stamp = timeutil.to_db(timeutil.now())
    with write(db):
        checklist_id = db["checklists"].insert({
            "title": title,
            "template": chosen.name,
            "template_version": str(chosen.version),
            "template_data": chosen.model_dump_json(),
            "event_id": event_id,
            "reviewers": _join_reviewers(reviewers),
            "documents": (documents or "").strip(),
            "created_at": stamp,
            "updated_at": stamp,
        }).last_pk
        rows = []
        for theme in chosen.themes:
            for item in theme.items:
                discipline = item.discipline or theme.discipline
                rows.append({
                    "checklist_id": checklist_id, "position": len(rows), "code": item.code,
                    "theme_code": theme.code, "theme": theme.title, "question": item.question,
                    "guidance": item.guidance, "discipline": discipline,
                    "confidential": int(item.confidential), "advice_discipline": discipline,
                })
        db["checklist_items"].insert_all(rows)
    return checklist_id


def _join_reviewers(reviewers: list[str] | None) -> str:
    names = [name.strip() for name in reviewers or [] if name and name.strip()]
    return ", ".join(dict.fromkeys(names))


def update_checklist(
    db: Database, ref: str | int, *, title: str | None = None, event: str | int | None = None,
    unlink_event: bool = False, reviewers: list[str] | None = None, documents: str | None = None,
) -> None:
    checklist_id = resolve_checklist(db, ref)
    changes: dict = {}
    if title is not None:
        if not title.strip():
            raise PiketError("titel mag niet leeg zijn")
        changes["title"] = title.strip()
    if unlink_event:
        changes["event_id"] = None
    elif event not in (None, ""):
        changes["event_id"] = resolve_event(db, event)
    if reviewers is not None:
        changes["reviewers"] = _join_reviewers(reviewers)
    if documents is not None:
        changes["documents"] = documents.strip()
    if not changes:
        raise PiketError("niets te wijzigen")
    changes["updated_at"] = timeutil.to_db(timeutil.now())
    with write(db):
        db["checklists"].update(checklist_id, changes)


def header(db: Database, checklist_id: int) -> dict:
    """The review's own fields (no items), with the event's name and template data."""
    row = db.execute(
        "SELECT id, title, template, template_version, template_data, event_id, reviewers, "
        "documents, created_at, updated_at FROM checklists WHERE id = ?", [checklist_id]
    ).fetchone()
    if row is None:
        raise NotFound(f"checklist {checklist_id} bestaat niet")
    keys = ("id", "title", "template", "template_version", "template_data", "event_id",
            "reviewers", "documents", "created_at", "updated_at")
    result = dict(zip(keys, row, strict=True))
    result["template_data"] = json.loads(result["template_data"])
    result["event"] = None
    if result["event_id"] is not None and db["events"].exists():
        event = db.execute(
            "SELECT * FROM events WHERE id = ?", [result["event_id"]]
        ).fetchone()
        if event is not None:
            columns = [c[0] for c in db.execute("SELECT * FROM events LIMIT 0").description]
            result["event"] = dict(zip(columns, event, strict=True))
    return result


def item_rows(db: Database, checklist_id: int) -> list[dict]:
    cursor = db.execute(
        f"SELECT {ITEM_COLUMNS} FROM checklist_items WHERE checklist_id = ? ORDER BY position",
        [checklist_id],
    )
    names = [c[0] for c in cursor.description]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    for row in rows:
        row["confidential"] = bool(row["confidential"])
    return rows


def find_item(db: Database, checklist_id: int, code: str) -> dict:
    row = db.execute(
        f"SELECT {ITEM_COLUMNS} FROM checklist_items WHERE checklist_id = ? AND upper(code) = upper(?)",
        [checklist_id, (code or "").strip()],
    ).fetchone()
    if row is None:
        raise NotFound(f"onbekend item {code!r} in checklist {checklist_id}")
    names = [part.strip() for part in ITEM_COLUMNS.split(",")]
    item = dict(zip(names, row, strict=True))
    item["confidential"] = bool(item["confidential"])
    return item


def normalise_verdict(db: Database, verdict: str | None) -> str | None:
    """A verdict code (``voldoet niet`` and ``Voldoet-niet`` are read as ``voldoet_niet``)."""
    if verdict is None:
        return None
    code = verdict.strip().lower().replace(" ", "_").replace("-", "_").replace(".", "")
    refdata.require(db, "verdicts", code, "oordeel")
    return code


def set_item(db: Database, checklist: str | int, item: str, *, reviewer: str | None = None,
             **changes) -> dict:
    """Change an item's verdict, finding, reference, advice, decision or condition.

    ``verdict=None`` clears the verdict (the item is open again). Only fields that really
    change are written, and they are kept in the item's history with who and when.
    """
    checklist_id = resolve_checklist(db, checklist)
    current = find_item(db, checklist_id, item)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise PiketError(f"onbekend veld: {', '.join(sorted(unknown))}")
    clean: dict = {}
    for field, value in changes.items():
        if field == "verdict":
            clean[field] = normalise_verdict(db, value)
        elif field == "confidential":
            clean[field] = bool(value)
        elif field == "decision":
            code = (value or "").strip().lower().replace(" ", "_")
            if code not in DECISIONS:
                raise PiketError(f"onbekend besluit: {value!r} (bekend: {', '.join(DECISIONS)})")
            clean[field] = code
        elif field == "advice_discipline":
            clean[field] = require_discipline(db, checklist_id, value)
        else:
            if value is None:
                continue
            clean[field] = str(value).strip()
    merged = {**current, **clean}
    if merged["decision"] == "afgewezen" and not merged["decision_reason"]:
        raise PiketError("een afgewezen advies heeft een reden nodig (veld reden)")
    if merged["decision"] in ("overgenomen", "in_vergunning") and not merged["advice"]:
        raise PiketError("er is geen advies om over te nemen; vul eerst het advies in")
    diff = {k: [current[k], v] for k, v in clean.items() if current[k] != v}
    if not diff:
        return current
    stamp = timeutil.to_db(timeutil.now())
    who = (reviewer or "").strip() or _default_reviewer(db, checklist_id)
    update = {k: (int(v) if k == "confidential" else v) for k, v in clean.items() if k in diff}
    update["updated_at"] = stamp
    update["reviewer"] = who
    if "verdict" in diff:
        update["assessed_at"] = stamp if diff["verdict"][1] is not None else None
    with write(db):
        db["checklist_items"].update(current["id"], update)
        db["checklist_item_history"].insert({
            "item_id": current["id"], "changed_at": stamp, "reviewer": who,
            "changes": json.dumps(diff, ensure_ascii=False),
        })
        db["checklists"].update(checklist_id, {"updated_at": stamp})
    return find_item(db, checklist_id, current["code"])


def require_discipline(db: Database, checklist_id: int, value: str | None) -> str:
    known = disciplines(db, checklist_id)
    code = (value or "").strip().lower()
    if code not in known:
        raise PiketError(f"onbekende discipline: {value!r} (bekend: {', '.join(known)})")
    return code


def disciplines(db: Database, checklist_id: int) -> dict[str, str]:
    """code -> label of the disciplines in the review's copy of its template."""
    row = db.execute("SELECT template_data FROM checklists WHERE id = ?", [checklist_id]).fetchone()
    return {d["code"]: d["label"] for d in json.loads(row[0])["disciplines"]}


def _default_reviewer(db: Database, checklist_id: int) -> str:
    row = db.execute("SELECT reviewers FROM checklists WHERE id = ?", [checklist_id]).fetchone()
    return row[0].split(",")[0].strip() if row and row[0] else ""


def item_history(db: Database, checklist: str | int, item: str) -> list[dict]:
    checklist_id = resolve_checklist(db, checklist)
    found = find_item(db, checklist_id, item)
    rows = db.execute(
        "SELECT changed_at, reviewer, changes FROM checklist_item_history WHERE item_id = ? ORDER BY id",
        [found["id"]],
    ).fetchall()
    return [
        {"at": timeutil.iso_local(at), "reviewer": who,
         "changes": {k: {"from": v[0], "to": v[1]} for k, v in json.loads(changes).items()}}
        for at, who, changes in rows
    ]


def list_checklists(db: Database) -> list[dict]:
    events = db["events"].exists()
    event_name = "(SELECT name FROM events e WHERE e.id = c.event_id)" if events else "NULL"
    rows = db.execute(
        f"""SELECT c.id, c.title, c.template, c.event_id, {event_name}, c.created_at, c.updated_at,
               (SELECT count(*) FROM checklist_items i WHERE i.checklist_id = c.id AND i.verdict IS NOT NULL),
               (SELECT count(*) FROM checklist_items i WHERE i.checklist_id = c.id),
               (SELECT count(*) FROM checklist_items i WHERE i.checklist_id = c.id AND i.verdict = 'voldoet_niet')
            FROM checklists c ORDER BY c.id"""
    ).fetchall()
    return [
        {"id": r[0], "title": r[1], "template": r[2], "event": r[3], "event_name": r[4],
         "created_at": timeutil.iso_local(r[5]), "updated_at": timeutil.iso_local(r[6]),
         "assessed": r[7], "total": r[8], "voldoet_niet": r[9]}
        for r in rows
    ]
