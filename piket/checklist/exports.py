"""The review as a PDF: cover, summary per theme, numbered chain, appendix.

``export_pdf(db, "checklist", args)`` serves ``piket export pdf checklist``; with
``args.public`` the items marked confidential are left out everywhere, so the public
version can be handed out (Woo) without passages useful to wrongdoers.
"""

from __future__ import annotations

from sqlite_utils import Database

from piket import refdata, timeutil


def export_pdf(db: Database, what: str, args) -> bytes:
    from piket.checklist import service

    checklist_id = service.resolve_checklist(db, args.target)
    return checklist_pdf(db, checklist_id, public=bool(getattr(args, "public", False)))


def checklist_pdf(db: Database, checklist_id: int, *, public: bool = False) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, PageBreak, Spacer

    from piket.checklist import chain, progress, service
    from piket.exports.pdf import build_pdf, para

    head = service.header(db, checklist_id)
    items = service.item_rows(db, checklist_id)
    hidden = sum(1 for item in items if item["confidential"]) if public else 0
    if public:
        items = [item for item in items if not item["confidential"]]
    verdicts = {v["code"]: v for v in refdata.items(db, "verdicts", include_inactive=True)}
    disciplines = service.disciplines(db, checklist_id)
    numbered = chain.numbered(items)

    story = _cover(head, items, hidden, public)
    story.append(para("Samenvatting per thema", "h1"))
    story.append(_summary(progress.themes(items), verdicts))
    story.append(Spacer(1, 4 * mm))
    story.append(para(
        "Legenda: V = voldoet, D = voldoet deels, VN = voldoet niet, OI = onvoldoende informatie, "
        "NVT = niet van toepassing. Nummering: B = bevinding, A = advies, V = voorschrift.", "small"))
    story.append(PageBreak())
    story.append(para("Bevindingen, adviezen en voorschriften", "h1"))
    if not numbered:
        story.append(para("Nog geen bevindingen vastgelegd."))
    for item in numbered:
        story.append(_finding_block(item, verdicts, disciplines))
    conditions = [item for item in numbered if "condition" in item["numbers"]]
    story.append(para("Voorgestelde vergunningsvoorschriften", "h1"))
    story.append(_conditions(conditions) if conditions else para("Geen voorschriften voorgesteld."))
    broken = [row for row in chain.report(items) if row["severity"] == chain.BROKEN]
    story.append(para("Gebroken schakels in de keten", "h1"))
    story.append(_broken(broken) if broken else para("Geen: elke bevinding is herleidbaar tot advies en voorschrift."))
    story.append(PageBreak())
    story.append(para("Bijlage: volledige checklist", "h1"))
    for theme in progress.themes(items):
        story.append(KeepTogether([
            para(f"{theme['code']} · {theme['theme']} ({theme['assessed']}/{theme['total']})", "h2"),
            _appendix(theme["items"], verdicts),
        ]))
    kind = "openbare versie" if public else "volledige versie"
    return build_pdf(
        story,
        title=head["title"],
        subtitle=f"Toetsing veiligheidsplan · {kind} · sjabloon {head['template']} v{head['template_version']}",
        version=f"toetsing {head['id']}, stand {timeutil.display(head['updated_at'])}",
        classification="Openbaar" if public else "Vertrouwelijk — niet openbaar",
    )


def _cover(head: dict, items: list[dict], hidden: int, public: bool) -> list:
    from reportlab.lib.units import mm

    from piket.checklist import progress
    from piket.exports.pdf import data_table, para

    counts = progress.count(items)
    event = head["event"]
    rows = [["Onderdeel", "Gegevens"]]
    if event:
        when = f"{timeutil.display(event.get('start_at'))} – {timeutil.display(event.get('end_at'))}"
        where = event.get("location") or ""
        rows.append(["Evenement", f"{event['name']}\n{when}" + (f"\n{where}" if where else "")])
    else:
        rows.append(["Evenement", "niet gekoppeld"])
    rows.append(["Toetsers", (head["reviewers"] or "—").replace(", ", "\n")])
    rows.append(["Getoetste documenten", (head["documents"] or "—").replace("; ", "\n")])
    rows.append(["Voortgang", f"{counts['assessed']} van {counts['total']} items beoordeeld; "
                 f"{counts['by_verdict']['voldoet_niet']} voldoet niet, {counts['open']} open"])
    rows.append(["Gestart", timeutil.display(head["created_at"])])
    rows.append(["Laatst gewijzigd", timeutil.display(head["updated_at"])])
    story = [data_table(rows, [45 * mm, 135 * mm])]
    if public:
        story.append(para(
            f"Openbare versie: {hidden} vertrouwelijke item(s) zijn weggelaten, met hun bevindingen "
            "en adviezen.", "small"))
    else:
        story.append(para("Volledige versie met vertrouwelijke items; niet openbaar maken. "
                          "Gebruik de openbare versie voor verspreiding.", "small"))
    return story


