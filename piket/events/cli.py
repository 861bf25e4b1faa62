"""``piket event ...``: the evenementenkalender, the risk scan and the advice.

Only argparse at import time; services load inside the handlers (``piket --help`` stays light).
"""

from __future__ import annotations

from piket.cli.output import created, emit, print_json

LIST_COLUMNS = [("id", "id"), ("name", "naam"), ("start_shown", "start"), ("end_shown", "einde"),
                ("location", "locatie"), ("visitors", "bezoekers"), ("class", "klasse"), ("status", "status")]


def criteria_list(db) -> list[dict]:
    """``piket ref criteria``: the questions of the risk scan."""
    from piket import refdata

    rows = []
    for item in refdata.items(db, "risk_criteria"):
        choices = item["choices"] if item["answer_type"] != "number" else [
            {key: band[key] for key in ("min", "above", "score", "label") if band.get(key) is not None}
            for band in item["bands"]
        ]
        rows.append({"key": item["key"], "label": item["label"], "dimension": item["dimension"],
                     "answer_type": item["answer_type"], "choices": choices, "question": item["question"],
                     "weight": item["weight"], "code": item["key"]})
    return rows


REF_LISTS = {"criteria": criteria_list}


def _key_values(pairs: list[str] | None) -> dict:
    from piket.errors import PiketError

    values = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise PiketError(f"verwacht KEY=WAARDE, niet {pair!r}")
        values[key.strip()] = value
    return values


def _period(args):
    from piket import timeutil

    first = timeutil.parse_date(args.from_) if args.from_ else None
    last = timeutil.parse_date(args.to) if args.to else None
    if first and last and last < first:
        from piket.errors import PiketError

        raise PiketError("--to ligt voor --from")
    return first, last


def register(commands) -> None:
    event = commands.add_parser("event", help="evenementenkalender, risicoscan en advies")
    sub = event.add_subparsers(dest="event_command", metavar="ACTIE", required=True)

    p = sub.add_parser("add", help="evenement toevoegen")
    p.add_argument("--name", required=True)
    p.add_argument("--start", required=True, metavar="TIJD")
    p.add_argument("--end", required=True, metavar="TIJD")
    p.add_argument("--location", default="")
    p.add_argument("--visitors", metavar="N", help="verwachte bezoekers in totaal")
    p.add_argument("--peak", metavar="N", help="bezoekers tegelijk op het drukste moment")
    p.add_argument("--area", metavar="M2", help="bezoekersoppervlak in m²")
    p.add_argument("--organiser", default="")
    p.add_argument("--set", action="append", metavar="KEY=WAARDE", help="antwoord op de risicoscan of ander veld")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_add)

    p = sub.add_parser("import", help="evenementenkalender uit CSV (alles of niets)",
                       epilog="kopregel: naam;start;einde;locatie;bezoekers plus optionele kolommen")
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("list", help="evenementen in een periode")
    p.add_argument("--from", dest="from_", metavar="DATUM")
    p.add_argument("--to", metavar="DATUM")
    p.add_argument("--class", dest="classes", action="append", choices=["A", "B", "C"])
    p.add_argument("--status", action="append", metavar="STATUS")
    p.add_argument("--search", default="", metavar="TEKST")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="alles over één evenement")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("set", help="velden of scanantwoorden wijzigen (KEY=WAARDE; leeg wist)")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("values", nargs="+", metavar="KEY=WAARDE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_set)

    p = sub.add_parser("classify", help="risicoscan uitvoeren: klasse A/B/C met redenen")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_classify)

    p = sub.add_parser("reclassify", help="risicoscan opnieuw voor alle evenementen (na wijziging criteria)")
    p.set_defaults(handler=cmd_reclassify)

    p = sub.add_parser("override", help="klasse met motivering vaststellen (of --clear)")
    p.add_argument("event", metavar="EVENT")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--class", dest="risk_class", choices=["A", "B", "C"])
    group.add_argument("--clear", action="store_true", help="terug naar de klasse van de scan")
    p.add_argument("--reason", required=True, metavar="TEKST")
    p.add_argument("--author", default="")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_override)

    p = sub.add_parser("status", help="HEV-stap zetten (piket ref statuses)")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("status")
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_status)

    p = sub.add_parser("part", help="onderdeel toevoegen (avondprogramma, dag van een meerdaags evenement)")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("--label", required=True)
    p.add_argument("--start", required=True, metavar="TIJD")
    p.add_argument("--end", required=True, metavar="TIJD")
    p.set_defaults(handler=cmd_part)

    p = sub.add_parser("remove", help="evenement uit de kalender halen")
    p.add_argument("event", metavar="EVENT")
    p.set_defaults(handler=cmd_remove)

    p = sub.add_parser("conflicts", help="overlappende evenementen die dezelfde capaciteit vragen")
    p.add_argument("--from", dest="from_", metavar="DATUM")
    p.add_argument("--to", metavar="DATUM")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_conflicts)

    _register_advice(sub)


