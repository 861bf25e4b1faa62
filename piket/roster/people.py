"""People: contact data, the functions they hold (with vakbekwaamheid expiry) and absences."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.errors import PiketError
from piket.storage import write
from piket.storage.lookup import resolve_id


def person_id(db: Database, ref: str | int) -> int:
    return resolve_id(db, "people", ref, what="persoon")


def require_function(db: Database, code: str) -> dict:
    code = (code or "").strip()
    if not code:
        raise PiketError("functie: geen functiecode opgegeven")
    return refdata.require(db, "functions", code, "functiecode")


def normalise_municipality(db: Database, text: str) -> str:
    """A municipality code (``0034``) becomes its name; other text is kept as given."""
    text = (text or "").strip()
    for item in refdata.items(db, "municipalities", include_inactive=True):
        if text in (item["code"], item["name"]) or text.lower() == item["name"].lower():
            return item["name"]
    return text


def _checked_person(**fields):
    """The pydantic input model, imported here: readers of this module (who is on call, at
    every start-up) should not pay for loading pydantic."""
    from piket.roster.validation import PersonIn, validated

    return validated(PersonIn, **fields)


def add_person(db: Database, name: str, phone: str = "", email: str = "", municipality: str = "",
               functions: list[str] | tuple = ()) -> int:
    person = _checked_person(name=name, phone=phone or "", email=email or "",
                             municipality=municipality or "")
    codes = list(dict.fromkeys(code.strip() for code in functions if code.strip()))
    for code in codes:
        require_function(db, code)
    with write(db):
        new_id = db["people"].insert({
            "name": person.name, "phone": person.phone, "email": person.email,
            "municipality": normalise_municipality(db, person.municipality),
            "created_at": timeutil.to_db(timeutil.now()),
        }).last_pk
        for code in codes:
            db.execute("INSERT INTO person_functions (person_id, function) VALUES (?, ?)", [new_id, code])
    return new_id


def update_person(db: Database, ref, *, name: str, phone: str = "", email: str = "",
                  municipality: str = "") -> None:
    pid = person_id(db, ref)
    person = _checked_person(name=name, phone=phone or "", email=email or "",
                             municipality=municipality or "")
    with write(db):
        db["people"].update(pid, {
            "name": person.name, "phone": person.phone, "email": person.email,
            "municipality": normalise_municipality(db, person.municipality),
        })


def save_person(db: Database, person=None, *, name: str, phone: str = "", email: str = "",
                municipality: str = "", functions: list[str] | tuple = (), pools: list | tuple = ()) -> int:
    """Create (``person`` None) or update a person with exactly these functions and pool
    memberships, all in one transaction: the person dialog's one way in.

    Functions kept keep their vakbekwaamheid expiry; a function taken away loses it. Each
    pool needs its function among ``functions``. Everything is checked before anything is
    written, and a failure half-way rolls the whole save back.
    """
    from piket.roster.pools import get_pool, pools_of, set_member
    from piket.roster.privacy import ANONYMISED

    pid = person_id(db, person) if person is not None else None
    checked = _checked_person(name=name, phone=phone or "", email=email or "", municipality=municipality or "")
    if pid is not None and db.execute("SELECT name FROM people WHERE id = ?", [pid]).fetchone()[0] == ANONYMISED:
        raise PiketError(f"persoon {pid} is geanonimiseerd en kan niet meer worden bewerkt")
    same = db.execute("SELECT id FROM people WHERE lower(name) = lower(?) AND id IS NOT ?",
                      [checked.name, pid]).fetchone()
    if same:
        raise PiketError(f"naam: er is al een persoon {checked.name!r} (id {same[0]})")
    codes = list(dict.fromkeys(code.strip() for code in functions if code.strip()))
    for code in codes:
        require_function(db, code)
    targets = {}
    for ref in pools:
        pool = get_pool(db, ref)
        if pool.function not in codes:
            raise PiketError(f"pools: {pool.name!r} vraagt functie {pool.function}; vink die aan bij functies")
        targets[pool.id] = pool
    with write(db):
        if pid is None:
            pid = add_person(db, checked.name, checked.phone, checked.email, checked.municipality, codes)
        else:
            update_person(db, pid, name=checked.name, phone=checked.phone, email=checked.email,
                          municipality=checked.municipality)
            held = {row[0] for row in db.execute(
                "SELECT function FROM person_functions WHERE person_id = ?", [pid])}
            for code in held - set(codes):
                remove_function(db, pid, code)
            for code in codes:
                if code not in held:
                    db.execute("INSERT INTO person_functions (person_id, function) VALUES (?, ?)", [pid, code])
        current = set(pools_of(db, pid))
        for pool_id in current - set(targets):
            set_member(db, pool_id, pid, remove=True)
        for pool_id in targets:
            if pool_id not in current:
                set_member(db, pool_id, pid)
    return pid


def municipalities(db: Database) -> list[str]:
    """The gemeenten to choose from: the region's (reference data) and any other in use."""
    names = [item["name"] for item in refdata.items(db, "municipalities")]
    in_use = [row[0] for row in db.execute(
        "SELECT DISTINCT municipality FROM people WHERE municipality != '' ORDER BY municipality")]
    return sorted(set(names) | set(in_use), key=str.lower)


