"""Roster benchmarks: the fair fill of 25 pools x 52 weeks x ~10 members (goal <= 2 s with
every pool's spread at its proven lower bound), and the reads the app does all day on
the ten-year data set (gaps over a year, the status-bar text)."""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

FUNCTIONS = ["OVDBZ", "ACBZ", "COMCOPI", "IM", "AOV", "TL-OV", "WVD", "TL-COM"]


def build(path: Path, seed: int = 2026) -> tuple:
    """25 hard pools of 10 members (5 % also in a second pool of their function), a few
    absences each, and last year's roster already filled (earlier load counts)."""
    from piket import timeutil
    from piket.roster.fill import fill_roster
    from piket.roster.people import add_absence, add_person
    from piket.roster.pools import add_pool, set_member
    from piket.storage import connect, write

    rng = random.Random(seed)
    db = connect(path)
    monday = timeutil.today() - timedelta(days=timeutil.today().weekday()) + timedelta(weeks=1)
    since = timeutil.local_midnight(monday - timedelta(weeks=110))
    with write(db):
        pools = [(add_pool(db, f"Pool {i:02d}", FUNCTIONS[i % len(FUNCTIONS)]), FUNCTIONS[i % len(FUNCTIONS)])
                 for i in range(25)]
        for i in range(250):
            pool, function = pools[i // 10]
            person = add_person(db, f"Persoon {i:03d}", functions=[function])
            set_member(db, pool, person, since=since)
            if rng.random() < 0.05:
                others = [p for p, f in pools if f == function and p != pool]
                set_member(db, rng.choice(others), person, since=since)
            for _ in range(rng.randrange(3)):
                start = monday + timedelta(days=rng.randrange(-300, 360))
                add_absence(db, person, start.isoformat(), (start + timedelta(days=rng.randrange(2, 15))).isoformat())
    fill_roster(db, all_pools=True, first=monday - timedelta(weeks=52), weeks=52)
    db.close()
    return monday


def timed_fill(path: Path, monday) -> tuple[float, float, object]:
    from piket.roster.fill import fill_roster
    from piket.storage import connect

    db = connect(path)
    wall, cpu = time.perf_counter(), time.process_time()
    result = fill_roster(db, all_pools=True, first=monday, weeks=52)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    db.close()
    return wall, cpu, result


def benchmarks(big_db_path: Path) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="piket-roster-bench-") as folder:
        prepared = Path(folder) / "pools.sqlite"
        monday = build(prepared)
        runs = []
        for attempt in range(3):
            copy = Path(folder) / f"run{attempt}.sqlite"
            shutil.copy(prepared, copy)
            runs.append(timed_fill(copy, monday))
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        result = runs[0][2]
        proven = all(r[2].proven_optimal for r in runs)
        spread = max((p["spread"] or 0) for p in result.pools)
        rows.append({
            "name": "roster fill, 25 pools x 52 weeks x ~10 members (HiGHS)", "value": wall, "unit": "s",
            "baseline": f"CPU {cpu:.2f} s; {result.filled} filled, {len(result.gaps)} open",
            "goal": "<= 2 s, spread at proven lower bound", "ok": wall <= 2.0 and proven,
        })
        rows.append({
            "name": "roster fill: largest fairness spread over the pools", "value": spread, "unit": "weeks",
            "baseline": "pro-rata share, last year counted",
            "goal": "proven optimal", "ok": proven,
        })
    rows += _reads(big_db_path)
    return rows


def _reads(big_db_path: Path) -> list[dict]:
    from piket import timeutil
    from piket.roster.gaps import find_gaps
    from piket.roster.oncall import on_call, status_text
    from piket.storage import connect

    db = connect(big_db_path)
    shifts = db.execute("SELECT count(*) FROM shifts").fetchone()[0]
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        gaps = find_gaps(db, None, 52)
        timings.append(time.perf_counter() - start)
    gaps_s = statistics.median(timings)
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        status_text(db, [])
        timings.append(time.perf_counter() - start)
    status_ms = statistics.median(timings) * 1000
    start = time.perf_counter()
    on_call(db, timeutil.parse_time("2020-03-29T02:30"))
    oncall_ms = (time.perf_counter() - start) * 1000
    db.close()
    return [
        {"name": f"roster gaps, all pools, 52 weeks ({shifts:,} shifts stored)", "value": gaps_s * 1000,
         "unit": "ms", "baseline": f"{len(gaps)} problems", "goal": "<= 500 ms", "ok": gaps_s <= 0.5},
        {"name": "status-bar text (who is on call now)", "value": status_ms, "unit": "ms",
         "baseline": f"oncall at a past moment {oncall_ms:.1f} ms", "goal": "<= 50 ms", "ok": status_ms <= 50},
    ]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    for row in benchmarks(Path(sys.argv[1])):
        print(row)
