"""Logbook figures on the ten-year set: append, search, opening a 10,000-entry incident.

Appends go to a copy of the database, so the benchmark set stays as generated. The
append baseline is a bare SQLite insert with the same durability (WAL, synchronous=FULL,
one transaction per row) in the same copy, measured in the same run.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEARCHES = ["brand", "sporthal", "gaslekkage stationsplein", "rook trekt", "netbeheerder gas",
            "situatierapport 1234", "bewoners opgevangen", "nl-alert"]

OPEN_INCIDENT = """
import os, sys, time
from PySide6.QtWidgets import QApplication
from piket.gui import resources_rc  # noqa: F401
from piket.gui.logbook.view import View
from piket.storage import connect
app = QApplication(sys.argv[:1])
db = connect(sys.argv[1])
target = int(sys.argv[2])
view = View(db)
view.resize(1200, 760)
view.show()
app.processEvents()
times = []
for _ in range(5):
    view.show_incident(None)
    app.processEvents()
    start = time.perf_counter()
    view.show_incident(target)
    view.repaint()
    app.processEvents()
    times.append((time.perf_counter() - start) * 1000)
print(sorted(times)[len(times) // 2], view.log.rowCount())
"""


def _row(name, value, unit, baseline="", goal="", ok=None) -> dict:
    return {"name": name, "value": value, "unit": unit, "baseline": baseline, "goal": goal, "ok": ok}


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _append(copy: Path) -> dict[str, float]:
    """Median ms of: the service append; the same entry inserted with plain SQL through the
    schema's triggers and indexes (what the schema costs without piket's Python); a bare
    insert of the same row; a bare insert of a tiny row. Then the time the next search takes
    to index all that was saved (``indexed`` entries, ``index_ms``).

    The three are interleaved, one of each per round, so a burst of load on a shared
    machine hits all three alike and the ratio stays meaningful.
    """
    from piket.logbook import service
    from piket.storage import connect

    db = connect(copy)
    target = db.execute("SELECT id FROM incidents WHERE closed_at IS NULL ORDER BY id DESC LIMIT 1").fetchone()[0]
    counter = iter(range(10**6))
    # The same row, into a table of the same columns without chain, triggers or index.
    db.execute("CREATE TABLE bench_same AS SELECT * FROM log_entries WHERE 0")
    db.execute("CREATE TABLE bench_tiny (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    row = db.execute("SELECT * FROM log_entries ORDER BY id DESC LIMIT 1").fetchone()
    conn = db.conn
    marks = ", ".join("?" * len(row))

    columns = [column[1] for column in conn.execute("PRAGMA table_info(log_entries)")]
    last = db.execute("SELECT * FROM log_entries WHERE incident_id = ? ORDER BY seq DESC LIMIT 1",
                      [target]).fetchone()

    def durable(sql, params):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(sql, params)
        conn.execute("COMMIT")

    def schema_only():
        conn.execute("BEGIN IMMEDIATE")
        seq, head = conn.execute("SELECT seq, hash FROM log_chain_heads WHERE incident_id = ?", [target]).fetchone()
        values = dict(zip(columns, last, strict=True))
        values.update(id=None, seq=seq + 1, prev_hash=head, hash=f"{next(counter):064x}",
                      text=f"Benchmarkregel {next(counter)}: bewoners opgevangen in sporthal")
        conn.execute(f"INSERT INTO log_entries VALUES ({marks})", list(values.values()))
        conn.execute("COMMIT")

    jobs = {
        "append": lambda: service.append_entry(
            db, target, text=f"Benchmarkregel {next(counter)}: bewoners opgevangen in sporthal", author="Bench"),
        "schema": schema_only,
        "same": lambda: durable(f"INSERT INTO bench_same VALUES ({marks})", (next(counter), *row[1:])),
        "tiny": lambda: durable("INSERT INTO bench_tiny (text) VALUES (?)", (f"r {next(counter)}",)),
    }
    times: dict[str, list[float]] = {name: [] for name in jobs}
    for round_ in range(110):
        for name, job in jobs.items():
            start = time.perf_counter()
            job()
            if round_ >= 10:  # the first rounds warm the caches
                times[name].append((time.perf_counter() - start) * 1000)
    figures = {name: statistics.median(values) for name, values in times.items()}
    # Saving leaves search indexing to the next search: what that costs for what was saved here.
    from piket.logbook.search import update_index

    start = time.perf_counter()
    figures["indexed"] = update_index(db)
    figures["index_ms"] = (time.perf_counter() - start) * 1000
    db.close()
    return figures


def _search(path: Path) -> float:
    from piket.logbook.search import search
    from piket.storage import connect

    db = connect(path)
    # Warm the page cache as a running app would have it; the first search also indexes the
    # entries the append benchmark saved.
    for query in SEARCHES:
        search(db, query)
    per_query = [_median_ms(lambda q=query: search(db, q), 5) for query in SEARCHES]
    db.close()
    return max(per_query)


def benchmarks(big_db_path: Path) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="piket-bench-logbook-") as folder:
        copy = Path(folder) / "copy.sqlite"
        source = sqlite3.connect(big_db_path)
        target = sqlite3.connect(copy)
        source.backup(target)
        source.close()
        target.close()
        append = _append(copy)
        appended, same = append["append"], append["same"]
        rows.append(_row("logbook: append an entry (validated, chained, durable)", appended, "ms",
                         f"bare insert of the same row {same:.2f} ms ({appended / same:.2f}x); "
                         f"of a tiny row {append['tiny']:.2f} ms ({appended / append['tiny']:.2f}x)",
                         "<= 2x bare insert", appended <= 2 * same))
        rows.append(_row("logbook: the same entry in plain SQL through the schema (chain head, triggers, indexes)",
                         append["schema"], "ms", f"{append['schema'] / same:.2f}x bare insert of the same row",
                         "what the schema alone costs"))
        indexed = int(append["indexed"])
        rows.append(_row(f"logbook: the next search indexes the {indexed} entries just saved", append["index_ms"], "ms",
                         f"{append['index_ms'] / indexed:.3f} ms per entry", "work left out of the save"))
        slowest = _search(copy)
        entries = sqlite3.connect(copy).execute("SELECT count(*) FROM log_entries").fetchone()[0]
        rows.append(_row(f"logbook: full-text search, slowest of {len(SEARCHES)} queries ({entries:,} entries)",
                         slowest, "ms", "", "<= 30 ms", slowest <= 30))
        largest, size = sqlite3.connect(copy).execute(
            "SELECT incident_id, seq FROM log_chain_heads ORDER BY seq DESC LIMIT 1").fetchone()
        result = subprocess.run([sys.executable, "-c", OPEN_INCIDENT, str(copy), str(largest)],
                                capture_output=True, text=True, check=True,
                                env={**_env(), "PIKET_SETTINGS": str(Path(folder) / "settings.ini")})
        opened, shown = result.stdout.split()
        rows.append(_row(f"logbook: open an incident of {int(shown):,} entries in the GUI", float(opened), "ms",
                         "", "<= 200 ms", float(opened) <= 200))
    shutil.rmtree(folder, ignore_errors=True)
    return rows


def _env() -> dict:
    import os

    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


if __name__ == "__main__":
    path = Path(sys.argv[1])
    for found in benchmarks(path):
        print(found)
