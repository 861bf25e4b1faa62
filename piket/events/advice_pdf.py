"""The risk advice as a document an advisor signs: summary, class badge with reasons, each
section, numbered permit conditions, and date, version and author."""

from __future__ import annotations

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.errors import PiketError
from piket.events.scan import dutch_number

RISK_LABELS = {"classificatie": "Behandelklasse"}


def advice_pdf(db: Database, event) -> bytes:
    """The newest advice version of ``event``; without any, the prefilled draft (marked)."""
    from piket.events.advice import get_advice, prefill
    from piket.events.queries import resolve_event, show_event
    from piket.events.service import default_author

    event_id = resolve_event(db, event)
    shown = show_event(db, event_id)
    try:
        advice = get_advice(db, event_id)
    except PiketError:
        sections, conditions = prefill(db, event_id)
        advice = {"version": 0, "status": "concept", "author": default_author(), "sent_at": None,
                  "updated_at": timeutil.iso_local(timeutil.now()), "sections": sections,
                  "conditions": [{"number": n, **c} for n, c in enumerate(conditions, start=1)]}
    return _document(db, shown, advice)


def _document(db: Database, shown: dict, advice: dict) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    from piket.exports.pdf import badge, build_pdf, data_table, para

    classes = {item["class_"]: item for item in refdata.items(db, "risk_classes", include_inactive=True)}
    classification = shown["classification"]
    risk_class = classes[shown["class"]]
    criteria = {c["key"]: c["label"] for c in refdata.items(db, "risk_criteria", include_inactive=True)}
    version = f"versie {advice['version']}" if advice["version"] else "ongenummerd concept"
    if advice["status"] == "verzonden":
        state = f"verzonden {timeutil.display(timeutil.parse_time(advice['sent_at']))}"
    else:
        state = "CONCEPT"
    story = []

    summary = [
        ("Evenement", shown["name"]),
        ("Organisator", " · ".join(x for x in (shown["organiser"], shown["contact"]) if x) or "—"),
        ("Locatie", shown["location"] or "—"),
        ("Periode", f"{_when(shown['start'])} – {_when(shown['end'])}"),
    ]
    if shown["buildup"] or shown["teardown"]:
        summary.append(("Op- en afbouw", f"{_when(shown['buildup'] or shown['start'])} – "
                                         f"{_when(shown['teardown'] or shown['end'])}"))
    visitors = []
    if shown["visitors"] is not None:
        visitors.append(f"{dutch_number(shown['visitors'])} in totaal")
    if shown["visitors_peak"] is not None:
        visitors.append(f"{dutch_number(shown['visitors_peak'])} tegelijk")
    summary.append(("Bezoekers", ", ".join(visitors) or "onbekend"))
    summary.append(("Status", shown["status_label"]))
    if shown["permit_ref"]:
        summary.append(("Aanvraag", shown["permit_ref"]))
    summary_table = data_table([(k, v) for k, v in summary], [32 * mm, 98 * mm], header_rows=0, zebra=False)

    class_box = Table(
        [[badge(f"Klasse {shown['class']}", risk_class["colour"], width=40 * mm, height=16 * mm)],
         [para(risk_class["label"].capitalize(), "h2")],
         [para(f"score {dutch_number(classification['score'])}"
               + (f"\nscan: klasse {classification['scan_class']}" if classification["overridden"] else ""),
               "small")]],
        colWidths=[44 * mm],
    )
    class_box.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    top = Table([[summary_table, class_box]], colWidths=[134 * mm, 46 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [top, Spacer(1, 4 * mm)]

    story.append(para("Redenen voor de klasse", "h1"))
    if classification["overridden"]:
        story.append(para(f"De adviseur stelde de klasse vast op {shown['class']} (de scan gaf "
                          f"{classification['scan_class']}). Motivering: {classification['override_reason']}"))
    reasons = [r for r in classification["reasons"] if not r.startswith("klasse door adviseur")]
    story += [para(f"• {reason[0].upper()}{reason[1:]}") for reason in reasons]
    if risk_class["required_plans"]:
        story.append(para("Vereiste plannen: " + ", ".join(risk_class["required_plans"]) + ".", "small"))

    from piket.events.advice import event_text

    generated = event_text(db, shown["id"])
    for section in advice["sections"]:
        if section["code"] == "classificatie" or section["text"] == generated:
            continue  # shown above: badge and reasons, the summary table
        title = section["title"]
        heading = para(title, "h1")
        body = _paragraphs(section["text"], para) or [para("—", "small")]
        story.append(KeepTogether([heading, body[0]]))
        story += body[1:]

    story.append(para("Voorgestelde vergunningsvoorschriften", "h1"))
    if advice["conditions"]:
        rows = [("Nr.", "Voorschrift", "Risico")] + [
            (str(c["number"]), c["text"], criteria.get(c["risk"], RISK_LABELS.get(c["risk"], c["risk"] or "—"))) for c in advice["conditions"]
        ]
        story.append(data_table(rows, [12 * mm, 128 * mm, 40 * mm]))
    else:
        story.append(para("Geen voorschriften voorgesteld.", "small"))

    story.append(Spacer(1, 8 * mm))
    signed = [
        [para("Datum", "cell_bold"), para(_when(advice["sent_at"] or advice["updated_at"]), "cell"),
         para("Adviseur", "cell_bold"), para(advice["author"] or "—", "cell")],
        [para("Versie", "cell_bold"), para(f"{version} ({state.lower() if state != 'CONCEPT' else 'concept'})", "cell"),
         para("Handtekening", "cell_bold"), para("", "cell")],
    ]
    sign = Table(signed, colWidths=[24 * mm, 66 * mm, 26 * mm, 64 * mm], rowHeights=[8 * mm, 14 * mm])
    sign.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, "#9aa5b1"),
                              ("LINEBELOW", (0, 0), (-1, 0), 0.25, "#d0d7e2"),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(KeepTogether([para("Ondertekening", "h2"), sign]))
    return build_pdf(
        story, title=f"Risicoadvies {shown['name']}",
        subtitle=f"Advies aan de vergunningverlener · {version} · {state}",
        version=f"advies {version}", classification="concept" if state == "CONCEPT" else None,
    )


def _when(iso: str | None) -> str:
    return timeutil.display(timeutil.parse_time(iso)) if iso else "—"


def _paragraphs(text: str, para) -> list:
    """Section text: blank lines split paragraphs, ``- `` lines become bullets."""
    out = []
    for line in (text or "").splitlines():
        line = line.rstrip()
        if not line:
            continue
        if line.startswith(("- ", "• ")):
            out.append(para(f"• {line[2:]}"))
        else:
            out.append(para(line))
    return out
