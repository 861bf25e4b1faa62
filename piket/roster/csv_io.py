"""People and pool memberships in and out of spreadsheets (``person import``, ``export csv``).

The import is all rows or none: every row is checked first, errors name the row and the
column, and only then is everything written in one transaction.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.errors import PiketError
from piket.roster.validation import PersonIn, validated

HEADER = ("naam", "telefoon", "email", "gemeente", "functies", "pools")
COLUMN_OF = {"naam": "naam", "telefoon": "telefoon", "e-mail": "email", "gemeente": "gemeente"}


def _codes(text: str) -> list[str]:
    return [part.strip() for part in text.replace("|", ",").split(",") if part.strip()]


def import_people(db: Database, source: str | Path | bytes) -> dict:
    from piket.exports.csv_io import cell_error, read_csv
    from piket.roster.people import add_person
    from piket.roster.pools import set_member
    from piket.storage import write

    if isinstance(source, bytes):
        data, what = source, "bestand"
    else:
        path = Path(source).expanduser()
        what = path.name
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise PiketError(f"{path}: niet te lezen ({exc.strerror})") from None
    rows = read_csv(data, ["naam"], HEADER[1:], what=what)
    functions = set(refdata.codes(db, "functions"))
    pools = {row[0]: (row[1], row[2]) for row in db.execute("SELECT name, id, function FROM pools")}
    existing = {row[0].lower(): row[1] for row in db.execute("SELECT name, id FROM people")}
    seen: dict[str, int] = {}
    checked = []
    for row in rows:
        try:
            person = validated(PersonIn, name=row.get("naam", ""), phone=row.get("telefoon", ""),
                               email=row.get("email", ""), municipality=row.get("gemeente", ""))
        except PiketError as exc:
            column, _, problem = str(exc).partition(": ")
            raise cell_error(what, row, COLUMN_OF.get(column, column), problem) from None
        key = person.name.lower()
        if key in seen:
            raise cell_error(what, row, "naam", f"{person.name!r} staat ook al in rij {seen[key]}")
        if key in existing:
            raise cell_error(what, row, "naam", f"{person.name!r} bestaat al (id {existing[key]})")
        seen[key] = row["_row"]
        codes = _codes(row.get("functies", ""))
        for code in codes:
            if code not in functions:
                raise cell_error(what, row, "functies", f"onbekende functiecode {code!r}")
        member_of = []
        for name in _codes(row.get("pools", "")):
            if name not in pools:
                raise cell_error(what, row, "pools", f"pool {name!r} bestaat niet")
            if pools[name][1] not in codes:
                raise cell_error(what, row, "pools",
                                 f"pool {name!r} vraagt functie {pools[name][1]}; zet die bij 'functies'")
            member_of.append(pools[name][0])
        checked.append((person, codes, member_of))
    memberships = 0
    with write(db):
        for person, codes, member_of in checked:
            new_id = add_person(db, person.name, person.phone, person.email, person.municipality, codes)
            for pool_id in member_of:
                set_member(db, pool_id, new_id)
                memberships += 1
    return {"people": len(checked), "memberships": memberships}


def export_people(db: Database) -> bytes:
    from piket.exports.csv_io import to_csv
    from piket.roster.people import list_people

    pools: dict[int, list[str]] = {}
    for person, name in db.execute(
        "SELECT m.person_id, p.name FROM pool_members m JOIN pools p ON p.id = m.pool_id ORDER BY p.name"
    ):
        pools.setdefault(person, []).append(name)
    rows = [
        (p["name"], p["phone"], p["email"], p["municipality"], "|".join(p["functions"]),
         "|".join(pools.get(p["id"], [])))
        for p in list_people(db)
    ]
    return to_csv(HEADER, rows)


def default_range(first: date | None, weeks: int | None) -> tuple[date, int]:
    """Export range: from 4 weeks before today, 56 weeks (to 52 weeks ahead), unless given."""
    return (first or timeutil.today() - timedelta(weeks=4)), (weeks or 56)


def export_roster(db: Database, first: date | None, weeks: int | None) -> bytes:
    from piket.exports.csv_io import to_csv
    from piket.roster.eligibility import load
    from piket.roster.gaps import shift_problem
    from piket.roster.pools import all_pools
    from piket.roster.shifts import roster

    first, weeks = default_range(first, weeks)
    pools = all_pools(db)
    by_id = {p.id: p for p in pools}
    snapshot = load(db)
    rows = []
    for row in roster(db, pools, first, weeks):
        pool = by_id[row["pool_id"]]
        rows.append((
            row["pool"], pool.function, _cell_time(row["start"]), _cell_time(row["end"]),
            row["person"] or "", row["phone"], "ja" if row["manual"] else "nee",
            shift_problem(snapshot, row, pool.function, pool.kind),
        ))
    return to_csv(("pool", "functie", "van", "tot", "persoon", "telefoon", "handmatig", "probleem"), rows)


def _cell_time(moment) -> str:
    """``2027-01-04 08:00`` local: sorts as text and Excel reads it as a date."""
    return moment.astimezone(timeutil.TZ).strftime("%Y-%m-%d %H:%M")
