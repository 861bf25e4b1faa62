"""Disk full: writes fail with a clear message, nothing acknowledged is lost, and piket
works again once there is room.

The database lives on a size-limited tmpfs, mounted for the test (root only; skipped with
the reason where the machine cannot mount one).
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from piket.errors import PiketError
from piket.logbook.service import append_entry, open_incident
from piket.storage import connect
from piket.storage.check import run_checks
from tests.conftest import run_piket


@pytest.fixture
def tiny_disk(tmp_path):
    mount_point = tmp_path / f"tiny-{uuid.uuid4().hex[:6]}"
    mount_point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1536k,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a size-limited tmpfs here: {result.stderr.strip() or 'not root'}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _grow(mount_point: Path, size: str) -> None:
    subprocess.run(["mount", "-o", f"remount,size={size}", str(mount_point)], check=True)


def test_full_disk_refuses_cleanly_and_recovers(tiny_disk, tmp_path, figure):
    db_path = tiny_disk / "piket.sqlite"
    db = connect(db_path)
    incident = open_incident(db, title="Schijf vol", author="test")
    acknowledged, failure = [], None
    chunk = "Lange logregel over de ontruiming van het complex. " * 40  # ~2 KB
    for number in range(5000):
        try:
            append_entry(db, incident, text=f"{number}: {chunk}", author="test")
        except PiketError as exc:
            failure = exc
            break
        acknowledged.append(number)
    assert failure is not None, "the disk never filled up"
    assert "schijf is vol" in str(failure)

    # The CLI says the same in one line, exit 1.
    result = run_piket("--db", str(db_path), "incident", "log", str(incident), "--text", chunk)
    assert result.returncode == 1 and "schijf is vol" in result.stderr
    assert result.stderr.count("\n") == 1

    db.close()
    snapshot = tmp_path / "snapshot.sqlite"
    for suffix in ("", "-wal"):
        if Path(f"{db_path}{suffix}").exists():
            shutil.copy(f"{db_path}{suffix}", f"{snapshot}{suffix}")
    assert run_checks(snapshot) == []

    _grow(tiny_disk, "8m")
    db = connect(db_path)
    texts = {row[0].split(":")[0] for row in db.execute(
        "SELECT text FROM log_entries WHERE incident_id = ? AND kind = 'informatie'", [incident])}
    lost = [n for n in acknowledged if str(n) not in texts]
    seq = append_entry(db, incident, text="Er is weer ruimte", author="test")
    db.close()
    figure("disk full", "acknowledged before full / lost / write after space returns",
           f"{len(acknowledged)} / {len(lost)} / seq {seq}")
    assert lost == []
    assert run_checks(db_path) == []
