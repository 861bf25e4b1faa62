"""Small builders shared by the logbook tests."""

from __future__ import annotations

from piket.logbook import service


def row_counts(db) -> tuple[int, int, int]:
    """(incidents, entries, chain-head sum): equal before and after a refused write."""
    return (
        db.execute("SELECT count(*) FROM incidents").fetchone()[0],
        db.execute("SELECT count(*) FROM log_entries").fetchone()[0],
        db.execute("SELECT coalesce(sum(seq), 0) FROM log_chain_heads").fetchone()[0],
    )


def incident_with_log(db, entries: int = 3, **kwargs) -> int:
    """An open incident with a melding and ``entries`` further informatie entries."""
    target = service.open_incident(db, title=kwargs.pop("title", "Brand Odeonstraat"), author="Test OvD", **kwargs)
    for number in range(entries):
        service.append_entry(db, target, text=f"Regel {number + 1}", author="Test OvD")
    return target
