"""Crash: writers are SIGKILLed at random moments; nothing acknowledged may be lost.

Several processes append logbook entries and change the roster in the same database while the test kills them, one at a time,
at random moments, and starts a fresh writer in its place. Afterwards ``piket check``
must pass and every write a writer reported as saved must be there, and be found by search.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from piket.logbook.search import update_index
from piket.logbook.service import open_incident
from piket.storage import connect
from piket.storage.check import run_checks
from tests.roster.helpers import make_pool

WRITER = Path(__file__).with_name("writer.py")
ROOT = Path(__file__).resolve().parents[2]


def _start(db_path: Path, target: tuple, tag: str) -> subprocess.Popen:
    incident, pool, members = target
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(db_path), str(incident), str(pool), tag,
         ",".join(str(member) for member in members)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def crash_run(db_path: Path, kills: int, writers: int = 3, seed: int = 7) -> tuple[int, int, list[str]]:
    """Returns (kills, acknowledged writes, lost writes)."""
    rng = random.Random(seed)
    db = connect(db_path)
    targets = []
    for i in range(writers):
        pool, members = make_pool(db, name=f"Crashtest pool {i}", size=3)
        targets.append((open_incident(db, title=f"Crashtest {i}", author="crashtest"), pool, members))
    db.close()
    generation = 0
    procs = {}
    for slot in range(writers):
        procs[slot] = _start(db_path, targets[slot], f"w{slot}g{generation}")
    acked: list[str] = []
    errors: list[str] = []
    try:
        for _ in range(kills):
            time.sleep(rng.uniform(0.15, 0.6))  # start-up (~0.2 s) plus a random stretch of writes
            slot = rng.randrange(writers)
            victim = procs[slot]
            victim.send_signal(signal.SIGKILL)
            out, err = victim.communicate()
            acked += [line for line in out.splitlines() if line.startswith(("log ", "roster "))]
            if err.strip() and "Traceback" in err:
                errors.append(err.strip().splitlines()[-1])
            generation += 1
            procs[slot] = _start(db_path, targets[slot], f"w{slot}g{generation}")
    finally:
        for proc in procs.values():
            proc.send_signal(signal.SIGKILL)
            out, _ = proc.communicate()
            acked += [line for line in out.splitlines() if line.startswith(("log ", "roster "))]
    assert not errors, errors[:3]
    assert any(a.startswith("roster ") for a in acked) and any(a.startswith("log ") for a in acked)
    db = connect(db_path)
    present = {f"log {row[0]}" for row in db.execute("SELECT text FROM log_entries WHERE author = 'crashtest'")}
    present |= {f"roster {row[0]}" for row in db.execute("SELECT reason FROM roster_changes")}
    # Killed while indexing or not, the index holds every entry once: each text is one phrase hit.
    update_index(db)
    db.execute("INSERT INTO log_entries_fts (log_entries_fts, rank) VALUES ('integrity-check', 1)")
    unfound = [text for text in acked if text.startswith("log ") and db.execute(
        "SELECT count(*) FROM log_entries_fts WHERE log_entries_fts MATCH ?", [f'"{text[4:]}"']).fetchone()[0] != 1]
    db.close()
    lost = [text for text in acked if text not in present]
    return kills, len(acked), lost + unfound


def _check(db_path, kills, figure, label):
    kills, acknowledged, lost = crash_run(db_path, kills)
    figure(label, "kills / acknowledged writes / lost", f"{kills} / {acknowledged} / {len(lost)}")
    assert run_checks(db_path) == []
    assert acknowledged > kills  # the writers really wrote between kills
    assert lost == []


def test_sigkill_loses_nothing_acknowledged(db_path, figure):
    _check(db_path, 12, figure, "crash (short)")


@pytest.mark.slow
def test_sigkill_hundreds_of_times(db_path, figure):
    _check(db_path, 300, figure, "crash (long)")
