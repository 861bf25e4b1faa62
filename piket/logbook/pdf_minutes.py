"""The verslag of one BOB meeting as PDF: what is sent round after a ROT or GBT meeting.

Beeldvorming, oordeelsvorming and besluitvorming as logged, then the besluitenlijst (with
the incident's decision numbers) and the actielijst with each action's current status.
"""

from __future__ import annotations

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.logbook import meetings, queries


def minutes_pdf(db: Database, target: int, seq: int) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak

    from piket.exports.pdf import build_pdf, data_table, para
    from piket.exports.pdf_lines import LineTable

    incident = queries.get_incident(db, target)
    verslag = meetings.minutes(db, target, seq)
    kinds = refdata.labels(db, "log_entry_kinds")
    story: list = []

    facts = [
        ["Incident", f"{target} · {incident['title']}"],
        ["Team", verslag["team_label"]],
        ["Voorzitter", verslag["chair"] or "—"],
        ["Geopend", timeutil.display(verslag["opened_at"])],
        ["Gesloten", timeutil.display(verslag["closed_at"]) if verslag["closed_at"] else "loopt nog"],
    ]
    if verslag["agenda"]:
        facts.append(["Agenda", verslag["agenda"]])
    story.append(data_table(facts, [38 * mm, 142 * mm], header_rows=0, zebra=False))

    for section in verslag["sections"]:
        story.append(CondPageBreak(60))
        story.append(para(section["label"], "h1"))
        if not section["entries"]:
            story.append(para("Niets vastgelegd.", "small"))
            continue
        rows = [[e["seq"], _clock(e["at"]), kinds.get(e["kind"], e["kind"]), e["author"], _text(e)]
                for e in section["entries"]]
        story.append(LineTable(rows, [13 * mm, 14 * mm, 24 * mm, 34 * mm, 95 * mm],
                               ["Regel", "Tijd", "Soort", "Door", "Tekst"]))

    story.append(CondPageBreak(60))
    story.append(para("Besluitenlijst", "h1"))
    if verslag["decisions"]:
        rows = [[d["number"], d["seq"], _clock(d["at"]), d["text"]] for d in verslag["decisions"]]
        story.append(LineTable(rows, [10 * mm, 14 * mm, 16 * mm, 140 * mm], ["Nr", "Regel", "Tijd", "Besluit"]))
    else:
        story.append(para("Geen besluiten in dit overleg.", "small"))

    story.append(CondPageBreak(60))
    story.append(para("Actielijst", "h1"))
    if verslag["actions"]:
        rows = [[a["seq"], a["text"], a["owner"] or "—", timeutil.display(a["deadline"]), a["status"]]
                for a in verslag["actions"]]
        story.append(LineTable(rows, [14 * mm, 79 * mm, 34 * mm, 33 * mm, 20 * mm],
                               ["Regel", "Actie", "Actiehouder", "Deadline", "Status (nu)"]))
    else:
        story.append(para("Geen acties uit dit overleg.", "small"))
    story.append(para(f"Afgedrukt {timeutil.display(timeutil.now())} uit het logboek; de status van acties "
                      "is die van dat moment.", "small"))
    return build_pdf(story, title=f"Verslag {verslag['title']}", subtitle=incident["title"],
                     version=f"regel {incident['entry_count']}")


def _clock(iso: str) -> str:
    return timeutil.display(iso, with_date=False)


def _text(entry: dict) -> str:
    """The entry's text; a corrected one with its correction, as the incident PDF shows it."""
    correction = entry.get("correction")
    if correction is None:
        return entry["text"]
    return f"{entry['text']}\n→ gecorrigeerd in regel {correction['seq']}: {correction['text']}"
