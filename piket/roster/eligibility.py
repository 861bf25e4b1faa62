"""Who may hold a shift: holds the function, vakbekwaam for the whole shift, not absent,
not on call elsewhere at the same moment.

:class:`Snapshot` loads what the checks need once, so that filling and gap-finding over
years of shifts stay fast; every check gives its reasons as Dutch text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlite_utils import Database

from piket import timeutil

MAX_SHIFT = timedelta(hours=169)


def qualified_until(valid_until: date | None) -> datetime | None:
    """The instant a vakbekwaamheid valid through ``valid_until`` (inclusive) stops counting."""
    if valid_until is None:
        return None
    return timeutil.local_midnight(valid_until + timedelta(days=1))


@dataclass
class Busy:
    """A person's stored assignments, sorted by start, for overlap look-ups."""

    starts: list[datetime] = field(default_factory=list)
    items: list[tuple[datetime, datetime, int, int]] = field(default_factory=list)  # start, end, pool, shift

    def add(self, start, end, pool_id, shift_id) -> None:
        index = bisect.bisect(self.starts, start)
        self.starts.insert(index, start)
        self.items.insert(index, (start, end, pool_id, shift_id))

    def overlapping(self, start: datetime, end: datetime):
        low = bisect.bisect_left(self.starts, start - MAX_SHIFT)
        high = bisect.bisect_left(self.starts, end)
        for item in self.items[low:high]:
            if item[1] > start:
                yield item


@dataclass
class Snapshot:
    names: dict[int, str]
    functions: dict[int, dict[str, date | None]]
    absences: dict[int, list[tuple[datetime, datetime, str]]]
    busy: dict[int, Busy]
    pool_names: dict[int, str]

    def problems(self, person: int, function: str, start: datetime, end: datetime, *,
                 ignore_shifts: tuple[int, ...] = (), check_busy: bool = True) -> list[str]:
        """Why ``person`` cannot hold a ``function`` shift [start, end); empty if they can."""
        reasons = []
        held = self.functions.get(person, {})
        if function not in held:
            reasons.append(f"heeft de functie {function} niet")
        else:
            stops = qualified_until(held[function])
            if stops is not None and stops < end:
                if stops <= start:
                    reasons.append(f"niet vakbekwaam: {function} verlopen op {held[function]:%d-%m-%Y}")
                else:
                    reasons.append(f"vakbekwaamheid {function} verloopt op {held[function]:%d-%m-%Y}, tijdens de dienst")
        for a_start, a_end, why in self.absences.get(person, ()):
            if a_start < end and a_end > start:
                label = f" ({why})" if why else ""
                reasons.append(f"afwezig {timeutil.display(a_start)} tot {timeutil.display(a_end)}{label}")
                break
        if check_busy and person in self.busy:
            for _, _, pool, shift in self.busy[person].overlapping(start, end):
                if shift not in ignore_shifts:
                    reasons.append(f"heeft dan al piket in {self.pool_names.get(pool, pool)}")
                    break
        return reasons

    def absent(self, person: int, start: datetime, end: datetime) -> bool:
        for a, b, _ in self.absences.get(person, ()):  # noqa: SIM110 - a plain loop is faster here
            if a < end and b > start:
                return True
        return False

    def available(self, person: int, function: str, start: datetime, end: datetime) -> bool:
        """Qualified and present (other pools not considered)."""
        held = self.functions.get(person)
        if held is None or function not in held:
            return False
        stops = qualified_until(held[function])
        if stops is not None and stops < end:
            return False
        return not self.absent(person, start, end)


def load(db: Database, window: tuple[datetime, datetime] | None = None) -> Snapshot:
    """Everything the checks read; with ``window`` (start, end) only the absences and shifts
    that overlap it, which is all that checks of shifts inside the window look at (a grid
    of half a year reads weeks, not ten years, of shifts)."""
    overlaps, bounds = "", []
    if window is not None:
        overlaps, bounds = ' AND "end" > ? AND start < ?', [timeutil.to_db(window[0]), timeutil.to_db(window[1])]
    names = {row[0]: row[1] for row in db.execute("SELECT id, name FROM people")}
    functions: dict[int, dict[str, date | None]] = {}
    for pid, code, until in db.execute("SELECT person_id, function, valid_until FROM person_functions"):
        functions.setdefault(pid, {})[code] = date.fromisoformat(until) if until else None
    absences: dict[int, list] = {}
    for pid, start, end, reason in db.execute(
        f"SELECT person_id, start, end, reason FROM absences WHERE 1{overlaps} ORDER BY start, id", bounds
    ):
        absences.setdefault(pid, []).append((timeutil.from_db(start), timeutil.from_db(end), reason))
    busy: dict[int, Busy] = {}
    for sid, pool, pid, start, end in db.execute(
        f"SELECT id, pool_id, person_id, start, end FROM shifts WHERE person_id IS NOT NULL{overlaps} "
        "ORDER BY start, id", bounds
    ):
        entry = busy.setdefault(pid, Busy())
        begin = timeutil.from_db(start)
        entry.starts.append(begin)
        entry.items.append((begin, timeutil.from_db(end), pool, sid))
    pool_names = {row[0]: row[1] for row in db.execute("SELECT id, name FROM pools")}
    return Snapshot(names, functions, absences, busy, pool_names)
