"""Exports of the events module, called by ``piket export`` (piket/cli/export.py).

Pure functions from the database to bytes: the calendar as CSV and iCal, the advice as PDF.
"""

from __future__ import annotations

from datetime import timedelta

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.errors import PiketError

CSV_HEADER = ("id", "naam", "start", "einde", "locatie", "bezoekers", "piek", "klasse", "scanklasse",
              "motivering klasse", "status", "organisator", "vergunning")
ICS_STATUS = {"aangemeld": "TENTATIVE", "afgewezen": "CANCELLED"}


def _period(args) -> tuple[str | None, str | None]:
    """Stored-time bounds from ``--from``/``--weeks`` (None: unbounded)."""
    first = getattr(args, "from_", None)
    weeks = getattr(args, "weeks", None)
    if first is None and weeks is None:
        return None, None
    first = first or timeutil.today()
    start = timeutil.to_db(timeutil.local_midnight(first))
    end = timeutil.to_db(timeutil.local_midnight(first + timedelta(weeks=weeks))) if weeks else None
    return start, end


def _rows(db: Database, start: str | None, end: str | None) -> list[tuple]:
    clauses, params = ["deleted_at IS NULL"], []
    if start:
        clauses.append("end_at > ?")
        params.append(start)
    if end:
        clauses.append("start_at < ?")
        params.append(end)
    return db.execute(
        "SELECT id, name, start_at, end_at, location, visitors, visitors_peak, "
        "COALESCE(class_override, scan_class), scan_class, override_reason, status, organiser, permit_ref, "
        f"sequence, updated_at FROM events WHERE {' AND '.join(clauses)} ORDER BY start_at, id",
        params,
    ).fetchall()


def export_csv(db: Database, what: str, args) -> bytes:
    from piket.exports.csv_io import to_csv

    if what != "events":
        raise PiketError(f"onbekende CSV-export {what!r}")
    statuses = refdata.labels(db, "event_statuses")

    def local(stored: str) -> str:
        return timeutil.from_db(stored).astimezone(timeutil.TZ).strftime("%Y-%m-%d %H:%M")

    rows = [
        (r[0], r[1], local(r[2]), local(r[3]), r[4], r[5], r[6], r[7], r[8], r[9] or "",
         statuses.get(r[10], r[10]), r[11], r[12])
        for r in _rows(db, *_period(args))
    ]
    return to_csv(CSV_HEADER, rows)


def export_ics(db: Database, args) -> bytes:
    """One VEVENT per event; UID from the id, SEQUENCE raised by every change."""
    from piket.exports import ical

    first = getattr(args, "from_", None) or timeutil.today() - timedelta(weeks=4)
    weeks = getattr(args, "weeks", None) or 56
    start = timeutil.to_db(timeutil.local_midnight(first))
    end = timeutil.to_db(timeutil.local_midnight(first + timedelta(weeks=weeks)))
    statuses = refdata.labels(db, "event_statuses")
    classes = refdata.labels(db, "risk_classes")
    cal = ical.new_calendar("Evenementenkalender", refresh_minutes=240,
                            description="Evenementen met risicoklasse en status (piket)")
    for (event_id, name, start_at, end_at, location, visitors, peak, risk_class, _scan, reason,
         status, organiser, permit, sequence, updated) in _rows(db, start, end):
        lines = [f"Klasse: {risk_class} ({classes.get(risk_class, '')})",
                 f"Status: {statuses.get(status, status)}"]
        if reason:
            lines.append(f"Klasse vastgesteld door adviseur: {reason}")
        if visitors is not None:
            lines.append(f"Bezoekers: {visitors}" + (f" (tegelijk {peak})" if peak is not None else ""))
        if organiser:
            lines.append(f"Organisator: {organiser}")
        if permit:
            lines.append(f"Vergunning: {permit}")
        ical.add_event(
            cal, uid=f"piket-evenement-{event_id}", start=timeutil.from_db(start_at),
            end=timeutil.from_db(end_at), summary=f"[{risk_class}] {name}", description="\n".join(lines),
            location=location, sequence=sequence, last_modified=timeutil.from_db(updated),
            status=ICS_STATUS.get(status, "CONFIRMED"), categories=[f"Klasse {risk_class}"],
        )
    return ical.to_bytes(cal)


def export_pdf(db: Database, what: str, args) -> bytes:
    from piket.events.advice_pdf import advice_pdf

    if what != "advice":
        raise PiketError(f"onbekende PDF-export {what!r}")
    return advice_pdf(db, args.target)
