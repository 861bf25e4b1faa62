"""The traceability chain: finding -> advice -> decision -> permit condition or plan
change -> verification, and the report of every broken or still open link.

A finding of ``deels`` or worse needs a reference and an advice; an accepted advice needs
a permit condition or a plan change; a condition needs a verification. Numbers (B1, A1,
V1) follow the item order, so a report and its PDF agree.
"""

from __future__ import annotations

from sqlite_utils import Database

NEEDS_ADVICE = ("deels", "voldoet_niet", "onvoldoende_info")

# severity: "gebroken" is a missing link that should exist now; "open" awaits a next step.
BROKEN, OPEN = "gebroken", "open"


def problems(item: dict) -> list[tuple[str, str, str]]:
    """(stage, severity, Dutch problem) for one item; empty when its chain is whole."""
    found = []
    verdict = item["verdict"]
    has = {key: bool((item.get(key) or "").strip()) for key in (
        "finding", "document", "advice", "condition", "plan_change", "verification")}
    if verdict in NEEDS_ADVICE:
        if not has["finding"]:
            found.append(("bevinding", BROKEN, "bevinding ontbreekt bij dit oordeel"))
        elif not has["document"]:
            found.append(("bevinding", BROKEN, "verwijzing naar het plan (document, pagina) ontbreekt"))
        if not has["advice"]:
            found.append(("advies", BROKEN, "advies ontbreekt bij een bevinding 'deels' of slechter"))
    if has["advice"] and not has["finding"]:
        found.append(("advies", BROKEN, "advies zonder bevinding"))
    if has["condition"] and not has["advice"]:
        found.append(("voorschrift", BROKEN, "voorschrift zonder advies"))
    if has["advice"] and item["decision"] == "open":
        found.append(("besluit", OPEN, "nog geen besluit over het advies"))
    if item["decision"] == "overgenomen" and not (has["condition"] or has["plan_change"]):
        found.append(("voorschrift", BROKEN, "overgenomen advies zonder voorschrift of planwijziging"))
    if item["decision"] == "in_vergunning" and not has["condition"]:
        found.append(("voorschrift", BROKEN, "'in vergunning' zonder tekst van het voorschrift"))
    if (has["condition"] or has["plan_change"]) and item["decision"] != "afgewezen" and not has["verification"]:
        found.append(("verificatie", OPEN, "nog niet vastgelegd hoe en wanneer dit wordt gecontroleerd"))
    return found


def report(items: list[dict]) -> list[dict]:
    """Every broken or open link, item by item (broken first within an item)."""
    rows = []
    for item in items:
        for stage, severity, problem in sorted(problems(item), key=lambda p: p[1] != BROKEN):
            rows.append({"code": item["code"], "theme": item["theme"], "stage": stage,
                         "severity": severity, "problem": problem})
    return rows


def chain_report(db: Database, ref, *, only_broken: bool = False) -> list[dict]:
    from piket.checklist import service

    checklist_id = service.resolve_checklist(db, ref)
    rows = report(service.item_rows(db, checklist_id))
    return [r for r in rows if r["severity"] == BROKEN] if only_broken else rows


def numbered(items: list[dict]) -> list[dict]:
    """The items that carry a finding, advice or condition, with B/A/V numbers."""
    counters = {"finding": 0, "advice": 0, "condition": 0}
    letters = {"finding": "B", "advice": "A", "condition": "V"}
    result = []
    for item in items:
        numbers = {}
        for key in counters:
            if (item.get(key) or "").strip():
                counters[key] += 1
                numbers[key] = f"{letters[key]}{counters[key]}"
        if numbers:
            result.append({**item, "numbers": numbers})
    return result
