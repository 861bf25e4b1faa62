"""Who writes an entry when nobody says: the OvD-Bz on call, else the computer's user."""

from __future__ import annotations

import getpass
from datetime import datetime

from sqlite_utils import Database

ON_CALL_FUNCTION = "OVDBZ"
ON_CALL_ROLE = "OvD-Bz"


def on_call_officer(db: Database, at: datetime) -> str | None:
    """The name of the OvD-Bz on call at ``at`` from the roster module, when it exists."""
    from piket.modules import by_name

    oncall = by_name("roster").part("oncall")
    if oncall is None or not hasattr(oncall, "on_call"):
        return None
    try:
        rows = oncall.on_call(db, at)
    except Exception:  # noqa: BLE001 - a roster problem must never block logging
        return None
    for row in rows or []:
        if row.get("function") == ON_CALL_FUNCTION and row.get("person"):
            return str(row["person"])
    return None


def default_author(db: Database, at: datetime, preferred: str | None = None) -> tuple[str, str]:
    """(author, role): ``preferred`` if given, else the OvD-Bz on call, else the login name."""
    if preferred and preferred.strip():
        return preferred.strip(), ""
    officer = on_call_officer(db, at)
    if officer:
        return officer, ON_CALL_ROLE
    try:
        return getpass.getuser(), ""
    except Exception:  # noqa: BLE001 - no login name in some containers
        return "onbekend", ""
