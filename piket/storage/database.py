"""Opening the database safely and writing to it in one transaction.

Every write goes through :func:`write`: ``BEGIN IMMEDIATE`` takes the write lock up
front, so a second process waits (busy timeout) instead of failing half-way, and the
whole change commits or none of it does. WAL with ``synchronous=FULL`` makes a commit
durable before it returns.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from piket.errors import DatabaseError

APPLICATION_ID = 0x50494B54  # "PIKT" in the file header: this file is a piket database
BUSY_TIMEOUT_S = 15.0
SQLITE_HEADER = b"SQLite format 3\x00"


def connect(path: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if missing) the piket database at ``path``.

    A missing folder, a file that is not SQLite, a read-only or locked file and a
    database written by a newer piket all raise :class:`DatabaseError`; the file is
    never overwritten.
    """
    path = Path(path).expanduser()
    _refuse_unusable(path)
    if not path.exists():
        # Created readable by the user only: it holds personal data.
        os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        conn = sqlite3.connect(
            path, isolation_level=None, timeout=BUSY_TIMEOUT_S, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path}: {explain_sqlite_error(exc)}") from None
    # No sqlite-utils plugins: nothing installed elsewhere may change how our connection
    # behaves (and scanning every installed package for them costs ~25 ms per open).
    db = Database(conn, execute_plugins=False)
    db.path = path  # type: ignore[attr-defined]
    if migrate:
        from piket.storage.migrations import migrate as apply_migrations

        try:
            apply_migrations(db)
        except sqlite3.Error as exc:
            conn.close()
            raise DatabaseError(f"{path}: {explain_sqlite_error(exc)}") from None
    return db


def _refuse_unusable(path: Path) -> None:
    if not path.parent.is_dir():
        raise DatabaseError(f"map bestaat niet: {path.parent}")
    if path.is_dir():
        raise DatabaseError(f"{path} is een map, geen databasebestand")
    if not path.exists():
        if not os.access(path.parent, os.W_OK):
            raise DatabaseError(f"kan geen database maken in {path.parent}: geen schrijfrechten")
        return
    if not os.access(path, os.R_OK):
        raise DatabaseError(f"{path} is niet leesbaar (rechten)")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise DatabaseError(f"{path} is geen SQLite-database; het bestand is niet aangeraakt")
    if not os.access(path, os.W_OK):
        raise DatabaseError(f"{path} is alleen-lezen; piket moet erin kunnen schrijven")


@contextmanager
def write(db: Database) -> Iterator[Database]:
    """One write transaction (``BEGIN IMMEDIATE`` … ``COMMIT``), rolled back on any error.

    Nested use joins the outer transaction, so a service may call another service.
    """
    conn = db.conn
    if conn.in_transaction:
        yield db
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            try:
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
    except sqlite3.OperationalError as exc:
        # The machine, not the user, refused: a full disk, a lock held too long, a
        # read-only file. Say so in Dutch; the transaction is rolled back, nothing half-saved.
        message = _environmental(exc)
        if message is None:
            raise
        raise DatabaseError(message) from exc


def _environmental(exc: sqlite3.Error) -> str | None:
    text = str(exc).lower()
    if any(word in text for word in ("locked", "busy", "full", "readonly", "read-only", "disk i/o")):
        return explain_sqlite_error(exc)
    return None


def explain_sqlite_error(exc: sqlite3.Error) -> str:
    """A Dutch one-liner for errors that the machine, not the user, causes."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return "de database is bezet door een ander programma; probeer het zo opnieuw"
    if "full" in text:
        return "de schijf is vol; er is niets opgeslagen. Maak ruimte vrij en probeer opnieuw"
    if "readonly" in text or "read-only" in text:
        return "de database is alleen-lezen"
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return "het bestand is geen geldige piket-database (beschadigd?)"
    if "unable to open" in text:
        return "de database kan niet worden geopend"
    if "disk i/o" in text:
        return "schrijffout op de schijf; er is niets opgeslagen"
    return f"databasefout: {exc}"