def list_people(db: Database) -> list[dict]:
    functions: dict[int, list[str]] = {}
    for pid, code in db.execute("SELECT person_id, function FROM person_functions ORDER BY function"):
        functions.setdefault(pid, []).append(code)
    rows = db.execute("SELECT id, name, phone, email, municipality FROM people ORDER BY name, id")
    return [
        {"id": r[0], "name": r[1], "phone": r[2], "email": r[3], "municipality": r[4],
         "functions": functions.get(r[0], [])}
        for r in rows
    ]


def get_person(db: Database, ref) -> dict:
    pid = person_id(db, ref)
    return next(p for p in list_people(db) if p["id"] == pid)


def add_qualification(db: Database, person, function: str, valid_until: date | str | None = None) -> int:
    """Record that ``person`` is vakbekwaam for ``function`` (until ``valid_until`` inclusive).

    The function data names the courses behind it (``required_qualifications``); piket keeps
    one expiry per function held, which is what eligibility for a pool needs.
    """
    pid = person_id(db, person)
    require_function(db, function)
    until = timeutil.parse_date(valid_until) if isinstance(valid_until, str) else valid_until
    with write(db):
        db.execute(
            """INSERT INTO person_functions (person_id, function, valid_until) VALUES (?, ?, ?)
               ON CONFLICT (person_id, function) DO UPDATE SET valid_until = excluded.valid_until""",
            [pid, function.strip(), until.isoformat() if until else None],
        )
    return pid


def remove_function(db: Database, person, function: str) -> None:
    pid = person_id(db, person)
    with write(db):
        db.execute("DELETE FROM person_functions WHERE person_id = ? AND function = ?", [pid, function])


def qualifications_of(db: Database, person) -> list[dict]:
    """The functions a person holds with their expiry and whether it expires soon."""
    pid = person_id(db, person)
    labels = refdata.labels(db, "functions")
    warn = _warn_days(db)
    today = timeutil.today()
    result = []
    for code, until, fits in db.execute(
        "SELECT function, valid_until, fits_opkomsttijd FROM person_functions WHERE person_id = ? ORDER BY function",
        [pid],
    ):
        expiry = date.fromisoformat(until) if until else None
        days_left = (expiry - today).days if expiry else None
        status = "geldig"
        if expiry and days_left < 0:
            status = "verlopen"
        elif expiry and days_left <= warn.get(code, 90):
            status = "verloopt binnenkort"
        result.append({"function": code, "function_label": labels.get(code, code),
                       "valid_until": expiry, "status": status, "fits_opkomsttijd": bool(fits)})
    return result


def _warn_days(db: Database) -> dict[str, int]:
    """Per function: the shortest warning period of the courses it requires."""
    quals = {q["code"]: q.get("warn_days", 90) for q in refdata.items(db, "qualifications")}
    return {
        f["code"]: min((quals.get(q, 90) for q in f.get("required_qualifications", [])), default=90)
        for f in refdata.items(db, "functions")
    }


def add_absence(db: Database, person, start: datetime | str, end: datetime | str, reason: str = "") -> int:
    pid = person_id(db, person)
    start_at = timeutil.parse_time(start) if isinstance(start, str) else start
    end_at = _absence_end(end) if isinstance(end, str) else end
    if end_at <= start_at:
        raise PiketError("afwezigheid: het einde ligt niet na het begin")
    reason = (reason or "").strip()
    if len(reason) > 200:
        raise PiketError("reden: te lang (max. 200 tekens)")
    with write(db):
        return db["absences"].insert({
            "person_id": pid, "start": timeutil.to_db(start_at), "end": timeutil.to_db(end_at),
            "reason": reason,
        }).last_pk


def _absence_end(text: str) -> datetime:
    """A bare date as the end of an absence includes that whole day."""
    text = text.strip()
    if len(text) == 10:
        return timeutil.local_midnight(timeutil.parse_date(text) + timedelta(days=1))
    return timeutil.parse_time(text)


def remove_absence(db: Database, absence_id: int) -> None:
    with write(db):
        if db.execute("DELETE FROM absences WHERE id = ?", [absence_id]).rowcount == 0:
            raise PiketError(f"afwezigheid {absence_id} bestaat niet")


def absences_of(db: Database, person) -> list[dict]:
    pid = person_id(db, person)
    rows = db.execute("SELECT id, start, end, reason FROM absences WHERE person_id = ? ORDER BY start", [pid])
    return [{"id": r[0], "start": timeutil.from_db(r[1]), "end": timeutil.from_db(r[2]), "reason": r[3]}
            for r in rows]
