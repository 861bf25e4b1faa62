"""The shift calendar: shifts tile time, start at the handover in local time, and last a
week of 167, 168 or 169 hours."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piket import timeutil
from piket.errors import PiketError
from piket.roster.calendar import (
    Handover,
    parse_handover,
    parse_week,
    slot_containing,
    slot_for_week,
    slots_between,
    slots_from,
)

handovers = st.builds(Handover, st.integers(0, 6), st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45])))
days = st.dates(date(2019, 1, 1), date(2035, 12, 31))


@settings(max_examples=150, deadline=None)
@given(handovers, days, st.integers(1, 60))
def test_shifts_tile_the_horizon_and_start_at_the_handover(handover, first, count):
    slots = slots_from(handover, timeutil.local_midnight(first), count)
    assert len(slots) == count
    assert slots[0].start >= timeutil.local_midnight(first)
    assert slots[0].start - timeutil.local_midnight(first) < timedelta(days=8)
    for a, b in zip(slots, slots[1:], strict=False):
        assert a.end == b.start  # no gap, no overlap, as UTC instants
    for slot in slots:
        assert slot.start.tzinfo is UTC or slot.start.utcoffset() == timedelta(0)
        local = slot.start.astimezone(timeutil.TZ)
        assert local.weekday() == handover.day
        hours = (slot.end - slot.start).total_seconds() / 3600  # computed in UTC
        assert hours in (167, 168, 169)
        if handover.at.hour not in (2,):  # 02:xx does not exist on the spring-forward Sunday
            assert local.time() == handover.at


@pytest.mark.parametrize("year", [2024, 2025, 2026, 2027])
def test_dst_weeks_last_167_and_169_hours(year):
    handover = parse_handover("mon 08:00")
    slots = slots_between(handover, timeutil.local_midnight(date(year, 1, 1)),
                          timeutil.local_midnight(date(year + 1, 1, 1)))
    hours = [s.hours for s in slots]
    assert hours.count(167) == 1 and hours.count(169) == 1
    assert all(h == 168 for h in hours if h not in (167, 169))
    short = next(s for s in slots if s.hours == 167)
    long_ = next(s for s in slots if s.hours == 169)
    march_switch = max(d for d in (date(year, 3, 31) - timedelta(days=i) for i in range(7)) if d.weekday() == 6)
    october_switch = max(d for d in (date(year, 10, 31) - timedelta(days=i) for i in range(7)) if d.weekday() == 6)
    assert short.start.astimezone(timeutil.TZ).date() < march_switch < short.end.astimezone(timeutil.TZ).date()
    assert long_.start.astimezone(timeutil.TZ).date() < october_switch < long_.end.astimezone(timeutil.TZ).date()


def test_a_53_week_year_has_53_monday_shifts():
    handover = parse_handover("mon 08:00")
    first = date.fromisocalendar(2026, 1, 1)
    slots = slots_from(handover, timeutil.local_midnight(first), 54)
    in_2026 = [s for s in slots if s.start.astimezone(timeutil.TZ).isocalendar()[0] == 2026]
    assert len(in_2026) == 53
    assert slot_for_week(handover, parse_week("2026-W53")).start == in_2026[-1].start


@given(handovers, st.datetimes(datetime(2020, 1, 1), datetime(2034, 1, 1)))
@settings(max_examples=100, deadline=None)
def test_slot_containing_contains(handover, naive):
    moment = naive.replace(tzinfo=UTC)
    slot = slot_containing(handover, moment)
    assert slot.start <= moment < slot.end


def test_parse_handover_accepts_dutch_and_refuses_nonsense():
    assert str(parse_handover("ma 8:00")) == "mon 08:00"
    assert str(parse_handover("vrijdag 17:30")) == "fri 17:30"
    assert str(parse_handover(None)) == "mon 08:00"
    for bad in ("mon", "xyz 08:00", "mon 25:00", "mon 08:61"):
        with pytest.raises(PiketError):
            parse_handover(bad)


def test_week_argument_is_a_date_or_an_iso_week():
    assert parse_week("2025-03-05") == date(2025, 3, 5)
    assert parse_week("2025-W10") == date(2025, 3, 3)
    with pytest.raises(PiketError):
        parse_week("2025-W60")
