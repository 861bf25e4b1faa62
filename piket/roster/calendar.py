"""The shift calendar: a pool's week shifts, from one handover to the next.

A shift starts at the pool's handover weekday and local time (Europe/Amsterdam) and
ends at the same wall-clock moment a week later, so a week across a daylight-saving
change lasts 167 or 169 hours. All arithmetic that yields instants is done on dates and
local wall-clock times, then converted to UTC; durations are only ever computed in UTC
(two aware datetimes with the same tzinfo subtract as wall-clock time in Python).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from piket import timeutil
from piket.errors import PiketError

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_NAMES = {
    **{name: i for i, name in enumerate(DAYS)},
    **{name: i for i, name in enumerate(timeutil.WEEKDAYS)},
    **{name: i for i, name in enumerate(timeutil.DAY_NAMES)},
    **{name: i for i, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))},
}
DEFAULT_HANDOVER = "mon 08:00"


@dataclass(frozen=True)
class Handover:
    day: int  # 0 = Monday
    at: time

    def __str__(self) -> str:
        return f"{DAYS[self.day]} {self.at:%H:%M}"


def parse_handover(text: str | None) -> Handover:
    """``"mon 08:00"`` (also Dutch: ``"ma 8:00"``, ``"maandag 08:00"``) -> Handover."""
    raw = (text or DEFAULT_HANDOVER).strip().lower()
    match = re.fullmatch(r"([a-z]+)\s+(\d{1,2}):(\d{2})", raw)
    if not match or match.group(1) not in _DAY_NAMES:
        raise PiketError(f"ongeldige overdracht: {text!r} (verwacht bv. \"mon 08:00\" of \"ma 08:00\")")
    hour, minute = int(match.group(2)), int(match.group(3))
    if hour > 23 or minute > 59:
        raise PiketError(f"ongeldige overdrachtstijd: {text!r}")
    return Handover(_DAY_NAMES[match.group(1)], time(hour, minute))


def iso_monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def shift_start_in_week(handover: Handover, monday: date) -> datetime:
    """The (UTC) start of the shift whose handover falls in the ISO week of ``monday``."""
    local = datetime.combine(monday + timedelta(days=handover.day), handover.at, tzinfo=timeutil.TZ)
    # A handover time that does not exist (spring forward) normalises forward via UTC.
    return local.astimezone(UTC)


@dataclass(frozen=True)
class Slot:
    """One week shift of a pool: [start, end) in UTC."""

    start: datetime
    end: datetime

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600


def slot_for_week(handover: Handover, day: date) -> Slot:
    """The shift that starts in the ISO week (Monday-Sunday) containing ``day``."""
    monday = iso_monday(day)
    return Slot(shift_start_in_week(handover, monday), shift_start_in_week(handover, monday + timedelta(days=7)))


def slots_from(handover: Handover, first: datetime, count: int) -> list[Slot]:
    """The ``count`` shifts that start at or after the instant ``first``."""
    local_day = first.astimezone(timeutil.TZ).date()
    monday = iso_monday(local_day)
    starts = []
    week = monday
    while len(starts) < count + 1:
        start = shift_start_in_week(handover, week)
        if start >= first or starts:
            starts.append(start)
        week += timedelta(days=7)
    return [Slot(a, b) for a, b in zip(starts, starts[1:], strict=False)]


def slots_between(handover: Handover, first: datetime, until: datetime) -> list[Slot]:
    """Shifts that start in [first, until)."""
    result = []
    week = iso_monday(first.astimezone(timeutil.TZ).date())
    start = shift_start_in_week(handover, week)
    while start < until:
        nxt = shift_start_in_week(handover, week + timedelta(days=7))
        if start >= first:
            result.append(Slot(start, nxt))
        week += timedelta(days=7)
        start = nxt
    return result


def slot_containing(handover: Handover, moment: datetime) -> Slot:
    """The shift running at ``moment``."""
    slot = slot_for_week(handover, moment.astimezone(timeutil.TZ).date())
    if moment < slot.start:
        slot = slot_for_week(handover, (slot.start - timedelta(days=7)).astimezone(timeutil.TZ).date())
    elif moment >= slot.end:
        slot = slot_for_week(handover, slot.end.astimezone(timeutil.TZ).date())
    return slot


def parse_week(text: str) -> date:
    """A WEEK argument: a date (``2025-03-05``) or an ISO week (``2025-W10``)."""
    raw = (text or "").strip()
    match = re.fullmatch(r"(\d{4})-?W(\d{1,2})", raw, flags=re.IGNORECASE)
    if match:
        try:
            return date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        except ValueError:
            raise PiketError(f"ongeldige week: {text!r}") from None
    return timeutil.parse_date(raw)


def week_label(start: datetime) -> str:
    """``wk 10 2025`` for the ISO week in which a shift starts (local time)."""
    year, week, _ = start.astimezone(timeutil.TZ).isocalendar()
    return f"wk {week:02d} {year}"
