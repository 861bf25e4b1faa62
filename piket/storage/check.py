"""``piket check``: is this file a sound piket database?

Checks, in order: the file is SQLite and marked as piket, SQLite's own integrity check,
the schema is one this code knows, then each module's own checks (the logbook's hash
chains and protective triggers). Never writes to the file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from piket.storage.database import APPLICATION_ID, SQLITE_HEADER


def run_checks(path: str | Path) -> list[str]:
    """Every problem found, as Dutch one-liners; empty when the database is sound."""
    path = Path(path)
    if not path.is_file():
        return [f"{path}: bestand bestaat niet"]
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return [f"{path}: geen SQLite-database"]
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=15)
    except sqlite3.Error as exc:
        return [f"{path}: kan niet worden geopend ({exc})"]
    try:
        return _check_connection(Database(conn, execute_plugins=False))
    except sqlite3.Error as exc:
        return [f"{path}: databasefout tijdens controle ({exc})"]
    finally:
        conn.close()


def _check_connection(db: Database) -> list[str]:
    from piket.modules import parts
    from piket.storage.migrations import applied_names, known_names, migration_sets

    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        return ["geen piket-database (application_id ontbreekt)"]
    problems = [
        f"integriteit: {row[0]}"
        for row in db.execute("PRAGMA integrity_check").fetchall()
        if row[0] != "ok"
    ]
    if problems:
        return problems
    known = known_names(migration_sets())
    applied = applied_names(db)
    if applied - known:
        problems.append("schema van een nieuwere piket-versie")
    for set_name, name in sorted(known - applied):
        problems.append(f"schemawijziging ontbreekt: {set_name}/{name}")
    if problems:
        return problems  # the module checks need the schema they know
    problems += [
        f"foreign key: tabel {row[0]} rij {row[1]} verwijst naar ontbrekende {row[2]}"
        for row in db.execute("PRAGMA foreign_key_check").fetchall()
    ]
    for _, checks in parts("checks"):
        problems += checks.check(db)
    return problems
