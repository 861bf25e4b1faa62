"""Who writes an entry when nobody says: the OvD-Bz on call, else the computer's user;
and who takes over at a handover."""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from piket.login import login_name

ON_CALL_FUNCTION = "OVDBZ"
ON_CALL_ROLE = "OvD-Bz"


def _officer_rows(db: Database, at: datetime) -> list[dict]:
    """The roster's OvD-Bz rows at ``at`` (one per pool); empty without a roster."""
    from piket.modules import by_name

    oncall = by_name("roster").part("oncall")
    if oncall is None or not hasattr(oncall, "on_call"):
        return []
    try:
        rows = oncall.on_call(db, at)
    except Exception:  # noqa: BLE001 - a roster problem must never block logging
        return []
    return [row for row in rows or [] if row.get("function") == ON_CALL_FUNCTION]


def on_call_officer(db: Database, at: datetime) -> str | None:
    """The name of the OvD-Bz on call at ``at`` from the roster module, when it exists."""
    return next((str(row["person"]) for row in _officer_rows(db, at) if row.get("person")), None)


def incoming_officer(db: Database, at: datetime, outgoing: str | None = None) -> str | None:
    """Who takes over as OvD-Bz after ``at``: the one on call now when that is not
    ``outgoing`` (the piket week changed mid-incident), else the one on the next shift;
    None when the roster does not say."""
    rows = _officer_rows(db, at)
    current = next((row for row in rows if row.get("person")), rows[0] if rows else None)
    if current is None:
        return None
    if current.get("person") and current["person"] != (outgoing or "").strip():
        return str(current["person"])
    return on_call_officer(db, current["until"]) if current.get("until") else None


def default_author(db: Database, at: datetime, preferred: str | None = None) -> tuple[str, str]:
    """(author, role): ``preferred`` if given, else the OvD-Bz on call, else the login name."""
    if preferred and preferred.strip():
        return preferred.strip(), ""
    officer = on_call_officer(db, at)
    if officer:
        return officer, ON_CALL_ROLE
    return login_name(), ""
