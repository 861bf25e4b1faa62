"""Start-up stays fast: the first window loads no library that only later work needs."""

import json
import subprocess
import sys

import pytest

# Libraries the first screen does not need; each costs 100 ms or more of every start.
LATER = ("numpy", "pydantic", "reportlab", "icalendar", "highspy")


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("module", ["logbook", "roster", "events", "checklist"])
def test_the_first_window_loads_no_library_that_only_later_work_needs(db_path, module):
    # Logging loads pydantic by design, so the incident is made in a process of its own.
    _run("from piket.storage import connect\nfrom piket.logbook.service import open_incident\n"
         f"open_incident(connect({str(db_path)!r}), title='Brand Odeonstraat', author='OvD-Bz')")
    shown = _run(
        "import json, sys\n"
        "from piket.gui.main_window import MainWindow, create_application\n"
        "from piket.storage import connect\n"
        "app = create_application()\n"
        f"window = MainWindow(connect({str(db_path)!r}), remember=False, module={module!r})\n"
        "window.show(); app.processEvents()\n"
        "print(window.windowTitle(), window.current_module(), len(window.views))\n"
        f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules if m.startswith({LATER!r})}})))"
    ).splitlines()
    assert shown[-2].split()[-2:] == [module, "1"]  # only the module asked for is built
    assert json.loads(shown[-1]) == []


def test_numpy_still_imports_normally_after_the_storage_layer():
    out = _run("import piket.storage, numpy, sqlite_utils.db as d; print(numpy.int8(3) + 1, d.np is None)")
    assert out.split() == ["4", "True"]
