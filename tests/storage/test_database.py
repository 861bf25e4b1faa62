"""Opening, migrating and refusing database files."""

import os
import sqlite3

import pytest

from piket.errors import DatabaseError, PiketError
from piket.storage import connect, write
from piket.storage.database import APPLICATION_ID


def test_fresh_file_gets_schema_reference_data_and_safe_pragmas(db, db_path):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    grip = [row[0] for row in db.execute("SELECT code FROM refdata WHERE kind='grip_levels' ORDER BY ord")]
    assert grip[:3] == ["GRIP0", "GRIP1", "GRIP2"]
    assert oct(db_path.stat().st_mode & 0o777) == "0o600"


def test_reopening_changes_nothing(db_path):
    first = connect(db_path)
    before = first.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    loaded = first.execute("SELECT loaded_at FROM refdata_files").fetchall()
    first.close()
    second = connect(db_path)
    assert second.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == before
    assert second.execute("SELECT loaded_at FROM refdata_files").fetchall() == loaded
    second.close()


def test_database_from_a_newer_piket_is_refused_untouched(db, db_path):
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('core', 'm999_future', 'x')"
    )
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="nieuwere versie"):
        connect(db_path)
    assert db_path.read_bytes() == before


def test_garbage_file_is_refused_and_never_overwritten(tmp_path):
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    with pytest.raises(DatabaseError, match="geen SQLite"):
        connect(path)
    assert path.read_bytes().startswith(b"this is a spreadsheet")


def test_other_sqlite_database_is_not_taken_over(tmp_path):
    path = tmp_path / "other.sqlite"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE invoices (id INTEGER)")
    other.commit()
    other.close()
    with pytest.raises(DatabaseError, match="geen piket-database"):
        connect(path)
    tables = sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("invoices",)]


def test_missing_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseError, match="map bestaat niet"):
        connect(tmp_path / "nope" / "piket.sqlite")
    assert not (tmp_path / "nope").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write read-only files")
def test_read_only_file_is_refused(db, db_path):
    db.close()
    db_path.chmod(0o400)
    with pytest.raises(DatabaseError, match="alleen-lezen"):
        connect(db_path)


def test_write_rolls_back_everything_on_error(db):
    with pytest.raises(PiketError), write(db):
        db.execute("INSERT INTO meta (key, value) VALUES ('a', '1')")
        raise PiketError("halverwege geweigerd")
    assert db.execute("SELECT count(*) FROM meta WHERE key = 'a'").fetchone()[0] == 0


def test_second_writer_waits_instead_of_failing(db, db_path):
    other = connect(db_path)
    with write(db):
        db.execute("INSERT INTO meta (key, value) VALUES ('first', '1')")
        other.conn.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.conn.execute("BEGIN IMMEDIATE")
    other.conn.execute("PRAGMA busy_timeout = 15000")
    with write(other):
        other.execute("INSERT INTO meta (key, value) VALUES ('second', '2')")
    assert db.execute("SELECT count(*) FROM meta WHERE key IN ('first', 'second')").fetchone()[0] == 2
    other.close()


def test_environmental_failures_become_dutch_errors(db, db_path):
    other = connect(db_path)
    other.conn.execute("BEGIN IMMEDIATE")
    db.conn.execute("PRAGMA busy_timeout = 50")
    with pytest.raises(DatabaseError, match="bezet door een ander programma"), write(db):
        db.execute("INSERT INTO meta (key, value) VALUES ('x', '1')")
    other.conn.execute("ROLLBACK")
    other.close()
    assert not db.conn.in_transaction
