"""The core (everything outside piket/gui) must never load Qt: the CLI and scripts stay light."""

import json
import pkgutil
import subprocess
import sys

import piket


def core_modules() -> list[str]:
    names = ["piket", "piket.cli", "piket.__main__"]
    for info in pkgutil.walk_packages(piket.__path__, "piket."):
        if not info.name.startswith("piket.gui") and info.name != "piket.__main__":
            names.append(info.name)
    return names


def test_importing_the_core_loads_no_pyside6():
    names = [n for n in core_modules() if n != "piket.__main__"]
    code = (
        "import importlib, json, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == []


def test_help_loads_no_heavy_library():
    code = (
        "import sys, contextlib, io\n"
        "from piket.cli import main\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()): main(['--help'])\n"
        "heavy = ('PySide6', 'reportlab', 'icalendar', 'highspy', 'ortools', 'pydantic')\n"
        "print(','.join(sorted({m.split('.')[0] for m in sys.modules if m.startswith(heavy)})))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
