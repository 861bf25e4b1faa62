"""Progress of a review and the views on it: per theme, open items, filters.

Pure functions over item rows (``service.item_rows``), shared by CLI, GUI and PDF.
"""

from __future__ import annotations

from sqlite_utils import Database

from piket import timeutil

VERDICTS = ("voldoet", "deels", "voldoet_niet", "onvoldoende_info", "nvt")
FILTERS = ("alle", "open", "voldoet_niet", "beoordeeld")


def count(items: list[dict]) -> dict:
    """``{"assessed", "total", "open", "by_verdict": {code: n}}`` of some items."""
    by_verdict = dict.fromkeys(VERDICTS, 0)
    for item in items:
        if item["verdict"] is not None:
            by_verdict[item["verdict"]] = by_verdict.get(item["verdict"], 0) + 1
    assessed = sum(by_verdict.values())
    return {"assessed": assessed, "total": len(items), "open": len(items) - assessed,
            "by_verdict": by_verdict}


def themes(items: list[dict]) -> list[dict]:
    """Items grouped by theme in template order, each theme with its counts."""
    groups: dict[str, dict] = {}
    for item in items:
        group = groups.setdefault(item["theme_code"], {
            "code": item["theme_code"], "theme": item["theme"], "items": [],
        })
        group["items"].append(item)
    return [{**group, **count(group["items"])} for group in groups.values()]


def progress(items: list[dict]) -> dict:
    """The progress block of ``checklist show``: overall and per theme."""
    result = count(items)
    result["themes"] = [
        {k: v for k, v in theme.items() if k != "items"} for theme in themes(items)
    ]
    return result


def matches(item: dict, which: str = "alle", discipline: str | None = None) -> bool:
    """Whether an item passes a filter: ``open``, ``voldoet_niet``, ``beoordeeld`` or ``alle``."""
    if discipline and discipline not in (item["discipline"], item.get("advice_discipline")):
        return False
    if which == "open":
        return item["verdict"] is None
    if which == "voldoet_niet":
        return item["verdict"] == "voldoet_niet"
    if which == "beoordeeld":
        return item["verdict"] is not None
    return True


def public_item(item: dict) -> dict:
    """An item as ``checklist show --json`` prints it (times in local ISO form)."""
    shown = {k: v for k, v in item.items() if k not in ("id", "position")}
    shown["assessed_at"] = timeutil.iso_local(item["assessed_at"])
    shown["updated_at"] = timeutil.iso_local(item["updated_at"])
    return shown


def show(db: Database, ref, *, which: str = "alle", discipline: str | None = None,
         public: bool = False) -> dict:
    """The review as ``checklist show`` returns it; filters narrow ``items`` only."""
    from piket.checklist import service

    checklist_id = service.resolve_checklist(db, ref)
    head = service.header(db, checklist_id)
    items = service.item_rows(db, checklist_id)
    if public:
        items = [item for item in items if not item["confidential"]]
    if discipline:
        discipline = discipline.strip().lower()
        service.require_discipline(db, checklist_id, discipline)
    return {
        "id": head["id"],
        "title": head["title"],
        "template": head["template"],
        "template_version": head["template_version"],
        "event": head["event_id"],
        "event_name": (head["event"] or {}).get("name"),
        "reviewers": head["reviewers"],
        "documents": head["documents"],
        "created_at": timeutil.iso_local(head["created_at"]),
        "updated_at": timeutil.iso_local(head["updated_at"]),
        "items": [public_item(i) for i in items if matches(i, which, discipline)],
        "progress": progress(items),
    }
