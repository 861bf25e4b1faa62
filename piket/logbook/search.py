"""Full-text search over every logbook entry (SQLite FTS5, accents ignored).

The user types words, not FTS syntax: each word becomes a quoted prefix term, all must
occur. Best match first (bm25), newest first among equals. Ranking costs a few
microseconds per matching entry, so for a very common word only the newest
``RANKED_MATCHES`` matches are ranked: in a crisis log, recent entries are what one seeks.

Saving an entry does not index it (see ``schema``): each search first indexes what was
saved since the last one, so nothing saved is ever missing from the results.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sqlite_utils import Database

from piket import timeutil
from piket.storage import write

MARK_START = "\x02"  # highlight markers in ``snippet``; the GUI turns them into <b>
MARK_END = "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)
RANKED_MATCHES = 1000


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
    update_index(db)
    where, params = "log_entries_fts MATCH ?", [query]
    newest = ""
    if incident is not None:
        where += " AND log_entries_fts.rowid IN (SELECT id FROM log_entries WHERE incident_id = ?)"
        params.append(incident)
    else:
        newest = f" LIMIT {RANKED_MATCHES}"
    # One pass over the index, newest first, scoring only the rows it returns; then the best
    # ids (bm25 ascending, newest among equals), and text and snippet for those only.
    scored = db.execute(
        f"SELECT rowid, bm25(log_entries_fts) FROM log_entries_fts WHERE {where} ORDER BY rowid DESC{newest}",
        params,
    ).fetchall()
    best = sorted(scored, key=lambda row: (row[1], -row[0]))[:limit]
    if not best:
        return []
    order = {row[0]: position for position, row in enumerate(best)}
    rows = db.execute(
        "SELECT e.id, e.incident_id, i.title, e.seq, e.at, e.text, e.kind "
        "FROM log_entries e JOIN incidents i ON i.id = e.incident_id "
        f"WHERE e.id IN ({', '.join('?' * len(order))})",
        list(order),
    ).fetchall()
    rows.sort(key=lambda row: order[row[0]])
    words = [_fold(word) for word in _WORD.findall(text)]
    return [
        {"incident": row[1], "title": row[2], "seq": row[3], "at": timeutil.iso_local(row[4]),
         "text": row[5], "kind": row[6], "snippet": snippet(row[5], words)}
        for row in rows
    ]


# The index's own table of document sizes has one row per indexed entry, keyed by its id:
# its highest id says how far the index reaches, in the same transaction as the index itself.
_INDEXED_TO = "SELECT coalesce(max(id), 0) FROM log_entries_fts_docsize"


def update_index(db: Database) -> int:
    """Index the entries saved since the index was last brought up to date; how many.

    Entries get ids in the order they are saved and are never changed or removed, so the
    entries past the highest indexed id are exactly the missing ones. That id is read again
    under the write lock: two processes bringing the index up to date at once must not
    index an entry twice.
    """
    if not db.execute(f"SELECT (SELECT coalesce(max(id), 0) FROM log_entries) > ({_INDEXED_TO})").fetchone()[0]:
        return 0
    with write(db):
        indexed_to = db.execute(_INDEXED_TO).fetchone()[0]
        return db.execute("INSERT INTO log_entries_fts (rowid, text) SELECT id, text FROM log_entries WHERE id > ?",
                          [indexed_to]).rowcount


@lru_cache(maxsize=8192)
def _fold(word: str) -> str:
    """Lower case without accents, as the FTS tokenizer compares (remove_diacritics)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def snippet(text: str, words: list[str], width: int = 16) -> str:
    """Up to ``width`` words around the first hit, every word starting with a query word marked.

    Only the words up to the first hit and those shown are compared: a long entry (a
    handover summary) costs no more than a short one."""
    tokens = re.split(r"(\w+)", text.replace("\n", " "))
    word_positions = range(1, len(tokens), 2)

    def is_hit(index: int) -> bool:
        folded = _fold(tokens[index])
        return any(folded.startswith(word) for word in words)

    first_hit = next((number for number, index in enumerate(word_positions) if is_hit(index)), 0)
    start = 0 if len(word_positions) <= width else max(0, min(first_hit - width // 4, len(word_positions) - width))
    shown = word_positions[start:start + width]
    for index in shown:
        if is_hit(index):
            tokens[index] = f"{MARK_START}{tokens[index]}{MARK_END}"
    if len(word_positions) <= width:
        return "".join(tokens)
    begin = shown[0] if start else 0
    end = shown[-1] + 1
    return ("…" if start else "") + "".join(tokens[begin:end]) + ("…" if end < len(tokens) - 1 else "")
