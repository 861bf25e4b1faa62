"""iCalendar (RFC 5545) feeds through the icalendar library.

Times are written in Europe/Amsterdam with a VTIMEZONE built from yearly RRULEs (the form
Outlook reads; icalendar's own generated VTIMEZONE lists every transition as RDATEs).
DTSTAMP is the item's last modification, not "now", so an unchanged export is
byte-identical and calendar clients see no spurious updates.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vDuration

from piket import __version__
from piket.timeutil import TZ

PRODID = f"-//piket//piket {__version__}//NL"


def amsterdam_vtimezone() -> Timezone:
    zone = Timezone()
    zone.add("tzid", "Europe/Amsterdam")
    zone.add("x-lic-location", "Europe/Amsterdam")
    summer = TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("tzoffsetfrom", timedelta(hours=1))
    summer.add("tzoffsetto", timedelta(hours=2))
    summer.add("dtstart", datetime(1970, 3, 29, 2, 0, 0))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    winter = TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("tzoffsetfrom", timedelta(hours=2))
    winter.add("tzoffsetto", timedelta(hours=1))
    winter.add("dtstart", datetime(1970, 10, 25, 3, 0, 0))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    zone.add_component(summer)
    zone.add_component(winter)
    return zone


def new_calendar(name: str, *, refresh_minutes: int = 60, description: str = "") -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("name", name)
    cal.add("x-wr-timezone", "Europe/Amsterdam")
    if description:
        cal.add("x-wr-caldesc", description)
    interval = timedelta(minutes=refresh_minutes)
    cal.add("refresh-interval", interval, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(interval))  # an X- property: say it is a duration
    cal.add_component(amsterdam_vtimezone())
    return cal


def add_event(
    cal: Calendar,
    *,
    uid: str,
    start: datetime,
    end: datetime,
    summary: str,
    last_modified: datetime,
    description: str = "",
    location: str = "",
    sequence: int = 0,
    status: str = "CONFIRMED",
    transparent: bool = True,
    categories: list[str] | None = None,
) -> Event:
    """One timed VEVENT; ``start``/``end``/``last_modified`` must be timezone-aware."""
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", last_modified.astimezone(UTC))
    event.add("last-modified", last_modified.astimezone(UTC))
    event.add("dtstart", start.astimezone(TZ))
    event.add("dtend", end.astimezone(TZ))
    event.add("summary", _clean(summary))
    if description:
        event.add("description", _clean(description))
    if location:
        event.add("location", _clean(location))
    event.add("sequence", sequence)
    event.add("status", status)
    event.add("transp", "TRANSPARENT" if transparent else "OPAQUE")
    if categories:
        event.add("categories", categories)
    cal.add_component(event)
    return event


def _clean(text: str) -> str:
    # Control characters are not allowed in iCalendar text values (RFC 5545 3.3.11).
    return "".join(ch for ch in str(text) if ch in "\n\t" or ord(ch) >= 32)


def to_bytes(cal: Calendar) -> bytes:
    return cal.to_ical()
