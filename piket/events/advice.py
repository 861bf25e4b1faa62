"""The risk advice: versions per event, prefilled from the scan, the calendar and the
template in ``data/advice_template.json``. A sent version is frozen (a trigger guards it);
changes after sending go into a new version."""

from __future__ import annotations

import json

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.errors import PiketError
from piket.events.queries import resolve_event
from piket.events.scan import CLASSES, dutch_number
from piket.events.service import (
    classify_event,
    default_author,
    load_record,
    record_history,
)
from piket.storage import write

# Statuses an advice may move the event past (HEV step 4).
BEFORE_ADVICE = ("aangemeld", "in_behandeling")


def advice_versions(db: Database, event_id: int) -> list[dict]:
    rows = db.execute(
        "SELECT version, author, created_at, updated_at, sent_at FROM event_advice WHERE event_id = ? ORDER BY version",
        [event_id],
    )
    return [
        {"version": r[0], "author": r[1], "created_at": timeutil.iso_local(r[2]),
         "updated_at": timeutil.iso_local(r[3]), "sent_at": timeutil.iso_local(r[4]),
         "status": "verzonden" if r[4] else "concept"}
        for r in rows
    ]


def get_advice(db: Database, event, version: int | None = None) -> dict:
    """One version (default: the newest) with its sections and numbered conditions."""
    event_id = resolve_event(db, event)
    sql = "SELECT version, author, created_at, updated_at, sent_at, sections, conditions FROM event_advice WHERE event_id = ?"
    params: list = [event_id]
    if version is None:
        sql += " ORDER BY version DESC LIMIT 1"
    else:
        sql += " AND version = ?"
        params.append(version)
    row = db.execute(sql, params).fetchone()
    if row is None:
        if version is None:
            raise PiketError("dit evenement heeft nog geen advies; maak het met 'event advice EVENT new'")
        raise PiketError(f"versie {version} van het advies bestaat niet")
    conditions = json.loads(row[6])
    return {
        "event_id": event_id, "version": row[0], "author": row[1],
        "created_at": timeutil.iso_local(row[2]), "updated_at": timeutil.iso_local(row[3]),
        "sent_at": timeutil.iso_local(row[4]), "status": "verzonden" if row[4] else "concept",
        "sections": json.loads(row[5]),
        "conditions": [{"number": n, **c} for n, c in enumerate(conditions, start=1)],
    }


def prefill(db: Database, event_id: int) -> tuple[list[dict], list[dict]]:
    """Sections and proposed conditions for a fresh advice, from the template and the scan."""
    template = refdata.items(db, "advice_template")
    classification = classify_event(db, event_id)
    scores = {c["key"]: c["score"] for c in classification["contributions"]}
    sections = []
    for item in template:
        if item["kind"] != "section":
            continue
        text = _filled(db, event_id, item["fill"], classification) if item.get("fill") else item["text"]
        sections.append({"code": item["code"], "title": item["title"],
                         "discipline": item.get("discipline") or "", "text": text})
    risk_class = classification["class"]
    conditions = [
        {"text": item["text"], "risk": item["risk"]}
        for item in template
        if item["kind"] == "condition"
        and CLASSES.index(risk_class) >= CLASSES.index(item.get("min_class") or "A")
        and all(scores.get(key, 0) >= minimum for key, minimum in (item.get("when") or {}).items())
    ]
    return sections, conditions


def _filled(db: Database, event_id: int, fill: str, classification: dict) -> str:
    if fill == "event":
        return event_text(db, event_id)
    if fill == "classification":
        return _classification_text(db, classification)
    if fill == "risks":
        return _risks_text(classification)
    return _conflicts_text(db, event_id)


def event_text(db: Database, event_id: int) -> str:
    record = load_record(db, event_id)
    lines = [f"Evenement: {record.name}"]
    if record.organiser:
        lines.append(f"Organisator: {record.organiser}" + (f" ({record.contact})" if record.contact else ""))
    if record.location:
        lines.append(f"Locatie: {record.location}")
    lines.append(f"Periode: {timeutil.display(record.start_at)} tot {timeutil.display(record.end_at)}")
    if record.buildup_at or record.teardown_at:
        lines.append(f"Opbouw vanaf {timeutil.display(record.buildup_at or record.start_at)}, "
                     f"afbouw tot {timeutil.display(record.teardown_at or record.end_at)}")
    visitors = []
    if record.visitors is not None:
        visitors.append(f"{dutch_number(record.visitors)} in totaal")
    if record.visitors_peak is not None:
        visitors.append(f"{dutch_number(record.visitors_peak)} tegelijk")
    if visitors:
        lines.append("Verwachte bezoekers: " + ", ".join(visitors))
    if record.area_m2:
        lines.append(f"Bezoekersoppervlak: {dutch_number(record.area_m2)} m²")
    if record.permit_ref:
        lines.append(f"Vergunningsaanvraag: {record.permit_ref}")
    return "\n".join(lines)


def _classification_text(db: Database, classification: dict) -> str:
    classes = {item["class_"]: item for item in refdata.items(db, "risk_classes")}
    risk_class = classes[classification["class"]]
    lines = [f"Behandelclassificatie {classification['class']} ({risk_class['label']}), "
             f"gewogen score {dutch_number(classification['score'])}."]
    if classification["overridden"]:
        lines.append(f"De risicoscan gaf klasse {classification['scan_class']}; de adviseur stelde de klasse "
                     f"vast op {classification['class']}. Motivering: {classification['override_reason']}")
    lines.append("Zwaarstwegende redenen:")
    lines += [f"- {reason}" for reason in classification["reasons"] if not reason.startswith("klasse door adviseur")]
    if risk_class["required_plans"]:
        lines.append("Vereiste plannen: " + ", ".join(risk_class["required_plans"]) + ".")
    return "\n".join(lines)


