"""The selected event as rich text: class badge, reasons, conflicts, advice, checklists."""

from __future__ import annotations

from datetime import datetime
from html import escape

from piket import refdata, timeutil
from piket.events.conflicts import find_conflicts
from piket.events.queries import show_event
from piket.events.scan import dutch_number


def _when(iso: str | None) -> str:
    return timeutil.display(datetime.fromisoformat(iso)) if iso else ""


def detail_html(db, event_id: int) -> str:
    shown = show_event(db, event_id)
    classes = {item["class_"]: item for item in refdata.items(db, "risk_classes", include_inactive=True)}
    risk_class = classes[shown["class"]]
    result = shown["classification"]
    parts = [
        f"<h2 style='color:#1d3557; margin-bottom:2px'>{escape(shown['name'])}</h2>",
        f"<p><span style='background:{risk_class['colour']}; color:white; font-weight:700; font-size:15px'>"
        f"&nbsp;Klasse {shown['class']}&nbsp;</span>&nbsp; {escape(risk_class['label'])} · score "
        f"{dutch_number(result['score']) if result else '—'} · <b>{escape(shown['status_label'])}</b></p>",
    ]
    rows = [("Wanneer", f"{_when(shown['start'])} – {_when(shown['end'])}")]
    if shown["buildup"] or shown["teardown"]:
        rows.append(("Op/afbouw", f"{_when(shown['buildup'] or shown['start'])} – {_when(shown['teardown'] or shown['end'])}"))
    rows.append(("Locatie", shown["location"] or "—"))
    visitors = " · ".join(x for x in (
        f"{dutch_number(shown['visitors'])} totaal" if shown["visitors"] is not None else "",
        f"{dutch_number(shown['visitors_peak'])} tegelijk" if shown["visitors_peak"] is not None else "") if x)
    rows.append(("Bezoekers", visitors or "onbekend"))
    if shown["organiser"]:
        rows.append(("Organisator", " · ".join(x for x in (shown["organiser"], shown["contact"]) if x)))
    if shown["permit_ref"]:
        rows.append(("Kenmerk", shown["permit_ref"]))
    parts.append("<table cellspacing='0' cellpadding='2'>" + "".join(
        f"<tr><td style='color:#6b7280; padding-right:8px'>{k}</td><td>{escape(str(v))}</td></tr>" for k, v in rows
    ) + "</table>")
    for part in shown["parts"]:
        parts.append(f"<p style='color:#4b5563'>Onderdeel: {escape(part['label'])}, {_when(part['start'])} – "
                     f"{_when(part['end'])[-5:]}</p>")
    if result:
        parts.append("<h3 style='color:#1d3557'>Waarom deze klasse</h3><ul>"
                     + "".join(f"<li>{escape(r)}</li>" for r in result["reasons"]) + "</ul>")
        if result["unanswered"]:
            parts.append(f"<p style='color:#b45309'>{len(result['unanswered'])} vragen van de risicoscan nog open "
                         "(Ctrl+R).</p>")
        conflicts = find_conflicts(db, datetime.fromisoformat(shown["start"]).date(),
                                   datetime.fromisoformat(shown["end"]).date(), event_id=event_id)
        if conflicts:
            parts.append("<h3 style='color:#b91c1c'>Conflicten</h3><ul>" + "".join(
                f"<li>{escape(c['reason'])}</li>" for c in conflicts) + "</ul>")
    parts.append("<h3 style='color:#1d3557'>Advies</h3>")
    if shown["advice"]:
        parts.append("<ul>" + "".join(
            f"<li>versie {a['version']}: {a['status']}"
            + (f" op {_when(a['sent_at'])}" if a["sent_at"] else "") + f" ({escape(a['author'])})</li>"
            for a in shown["advice"]) + "</ul>")
    else:
        parts.append("<p style='color:#6b7280'>Nog geen advies (Ctrl+D maakt het, ingevuld uit de scan).</p>")
    if shown["checklists"]:
        parts.append("<h3 style='color:#1d3557'>Toetsing veiligheidsplan</h3><ul>" + "".join(
            f"<li>{escape(c['title'])} (checklist {c['id']})</li>" for c in shown["checklists"]) + "</ul>")
    if shown["notes"]:
        parts.append(f"<h3 style='color:#1d3557'>Opmerkingen</h3><p>{escape(shown['notes'])}</p>")
    if shown["evaluation"]:
        parts.append(f"<h3 style='color:#1d3557'>Evaluatie</h3><p>{escape(shown['evaluation'])}</p>")
    return "".join(parts)


def overview_html(db) -> str:
    """What shows before an event is chosen: the coming events and the coming conflicts."""
    from datetime import timedelta

    from piket.events.queries import EventFilter, list_events

    today = timeutil.today()
    colours = {item["class_"]: item["colour"] for item in refdata.items(db, "risk_classes", include_inactive=True)}
    coming = list_events(db, EventFilter(first=today, last=today + timedelta(days=120)))[:12]
    parts = ["<h2 style='color:#1d3557'>Komende evenementen</h2>"]
    if coming:
        parts.append("<table cellspacing='0' cellpadding='3'>" + "".join(
            f"<tr><td style='color:#6b7280'>{_when(e['start'])[:13]}</td>"
            f"<td><span style='background:{colours.get(e['class'], '#999')}; color:white; font-weight:700'>"
            f"&nbsp;{e['class']}&nbsp;</span></td><td><a href='event/{e['id']}'>{escape(e['name'])}</a></td></tr>"
            for e in coming) + "</table>")
    else:
        parts.append("<p style='color:#6b7280'>Geen evenementen in de komende vier maanden.</p>")
    conflicts = find_conflicts(db, today, today + timedelta(days=365))
    parts.append("<h2 style='color:#b91c1c'>Conflicten komend jaar</h2>" if conflicts else
                 "<p style='color:#2a9d8f'>Geen conflicten in het komende jaar.</p>")
    for conflict in conflicts[:10]:
        parts.append(f"<p><b>{_when(conflict['start'])[:13]}</b>: {escape(conflict['reason'])}</p>")
    parts.append("<p style='color:#6b7280'>Kies een evenement in de maand, de dag of de lijst. "
                 "Ctrl+N nieuw · Ctrl+R risicoscan · Ctrl+D advies · Ctrl+I importeren</p>")
    return "".join(parts)
