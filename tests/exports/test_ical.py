"""The shared iCal helpers: valid RFC 5545, an Outlook-readable zone, stable bytes."""

from datetime import UTC, datetime

from icalendar import Calendar

from piket.exports.ical import add_event, new_calendar, to_bytes


def _feed():
    cal = new_calendar("Piket OvD-Bz")
    add_event(
        cal, uid="shift-1@piket", summary="Piket OvD-Bz\x00",
        start=datetime(2026, 3, 23, 7, tzinfo=UTC), end=datetime(2026, 3, 30, 6, tzinfo=UTC),
        last_modified=datetime(2026, 1, 2, 9, tzinfo=UTC), sequence=2,
        description="Lange tekst " * 20,
    )
    return to_bytes(cal)


def test_feed_parses_without_errors_and_keeps_local_times():
    data = _feed()
    parsed = Calendar.from_ical(data)
    for component in parsed.walk():
        assert not component.errors, component.name
    event = next(iter(parsed.walk("VEVENT")))
    assert event.decoded("dtstart").isoformat() == "2026-03-23T08:00:00+01:00"
    assert event.decoded("dtend").isoformat() == "2026-03-30T08:00:00+02:00"
    assert b"TZID=Europe/Amsterdam" in data
    assert b"RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in data
    assert b"RDATE" not in data
    assert b"TRANSP:TRANSPARENT" in data and b"SEQUENCE:2" in data
    assert b"X-PUBLISHED-TTL:PT1H\r\n" in data and b"REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in data
    assert b"\x00" not in data


def test_lines_are_crlf_and_folded():
    data = _feed()
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_unchanged_export_is_byte_identical():
    assert _feed() == _feed()
