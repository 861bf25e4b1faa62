"""Reading the calendar: filtered, sorted lists in SQL (fast for thousands of events)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.errors import NotFound, PiketError

CLASS_SQL = "COALESCE(e.class_override, e.scan_class)"
LIST_COLUMNS = (
    "e.id, e.name, e.start_at, e.end_at, e.location, e.visitors, e.visitors_peak, "
    f"{CLASS_SQL} AS class, e.status, e.organiser, e.scan_class, e.class_override, e.permit_ref"
)
SORTS = {
    "start": "e.start_at", "end": "e.end_at", "name": "e.name COLLATE NOCASE",
    "location": "e.location COLLATE NOCASE", "visitors": "COALESCE(e.visitors, -1)",
    "class": CLASS_SQL, "status": "e.status", "id": "e.id",
}


def resolve_event(db: Database, ref, *, include_deleted: bool = False) -> int:
    """Id of an event named by id or exact unique name; removed events are not found."""
    text = str(ref).strip()
    if not text:
        raise PiketError("geen evenement opgegeven")
    deleted = "" if include_deleted else " AND deleted_at IS NULL"
    if text.isdigit():
        row = db.execute(f"SELECT id FROM events WHERE id = ?{deleted}", [int(text)]).fetchone()
        if row:
            return row[0]
    rows = db.execute(f"SELECT id FROM events WHERE name = ?{deleted}", [text]).fetchall()
    if len(rows) == 1:
        return rows[0][0]
    if len(rows) > 1:
        raise PiketError(f"evenement {text!r} is niet uniek ({len(rows)} treffers); gebruik het id")
    raise NotFound(f"evenement {text!r} bestaat niet")



@dataclass
class EventFilter:
    """What the calendar shows: a period (both days included), classes, statuses, text."""

    first: date | None = None
    last: date | None = None
    classes: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    text: str = ""

    def where(self) -> tuple[str, list]:
        clauses, params = ["e.deleted_at IS NULL"], []
        start, end = timeutil.day_range(self.first, self.last)
        if start:  # overlapping the period, not only starting in it
            clauses.append("e.end_at > ?")
            params.append(start)
        if end:
            clauses.append("e.start_at < ?")
            params.append(end)
        if self.classes:
            clauses.append(f"{CLASS_SQL} IN ({', '.join('?' * len(self.classes))})")
            params += list(self.classes)
        if self.statuses:
            clauses.append(f"e.status IN ({', '.join('?' * len(self.statuses))})")
            params += list(self.statuses)
        if self.text.strip():
            clauses.append("(e.name LIKE ? OR e.location LIKE ? OR e.organiser LIKE ?)")
            params += [f"%{self.text.strip()}%"] * 3
        return " AND ".join(clauses), params


def event_ids(db: Database, flt: EventFilter | None = None, sort: str = "start", descending: bool = False) -> list[int]:
    where, params = (flt or EventFilter()).where()
    order = f"{SORTS[sort]} {'DESC' if descending else 'ASC'}, e.start_at, e.id"
    return [row[0] for row in db.execute(f"SELECT e.id FROM events e WHERE {where} ORDER BY {order}", params)]


def event_rows(db: Database, ids: list[int]) -> dict[int, dict]:
    """List rows of these events, by id (for a lazy table model)."""
    if not ids:
        return {}
    cursor = db.execute(
        f"SELECT {LIST_COLUMNS} FROM events e WHERE e.id IN ({', '.join('?' * len(ids))})", list(ids)
    )
    names = [d[0] for d in cursor.description]
    return {row[0]: dict(zip(names, row, strict=True)) for row in cursor}


def list_events(db: Database, flt: EventFilter | None = None, sort: str = "start") -> list[dict]:
    """The ``event list`` rows (cli.md keys), times in ISO with the Amsterdam offset."""
    where, params = (flt or EventFilter()).where()
    cursor = db.execute(
        f"SELECT e.id, e.name, e.start_at, e.end_at, e.location, e.visitors, {CLASS_SQL}, e.status "
        f"FROM events e WHERE {where} ORDER BY {SORTS[sort]}, e.start_at, e.id", params
    )
    return [
        {"id": r[0], "name": r[1], "start": timeutil.iso_local(r[2]), "end": timeutil.iso_local(r[3]), "location": r[4],
         "visitors": r[5], "class": r[6], "status": r[7]}
        for r in cursor
    ]


def day_classes(db: Database, first: date, last: date, flt: EventFilter | None = None) -> dict[date, list[dict]]:
    """Per local day in [first, last]: the events on it (for the year and month views)."""
    from datetime import timedelta

    base = flt or EventFilter()
    period = EventFilter(first, last, base.classes, base.statuses, base.text)
    where, params = period.where()
    cursor = db.execute(
        f"SELECT e.id, e.name, e.start_at, e.end_at, {CLASS_SQL}, e.status, e.visitors, e.location "
        f"FROM events e WHERE {where} ORDER BY e.start_at, e.id", params
    )
    days: dict[date, list[dict]] = {}
    for event_id, name, start, end, risk_class, status, visitors, location in cursor:
        start_day = timeutil.from_db(start).astimezone(timeutil.TZ).date()
        # an event ending at 00:00 or in the small hours belongs to the evening before
        end_moment = timeutil.from_db(end).astimezone(timeutil.TZ)
        end_day = end_moment.date() if end_moment.hour >= 6 else end_moment.date() - timedelta(days=1)
        day = max(start_day, first)
        item = {"id": event_id, "name": name, "class": risk_class, "status": status, "start": start,
                "end": end, "visitors": visitors, "location": location}
        while day <= min(max(end_day, start_day), last):
            days.setdefault(day, []).append(item)
            day += timedelta(days=1)
    return days


def show_event(db: Database, event) -> dict:
    """Everything about one event (``event show``)."""
    from piket.events.advice import advice_versions
    from piket.events.service import classify_event

    event_id = resolve_event(db, event, include_deleted=True)
    cursor = db.execute("SELECT * FROM events WHERE id = ?", [event_id])
    names = [d[0] for d in cursor.description]
    row = dict(zip(names, cursor.fetchone(), strict=True))
    classification = classify_event(db, event_id) if row["deleted_at"] is None else None
    statuses = refdata.labels(db, "event_statuses")
    shown = {key: row[key] for key in (
        "id", "name", "organiser", "contact", "location", "latitude", "longitude", "visitors",
        "visitors_peak", "area_m2", "status", "permit_ref", "notes", "evaluation")}
    for key in ("start_at", "end_at", "buildup_at", "teardown_at", "deleted_at"):
        shown[key.removesuffix("_at")] = timeutil.iso_local(row[key])
    shown["status_label"] = statuses.get(row["status"], row["status"])
    shown["class"] = classification["class"] if classification else (row["class_override"] or row["scan_class"])
    shown["classification"] = classification
    shown["answers"] = dict(db.execute("SELECT key, value FROM event_answers WHERE event_id = ? ORDER BY key", [event_id]).fetchall())
    shown["parts"] = [
        {"id": p[0], "label": p[1], "start": timeutil.iso_local(p[2]), "end": timeutil.iso_local(p[3])}
        for p in db.execute("SELECT id, label, start_at, end_at FROM event_parts WHERE event_id = ? ORDER BY start_at", [event_id])
    ]
    shown["history"] = [
        {"at": timeutil.iso_local(h[0]), "action": h[1], "detail": h[2], "author": h[3]}
        for h in db.execute("SELECT at, action, detail, author FROM event_history WHERE event_id = ? ORDER BY id", [event_id])
    ]
    shown["advice"] = advice_versions(db, event_id)
    shown["checklists"] = linked_checklists(db, event_id)
    return shown


def linked_checklists(db: Database, event_id: int) -> list[dict]:
    """Checklists (another module) that review this event, when that module is present."""
    if not db["checklists"].exists() or "event_id" not in db["checklists"].columns_dict:
        return []
    title = "title" if "title" in db["checklists"].columns_dict else "id"
    rows = db.execute(f"SELECT id, {title} FROM checklists WHERE event_id = ? ORDER BY id", [event_id])
    return [{"id": r[0], "title": str(r[1])} for r in rows]
