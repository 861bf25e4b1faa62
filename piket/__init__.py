"""piket: on-call rosters, the GRIP logbook, event risk advice and safety-plan reviews.

The package is Qt-free except for ``piket.gui``, which is imported only when the
window opens (a test enforces this).
"""

__version__ = "0.1.0"
