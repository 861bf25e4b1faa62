"""``make bench``: build the ten-year data set and print one table of figures.

Each figure stands beside a baseline measured in the same run, because on a shared,
noisy machine a ratio means more than milliseconds. Module benchmarks live in
``bench/bench_<module>.py`` as ``benchmarks(big_db_path) -> list[dict]`` with keys
``name, value, unit, baseline, goal, ok``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = sys.executable


def timed_process(args: list[str], repeat: int = 5, env: dict | None = None) -> float:
    """Median wall time of a whole process, in ms."""
    return timed_processes({"it": args}, repeat, env)["it"]


def timed_processes(commands: dict[str, list[str]], repeat: int = 7, env: dict | None = None) -> dict[str, float]:
    """Median wall time in ms of each command, run in turns so load bursts hit all alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, args in commands.items():
            start = time.perf_counter()
            subprocess.run(args, check=True, capture_output=True, env={**os.environ, **(env or {})})
            times[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(values) for name, values in times.items()}


def compile_bytecode() -> None:
    """Start from bytecode, as an installed piket (wheel or PyInstaller app) does.

    An editable checkout run with PYTHONDONTWRITEBYTECODE compiles every piket module
    from source on each start; that measures the compiler, not piket.
    """
    subprocess.run([PY, "-m", "compileall", "-q", str(HERE.parent / "piket")], check=True)


def peak_rss_mb(args: list[str]) -> float:
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_maxrss / 1024


BARE_QT = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1]); w = QMainWindow(); w.setCentralWidget(QLabel('bare'))
w.resize(1366, 768); w.show(); app.processEvents(); w.grab().save(sys.argv[1])
"""

ALL_MODULES = """
import sys
from piket.gui import main_window, resources_rc
from piket.storage import connect
app = main_window.create_application()
window = main_window.MainWindow(connect(sys.argv[1]), remember=False)
window.show()
for name in ("roster", "logbook", "events", "checklist"):
    window.show_module(name); app.processEvents()
"""


def row(name, value, unit, baseline="", goal="", ok=None) -> dict:
    return {"name": name, "value": value, "unit": unit, "baseline": baseline, "goal": goal, "ok": ok}


def core_benchmarks(big: Path, empty: Path, work: Path) -> list[dict]:
    env = {"QT_QPA_PLATFORM": "offscreen", "PIKET_SETTINGS": str(work / "settings.ini")}
    png = str(work / "shot.png")
    rows = []
    starts = timed_processes({
        "bare": [PY, "-c", BARE_QT, png],
        "empty": [PY, "-m", "piket", "--db", str(empty), "gui", "--screenshot", png],
        "big": [PY, "-m", "piket", "--db", str(big), "gui", "--screenshot", png],
    }, env=env)
    bare, on_empty, on_big = starts["bare"], starts["empty"], starts["big"]
    rows.append(row("start to shown window, bare QMainWindow", bare, "ms"))
    rows.append(row("start to shown window, empty database", on_empty, "ms", f"{on_empty / bare:.2f}x bare Qt", "<= 2x bare Qt", on_empty <= 2 * bare))
    rows.append(row("start to shown window, ten-year database", on_big, "ms",
                    f"{on_big / on_empty:.2f}x empty, {on_big / bare:.2f}x bare", "<= 1.3x empty, <= 2x bare",
                    on_big <= 1.3 * on_empty and on_big <= 2 * bare))
    python = timed_process([PY, "-c", "pass"])
    imported = timed_process([PY, "-c", "import piket, piket.cli"])
    helped = timed_process([PY, "-m", "piket", "--help"])
    rows.append(row("import piket, piket.cli", imported, "ms", f"python alone {python:.0f} ms"))
    heavy = subprocess.run(
        [PY, "-c", "import sys, contextlib, io\nfrom piket.cli import main\n"
         "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()): main(['--help'])\n"
         "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6','reportlab','icalendar','highspy','ortools'}))"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    rows.append(row("piket --help", helped, "ms", f"python alone {python:.0f} ms", "no heavy import", heavy == "[]"))
    memory = peak_rss_mb([PY, "-c", ALL_MODULES, str(big)])
    rows.append(row("GUI peak memory, ten-year set, all modules shown", memory, "MB RSS", "", "<= 250 MB", memory <= 250))
    return rows


def module_benchmarks(big: Path) -> list[dict]:
    rows = []
    for path in sorted(HERE.glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        rows += module.benchmarks(big)
    return rows


def print_table(rows: list[dict]) -> None:
    def fmt(value):
        if isinstance(value, float):
            return f"{value:,.1f}" if value < 100 else f"{value:,.0f}"
        return str(value)

    headers = ["benchmark", "figure", "unit", "baseline", "goal", "met"]
    cells = [[r["name"], fmt(r["value"]), r["unit"], str(r["baseline"]), str(r["goal"]),
              {True: "yes", False: "NO", None: ""}[r["ok"]]] for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    print(" | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("-|-".join("-" * w for w in widths))
    for c in cells:
        print(" | ".join(v.ljust(w) for v, w in zip(c, widths, strict=True)))


def main() -> int:
    sys.path.insert(0, str(HERE.parent))
    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="piket-bench-") as folder:
        work = Path(folder)
        big, empty = work / "big.sqlite", work / "empty.sqlite"
        subprocess.run([PY, "-m", "piket", "--db", str(empty), "init"], check=True, capture_output=True)
        start = time.perf_counter()
        subprocess.run([PY, "-m", "piket", "--db", str(big), "demo", "--years", "10"], check=True)
        generated = time.perf_counter() - start
        counts = subprocess.run([PY, "-c", COUNTS, str(big)], capture_output=True, text=True, check=True).stdout
        rows = [row("demo --years 10 (" + counts.strip() + ")", generated, "s", "", "< 60 s", generated < 60)]
        rows += core_benchmarks(big, empty, work)
        rows += module_benchmarks(big)
        print()
        print_table(rows)
        (HERE / "last_run.json").write_text(json.dumps(rows, indent=1, default=str))
    return 0


COUNTS = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
tables = {r[0] for r in db.execute("select name from sqlite_master where type='table'")}
parts = []
for table, label in (("people", "people"), ("shifts", "shifts"), ("incidents", "incidents"),
                     ("log_entries", "entries"), ("events", "events"), ("checklists", "checklists")):
    if table in tables:
        parts.append(f"{db.execute(f'select count(*) from {table}').fetchone()[0]:,} {label}")
print(", ".join(parts))
"""

if __name__ == "__main__":
    raise SystemExit(main())
