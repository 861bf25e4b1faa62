"""Schema upgrades: one named migration set per module (sqlite-utils ``Migrations``).

The ``core`` set comes first, then each module's ``schema.migrations`` in module order.
Migrations run in a single ``BEGIN IMMEDIATE`` transaction: a database is upgraded
completely or not at all. A database that has applied migrations this code does not know
was written by a newer piket and is refused, untouched.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from piket.errors import DatabaseError
from piket.storage.database import APPLICATION_ID, write

core = Migrations("core")


@core()
def m001_core(db: Database) -> None:
    db.execute(
        """CREATE TABLE refdata (
            kind TEXT NOT NULL,
            code TEXT NOT NULL,
            label TEXT NOT NULL,
            ord INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1,
            data TEXT NOT NULL,
            PRIMARY KEY (kind, code)
        )"""
    )
    db.execute(
        """CREATE TABLE refdata_files (
            kind TEXT PRIMARY KEY,
            version TEXT NOT NULL,
            valid_from TEXT,
            sha256 TEXT NOT NULL,
            loaded_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def migration_sets() -> list[Migrations]:
    from piket.modules import parts

    return [core] + [schema.migrations for _, schema in parts("schema")]


def known_names(sets: list[Migrations]) -> set[tuple[str, str]]:
    return {(s.name, m.name) for s in sets for m in s._migrations}


def applied_names(db: Database) -> set[tuple[str, str]]:
    if not db[Migrations.migrations_table].exists():
        return set()
    rows = db.execute(f"SELECT migration_set, name FROM {Migrations.migrations_table}")
    return {(row[0], row[1]) for row in rows}


def migrate(db: Database) -> None:
    """Bring the schema up to date and load changed reference data."""
    from piket import refdata

    sets = migration_sets()
    known = known_names(sets)
    applied = applied_names(db)
    newer = applied - known
    if newer:
        raise DatabaseError(
            "deze database is gemaakt met een nieuwere versie van piket "
            f"({len(newer)} onbekende schemawijziging(en)); werk piket bij. "
            "Het bestand is niet aangeraakt."
        )
    if applied != known:
        with write(db):
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
            has_tables = db.execute(
                "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            ).fetchone()[0]
            if not applied and has_tables and app_id != APPLICATION_ID:
                raise DatabaseError("dit bestand is geen piket-database; het is niet aangeraakt")
            for migration_set in sets:
                migration_set.apply(db)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {len(known)}")
    refdata.sync(db)
