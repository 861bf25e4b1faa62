"""piket: on-call rosters, the GRIP logbook, event risk advice and safety-plan reviews.

The package is Qt-free except for ``piket.gui``, which is imported only when the
window opens (a test enforces this).
"""

from piket import _lean_imports

__version__ = "0.1.0"

_lean_imports.install()
