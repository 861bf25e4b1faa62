"""Full-text search over every logbook entry (SQLite FTS5, accents ignored).

The user types words, not FTS syntax: each word becomes a quoted prefix term, all must
occur. Best match first (bm25), newest first among equals.
"""

from __future__ import annotations

import re

from sqlite_utils import Database

from piket import timeutil

MARK_START = "\x02"  # highlight markers in ``snippet``; the GUI turns them into <b>
MARK_END = "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    words = _WORD.findall(text or "")
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words[:12])


def search(db: Database, text: str, *, limit: int = 200, incident: int | None = None) -> list[dict]:
    """Entries matching every word of ``text``, best first."""
    query = fts_query(text)
    if query is None:
        return []
    sql = (
        "SELECT e.incident_id, i.title, e.seq, e.at, e.text, e.kind, "
        f"  snippet(log_entries_fts, 0, '{MARK_START}', '{MARK_END}', '…', 16) "
        "FROM log_entries_fts JOIN log_entries e ON e.id = log_entries_fts.rowid "
        "JOIN incidents i ON i.id = e.incident_id "
        "WHERE log_entries_fts MATCH ?"
    )
    params: list = [query]
    if incident is not None:
        sql += " AND e.incident_id = ?"
        params.append(incident)
    sql += " ORDER BY bm25(log_entries_fts), e.at DESC LIMIT ?"
    params.append(limit)
    return [
        {"incident": row[0], "title": row[1], "seq": row[2], "at": timeutil.iso_local(row[3]),
         "text": row[4], "kind": row[5], "snippet": row[6]}
        for row in db.execute(sql, params)
    ]
