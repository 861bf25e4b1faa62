"""Numbers of affected people (getroffenen): counted, never named.

Each count is a ``getroffenen`` entry in the chained log with its numbers as JSON in the
``figures`` column (the text repeats them for reading). A later count replaces the earlier
number of each category it names and leaves the others standing, so the OvD updates only
what changed: "opgevangen 25 → 40". Categories are reference data
(``data/affected_categories.json``).
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.errors import PiketError
from piket.logbook.kinds import AFFECTED_KIND
from piket.storage import write

MAX_COUNT = 1_000_000


def record_affected(db: Database, incident: str | int, figures: dict[str, int], *, note: str = "",
                    at: datetime | None = None, author: str | None = None, role: str = "",
                    meeting_seq: int | None = None) -> int:
    """Log the current numbers of the categories in ``figures`` (code or label -> count)."""
    from piket.logbook import service
    from piket.logbook.models import clean_text  # pydantic: not for the readers below

    counts = _checked(db, figures)
    note = clean_text(note, "toelichting", required=False)
    entry = service.new_entry(db, text=describe(db, counts) + (f"\n{note}" if note else ""), kind=AFFECTED_KIND,
                              at=at, author=author, role=role)
    target = service.open_incident_id(db, incident)
    with write(db):
        service.join_meeting(db, target, meeting_seq, AFFECTED_KIND)
        return service.insert_entry(db, target, entry, figures=json.dumps(counts, separators=(",", ":")),
                                    meeting_seq=meeting_seq)


def describe(db: Database, counts: dict[str, int]) -> str:
    """The entry text for checked ``counts``: "Getroffenen: 40 geëvacueerd, 2 gewond"."""
    labels = refdata.labels(db, "affected_categories")
    return "Getroffenen: " + ", ".join(f"{count} {labels[code].lower()}" for code, count in counts.items())


def affected(db: Database, target: int) -> dict:
    """``latest``: per category the number now standing (with when and which entry set it);
    ``history``: every count, oldest first."""
    labels = refdata.labels(db, "affected_categories")
    order = {code: position for position, code in enumerate(refdata.codes(db, "affected_categories"))}
    rows = db.execute(
        f"SELECT seq, at, figures FROM log_entries WHERE incident_id = ? AND kind = '{AFFECTED_KIND}' "
        "AND figures IS NOT NULL ORDER BY seq", [target],
    ).fetchall()
    latest: dict[str, dict] = {}
    history = []
    for seq, at, figures in rows:
        counts = json.loads(figures)
        history.append({"seq": seq, "at": timeutil.iso_local(at), "figures": counts})
        for code, count in counts.items():
            latest[code] = {"code": code, "label": labels.get(code, code), "count": count,
                            "at": timeutil.iso_local(at), "seq": seq}
    return {"latest": sorted(latest.values(), key=lambda item: order.get(item["code"], len(order))),
            "history": history}


def parse_counts(values: list[str]) -> dict[str, int]:
    """``["geevacueerd=40", "gewond=2"]`` (the CLI's --count) -> a figures dict."""
    figures: dict[str, int] = {}
    for value in values:
        code, sep, number = value.partition("=")
        if not sep or not number.strip().lstrip("-").isdigit():
            raise PiketError(f"--count {value!r}: gebruik CATEGORIE=AANTAL, bv. geevacueerd=40")
        figures[code.strip()] = int(number)
    return figures


def _checked(db: Database, figures: dict[str, int]) -> dict[str, int]:
    """Codes (a label is accepted too) in the reference order, counts whole and in range."""
    items = refdata.items(db, "affected_categories")
    by_name = {item["code"]: item["code"] for item in items}
    by_name.update({item["label"].casefold(): item["code"] for item in items})
    counts: dict[str, int] = {}
    for name, count in figures.items():
        code = by_name.get(str(name).strip()) or by_name.get(str(name).strip().casefold())
        if code is None:
            known = ", ".join(item["code"] for item in items)
            raise PiketError(f"onbekende categorie getroffenen: {name!r} (bekend: {known})")
        if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_COUNT:
            raise PiketError(f"aantal voor {code}: geef een heel getal van 0 tot {MAX_COUNT:,}".replace(",", "."))
        counts[code] = count
    if not counts:
        raise PiketError("geef minstens één aantal getroffenen op")
    return {item["code"]: counts[item["code"]] for item in items if item["code"] in counts}
