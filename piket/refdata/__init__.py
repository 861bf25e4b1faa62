"""Reference data: the editable lists in ``data/`` (GRIP levels, functions, kinds, ...).

Each ``data/<kind>.json`` holds ``{"version", "valid_from", "items": [...]}``. Files are
validated with pydantic when they change (a SHA-256 per file is kept in the database) and
copied into the ``refdata`` table. Codes that disappear from a file are kept as inactive,
so old incidents and rosters still show their labels.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

from sqlite_utils import Database

from piket import timeutil
from piket.errors import PiketError


def data_dir() -> Path:
    """``piket/data`` in an installed wheel or app folder, else the repository's ``data/``."""
    packaged = Path(__file__).resolve().parent.parent / "data"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent.parent / "data"


@cache
def kinds() -> dict[str, type]:
    """Every reference-data kind: name -> pydantic model (core kinds plus the modules')."""
    from piket.modules import parts
    from piket.refdata.models import CORE_KINDS

    registry = dict(CORE_KINDS)
    for _, module_refdata in parts("refdata"):
        registry.update(module_refdata.KINDS)
    return registry


def load_file(kind: str, path: Path) -> tuple[dict, list]:
    """Read and validate one data file; errors name the file, the entry and the field."""
    from pydantic import ValidationError

    from piket.refdata.models import RefFile

    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise PiketError(f"{path.name}: onleesbaar ({exc})") from None
    model = kinds()[kind]
    try:
        header = RefFile.model_validate({k: v for k, v in raw.items() if k != "items"})
    except ValidationError as exc:
        raise PiketError(f"{path.name}: {_first_error(exc)}") from None
    items = []
    seen = set()
    for index, entry in enumerate(raw.get("items", []), start=1):
        name = entry.get("code") or entry.get("key") or entry.get("name") or "?"
        try:
            item = model.model_validate(entry)
        except ValidationError as exc:
            raise PiketError(f"{path.name}: item {index} ({name}): {_first_error(exc)}") from None
        if item.ref_code() in seen:
            raise PiketError(f"{path.name}: item {index}: code {item.ref_code()!r} komt dubbel voor")
        seen.add(item.ref_code())
        items.append(item)
    if not items:
        raise PiketError(f"{path.name}: geen items")
    return header.model_dump(), items


def _first_error(exc) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"veld {where!r}: {error['msg']}"


def _folder_digest(directory: Path) -> str:
    """One digest over every data file and the piket version (a new version may add kinds)."""
    from piket import __version__

    digest = hashlib.sha256(__version__.encode())
    for path in sorted(directory.glob("*.json")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def sync(db: Database, *, force: bool = False) -> int:
    """Load every changed data file into the database; returns how many files changed.

    Runs at every start, so the usual case (nothing changed) is one folder digest compared
    with the one stored in ``meta``: no pydantic model is imported then.
    """
    from piket.storage.database import write

    directory = data_dir()
    folder = _folder_digest(directory)
    row = db.execute("SELECT value FROM meta WHERE key = 'refdata_digest'").fetchone()
    if not force and row and row[0] == folder:
        return 0
    stored = {row["kind"]: row["sha256"] for row in db["refdata_files"].rows}
    changed = []
    for kind in kinds():
        path = directory / f"{kind}.json"
        if not path.exists():
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if force or stored.get(kind) != digest:
            changed.append((kind, path, digest))
    loaded = [(kind, digest, *load_file(kind, path)) for kind, path, digest in changed]
    with write(db):
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('refdata_digest', ?)", [folder])
        for kind, digest, header, items in loaded:
            db.execute("UPDATE refdata SET active = 0 WHERE kind = ?", [kind])
            for order, item in enumerate(items):
                db.execute(
                    """INSERT INTO refdata (kind, code, label, ord, active, data)
                       VALUES (?, ?, ?, ?, 1, ?)
                       ON CONFLICT (kind, code) DO UPDATE SET
                         label = excluded.label, ord = excluded.ord,
                         active = 1, data = excluded.data""",
                    [kind, item.ref_code(), item.ref_label(), item.ref_order(order),
                     item.model_dump_json()],
                )
            db["refdata_files"].upsert(
                {
                    "kind": kind,
                    "version": str(header["version"]),
                    "valid_from": header.get("valid_from"),
                    "sha256": digest,
                    "loaded_at": timeutil.to_db(timeutil.now()),
                },
                pk="kind",
            )
    return len(changed)


def items(db: Database, kind: str, *, include_inactive: bool = False) -> list[dict]:
    """The items of one kind, in their order, as dicts (the data file's fields)."""
    sql = "SELECT data FROM refdata WHERE kind = ?"
    if not include_inactive:
        sql += " AND active = 1"
    rows = db.execute(sql + " ORDER BY ord, code", [kind]).fetchall()
    return [json.loads(row[0]) for row in rows]


def codes(db: Database, kind: str) -> list[str]:
    rows = db.execute(
        "SELECT code FROM refdata WHERE kind = ? AND active = 1 ORDER BY ord, code", [kind]
    )
    return [row[0] for row in rows]


def labels(db: Database, kind: str) -> dict[str, str]:
    """code -> label, inactive codes included (for showing old records)."""
    rows = db.execute("SELECT code, label FROM refdata WHERE kind = ?", [kind])
    return {row[0]: row[1] for row in rows}


def require(db: Database, kind: str, code: str, what: str) -> dict:
    """The active item ``code`` of ``kind``, or a PiketError naming the known codes."""
    row = db.execute(
        "SELECT data FROM refdata WHERE kind = ? AND code = ? AND active = 1", [kind, code]
    ).fetchone()
    if row is None:
        known = ", ".join(codes(db, kind))
        raise PiketError(f"onbekend(e) {what}: {code!r} (bekend: {known})")
    return json.loads(row[0])
