"""What the outgoing OvD-Bz hands over: a summary drawn from the log, for the overdracht.

At 3 a.m. nobody should have to rebuild the picture from memory. The summary gathers
what the log already knows (GRIP level and since when, the latest beeld and oordeel,
decisions, open actions with owner and deadline, who was alarmed); the OvD corrects
and completes it, then ``service.record_handover`` logs it as one overdracht entry.
Pending decisions, contacts and the next meeting are not in the log in a form a query
can find, so the text ends with those headings for the OvD to fill in.
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.logbook import queries
from piket.logbook.kinds import GRIP_KIND

LATEST = 3  # beeld and oordeel: the newest few carry the picture
DECISIONS = 5
TO_COMPLETE = ("Openstaande besluiten", "Contacten", "Volgend overleg")


def handover_summary(db: Database, incident, at: datetime | None = None) -> dict:
    """The handover's facts as data, plus ``text``: the same in Dutch, ready to edit."""
    target = queries.incident_id(db, incident)
    moment = at or timeutil.now()
    info = queries.get_incident(db, target)
    corrected = {seq: fix["text"] for seq, fix in queries.corrections(db, target).items()}
    history = queries.grip_history(db, target)
    decisions = [d for d in queries.decisions(db, target) if d["kind"] != GRIP_KIND]
    open_actions = []
    for action in queries.actions(db, target, only_open=True):
        deadline = timeutil.parse_time(action["deadline"]) if action["deadline"] else None
        open_actions.append({**action, "text": corrected.get(action["seq"], action["text"]),
                             "overdue": deadline is not None and deadline < moment})
    summary = {
        "incident": target, "title": info["title"], "location": info["location"],
        "at": timeutil.iso_local(moment),
        "grip": info["grip"],
        "grip_label": refdata.labels(db, "grip_levels").get(info["grip"], "geen GRIP") if info["grip"] else None,
        "grip_since": history[-1]["at"] if history and info["grip"] else None,
        "pictures": _latest(db, target, "beeld", corrected, LATEST),
        "risks": _latest(db, target, "oordeel", corrected, LATEST),
        "decisions": [_line(d, corrected) for d in decisions[-DECISIONS:]],
        "earlier_decisions": max(len(decisions) - DECISIONS, 0),
        "open_actions": open_actions,
        "alarmed": _latest(db, target, "alarmering", corrected, None),
    }
    summary["text"] = summary_text(summary)
    return summary


def summary_text(summary: dict, filled: dict[str, str] | None = None) -> str:
    """The summary as the overdracht text: short sections, one line per fact; ``filled``
    completes the headings the log cannot fill (the demo's handovers use it)."""
    day = summary["at"][:10]

    def when(iso: str | None) -> str:
        return _short(iso, day)

    lines = [f"Overdracht {summary['title']}" + (f" — {summary['location']}" if summary["location"] else "")]
    if summary["grip"]:
        lines.append(f"GRIP: {summary['grip_label']} sinds {when(summary['grip_since'])}")
    else:
        lines.append("GRIP: geen")
    sections = [
        ("Beeld", [f"{when(p['at'])} {p['text']}" for p in summary["pictures"]]),
        ("Oordeel / risico's", [f"{when(r['at'])} {r['text']}" for r in summary["risks"]]),
        ("Besluiten" + (f" (laatste {DECISIONS} van {DECISIONS + summary['earlier_decisions']})"
                        if summary["earlier_decisions"] else ""),
         [f"{when(d['at'])} {d['text']}" for d in summary["decisions"]]),
        ("Open acties", [_action_line(a, when) for a in summary["open_actions"]]),
        ("Gealarmeerd", [a["text"] for a in summary["alarmed"]]),
    ]
    for heading, items in sections:
        lines.append("")
        lines.append(f"{heading}:" if items else f"{heading}: geen")
        lines.extend(f"- {item}" for item in items)
    lines.append("")
    lines.extend(f"{heading}: {(filled or {}).get(heading, '')}".rstrip() for heading in TO_COMPLETE)
    return "\n".join(lines)


def _latest(db: Database, target: int, kind: str, corrected: dict, count: int | None) -> list[dict]:
    entries = queries.entries_of_kind(db, target, kind)
    chosen = entries if count is None else entries[-count:]
    return [_line(entry, corrected) for entry in chosen]


def _line(entry: dict, corrected: dict) -> dict:
    """seq, time and text of an entry, with its latest correction's text where it has one."""
    return {"seq": entry["seq"], "at": entry["at"], "text": corrected.get(entry["seq"], entry["text"])}


def _action_line(action: dict, when) -> str:
    details = [action["owner"] or "geen actiehouder"]
    if action["deadline"]:
        details.append(f"deadline {when(action['deadline'])}" + (" VERLOPEN" if action["overdue"] else ""))
    if action["status"] != "open":
        details.append(action["status"])
    return f"[{action['seq']}] {action['text']} ({', '.join(details)})"


def _short(iso: str | None, day: str) -> str:
    """``14:30`` on ``day`` (the handover's local date), ``za 23-11 14:30`` before it."""
    if not iso:
        return "?"
    local = timeutil.parse_time(iso).astimezone(timeutil.TZ)
    if local.date().isoformat() == day:
        return f"{local:%H:%M}"
    return f"{timeutil.WEEKDAYS[local.weekday()]} {local:%d-%m %H:%M}"