def _register_advice(sub) -> None:
    advice = sub.add_parser("advice", help="risicoadvies: tonen, nieuwe versie, bewerken, verzenden")
    actions = advice.add_subparsers(dest="advice_command", metavar="ACTIE", required=True)

    p = actions.add_parser("show", help="een versie tonen (standaard de nieuwste)")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("--version", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_advice_show)

    p = actions.add_parser("new", help="nieuwe conceptversie (eerste keer ingevuld uit de scan)")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("--fresh", action="store_true", help="opnieuw invullen uit scan en sjabloon")
    p.add_argument("--author", default="")
    p.set_defaults(handler=cmd_advice_new)

    p = actions.add_parser("set", help="tekst van een sectie van het concept vervangen")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("section", metavar="SECTIE")
    p.add_argument("text", metavar="TEKST")
    p.set_defaults(handler=cmd_advice_set)

    p = actions.add_parser("condition", help="vergunningsvoorschrift toevoegen aan het concept")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("text", metavar="TEKST")
    p.add_argument("--risk", default="", help="het risico (criterium) waar het voorschrift op antwoordt")
    p.set_defaults(handler=cmd_advice_condition)

    p = actions.add_parser("drop", help="vergunningsvoorschrift N uit het concept halen")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("number", type=int, metavar="N")
    p.set_defaults(handler=cmd_advice_drop)

    p = actions.add_parser("send", help="concept verzenden en bevriezen")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("--author", default="")
    p.set_defaults(handler=cmd_advice_send)


def cmd_add(ctx, args) -> None:
    from piket.events.service import add_event

    values = {"name": args.name, "start_at": args.start, "end_at": args.end, "location": args.location,
              "organiser": args.organiser}
    for field, value in (("visitors", args.visitors), ("visitors_peak", args.peak), ("area_m2", args.area)):
        if value is not None:
            values[field] = value
    values |= _key_values(args.set)
    created(args, add_event(ctx.db, values))


def cmd_import(ctx, args) -> None:
    from piket.events.importer import import_file

    ids = import_file(ctx.db, args.file)
    if args.json:
        print_json({"imported": len(ids), "ids": ids})
    else:
        print(f"{len(ids)} evenementen geïmporteerd")


def cmd_list(ctx, args) -> None:
    from piket import refdata, timeutil
    from piket.events.queries import EventFilter, list_events

    first, last = _period(args)
    rows = list_events(ctx.db, EventFilter(first, last, args.classes or [], args.status or [], args.search))
    if args.json:
        print_json(rows)
        return
    statuses = refdata.labels(ctx.db, "event_statuses")
    for row in rows:
        row["status"] = statuses.get(row["status"], row["status"])
        row["start_shown"] = timeutil.display(timeutil.parse_time(row["start"]))
        row["end_shown"] = timeutil.display(timeutil.parse_time(row["end"]))
    emit(args, rows, LIST_COLUMNS)