def _risks_text(classification: dict) -> str:
    by_dimension: dict[str, list[str]] = {}
    for c in classification["contributions"]:
        if c["score"] > 0:
            by_dimension.setdefault(c["dimension"], []).append(f"{c['label']}: {c['answer']}")
    if not by_dimension:
        return "De risicoscan laat geen verhoogde risico's zien."
    lines = []
    for dimension, items in by_dimension.items():
        lines.append(f"{dimension[0].upper()}{dimension[1:]}: " + "; ".join(items) + ".")
    if classification["unanswered"]:
        lines.append(f"Niet beantwoord in de scan: {len(classification['unanswered'])} criteria.")
    return "\n".join(lines)


def _conflicts_text(db: Database, event_id: int) -> str:
    from piket.events.conflicts import find_conflicts

    record = load_record(db, event_id)
    first = (record.buildup_at or record.start_at).astimezone(timeutil.TZ).date()
    last = (record.teardown_at or record.end_at).astimezone(timeutil.TZ).date()
    found = find_conflicts(db, first, last, event_id=event_id)
    if not found:
        return "Geen conflicten met andere evenementen in de evenementenkalender."
    return "Let op, overlap in de evenementenkalender:\n" + "\n".join(f"- {c['reason']}" for c in found)


def new_version(db: Database, event, *, author: str = "", fresh: bool = False) -> int:
    """Start a new concept: prefilled the first time (or with ``fresh``), else a copy of the
    newest version. Refused while a concept exists: edit that one."""
    event_id = resolve_event(db, event)
    versions = advice_versions(db, event_id)
    if versions and versions[-1]["status"] == "concept":
        raise PiketError(f"versie {versions[-1]['version']} is nog een concept; bewerk of verzend die eerst")
    if versions and not fresh:
        latest = get_advice(db, event_id)
        sections = latest["sections"]
        conditions = [{"text": c["text"], "risk": c["risk"]} for c in latest["conditions"]]
    else:
        sections, conditions = prefill(db, event_id)
    number = (versions[-1]["version"] if versions else 0) + 1
    stamp = timeutil.to_db(timeutil.now())
    with write(db):
        db["event_advice"].insert({
            "event_id": event_id, "version": number, "author": author or default_author(),
            "created_at": stamp, "updated_at": stamp, "sent_at": None,
            "sections": json.dumps(sections, ensure_ascii=False),
            "conditions": json.dumps(conditions, ensure_ascii=False),
        })
    return number


def _concept(db: Database, event_id: int) -> dict:
    advice = get_advice(db, event_id)
    if advice["status"] != "concept":
        raise PiketError(f"versie {advice['version']} is verzonden en bevroren; maak een nieuwe versie")
    return advice


def save_advice(db: Database, event, *, sections: dict[str, str] | None = None,
                conditions: list[dict] | None = None, author: str | None = None) -> int:
    """Change section texts (by code) and/or replace the conditions of the concept."""
    event_id = resolve_event(db, event)
    advice = _concept(db, event_id)
    stored = advice["sections"]
    codes = {s["code"] for s in stored}
    for code in sections or {}:
        if code not in codes:
            raise PiketError(f"onbekende sectie {code!r} (secties: {', '.join(s['code'] for s in stored)})")
    new_sections = [s | {"text": (sections or {}).get(s["code"], s["text"])} for s in stored]
    if conditions is None:
        new_conditions = [{"text": c["text"], "risk": c["risk"]} for c in advice["conditions"]]
    else:
        new_conditions = []
        for number, condition in enumerate(conditions, start=1):
            text = (condition.get("text") or "").strip()
            if not text:
                raise PiketError(f"voorschrift {number}: tekst mag niet leeg zijn")
            new_conditions.append({"text": text, "risk": (condition.get("risk") or "").strip()})
    with write(db):
        db.execute(
            "UPDATE event_advice SET sections = ?, conditions = ?, updated_at = ?, author = COALESCE(?, author) "
            "WHERE event_id = ? AND version = ?",
            [json.dumps(new_sections, ensure_ascii=False), json.dumps(new_conditions, ensure_ascii=False),
             timeutil.to_db(timeutil.now()), author, event_id, advice["version"]],
        )
    return advice["version"]


def add_condition(db: Database, event, text: str, risk: str = "") -> int:
    event_id = resolve_event(db, event)
    current = _concept(db, event_id)["conditions"]
    save_advice(db, event_id, conditions=[*current, {"text": text, "risk": risk}])
    return len(current) + 1


def remove_condition(db: Database, event, number: int) -> None:
    event_id = resolve_event(db, event)
    current = _concept(db, event_id)["conditions"]
    if not 1 <= number <= len(current):
        raise PiketError(f"voorschrift {number} bestaat niet (er zijn er {len(current)})")
    save_advice(db, event_id, conditions=[c for c in current if c["number"] != number])


def send_advice(db: Database, event, *, author: str = "") -> int:
    """Freeze the concept as sent; the event moves on to 'advies uitgebracht'."""
    event_id = resolve_event(db, event)
    advice = _concept(db, event_id)
    stamp = timeutil.to_db(timeutil.now())
    with write(db):
        db.execute("UPDATE event_advice SET sent_at = ? WHERE event_id = ? AND version = ?",
                   [stamp, event_id, advice["version"]])
        status = db.execute("SELECT status FROM events WHERE id = ?", [event_id]).fetchone()[0]
        if status in BEFORE_ADVICE:
            db.execute("UPDATE events SET status = 'advies_uitgebracht', sequence = sequence + 1 WHERE id = ?", [event_id])
        record_history(db, event_id, f"advies versie {advice['version']} verzonden", "", author or default_author())
    return advice["version"]
