"""The end-of-incident PDF: header, GRIP history, decisions, actions, the full log, a seal.

Corrected entries are printed struck through with the correction beside them; the hash
of the last entry is printed as a seal, so a later copy of the database can be compared
with the paper.
"""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.logbook import meetings, queries
from piket.logbook.affected import affected
from piket.logbook.checks import verified_entries
from piket.logbook.kinds import CORRECTION_KIND, HANDOVER_KIND, LESSON_KIND, MEETING_KIND

GRIP_COLOURS = {"GRIP0": "#6b7280", "GRIP1": "#2a6f97", "GRIP2": "#e9a23b", "GRIP3": "#e76f51",
                "GRIP4": "#c1121f", "GRIP5": "#780000"}


HEADING_ROOM = 90  # points (~3 cm): a heading, its note and the first lines of its table


def grip_colour(code: str | None) -> str:
    return GRIP_COLOURS.get(code or "", "#1d3557")


def _when(iso: str | None) -> str:
    return timeutil.display(timeutil.parse_time(iso)) if iso else ""


def _by_day(items: list[dict], key: str, row) -> list:
    """``row(item, day)`` for each item, under a band whenever the local day of ``item[key]``
    changes; ``day`` lets a row print only the clock time when the band says the date."""
    from piket.exports.pdf_lines import Band

    rows, day = [], None
    for item in items:
        if item[key][:10] != day:
            day = item[key][:10]
            rows.append(Band(timeutil.long_date(date.fromisoformat(day))))
        rows.append(row(item, day))
    return rows


def _clock(iso: str, day: str) -> str:
    """``14:30`` on the band's day (times are local ISO text), the full time on another."""
    return iso[11:16] if iso[:10] == day else _when(iso)


