"""The period report (``report period``): what the council's half-year report counts.

Meldingen are incidents opened in the period; they count by the highest GRIP level they
reached (scaled down again, a GRIP 2 incident still counts as GRIP 2), ``geen`` for those
that never had a level. Piket deployments come from the logbook's alarmering entries;
the state of the pools and the events advised on are added when the roster and events
modules' tables exist, and left out otherwise.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.errors import PiketError
from piket.logbook.kinds import NO_GRIP
from piket.logbook.queries import list_incidents


def period_report(db: Database, first: date, last: date) -> dict:
    if last < first:
        raise PiketError(f"--to ({last}) ligt vóór --from ({first})")
    incidents = list(reversed(list_incidents(db, first, last)))  # oldest first reads as a history
    by_grip = Counter(incident["max_grip"] or NO_GRIP for incident in incidents)
    orders = {item["code"]: item.get("order") or 0 for item in refdata.items(db, "grip_levels", include_inactive=True)}
    by_max_grip = {code: by_grip[code] for code in sorted(by_grip, key=lambda c: orders.get(c, 99)) if code != NO_GRIP}
    by_max_grip[NO_GRIP] = by_grip.get(NO_GRIP, 0)
    by_category = Counter(incident["category"] or "onbekend" for incident in incidents)
    start, end = timeutil.day_range(first, last)
    alarms = dict(db.execute(
        "SELECT e.incident_id, count(*) FROM log_entries e JOIN incidents i ON i.id = e.incident_id "
        "WHERE e.kind = 'alarmering' AND i.opened_at >= ? AND i.opened_at < ? GROUP BY e.incident_id",
        [start, end],
    ).fetchall())
    for incident in incidents:
        incident["alarmeringen"] = alarms.get(incident["id"], 0)
    report = {
        "from": first.isoformat(),
        "to": last.isoformat(),
        "meldingen": len(incidents),
        "by_max_grip": by_max_grip,
        "by_category": dict(by_category.most_common()),
        "incidents": incidents,
        "deployments": {"alarmeringen": sum(alarms.values()), "incidents_with_alarm": len(alarms)},
    }
    pools = _pools(db, start, end)
    if pools is not None:
        report["pools"] = pools
    events = _events_advised(db, start, end)
    if events is not None:
        report["events"] = events
    return report


def _has_tables(db: Database, *names: str) -> bool:
    found = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return set(names) <= found


def _pools(db: Database, start: str, end: str) -> list[dict] | None:
    """Per pool: members, shifts in the period and how many of them were open."""
    if not _has_tables(db, "pools", "pool_members", "shifts"):
        return None
    try:
        rows = db.execute(
            "SELECT p.name, p.function, "
            "  (SELECT count(*) FROM pool_members m WHERE m.pool_id = p.id), "
            "  (SELECT count(*) FROM shifts s WHERE s.pool_id = p.id AND s.start < ? AND s.end > ?), "
            "  (SELECT count(*) FROM shifts s WHERE s.pool_id = p.id AND s.start < ? AND s.end > ? "
            "     AND s.person_id IS NULL) "
            "FROM pools p ORDER BY p.name",
            [end, start, end, start],
        ).fetchall()
    except sqlite3.Error:  # another module's schema changed: the report still works
        return None
    return [{"pool": name, "function": function, "members": members, "shifts": shifts, "open_shifts": gaps}
            for name, function, members, shifts, gaps in rows]


def _events_advised(db: Database, start: str, end: str) -> list[dict] | None:
    if not _has_tables(db, "events", "event_advice"):
        return None
    try:
        rows = db.execute(
            "SELECT e.id, e.name, e.start_at, coalesce(e.class_override, e.scan_class) FROM events e "
            "WHERE e.deleted_at IS NULL AND e.start_at >= ? AND e.start_at < ? "
            "AND EXISTS (SELECT 1 FROM event_advice a WHERE a.event_id = e.id) ORDER BY e.start_at",
            [start, end],
        ).fetchall()
    except sqlite3.Error:
        return None
    return [{"id": id_, "name": name, "start": timeutil.iso_local(at), "class": klass}
            for id_, name, at, klass in rows]


def summary_sentence(db: Database, report: dict) -> str:
    """The council's sentence: "In totaal ontving de OvD-Bz 26 meldingen ... Het betrof ..."."""
    labels = refdata.labels(db, "grip_levels")
    count = report["meldingen"]
    text = (f"In totaal ontving de Officier van Dienst - Bevolkingszorg {count} "
            f"melding{'' if count == 1 else 'en'} in de periode {_date(report['from'])} tot en met "
            f"{_date(report['to'])}.")
    parts = []
    for code, number in report["by_max_grip"].items():
        if code == NO_GRIP or not number or code == "GRIP0":
            continue
        names = [i["title"] for i in report["incidents"] if i["max_grip"] == code]
        word = "één" if number == 1 else str(number)
        parts.append(f"{word} {labels.get(code, code)}-incident{'' if number == 1 else 'en'} ({'; '.join(names)})")
    if parts:
        text += " Het betrof " + (", ".join(parts[:-1]) + " en " + parts[-1] if len(parts) > 1 else parts[0]) + "."
    return text


def _date(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.day} {timeutil.MONTHS[day.month - 1]} {day.year}"


def report_csv(db: Database, report: dict) -> bytes:
    from piket.exports.csv_io import to_csv

    labels = refdata.labels(db, "incident_categories")
    header = ["id", "geopend", "gesloten", "titel", "locatie", "categorie", "max_grip", "grip_nu", "alarmeringen"]
    rows = [[i["id"], _sheet_time(i["opened_at"]), _sheet_time(i["closed_at"]), i["title"], i["location"],
             labels.get(i["category"], i["category"] or ""), i["max_grip"] or NO_GRIP, i["grip"] or NO_GRIP,
             i["alarmeringen"]] for i in report["incidents"]]
    return to_csv(header, rows)


def _sheet_time(iso: str | None) -> str:
    """A time as a Dutch spreadsheet reads it: local, no offset."""
    return "" if not iso else timeutil.parse_time(iso).astimezone(timeutil.TZ).strftime("%Y-%m-%d %H:%M")


def report_cli(db: Database, args, build=period_report) -> None:
    """``report period``: JSON or a table on stdout, and optionally a PDF and a CSV file."""
    from piket.cli.output import print_json, print_table
    from piket.exports.files import write_atomically

    report = build(db, timeutil.parse_date(args.from_), timeutil.parse_date(args.to))
    outputs = []
    if args.pdf:
        from piket.logbook.pdf_report import period_pdf

        outputs.append((args.pdf, period_pdf(db, report)))
    if args.csv:
        outputs.append((args.csv, report_csv(db, report)))
    written = [write_atomically(path, data) for path, data in outputs]
    if args.json:
        print_json(report)
        return
    print(summary_sentence(db, report))
    print()
    # Labels, as in the PDF; the JSON keeps the codes.
    levels = {**refdata.labels(db, "grip_levels"), NO_GRIP: "geen GRIP"}
    print_table([{"niveau": levels.get(k, k), "aantal": v} for k, v in report["by_max_grip"].items()],
                [("niveau", "hoogste GRIP"), ("aantal", "aantal")])
    print()
    categories = refdata.labels(db, "incident_categories")
    print_table([{"categorie": categories.get(k, k), "aantal": v} for k, v in report["by_category"].items()],
                [("categorie", "categorie"), ("aantal", "aantal")])
    for path in written:
        print(path)