def cmd_show(ctx, args) -> None:
    from piket.events.queries import show_event

    shown = show_event(ctx.db, args.event)
    if args.json:
        print_json(shown)
        return
    emit(args, {k: v for k, v in shown.items() if k not in ("classification",)})
    if shown["classification"]:
        print("redenen:")
        for reason in shown["classification"]["reasons"]:
            print(f"  - {reason}")
    for advice in shown["advice"]:
        print(f"advies versie {advice['version']}: {advice['status']}")


def _print_classification(args, result: dict) -> None:
    if args.json:
        print_json(result)
        return
    suffix = " (overschreven)" if result["overridden"] else ""
    print(f"klasse {result['class']}{suffix}, score {result['score']:g}")
    for reason in result["reasons"]:
        print(f"  - {reason}")


def cmd_set(ctx, args) -> None:
    from piket.events.service import set_values

    _print_classification(args, set_values(ctx.db, args.event, _key_values(args.values)))


def cmd_classify(ctx, args) -> None:
    from piket.events.service import classify_event

    _print_classification(args, classify_event(ctx.db, args.event))


def cmd_reclassify(ctx, args) -> None:
    from piket.events.service import reclassify_all

    scanned, changed = reclassify_all(ctx.db)
    print(f"{scanned} evenementen gescand, {changed} met een andere klasse of score")


def cmd_override(ctx, args) -> None:
    from piket.events.service import override_class

    result = override_class(ctx.db, args.event, None if args.clear else args.risk_class, args.reason,
                            author=args.author)
    _print_classification(args, result)


def cmd_status(ctx, args) -> None:
    from piket.events.service import set_status

    print(set_status(ctx.db, args.event, args.status, note=args.note))


def cmd_part(ctx, args) -> None:
    from piket.events.service import add_part

    print(add_part(ctx.db, args.event, args.label, args.start, args.end))


def cmd_remove(ctx, args) -> None:
    from piket.events.service import remove_event

    remove_event(ctx.db, args.event)


def cmd_conflicts(ctx, args) -> None:
    from piket.events.conflicts import find_conflicts

    first, last = _period(args)
    found = find_conflicts(ctx.db, first, last)
    if args.json:
        print_json(found)
        return
    rows = [{"events": ", ".join(map(str, c["events"])), "start": c["start"][:16].replace("T", " "),
             "reason": c["reason"]} for c in found]
    emit(args, rows, [("events", "evenementen"), ("start", "vanaf"), ("reason", "reden")])


def cmd_advice_show(ctx, args) -> None:
    from piket.events.advice import get_advice

    advice = get_advice(ctx.db, args.event, args.version)
    if args.json:
        print_json(advice)
        return
    print(f"Advies versie {advice['version']} ({advice['status']}), {advice['author']}")
    for section in advice["sections"]:
        print(f"\n## {section['title']} [{section['code']}]\n{section['text']}")
    print("\n## Vergunningsvoorschriften")
    for condition in advice["conditions"]:
        print(f"{condition['number']}. {condition['text']} [{condition['risk']}]")


def cmd_advice_new(ctx, args) -> None:
    from piket.events.advice import new_version

    print(new_version(ctx.db, args.event, author=args.author, fresh=args.fresh))


def cmd_advice_set(ctx, args) -> None:
    from piket.events.advice import save_advice

    print(save_advice(ctx.db, args.event, sections={args.section: args.text}))


def cmd_advice_condition(ctx, args) -> None:
    from piket.events.advice import add_condition

    print(add_condition(ctx.db, args.event, args.text, args.risk))


def cmd_advice_drop(ctx, args) -> None:
    from piket.events.advice import remove_condition

    remove_condition(ctx.db, args.event, args.number)


def cmd_advice_send(ctx, args) -> None:
    from piket.events.advice import send_advice

    print(send_advice(ctx.db, args.event, author=args.author))