def incident_pdf(db: Database, ref) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table

    from piket.exports.pdf import badge, build_pdf, data_table, para, styles
    from piket.exports.pdf_lines import LineTable

    incident = queries.get_incident(db, ref)
    target = incident["id"]
    # The log is read once, its chain verified, and every list below is taken from it: the
    # seal is printed under exactly the entries that were checked.
    stored, problems = verified_entries(db, target)
    log_entries = [queries.shown_entry(entry) for entry in stored]
    grip_labels = refdata.labels(db, "grip_levels")
    kind_labels = refdata.labels(db, "log_entry_kinds")
    categories = refdata.labels(db, "incident_categories")
    st = styles()
    story: list = []

    facts = [
        ["Incident", str(target)], ["Locatie", incident["location"] or "—"],
        ["Categorie", categories.get(incident["category"], incident["category"] or "—")],
        ["Geopend", _when(incident["opened_at"])],
        ["Gesloten", _when(incident["closed_at"]) or "nog open"],
        ["GRIP nu / hoogste", f"{grip_labels.get(incident['grip'], 'geen')} / "
                              f"{grip_labels.get(incident['max_grip'], 'geen')}"],
        ["Logboekregels", str(incident["entry_count"])],
    ]
    if incident["lcms_ref"]:
        facts.append(["LCMS-referentie", incident["lcms_ref"]])
    fact_table = data_table(facts, [38 * mm, 100 * mm], header_rows=0, zebra=False)
    level = incident["max_grip"]
    story.append(Table([[fact_table, badge(grip_labels.get(level, "geen GRIP"), grip_colour(level), width=34 * mm)]],
                       colWidths=[145 * mm, 35 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))

    history = queries.grip_history(db, target)
    story.append(para("GRIP-verloop", "h1"))
    if history:
        rows = [["Tijd", "Niveau", "Reden", "Door"]] + [
            [_when(h["at"]), grip_labels.get(h["level"], "geen GRIP"), h["reason"], _who(h)] for h in history]
        story.append(data_table(rows, [32 * mm, 25 * mm, 78 * mm, 45 * mm]))
    else:
        story.append(para("Geen GRIP-niveau afgekondigd.", "body"))

    kinds = set(queries.decision_kinds(db))
    decisions = [{"number": number, **entry} for number, entry in
                 enumerate((entry for entry in log_entries if entry["kind"] in kinds), start=1)]
    story.append(para("Besluitenlijst", "h1"))
    if decisions:
        rows = _by_day(decisions, "at", lambda d, day: [d["number"], d["seq"], _clock(d["at"], day), d["text"]])
        story.append(LineTable(rows, [10 * mm, 14 * mm, 16 * mm, 140 * mm], ["Nr", "Regel", "Tijd", "Besluit"]))
    else:
        story.append(para("Geen besluiten vastgelegd.", "body"))

    actions = queries.actions(db, target)
    story.append(para("Actielijst", "h1"))
    if actions:
        # Open work in bold: what the next shift has to pick up.
        rows = [[a["seq"], a["text"], a["owner"] or "—", _when(a["deadline"]),
                 para(a["status"], st["cell_bold"]) if a["status"] in ("open", "in uitvoering") else a["status"]]
                for a in actions]
        story.append(LineTable(rows, [14 * mm, 79 * mm, 34 * mm, 33 * mm, 20 * mm],
                               ["Regel", "Actie", "Actiehouder", "Deadline", "Status"]))
    else:
        story.append(para("Geen acties.", "body"))

    for kind, heading in (("alarmering", "Alarmeringen"), ("communicatie", "Communicatie")):
        listed = _of_kind(log_entries, kind)
        if listed:
            story.append(para(heading, "h1"))
            rows = _by_day(listed, "at", lambda e, day: [e["seq"], _clock(e["at"], day), _who(e), e["text"]])
            story.append(LineTable(rows, [14 * mm, 16 * mm, 40 * mm, 110 * mm], ["Regel", "Tijd", "Door", "Tekst"]))

    handovers = _of_kind(log_entries, HANDOVER_KIND)
    if handovers:
        # Who held the incident when: the text itself is in the log below.
        story.append(CondPageBreak(HEADING_ROOM))
        story.append(para("Overdrachten", "h1"))
        rows = _by_day(handovers, "at", lambda e, day: [e["seq"], _clock(e["at"], day), _who(e), e["owner"] or "—"])
        story.append(LineTable(rows, [14 * mm, 16 * mm, 75 * mm, 75 * mm], ["Regel", "Tijd", "Van", "Aan"]))

    counted = affected(db, target)["latest"]
    if counted:
        story.append(CondPageBreak(HEADING_ROOM))
        story.append(para("Getroffenen", "h1"))
        story.append(para("Aantallen, geen namen: per categorie het laatst vastgelegde aantal.", "small"))
        rows = [[item["seq"], item["label"], item["count"], _when(item["at"])] for item in counted]
        story.append(LineTable(rows, [14 * mm, 96 * mm, 25 * mm, 45 * mm], ["Regel", "Categorie", "Aantal", "Per"]))

    lessons = _of_kind(log_entries, LESSON_KIND)
    if lessons:
        story.append(CondPageBreak(HEADING_ROOM))
        story.append(para("Leerpunten", "h1"))
        rows = [[e["seq"], _when(e["at"]), _who(e), e["text"]] for e in lessons]
        story.append(LineTable(rows, [14 * mm, 36 * mm, 40 * mm, 90 * mm], ["Regel", "Tijd", "Door", "Leerpunt"]))

    held = meetings.meetings(db, target)
    if held:
        # The verslag of each is its own PDF (``incident minutes --pdf``); its entries are in the log.
        story.append(CondPageBreak(HEADING_ROOM))
        story.append(para("Overleggen", "h1"))
        rows = [[m["seq"], m["title"], _when(m["opened_at"]), _when(m["closed_at"]) or "loopt nog",
                 m["chair"] or "—", m["decision_count"], m["action_count"]] for m in held]
        story.append(LineTable(rows, [14 * mm, 30 * mm, 34 * mm, 34 * mm, 40 * mm, 14 * mm, 14 * mm],
                               ["Regel", "Overleg", "Geopend", "Gesloten", "Voorzitter", "Besl.", "Acties"]))

    story.append(CondPageBreak(HEADING_ROOM))  # no heading alone at the foot of a page
    story.append(para("Logboek", "h1"))
    story.append(para("Per dag van vastleggen: wanneer het gebeurde (~ bij benadering) en wanneer het is "
                      "vastgelegd. Gecorrigeerde regels staan doorgehaald, met de correctie erbij.", "small"))
    corrections = {entry["corrects"]: entry for entry in _of_kind(log_entries, CORRECTION_KIND)
                   if entry["corrects"] is not None}  # corrected seq -> its latest correction
    header = ["Nr", "Gebeurd", "Vastgelegd", "Soort", "Auteur", "Tekst"]
    widths = [12.5 * mm, 16.5 * mm, 20.5 * mm, 24 * mm, 34 * mm, 72.5 * mm]
    log = _by_day(log_entries, "recorded_at",
                  lambda entry, day: _log_row(entry, day, corrections, kind_labels, st))
    story.append(LineTable(log, widths, header))

    head_seq, head_hash = (log_entries[-1]["seq"], log_entries[-1]["hash"]) if log_entries else (0, "—")
    seal = [para("Zegel", "h1"),
            para(f"Hash (SHA-256) van de laatste regel ({head_seq}):", "body"),
            para(head_hash, "cell_bold"),
            para("Keten gecontroleerd bij het afdrukken: " +
                 ("in orde." if not problems else "NIET IN ORDE — " + "; ".join(problems)), "small")]
    story.append(Spacer(1, 4 * mm))
    story.append(KeepTogether(seal))
    subtitle = f"Logboek incident {target} · {incident['location'] or 'locatie onbekend'} · " \
               f"geopend {_when(incident['opened_at'])}"
    return build_pdf(story, title=incident["title"], subtitle=subtitle, version=f"regel {head_seq}")


def _of_kind(entries: list[dict], kind: str) -> list[dict]:
    return [entry for entry in entries if entry["kind"] == kind]


def _who(item: dict) -> str:
    return queries.who(item["author"], item.get("role"))


def _safe(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text).replace("\n", "<br/>")


def _markup_para(markup: str, style):
    from reportlab.platypus import Paragraph

    return Paragraph(markup, style)


def _log_row(entry: dict, day: str, corrections: dict, kind_labels: dict, st) -> list:
    """One log line: plain text cells (fast for thousands of lines), a paragraph only for a
    corrected entry, which shows struck through with its correction."""
    text = entry["text"]
    if entry["kind"] == "correctie":
        cell = f"Correctie op regel {entry['corrects']}: {text}\nReden: {entry['reason']}"
    elif entry["seq"] in corrections:
        fix = corrections[entry["seq"]]
        cell = _markup_para(f"<strike>{_safe(text)}</strike><br/><b>→ gecorrigeerd in regel {fix['seq']}: "
                            f"{_safe(fix['text'])}</b>", st["cell"])
    else:
        extra = ""
        if entry["kind"] == "actie" and entry["action_seq"] is None:
            extra = f"\nActiehouder: {entry['owner'] or '—'}" + (
                f", deadline {_when(entry['deadline'])}" if entry["deadline"] else "")
        if entry["kind"] == HANDOVER_KIND:
            text = f"Overgedragen aan {entry['owner'] or '—'}\n{text}"
        if entry["kind"] == MEETING_KIND and entry["owner"]:
            extra = f"\nVoorzitter: {entry['owner']}"
        cell = text + extra
    at = ("~ " if entry["at_approx"] else "") + _clock(entry["at"], day)
    return [entry["seq"], at, _clock(entry["recorded_at"], day), kind_labels.get(entry["kind"], entry["kind"]),
            _who(entry), cell]
