"""Who is at the keyboard: the name piket records as the author of a change."""

from __future__ import annotations

import getpass
import os


def login_name(unknown: str = "onbekend") -> str:
    """``PIKET_USER`` if set (a shared account, a test), else the login name, else ``unknown``."""
    name = os.environ.get("PIKET_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in some containers
        return unknown
