"""iCal feeds: valid RFC 5545 (as icalendar, recurring-ical-events and Radicale read it),
stable UIDs, SEQUENCE up on change, taken shifts CANCELLED once, byte-identical re-export."""

import socket
import subprocess
import sys
import time
import urllib.request
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from piket.roster.fill import fill_roster
from piket.roster.ics import person_feed, pool_feed
from piket.roster.pools import get_pool
from piket.roster.shifts import assign, roster, swap
from tests.roster.helpers import make_pool

FIRST = date(2030, 3, 4)  # the range crosses the spring DST change (31 March 2030)


def check_rfc5545(data: bytes) -> Calendar:
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    for line in data.split(b"\r\n"):
        assert b"\n" not in line and len(line) <= 75  # CRLF and folded lines
    cal = Calendar.from_ical(data)
    for component in cal.walk():
        assert component.errors == [], (component.name, component.errors)
    zones = {tz["TZID"] for tz in cal.walk("VTIMEZONE")}
    for event in cal.walk("VEVENT"):
        for name in ("DTSTART", "DTEND"):
            prop = event[name]
            assert isinstance(prop.dt, datetime)  # timed, not all-day
            assert prop.params.get("TZID") in zones  # no missing TZID
        assert event["TRANSP"] == "TRANSPARENT"
        assert "RRULE" not in event
    assert cal["REFRESH-INTERVAL"] and cal["X-WR-CALNAME"]
    return cal


@pytest.fixture
def filled(db, monkeypatch):
    monkeypatch.setenv("PIKET_NOW", "2030-02-01T10:00:00")
    pool, people = make_pool(db, size=3)
    fill_roster(db, pool, first=FIRST, weeks=8)
    return pool, people


def test_person_feed_holds_exactly_their_shifts(db, filled):
    import recurring_ical_events

    pool, people = filled
    data = person_feed(db, people[0], FIRST, 8)
    cal = check_rfc5545(data)
    expected = [(r["start"], r["end"]) for r in roster(db, [get_pool(db, pool)], FIRST, 8)
                if r["person_id"] == people[0]]
    amsterdam = ZoneInfo("Europe/Amsterdam")
    found = recurring_ical_events.of(cal).between(datetime(2030, 1, 1, tzinfo=amsterdam),
                                                  datetime(2031, 1, 1, tzinfo=amsterdam))
    assert sorted((e["DTSTART"].dt, e["DTEND"].dt) for e in found) == sorted(expected)
    assert len(expected) >= 2
    assert person_feed(db, people[0], FIRST, 8) == data  # unchanged roster: byte-identical


def test_a_changed_shift_keeps_its_uid_with_a_higher_sequence(db, filled, monkeypatch):
    pool, people = filled
    shifts = roster(db, [get_pool(db, pool)], FIRST, 8)
    first_holder, second_holder = shifts[0]["person_id"], shifts[1]["person_id"]
    before = {e["UID"]: e for e in Calendar.from_ical(pool_feed(db, pool, FIRST, 8)).walk("VEVENT")}
    monkeypatch.setenv("PIKET_NOW", "2030-02-02T10:00:00")
    swap(db, pool, shifts[0]["start"].date(), shifts[1]["start"].date(), reason="ruil")
    after = {e["UID"]: e for e in Calendar.from_ical(pool_feed(db, pool, FIRST, 8)).walk("VEVENT")}
    assert before.keys() == after.keys()
    changed = [uid for uid in after if after[uid]["SEQUENCE"] != before[uid]["SEQUENCE"]]
    assert len(changed) == 2 and all(after[u]["SEQUENCE"] == before[u]["SEQUENCE"] + 1 for u in changed)
    # The old holder's feed shows the shift they lost once, as CANCELLED.
    other = next(p for p in people if p not in (first_holder, second_holder))
    assign(db, pool, shifts[0]["start"].date(), other)
    assign(db, pool, shifts[0]["start"].date(), first_holder)
    assign(db, pool, shifts[0]["start"].date(), other)
    events = Calendar.from_ical(person_feed(db, first_holder, FIRST, 8)).walk("VEVENT")
    uid = next(u for u in changed if u.endswith(f"{shifts[0]['start']:%Y%m%dT%H%M%SZ}@piket"))
    lost = [e for e in events if e["UID"] == uid]
    assert len(lost) == 1 and lost[0]["STATUS"] == "CANCELLED"
    assert lost[0]["SEQUENCE"] == after[uid]["SEQUENCE"] + 3


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_caldav_server_accepts_the_feed(db, filled, tmp_path):
    pool, people = filled
    data = pool_feed(db, pool, FIRST, 8)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "radicale", f"--storage-filesystem-folder={tmp_path / 'dav'}",
         f"--server-hosts=127.0.0.1:{port}", "--auth-type=none", "--rights-type=owner_write"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/piket/rooster/"
        headers = {"Content-Type": "text/calendar; charset=utf-8", "Authorization": "Basic cGlrZXQ6eA=="}
        for _ in range(100):
            try:
                response = urllib.request.urlopen(urllib.request.Request(url, data=data, method="PUT",
                                                                         headers=headers), timeout=5)
                break
            except (ConnectionError, urllib.error.URLError):
                time.sleep(0.1)
        else:
            pytest.fail("Radicale did not start")
        assert response.status == 201
        back = urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=5).read()
        assert len(Calendar.from_ical(back).walk("VEVENT")) == 8
    finally:
        server.terminate()
        server.wait(timeout=10)
