"""``piket export pdf incident`` and ``piket export csv incidents``: pure functions to bytes."""

from __future__ import annotations

from datetime import timedelta

from sqlite_utils import Database

from piket.errors import PiketError


def export_pdf(db: Database, what: str, args) -> bytes:
    if what != "incident":
        raise PiketError(f"het logboek maakt geen PDF van {what!r}")
    from piket.logbook.pdf_incident import incident_pdf

    return incident_pdf(db, args.target)


def export_csv(db: Database, what: str, args) -> bytes:
    """Every incident (from ``--from``, for ``--weeks`` weeks when given), oldest first."""
    if what != "incidents":
        raise PiketError(f"het logboek maakt geen CSV van {what!r}")
    from piket.logbook.queries import list_incidents
    from piket.logbook.report import report_csv

    first = getattr(args, "from_", None)
    weeks = getattr(args, "weeks", None)
    last = first + timedelta(weeks=weeks) - timedelta(days=1) if first and weeks else None
    incidents = list(reversed(list_incidents(db, first, last)))
    counts = dict(db.execute("SELECT incident_id, count(*) FROM log_entries WHERE kind = 'alarmering' "
                             "GROUP BY incident_id").fetchall())
    for incident in incidents:
        incident["alarmeringen"] = counts.get(incident["id"], 0)
    return report_csv(db, {"incidents": incidents})
