"""Conflicts in the calendar: events overlapping in time (build-up and take-down included)
that together pass a capacity limit of ``data/conflict_rules.json``. They warn, never block."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.events.scan import dutch_number

# Events further apart than this cannot share a window (rules' window_hours stay below it).
MARGIN = timedelta(days=3)


@dataclass(frozen=True)
class Span:
    id: int
    name: str
    start: datetime
    end: datetime
    location: str
    peak: int
    risk_class: str


def _spans(db: Database, first: date | None, last: date | None) -> list[Span]:
    clauses, params = ["deleted_at IS NULL"], []
    if first:
        clauses.append("COALESCE(teardown_at, end_at) > ?")
        params.append(timeutil.to_db(timeutil.local_midnight(first) - MARGIN))
    if last:
        clauses.append("COALESCE(buildup_at, start_at) < ?")
        params.append(timeutil.to_db(timeutil.local_midnight(last) + MARGIN))
    rows = db.execute(
        "SELECT id, name, COALESCE(buildup_at, start_at), COALESCE(teardown_at, end_at), location, "
        "COALESCE(visitors_peak, visitors, 0), COALESCE(class_override, scan_class) "
        f"FROM events WHERE {' AND '.join(clauses)} ORDER BY 3, id",
        params,
    )
    return [
        Span(r[0], r[1], timeutil.from_db(r[2]), timeutil.from_db(r[3]), r[4] or "", r[5], r[6]) for r in rows
    ]


def _groups(spans: list[Span], window: timedelta, too_much) -> list[tuple[Span, ...]]:
    """Sets of events overlapping at one moment for which ``too_much(active)`` holds."""
    found: list[frozenset] = []
    active: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.id)):
        start = span.start - window
        active = [a for a in active if a.end + window > start]
        active.append(span)
        if len(active) > 1 and too_much(active):
            group = frozenset(active)
            found = [g for g in found if not g < group]
            if not any(group <= g for g in found):
                found.append(group)
    return [tuple(sorted(g, key=lambda s: (s.start, s.id))) for g in found]


def find_conflicts(db: Database, first: date | None = None, last: date | None = None,
                   event_id: int | None = None) -> list[dict]:
    """``event conflicts``: list of ``{"events": [id, ...], "reason", "rule", "start", "end"}``."""
    spans = _spans(db, first, last)
    conflicts = []
    for rule in refdata.items(db, "conflict_rules"):
        window = timedelta(hours=rule["window_hours"])
        limit = rule["max_concurrent"]
        resource = rule["resource"]
        if resource == "location":
            by_place: dict[str, list[Span]] = {}
            for span in spans:
                if span.location.strip():
                    by_place.setdefault(" ".join(span.location.lower().split()), []).append(span)
            groups = [g for same in by_place.values() for g in _groups(same, window, lambda a, limit=limit: len(a) > limit)]
        elif resource == "risk_events":
            risky = [s for s in spans if s.risk_class in ("B", "C")]
            groups = _groups(risky, window, lambda a, limit=limit: len(a) > limit)
        else:
            groups = _groups(spans, window, lambda a, limit=limit: sum(s.peak for s in a) > limit)
        for group in groups:
            conflicts.append(_conflict(rule, group, limit))
    merged: dict[tuple, dict] = {}  # one entry per set of events, naming every limit passed
    for conflict in conflicts:
        if not _in_period(conflict, first, last):
            continue
        if event_id is not None and event_id not in conflict["events"]:
            continue
        same = merged.get(tuple(conflict["events"]))
        if same is None:
            merged[tuple(conflict["events"])] = conflict | {"rules": [conflict["rule"]]}
        else:
            same["reason"] = same["reason"].rsplit(" (", 1)[0] + "; " + conflict["reason"]
            same["rules"].append(conflict["rule"])
    return sorted(merged.values(), key=lambda c: (c["start"], c["events"]))


def _conflict(rule: dict, group: tuple[Span, ...], limit: int) -> dict:
    start = max(s.start for s in group)
    end = min(s.end for s in group)
    if end <= start:  # only the rule's window joins them: name the gap's moment
        end = start
    message = rule["message"].format(
        location=group[0].location, count=len(group),
        visitors=dutch_number(sum(s.peak for s in group)), limit=dutch_number(limit),
    )
    names = ", ".join(s.name for s in group)
    return {
        "events": [s.id for s in group],
        "reason": f"{message} ({names})",
        "rule": rule["code"],
        "start": timeutil.iso_local(start),
        "end": timeutil.iso_local(end),
    }


def _in_period(conflict: dict, first: date | None, last: date | None) -> bool:
    start, end = timeutil.day_range(first, last)
    moment_start = timeutil.to_db(datetime.fromisoformat(conflict["start"]))
    moment_end = timeutil.to_db(datetime.fromisoformat(conflict["end"]))
    return (start is None or moment_end >= start) and (end is None or moment_start < end)
