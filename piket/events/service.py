"""The advisor's verbs on one event: add, set, remove, status, classify, override, parts.

Each write validates first and then runs in one ``write`` transaction, so a refusal leaves
the database as it was. Every change raises the event's ``sequence`` (iCal SEQUENCE).
"""

from __future__ import annotations

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.errors import PiketError
from piket.events import scan
from piket.events.model import EventRecord, field_for, parse_value, validated
from piket.events.queries import resolve_event
from piket.login import login_name
from piket.storage import write


def default_author() -> str:
    return login_name("")



def facts(record) -> dict:
    """What number criteria read from the event: peak visitors (the total when no peak is
    known: the safe side) and the peak density over the visitor area."""
    peak = record.visitors_peak if record.visitors_peak is not None else record.visitors
    density = round(peak / record.area_m2, 2) if peak is not None and record.area_m2 else None
    return {"visitors_peak": peak, "density_peak": density}


def split_values(db: Database, values: dict, rules: scan.Rules | None = None) -> tuple[dict, dict]:
    """Split ``{word: value}`` into event fields and scan answers (normalised).

    A criterion that reads an event field (``visitors_peak``) sets that field instead.
    Unknown words are refused, naming them.
    """
    rules = rules or scan.load_rules(db)
    fields, answers = {}, {}
    criteria = {c.key: c for c in rules.criteria}
    for word, value in values.items():
        key = str(word).strip()
        if key in criteria:
            criterion = criteria[key]
            empty = value is None or str(value).strip() == ""
            if criterion.from_field == "visitors_peak":
                fields["visitors_peak"] = None if empty else int(float(scan.normalise_answer(criterion, value)))
            else:
                answers[key] = None if empty else scan.normalise_answer(criterion, value)
            continue
        name = field_for(key)
        if name is None:
            known = ", ".join(sorted(criteria))
            raise PiketError(f"onbekend veld of criterium {key!r} (criteria: {known})")
        fields[name] = parse_value(name, value)
    if "status" in fields:
        refdata.require(db, "event_statuses", fields["status"], "status")
    return fields, answers


def add_event(db: Database, values: dict, *, rules: scan.Rules | None = None, author: str = "") -> int:
    """Add an event from ``{field or criterion key: value}``; returns its id."""
    rules = rules or scan.load_rules(db)
    fields, answers = split_values(db, values, rules)
    record = validated(fields)
    with write(db):
        return _insert(db, record, answers, rules, author)


def _insert(db: Database, record: EventRecord, answers: dict, rules: scan.Rules, author: str) -> int:
    result = scan.classify(rules, {k: v for k, v in answers.items() if v is not None}, facts(record))
    stamp = timeutil.to_db(timeutil.now())
    row = record.to_row() | {
        "scan_class": result.risk_class, "scan_score": result.score,
        "created_at": stamp, "updated_at": stamp,
    }
    event_id = db["events"].insert(row).last_pk
    for key, value in answers.items():
        if value is not None:
            db.execute("INSERT INTO event_answers (event_id, key, value) VALUES (?, ?, ?)", [event_id, key, value])
    record_history(db, event_id, "aangemaakt", f"klasse {result.risk_class} (score {scan.dutch_number(result.score)})", author)
    return event_id


def load_record(db: Database, event_id: int) -> EventRecord:
    row = db.execute("SELECT * FROM events WHERE id = ?", [event_id]).fetchone()
    columns = [d[0] for d in db.execute("SELECT * FROM events LIMIT 0").description]
    return EventRecord.from_row(dict(zip(columns, row, strict=True)))


def answers_of(db: Database, event_id: int) -> dict[str, str]:
    rows = db.execute("SELECT key, value FROM event_answers WHERE event_id = ?", [event_id])
    return {key: value for key, value in rows}


def set_values(db: Database, event, values: dict, *, author: str = "") -> dict:
    """Change fields and scan answers of an event; returns the new classification."""
    event_id = resolve_event(db, event)
    rules = scan.load_rules(db)
    fields, answers = split_values(db, values, rules)
    if not fields and not answers:
        raise PiketError("niets te wijzigen: geef KEY=WAARDE op")
    if "status" in fields:
        raise PiketError("wijzig de status met 'event status'")
    current = load_record(db, event_id).model_dump()
    record = validated(current | fields)
    with write(db):
        assignments = "".join(f"{name} = ?, " for name in fields)
        db.execute(
            f"UPDATE events SET {assignments}sequence = sequence + 1, updated_at = ? WHERE id = ?",
            [record.to_row()[name] for name in fields] + [timeutil.to_db(timeutil.now()), event_id],
        )
        for key, value in answers.items():
            if value is None:
                db.execute("DELETE FROM event_answers WHERE event_id = ? AND key = ?", [event_id, key])
            else:
                db.execute(
                    "INSERT INTO event_answers (event_id, key, value) VALUES (?, ?, ?) "
                    "ON CONFLICT (event_id, key) DO UPDATE SET value = excluded.value",
                    [event_id, key, value],
                )
        changed = ", ".join(sorted({*fields, *answers}))
        record_history(db, event_id, "gewijzigd", changed, author)
        return classify_event(db, event_id, rules=rules)


