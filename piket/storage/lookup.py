"""Finding a record the way users name it: by id, or by its exact unique name."""

from __future__ import annotations

from sqlite_utils import Database

from piket.errors import NotFound, PiketError


def resolve_id(db: Database, table: str, ref: str | int, *, column: str = "name", what: str) -> int:
    """The id of the row in ``table`` whose id is ``ref`` or whose ``column`` equals it."""
    text = str(ref).strip()
    if not text:
        raise PiketError(f"geen {what} opgegeven")
    if text.isdigit():
        row = db.execute(f"SELECT id FROM [{table}] WHERE id = ?", [int(text)]).fetchone()
        if row:
            return row[0]
    rows = db.execute(f"SELECT id FROM [{table}] WHERE [{column}] = ?", [text]).fetchall()
    if len(rows) == 1:
        return rows[0][0]
    if len(rows) > 1:
        raise PiketError(f"{what} {text!r} is niet uniek ({len(rows)} treffers); gebruik het id")
    raise NotFound(f"{what} {text!r} bestaat niet")
