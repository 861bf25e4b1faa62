"""Import of the evenementenkalender from CSV: every row is checked before any is written.

Columns (cli.md): ``naam;start;einde;locatie;bezoekers`` required; optional the Dutch field
words of :data:`piket.events.model.FIELDS` (``piek``, ``oppervlakte``, ``organisator``, ...)
and any risk-criterion key (``alcohol_drugs``, ``night``, ...) as scan answers.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from piket import timeutil
from piket.errors import PiketError
from piket.events import scan
from piket.events.model import LABELS, field_for, parse_value, validated
from piket.events.service import _insert
from piket.storage import write

REQUIRED = ("naam", "start", "einde", "locatie", "bezoekers")
OPTIONAL_FIELDS = ("piek", "oppervlakte", "organisator", "contactpersoon", "opbouw", "afbouw",
                   "vergunning", "opmerkingen", "status", "lat", "lon")


def import_file(db: Database, path: str | Path, *, author: str = "") -> list[int]:
    path = Path(path).expanduser()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PiketError(f"{path}: niet te lezen ({exc.strerror})") from None
    return import_csv(db, data, what=path.name, author=author)


def import_csv(db: Database, data: bytes, *, what: str = "bestand", author: str = "") -> list[int]:
    """Add every row as an event, or none; returns the new ids in file order."""
    from piket import refdata
    from piket.exports.csv_io import cell_error, read_csv

    rules = scan.load_rules(db)
    criteria = {c.key: c for c in rules.criteria}
    rows = read_csv(data, REQUIRED, (*OPTIONAL_FIELDS, *criteria), what=what)
    statuses = set(refdata.codes(db, "event_statuses"))
    existing = {
        (name, start): event_id
        for event_id, name, start in db.execute("SELECT id, name, start_at FROM events WHERE deleted_at IS NULL")
    }
    prepared, seen = [], {}
    for row in rows:
        fields, answers = {}, {}
        for column, text in row.items():
            if column == "_row" or text == "":
                continue
            if column in criteria:
                try:
                    if criteria[column].from_field == "visitors_peak":
                        fields["visitors_peak"] = int(float(scan.normalise_answer(criteria[column], text)))
                    else:
                        answers[column] = scan.normalise_answer(criteria[column], text)
                except PiketError as exc:
                    raise cell_error(what, row, column, str(exc).split(": ", 1)[-1]) from None
                continue
            name = field_for(column)
            try:
                fields[name] = parse_value(name, text)
            except PiketError as exc:
                raise cell_error(what, row, column, str(exc).split(": ", 1)[-1]) from None
        if "status" in fields and fields["status"] not in statuses:
            raise cell_error(what, row, "status", f"onbekende status {fields['status']!r} (bekend: {', '.join(sorted(statuses))})")
        for column in ("naam", "start", "einde"):
            if not row.get(column):
                raise cell_error(what, row, column, "mag niet leeg zijn")
        try:
            record = validated(fields)
        except PiketError as exc:
            raise PiketError(f"{what}: rij {row['_row']}: {exc}") from None
        key = (record.name, timeutil.to_db(record.start_at))
        if key in existing:
            raise PiketError(f"{what}: rij {row['_row']}: {record.name!r} op {timeutil.display(record.start_at)} "
                             f"staat al in de kalender (id {existing[key]})")
        if key in seen:
            raise PiketError(f"{what}: rij {row['_row']}: zelfde evenement als rij {seen[key]}")
        seen[key] = row["_row"]
        prepared.append((record, answers))
    with write(db):
        return [_insert(db, record, answers, rules, author) for record, answers in prepared]


def columns_help() -> str:
    optional = ", ".join(f"{word} ({LABELS[field_for(word)]})" for word in OPTIONAL_FIELDS)
    return f"verplicht: {';'.join(REQUIRED)}; optioneel: {optional}, en elk criterium (piket ref criteria)"

