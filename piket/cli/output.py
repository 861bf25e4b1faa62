"""Printing results: exactly one JSON document with --json, else a readable table."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_table(rows: Iterable[dict], columns: Sequence[tuple[str, str]]) -> None:
    """Rows as aligned columns; ``columns`` is a list of (key, header)."""
    rows = list(rows)
    if not rows:
        print("(geen)")
        return
    cells = [[_cell(row.get(key)) for key, _ in columns] for row in rows]
    headers = [header for _, header in columns]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    text = str(value).replace("\n", " ")
    return text if len(text) <= 60 else text[:59] + "…"


def emit(args, data, columns: Sequence[tuple[str, str]] | None = None) -> None:
    """--json: the data as it is; else a table of it (or key: value lines for one dict)."""
    if getattr(args, "json", False):
        print_json(data)
    elif isinstance(data, list):
        print_table(data, columns or [(k, k) for k in (data[0] if data else {})])
    elif isinstance(data, dict):
        for key, value in data.items():
            if not isinstance(value, list | dict):
                print(f"{key}: {_cell(value)}")
    else:
        print(data)


def created(args, new_id) -> None:
    """What create commands print: the new id, or {"id": ...} with --json."""
    if getattr(args, "json", False):
        print_json({"id": new_id})
    else:
        print(new_id)
