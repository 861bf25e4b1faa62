"""iCal feeds of the roster: per person (their shifts in every pool) and per pool.

One timed, transparent VEVENT per shift. The UID is built from stable keys (pool id and
the shift's start in UTC), SEQUENCE and LAST-MODIFIED come from the stored shift, so an
unchanged roster exports byte-identical and a changed shift keeps its UID with a higher
SEQUENCE. A shift taken from someone appears once, CANCELLED, in their feed; a shift that
became open appears CANCELLED in the pool feed.
"""

from __future__ import annotations

from datetime import UTC, date, timedelta

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.roster.csv_io import default_range

REFRESH_MINUTES = 60


def shift_uid(pool_id: int, start) -> str:
    return f"piket-dienst-{pool_id}-{start.astimezone(UTC):%Y%m%dT%H%M%SZ}@piket"


def _bounds(first: date | None, weeks: int | None) -> tuple[str, str]:
    first, weeks = default_range(first, weeks)
    return (timeutil.to_db(timeutil.local_midnight(first)),
            timeutil.to_db(timeutil.local_midnight(first + timedelta(weeks=weeks))))


_SELECT = """SELECT s.id, s.pool_id, s.start, s.end, s.sequence, s.modified_at, s.person_id,
                    p.name, p.phone, po.name, po.function, po.level
             FROM shifts s JOIN pools po ON po.id = s.pool_id
             LEFT JOIN people p ON p.id = s.person_id"""


def person_feed(db: Database, person, first: date | None = None, weeks: int | None = None) -> bytes:
    from piket.exports.ical import new_calendar, to_bytes
    from piket.roster.people import get_person

    who = get_person(db, person)
    low, high = _bounds(first, weeks)
    cal = new_calendar(f"Piket {who['name']}", refresh_minutes=REFRESH_MINUTES,
                       description="Piketdiensten uit piket")
    rows = db.execute(
        _SELECT + """ WHERE s.start >= ? AND s.start < ? AND (s.person_id = ? OR s.id IN
                      (SELECT shift_id FROM shift_history WHERE old_person_id = ?))
                      ORDER BY s.start, s.pool_id""",
        [low, high, who["id"], who["id"]],
    ).fetchall()
    labels = refdata.labels(db, "functions")
    for row in rows:
        cancelled = row[6] != who["id"]
        _event(cal, row, labels, summary=f"Piket {row[9]}", cancelled=cancelled)
    return to_bytes(cal)


def pool_feed(db: Database, pool, first: date | None = None, weeks: int | None = None) -> bytes:
    from piket.exports.ical import new_calendar, to_bytes
    from piket.roster.pools import get_pool

    target = get_pool(db, pool)
    low, high = _bounds(first, weeks)
    cal = new_calendar(f"Piketpool {target.name}", refresh_minutes=REFRESH_MINUTES,
                       description=f"Rooster van pool {target.name}")
    rows = db.execute(_SELECT + " WHERE s.pool_id = ? AND s.start >= ? AND s.start < ? ORDER BY s.start",
                      [target.id, low, high]).fetchall()
    labels = refdata.labels(db, "functions")
    for row in rows:
        who = row[7] or "open"
        _event(cal, row, labels, summary=f"Piket {row[9]}: {who}", cancelled=row[6] is None)
    return to_bytes(cal)


def _event(cal, row, labels: dict, *, summary: str, cancelled: bool) -> None:
    from piket.exports.ical import add_event

    _, pool_id, start, end, sequence, modified, person_id, name, phone, pool, function, level = row
    lines = [f"Functie: {labels.get(function, function)}", f"Pool: {pool} ({level})"]
    if name and not cancelled:
        lines.append(f"Piket: {name}" + (f", {phone}" if phone else ""))
    if cancelled:
        lines.append("Deze dienst is niet (meer) van jou." if person_id else "Deze dienst is open.")
    add_event(
        cal, uid=shift_uid(pool_id, timeutil.from_db(start)), start=timeutil.from_db(start),
        end=timeutil.from_db(end), summary=summary, description="\n".join(lines),
        sequence=sequence, last_modified=timeutil.from_db(modified),
        status="CANCELLED" if cancelled else "CONFIRMED", transparent=True,
    )
