"""Backups through the SQLite backup API, never a file copy of a live database.

Automatic backups go to ``backups/`` beside the database, at most one per
:data:`AUTO_INTERVAL`, and are thinned to: the newest :data:`KEEP_RECENT`, one per day
for two weeks, one per ISO week for two months, one per month for two years.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from piket import timeutil
from piket.errors import DatabaseError, PiketError

AUTO_INTERVAL = timedelta(minutes=30)
KEEP_RECENT = 10
KEEP_DAYS = 14
KEEP_WEEKS = 8
KEEP_MONTHS = 24
_NAME = "piket-%Y%m%d-%H%M%S.sqlite"


def backup_folder(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def backup(db: Database, to: str | Path | None = None) -> Path:
    """Copy the database, consistently, to ``to`` or into the rotating folder."""
    if to is None:
        folder = backup_folder(db.path)
        folder.mkdir(mode=0o700, exist_ok=True)
        target = folder / timeutil.now().strftime(_NAME)
        counter = 1
        while target.exists():
            target = folder / timeutil.now().strftime(_NAME).replace(".sqlite", f"-{counter}.sqlite")
            counter += 1
    else:
        target = Path(to).expanduser()
        if target.is_dir():
            target = target / timeutil.now().strftime(_NAME)
        if not target.parent.is_dir():
            raise PiketError(f"map bestaat niet: {target.parent}")
        if target.exists():
            raise PiketError(f"{target} bestaat al; kies een nieuwe naam")
    _copy(db.conn, target)
    return target


def _copy(source: sqlite3.Connection, target: Path) -> None:
    os.close(os.open(target, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise PiketError(f"back-up mislukt: {exc}") from None


def backups(db_path: Path) -> list[tuple[datetime, Path]]:
    """Automatic backups, newest first."""
    folder = backup_folder(db_path)
    found = []
    for path in folder.glob("piket-*.sqlite"):
        try:
            stamp = datetime.strptime(path.name[:21], "piket-%Y%m%d-%H%M%S")
        except ValueError:
            continue
        found.append((stamp.replace(tzinfo=UTC), path))
    return sorted(found, reverse=True)


def auto_backup(db: Database) -> Path | None:
    """Make a backup if the newest is older than AUTO_INTERVAL, then thin the folder."""
    existing = backups(db.path)
    if existing and timeutil.now() - existing[0][0] < AUTO_INTERVAL:
        return None
    made = backup(db)
    rotate(db.path)
    return made


def to_keep(stamps: list[datetime]) -> set[datetime]:
    """Which backup moments rotation keeps (newest first in, any order out)."""
    stamps = sorted(stamps, reverse=True)
    keep = set(stamps[:KEEP_RECENT])
    if not stamps:
        return keep
    newest = stamps[0]
    buckets = (
        (timedelta(days=KEEP_DAYS), lambda s: s.date()),
        (timedelta(weeks=KEEP_WEEKS), lambda s: s.isocalendar()[:2]),
        (timedelta(days=31 * KEEP_MONTHS), lambda s: (s.year, s.month)),
    )
    for horizon, bucket_of in buckets:
        seen = set()
        for stamp in stamps:
            if newest - stamp > horizon:
                break
            bucket = bucket_of(stamp)
            if bucket not in seen:
                seen.add(bucket)
                keep.add(stamp)
    return keep


def rotate(db_path: Path) -> list[Path]:
    """Delete automatic backups that rotation no longer keeps; returns the deleted."""
    existing = backups(db_path)
    keep = to_keep([stamp for stamp, _ in existing])
    removed = []
    for stamp, path in existing:
        if stamp not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def check_backup(source: str | Path) -> Path:
    """``source`` if it is a sound piket database (the full ``check``), else a PiketError."""
    from piket.storage.check import run_checks

    source = Path(source).expanduser()
    if not source.is_file():
        raise PiketError(f"back-upbestand bestaat niet: {source}")
    problems = run_checks(source)
    if problems:
        raise PiketError(f"back-up afgekeurd, niets teruggezet: {problems[0]}")
    return source


def restore(db_path: Path, source: str | Path, *, checked: bool = False) -> Path:
    """Replace the database at ``db_path`` with ``source`` after checking it (``checked``:
    the caller already ran :func:`check_backup`, e.g. in the background).

    The current database is kept aside as ``<name>.vervangen-<time>``; its path is returned.
    """
    source = Path(source).expanduser() if checked else check_backup(source)
    db_path = Path(db_path)
    aside = db_path.with_name(f"{db_path.name}.vervangen-{timeutil.now():%Y%m%d-%H%M%S}")
    if db_path.exists():
        try:
            current = sqlite3.connect(db_path, timeout=15)
            current.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            current.close()
        except sqlite3.Error as exc:
            raise DatabaseError(f"huidige database niet vrij te geven: {exc}") from None
        db_path.rename(aside)
        for suffix in ("-wal", "-shm"):
            side = Path(f"{db_path}{suffix}")
            if side.exists():
                side.rename(Path(f"{aside}{suffix}"))
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        _copy(reader, db_path)
    finally:
        reader.close()
    return aside
