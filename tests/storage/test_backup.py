"""Backups are consistent copies; restore refuses damage and keeps the old file aside."""

from datetime import UTC, datetime, timedelta

import pytest

from piket.errors import PiketError
from piket.storage import connect, write
from piket.storage.backup import auto_backup, backup, backups, restore, to_keep
from piket.storage.check import run_checks
from tests.storage.damage import scribble_over_pages


def _put(db, key, value):
    with write(db):
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])


def test_backup_and_restore_round_trip(db, db_path, tmp_path):
    _put(db, "marker", "before")
    made = backup(db, tmp_path / "copy.sqlite")
    assert run_checks(made) == []
    _put(db, "marker", "after")
    db.close()
    aside = restore(db_path, made)
    assert aside.exists()
    restored = connect(db_path)
    assert restored.execute("SELECT value FROM meta WHERE key='marker'").fetchone()[0] == "before"
    restored.close()
    kept = connect(aside)
    assert kept.execute("SELECT value FROM meta WHERE key='marker'").fetchone()[0] == "after"
    kept.close()


def test_damaged_backup_fails_check_and_is_not_restored(db, db_path, tmp_path):
    _put(db, "marker", "live")
    made = backup(db, tmp_path / "copy.sqlite")
    made.write_bytes(scribble_over_pages(made.read_bytes()))
    assert run_checks(made) != []
    db.close()
    with pytest.raises(PiketError, match="afgekeurd"):
        restore(db_path, made)
    live = connect(db_path)
    assert live.execute("SELECT value FROM meta WHERE key='marker'").fetchone()[0] == "live"
    live.close()


def test_backup_refuses_to_overwrite(db, tmp_path):
    target = tmp_path / "exists.sqlite"
    target.write_text("keep me")
    with pytest.raises(PiketError, match="bestaat al"):
        backup(db, target)
    assert target.read_text() == "keep me"


def test_auto_backup_at_most_once_per_interval(db, db_path, monkeypatch):
    monkeypatch.setenv("PIKET_NOW", "2026-01-05T10:00:00Z")
    assert auto_backup(db) is not None
    monkeypatch.setenv("PIKET_NOW", "2026-01-05T10:20:00Z")
    assert auto_backup(db) is None
    monkeypatch.setenv("PIKET_NOW", "2026-01-05T10:31:00Z")
    assert auto_backup(db) is not None
    assert len(backups(db_path)) == 2
    assert oct(backups(db_path)[0][1].stat().st_mode & 0o777) == "0o600"


def test_rotation_keeps_recent_daily_weekly_monthly():
    newest = datetime(2026, 6, 30, 12, tzinfo=UTC)
    stamps = [newest - timedelta(hours=6 * i) for i in range(4 * 400)]  # 400 days, 4 a day
    keep = to_keep(stamps)
    assert set(sorted(stamps, reverse=True)[:10]) <= keep
    days = {s.date() for s in keep if newest - s <= timedelta(days=14)}
    assert len(days) == 15
    assert len({s.isocalendar()[:2] for s in keep if newest - s <= timedelta(weeks=8)}) >= 8
    assert len({(s.year, s.month) for s in keep}) == 14  # every month of the 400 days
    assert len(keep) < 60