def classify_event(db: Database, event, *, rules: scan.Rules | None = None) -> dict:
    """Run the risk scan, store the scan class and return it with the effective class."""
    event_id = resolve_event(db, event)
    rules = rules or scan.load_rules(db)
    record = load_record(db, event_id)
    result = scan.classify(rules, answers_of(db, event_id), facts(record))
    override, reason, old_class, old_score = db.execute(
        "SELECT class_override, override_reason, scan_class, scan_score FROM events WHERE id = ?", [event_id]
    ).fetchone()
    if (old_class, old_score) != (result.risk_class, result.score):
        with write(db):
            db.execute(
                "UPDATE events SET scan_class = ?, scan_score = ?, sequence = sequence + 1, updated_at = ? WHERE id = ?",
                [result.risk_class, result.score, timeutil.to_db(timeutil.now()), event_id],
            )
    reasons = list(result.reasons)
    if override:
        reasons.insert(0, f"klasse door adviseur vastgesteld op {override} (scan: {result.risk_class}): {reason}")
    return {
        "class": override or result.risk_class,
        "score": int(result.score) if float(result.score).is_integer() else result.score,
        "reasons": reasons,
        "overridden": bool(override),
        "scan_class": result.risk_class,
        "override_reason": reason,
        "unanswered": result.unanswered,
        "contributions": [
            {"key": c.key, "label": c.label, "dimension": c.dimension, "answer": c.answer,
             "score": c.score, "weight": c.weight, "points": c.points}
            for c in result.contributions
        ],
    }


def override_class(db: Database, event, risk_class: str | None, reason: str, *, author: str = "") -> dict:
    """Set the class by hand (``None`` returns to the scan's class); a reason is required."""
    event_id = resolve_event(db, event)
    reason = (reason or "").strip()
    if not reason:
        raise PiketError("een andere klasse dan de scan vraagt een motivering (--reason)")
    if risk_class is not None:
        risk_class = risk_class.strip().upper()
        if risk_class not in scan.CLASSES:
            raise PiketError(f"onbekende klasse {risk_class!r} (kies A, B of C)")
    with write(db):
        db.execute(
            "UPDATE events SET class_override = ?, override_reason = ?, sequence = sequence + 1, "
            "updated_at = ? WHERE id = ?",
            [risk_class, reason if risk_class else None, timeutil.to_db(timeutil.now()), event_id],
        )
        action = f"klasse overschreven naar {risk_class}" if risk_class else "overschrijving opgeheven"
        record_history(db, event_id, action, reason, author or default_author())
    return classify_event(db, event_id)


def set_status(db: Database, event, status: str, *, note: str = "", author: str = "") -> str:
    """Move the event to another HEV step; returns the status label."""
    event_id = resolve_event(db, event)
    item = refdata.require(db, "event_statuses", status.strip(), "status")
    with write(db):
        db.execute(
            "UPDATE events SET status = ?, sequence = sequence + 1, updated_at = ? WHERE id = ?",
            [item["code"], timeutil.to_db(timeutil.now()), event_id],
        )
        record_history(db, event_id, f"status: {item['label']}", note, author or default_author())
    return item["label"]


def remove_event(db: Database, event, *, author: str = "") -> None:
    """Soft delete: the event leaves the calendar; checklists that point at it keep it."""
    event_id = resolve_event(db, event)
    with write(db):
        db.execute(
            "UPDATE events SET deleted_at = ?, sequence = sequence + 1 WHERE id = ?",
            [timeutil.to_db(timeutil.now()), event_id],
        )
        record_history(db, event_id, "verwijderd", "", author or default_author())


def add_part(db: Database, event, label: str, start: str, end: str) -> int:
    """An evening part or one day of a multi-day event, inside the event's own times."""
    event_id = resolve_event(db, event)
    label = (label or "").strip()
    if not label:
        raise PiketError("omschrijving van het onderdeel mag niet leeg zijn")
    first, last = parse_value("start_at", start), parse_value("end_at", end)
    if last <= first:
        raise PiketError("einde moet na de start liggen")
    record = load_record(db, event_id)
    if first < (record.buildup_at or record.start_at) or last > (record.teardown_at or record.end_at):
        raise PiketError("het onderdeel valt buiten de tijden van het evenement")
    with write(db):
        part_id = db["event_parts"].insert(
            {"event_id": event_id, "label": label, "start_at": timeutil.to_db(first), "end_at": timeutil.to_db(last)}
        ).last_pk
        db.execute("UPDATE events SET sequence = sequence + 1 WHERE id = ?", [event_id])
    return part_id


def record_history(db: Database, event_id: int, action: str, detail: str, author: str) -> None:
    db.execute(
        "INSERT INTO event_history (event_id, at, action, detail, author) VALUES (?, ?, ?, ?, ?)",
        [event_id, timeutil.to_db(timeutil.now()), action, detail or "", author or ""],
    )


def reclassify_all(db: Database) -> tuple[int, int]:
    """Run the scan for every event again (after a change in data/risk_*.json).

    Returns (events scanned, classes or scores changed); changed events get a higher sequence.
    """
    rules = scan.load_rules(db)
    answers: dict[int, dict] = {}
    for event_id, key, value in db.execute("SELECT event_id, key, value FROM event_answers"):
        answers.setdefault(event_id, {})[key] = value
    rows = db.execute(
        "SELECT id, visitors, visitors_peak, area_m2, scan_class, scan_score FROM events WHERE deleted_at IS NULL"
    ).fetchall()
    changed = []
    for event_id, visitors, peak, area, old_class, old_score in rows:
        record = EventRecord.model_construct(visitors=visitors, visitors_peak=peak, area_m2=area)
        result = scan.classify(rules, answers.get(event_id, {}), facts(record))
        if (result.risk_class, result.score) != (old_class, old_score):
            changed.append((result.risk_class, result.score, event_id))
    if changed:
        with write(db):
            db.conn.executemany(
                "UPDATE events SET scan_class = ?, scan_score = ?, sequence = sequence + 1 WHERE id = ?", changed
            )
    return len(rows), len(changed)
