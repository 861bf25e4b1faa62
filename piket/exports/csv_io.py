"""CSV as Dutch Excel opens it: UTF-8 with BOM, ``;``-separated, formulas neutralised.

Reading accepts ``;`` or ``,``, with or without BOM, and names the row and column of
anything wrong, so an import can be refused whole with a message the user can act on.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from piket.errors import PiketError

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value) -> str:
    """A cell that a spreadsheet would run as a formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        text = "ja" if value else "nee"
    else:
        text = str(value)
    text = text.replace("\x00", "")
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def to_csv(header: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise(cell) for cell in header])
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def read_csv(
    data: bytes,
    required: Sequence[str],
    optional: Sequence[str] = (),
    *,
    what: str = "bestand",
    allow_extra: bool = False,
) -> list[dict]:
    """Rows as dicts keyed by lower-cased header names, each with ``_row`` (1 = header).

    Raises PiketError for undecodable text, missing or unknown columns and ragged rows.
    Values are stripped; empty cells are ``""``.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PiketError(f"{what}: geen UTF-8 (byte {exc.start}); sla het bestand op als CSV UTF-8") from None
    if "\x00" in text:
        raise PiketError(f"{what}: bevat NUL-tekens; is dit wel een CSV-bestand?")
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise PiketError(f"{what}: leeg bestand of lege kopregel")
    delimiter = ";" if lines[0].count(";") >= lines[0].count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [name.strip().lower() for name in next(reader)]
    except csv.Error as exc:
        raise PiketError(f"{what}: kopregel onleesbaar ({exc})") from None
    missing = [name for name in required if name not in header]
    if missing:
        raise PiketError(f"{what}: kolom ontbreekt: {', '.join(missing)} (kopregel: {';'.join(header)})")
    duplicates = sorted({name for name in header if header.count(name) > 1})
    if duplicates:
        raise PiketError(f"{what}: kolom dubbel: {', '.join(duplicates)}")
    if not allow_extra:
        unknown = [name for name in header if name and name not in (*required, *optional)]
        if unknown:
            raise PiketError(f"{what}: onbekende kolom: {', '.join(unknown)}")
    rows = []
    try:
        for number, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(header):
                raise PiketError(
                    f"{what}: rij {number}: {len(cells)} cellen, de kopregel heeft er {len(header)}"
                )
            row = {name: cell.strip() for name, cell in zip(header, cells, strict=True) if name}
            row["_row"] = number
            rows.append(row)
    except csv.Error as exc:
        raise PiketError(f"{what}: rij {reader.line_num}: {exc}") from None
    if not rows:
        raise PiketError(f"{what}: geen gegevensrijen")
    return rows


def cell_error(what: str, row: dict, column: str, problem: str) -> PiketError:
    """The error for one bad cell: ``bestand: rij 4, kolom 'start': ...``."""
    return PiketError(f"{what}: rij {row['_row']}, kolom {column!r}: {problem}")