SHORT = {"voldoet": "V", "deels": "D", "voldoet_niet": "VN", "onvoldoende_info": "OI", "nvt": "NVT"}


def _summary(themes: list[dict], verdicts: dict):
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    from piket.checklist.progress import VERDICTS
    from piket.exports.pdf import data_table

    rows = [["Thema", "Items", *(SHORT[v] for v in VERDICTS), "Open"]]
    totals = [0] * (len(VERDICTS) + 2)
    for theme in themes:
        values = [theme["total"], *(theme["by_verdict"][v] for v in VERDICTS), theme["open"]]
        totals = [a + b for a, b in zip(totals, values, strict=True)]
        rows.append([f"{theme['code']} · {theme['theme']}", *(str(v or "") for v in values)])
    rows.append(["Totaal", *(str(v) for v in totals)])
    style = [("ALIGN", (1, 0), (-1, -1), "CENTER"),
             ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.HexColor("#1d3557"))]
    for column, code in enumerate(VERDICTS, start=2):
        style.append(("BACKGROUND", (column, 0), (column, 0), colors.HexColor(verdicts[code]["colour"])))
    return data_table(rows, [82 * mm, 14 * mm] + [12 * mm] * 7, extra_style=style)


def _finding_block(item: dict, verdicts: dict, disciplines: dict):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether

    from piket.exports.pdf import data_table, para, styles

    numbers = item["numbers"]
    verdict = verdicts.get(item["verdict"]) if item["verdict"] else None
    label = verdict["label"] if verdict else "nog niet beoordeeld"
    title = para(f"{item['code']} · {item['theme']} — {label}", "h2")
    rows = [["Vraag", para(item["question"], "cell")]]
    if "finding" in numbers:
        reference = ", ".join(p for p in (item["document"], item["page"]) if p)
        text = item["finding"] + (f"\n(bron: {reference})" if reference else "")
        rows.append([f"Bevinding {numbers['finding']}", text])
    if "advice" in numbers:
        who = disciplines.get(item["advice_discipline"], item["advice_discipline"])
        rows.append([f"Advies {numbers['advice']}", f"{item['advice']}\n(adviseur: {who})"])
        from piket.checklist.service import DECISIONS

        decision = DECISIONS[item["decision"]]
        if item["decision_reason"]:
            decision += f": {item['decision_reason']}"
        rows.append(["Besluit", decision])
    if "condition" in numbers:
        rows.append([f"Voorschrift {numbers['condition']}", para(item["condition"], "cell_bold")])
    if item["plan_change"]:
        rows.append(["Planwijziging", item["plan_change"]])
    if item["verification"]:
        rows.append(["Verificatie", item["verification"]])
    who = " · ".join(p for p in (item["reviewer"], timeutil.display(item["updated_at"])) if p)
    if who:
        rows.append(["Toetser", who])
    colour = colors.HexColor(verdict["colour"]) if verdict else colors.HexColor("#9aa5b1")
    table = data_table(rows, [32 * mm, 148 * mm], header_rows=0, zebra=False, extra_style=[
        ("LINEBEFORE", (0, 0), (0, -1), 3, colour),
        ("TEXTCOLOR", (0, 0), (0, -1), colors.HexColor("#1d3557")),
    ])
    for row in table._cellvalues:
        row[0].style = styles()["cell_bold"]
    return KeepTogether([title, table])


def _conditions(items: list[dict]):
    from reportlab.lib.units import mm

    from piket.checklist.service import DECISIONS
    from piket.exports.pdf import data_table

    rows = [["Nr.", "Voorschrift", "Item", "Status"]]
    for item in items:
        rows.append([item["numbers"]["condition"], item["condition"], item["code"],
                     DECISIONS[item["decision"]]])
    return data_table(rows, [12 * mm, 124 * mm, 22 * mm, 22 * mm])


def _broken(rows: list[dict]):
    from reportlab.lib.units import mm

    from piket.exports.pdf import data_table

    table = [["Item", "Schakel", "Probleem"]]
    table += [[row["code"], row["stage"], row["problem"]] for row in rows]
    return data_table(table, [24 * mm, 26 * mm, 130 * mm])


def _appendix(items: list[dict], verdicts: dict):
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    from piket.exports.pdf import data_table

    rows = [["Code", "Vraag", "Oordeel", "Toetser"]]
    style = []
    for index, item in enumerate(items, start=1):
        verdict = verdicts.get(item["verdict"]) if item["verdict"] else None
        code = item["code"] + ("\nvertrouwelijk" if item["confidential"] else "")
        rows.append([code, item["question"], verdict["label"] if verdict else "open",
                     item["reviewer"] if item["verdict"] else ""])
        if verdict:
            style.append(("LINEBEFORE", (2, index), (2, index), 3, colors.HexColor(verdict["colour"])))
    return data_table(rows, [20 * mm, 100 * mm, 30 * mm, 30 * mm], extra_style=style)
