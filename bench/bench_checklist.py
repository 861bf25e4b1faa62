"""Checklist figures on the ten-year database (run by bench/run.py).

Figures stand beside baselines from the same run: a bare durable commit for a save,
a raw SELECT of the items for ``show``, a one-paragraph house-style PDF for the report.
Writes go to a copy, so the shared benchmark database stays as it was.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path


def _median_ms(action, repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _row(name, value, unit, baseline="", goal="", ok=None) -> dict:
    return {"name": name, "value": round(value, 1), "unit": unit, "baseline": baseline,
            "goal": goal, "ok": ok}


def benchmarks(big_db_path: Path) -> list[dict]:
    from piket.checklist import chain, progress, service
    from piket.checklist.exports import checklist_pdf
    from piket.exports.pdf import build_pdf, para
    from piket.storage import connect, write

    rows = []
    with tempfile.TemporaryDirectory(prefix="piket-bench-checklist-") as folder:
        copy = Path(folder) / "big.sqlite"
        shutil.copy(big_db_path, copy)
        db = connect(copy)
        reviews = service.list_checklists(db)
        if not reviews:
            db.close()
            return [_row("checklist: no reviews in the benchmark database", 0, "", ok=False)]
        review = reviews[0]["id"]
        db.execute("CREATE TABLE IF NOT EXISTS bench_scratch (n INTEGER)")

        def bare_commit():
            with write(db):
                db.execute("INSERT INTO bench_scratch VALUES (1)")

        verdicts = iter(["voldoet", "deels", "voldoet_niet", "onvoldoende_info", "nvt"] * 20)
        commit = _median_ms(bare_commit)
        save = _median_ms(lambda: service.set_item(db, review, "TRACE-03", verdict=next(verdicts),
                                                   finding=f"bench {time.perf_counter()}"))
        rows.append(_row("checklist set (one item, with history)", save, "ms",
                         f"{save / commit:.1f}x a bare durable commit ({commit:.1f} ms)",
                         "<= 10 ms", save <= 10))

        raw = _median_ms(lambda: db.execute(
            "SELECT * FROM checklist_items WHERE checklist_id = ?", [review]).fetchall())
        shown = _median_ms(lambda: progress.show(db, review))
        rows.append(_row("checklist show (one review, all items, progress)", shown, "ms",
                         f"raw SELECT {raw:.2f} ms", "<= 50 ms", shown <= 50))

        listed = _median_ms(lambda: service.list_checklists(db), repeat=7)
        rows.append(_row(f"checklist list ({len(reviews)} reviews with counts)", listed, "ms", "",
                         "<= 100 ms", listed <= 100))

        items = service.item_rows(db, review)
        report = _median_ms(lambda: chain.report(items))
        rows.append(_row("chain report (broken links, one review)", report, "ms", "", "<= 20 ms",
                         report <= 20))

        bare_pdf = _median_ms(lambda: build_pdf([para("x")], title="x"), repeat=3)
        full = _median_ms(lambda: checklist_pdf(db, review), repeat=3)
        rows.append(_row("checklist PDF report (full version)", full, "ms",
                         f"{full / bare_pdf:.0f}x a one-paragraph PDF ({bare_pdf:.0f} ms)",
                         "<= 3000 ms", full <= 3000))

        rows.append(_gui_open(db))
        db.close()
    return rows


def _gui_open(db) -> dict:
    """Building the view and showing the newest review (what the user waits for)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from piket.gui.checklist.view import View

    def build():
        view = View(db)
        view.activate()
        app.processEvents()
        view.deleteLater()

    opened = _median_ms(build, repeat=5)
    return _row("checklist view: build and show a review", opened, "ms", "", "<= 500 ms", opened <= 500)
