"""Export figures on the ten-year set: a year of iCal for every pool, the PDF of the largest
incident, the half-year report. Goal for each: within 1 s.

Timed in-process after one untimed run, so the figure is the export itself and not the
one-off import of reportlab or icalendar (that import is ~0.1 s of a first CLI export).
"""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path


def _timed(job, repeat: int = 3) -> tuple[float, object]:
    result = job()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = job()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def _row(name, value, unit, baseline="", goal="<= 1 s", ok=None) -> dict:
    return {"name": name, "value": value, "unit": unit, "baseline": baseline, "goal": goal, "ok": ok}


def benchmarks(big_db_path: Path) -> list[dict]:
    from piket.logbook.pdf_incident import incident_pdf
    from piket.logbook.pdf_report import period_pdf
    from piket.logbook.report import period_report
    from piket.roster.ics import pool_feed
    from piket.roster.pools import all_pools
    from piket.storage import connect

    db = connect(big_db_path)
    rows = []
    pools = all_pools(db)
    seconds, feeds = _timed(lambda: [pool_feed(db, pool.id, None, 52) for pool in pools])
    events = sum(feed.count(b"BEGIN:VEVENT") for feed in feeds)
    rows.append(_row(f"iCal: a year of shifts for all {len(pools)} pools", seconds, "s",
                     f"{events:,} events, {sum(map(len, feeds)) / 1e6:.1f} MB", ok=seconds <= 1))

    largest, entries = db.execute("SELECT incident_id, seq FROM log_chain_heads ORDER BY seq DESC LIMIT 1").fetchone()
    seconds, pdf = _timed(lambda: incident_pdf(db, largest), repeat=1)
    pages = pdf.count(b"/Type /Page\n")  # reportlab writes one such line per page
    rows.append(_row(f"incident PDF of the largest incident ({entries:,} entries)", seconds, "s",
                     f"{pages:,} pages, {len(pdf) / 1e6:.1f} MB", ok=seconds <= 1))

    year = db.execute("SELECT max(substr(opened_at, 1, 4)) FROM incidents").fetchone()[0]
    first, last = date(int(year), 1, 1), date(int(year), 6, 30)
    seconds, pdf = _timed(lambda: period_pdf(db, period_report(db, first, last)))
    count = period_report(db, first, last)["meldingen"]
    rows.append(_row(f"half-year report PDF (H1 {year}, {count} meldingen)", seconds, "s",
                     f"{len(pdf) / 1e3:.0f} kB", ok=seconds <= 1))
    db.close()
    return rows


if __name__ == "__main__":
    import sys

    for found in benchmarks(Path(sys.argv[1])):
        print(found)
