"""``piket checklist ...``: reviewing a safety plan from the command line."""

from __future__ import annotations

import sys
from pathlib import Path

from piket.cli.output import created, emit, print_json
from piket.errors import PiketError


def _templates(db) -> list[dict]:
    from piket.checklist.templates import list_templates

    return list_templates(db)


REF_LISTS = {"templates": _templates}


def register(commands) -> None:
    checklist = commands.add_parser("checklist", help="veiligheidsplannen toetsen, thema voor thema")
    sub = checklist.add_subparsers(dest="checklist_command", metavar="SUBCOMMAND", required=True)

    p = sub.add_parser("new", help="een toetsing starten vanuit een sjabloon")
    p.add_argument("--template", required=True, metavar="NAAM", help="sjabloon, bv. floriade")
    p.add_argument("--event", metavar="EVENEMENT", help="evenement (id of naam)")
    p.add_argument("--title", metavar="TEKST")
    p.add_argument("--reviewer", action="append", metavar="NAAM", help="toetser (herhaalbaar)")
    p.add_argument("--documents", metavar="TEKST", help="getoetste documenten met versies")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("edit", help="titel, evenement, toetsers of documenten wijzigen")
    p.add_argument("checklist", metavar="CHECKLIST")
    p.add_argument("--title", metavar="TEKST")
    events = p.add_mutually_exclusive_group()
    events.add_argument("--event", metavar="EVENEMENT")
    events.add_argument("--no-event", action="store_true", help="koppeling met evenement opheffen")
    p.add_argument("--reviewer", action="append", metavar="NAAM")
    p.add_argument("--documents", metavar="TEKST")
    p.set_defaults(handler=cmd_edit)

    p = sub.add_parser("set", help="oordeel, bevinding, advies of voorschrift vastleggen")
    p.add_argument("checklist", metavar="CHECKLIST")
    p.add_argument("item", metavar="ITEM", help="itemcode, bv. EVAC-02")
    verdict = p.add_mutually_exclusive_group()
    verdict.add_argument("--verdict", metavar="OORDEEL",
                         help="voldoet, deels, voldoet_niet, onvoldoende_info, nvt")
    verdict.add_argument("--clear-verdict", action="store_true", help="item weer open zetten")
    p.add_argument("--finding", metavar="TEKST")
    p.add_argument("--document", metavar="TEKST", help="verwijzing: document en versie")
    p.add_argument("--page", metavar="TEKST", help="verwijzing: pagina of paragraaf")
    p.add_argument("--advice", metavar="TEKST")
    p.add_argument("--discipline", metavar="CODE", help="adviserende discipline")
    p.add_argument("--decision", metavar="BESLUIT", help="open, overgenomen, in_vergunning, afgewezen")
    p.add_argument("--reason", metavar="TEKST", help="reden bij een afgewezen advies")
    p.add_argument("--condition", metavar="TEKST", help="voorgesteld vergunningsvoorschrift")
    p.add_argument("--plan-change", metavar="TEKST", help="planwijziging (document, versie)")
    p.add_argument("--verification", metavar="TEKST", help="hoe en wanneer gecontroleerd")
    secret = p.add_mutually_exclusive_group()
    secret.add_argument("--confidential", action="store_true", default=None, help="vertrouwelijk item")
    secret.add_argument("--not-confidential", dest="confidential", action="store_false")
    p.add_argument("--reviewer", metavar="NAAM")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_set)

    p = sub.add_parser("show", help="de toetsing met alle items en de voortgang")
    p.add_argument("checklist", metavar="CHECKLIST")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--open", dest="which", action="store_const", const="open", help="alleen open items")
    which.add_argument("--failing", dest="which", action="store_const", const="voldoet_niet",
                       help="alleen 'voldoet niet'")
    p.add_argument("--discipline", metavar="CODE")
    p.add_argument("--public", action="store_true", help="zonder vertrouwelijke items")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show, which="alle")

    p = sub.add_parser("list", help="alle toetsingen met voortgang")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("history", help="alle wijzigingen van één item")
    p.add_argument("checklist", metavar="CHECKLIST")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_history)

    p = sub.add_parser("chain", help="keten bevinding → advies → voorschrift: gebroken schakels")
    p.add_argument("checklist", metavar="CHECKLIST")
    p.add_argument("--broken", action="store_true", help="alleen gebroken schakels, geen open stappen")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_chain)

    template = sub.add_parser("template", help="sjablonen tonen, delen en controleren")
    tsub = template.add_subparsers(dest="template_command", metavar="ACTIE", required=True)
    p = tsub.add_parser("list", help="beschikbare sjablonen")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_template_list)
    p = tsub.add_parser("export", help="sjabloon als JSON-bestand")
    p.add_argument("name", metavar="NAAM")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_template_export)
    p = tsub.add_parser("import", help="een gedeeld sjabloon toevoegen")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--as", dest="name", metavar="NAAM", help="onder een andere naam")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_template_import)
    p = tsub.add_parser("validate", help="sjabloonbestand controleren zonder op te slaan")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_template_validate)


def cmd_new(ctx, args) -> None:
    from piket.checklist.service import new_checklist

    checklist_id = new_checklist(ctx.db, args.template, event=args.event, title=args.title,
                                 reviewers=args.reviewer, documents=args.documents)
    created(args, checklist_id)


def cmd_edit(ctx, args) -> None:
    from piket.checklist.service import update_checklist

    update_checklist(ctx.db, args.checklist, title=args.title, event=args.event,
                     unlink_event=args.no_event, reviewers=args.reviewer, documents=args.documents)


OPTION_FIELDS = {
    "finding": "finding", "document": "document", "page": "page", "advice": "advice",
    "discipline": "advice_discipline", "decision": "decision", "reason": "decision_reason",
    "condition": "condition", "plan_change": "plan_change", "verification": "verification",
    "confidential": "confidential",
}


def cmd_set(ctx, args) -> None:
    from piket.checklist import progress, service

    changes = {field: getattr(args, option) for option, field in OPTION_FIELDS.items()
               if getattr(args, option) is not None}
    if args.verdict is not None:
        changes["verdict"] = args.verdict
    elif args.clear_verdict:
        changes["verdict"] = None
    if not changes:
        raise PiketError("niets te wijzigen: geef bv. --verdict, --finding, --advice of --condition")
    item = service.set_item(ctx.db, args.checklist, args.item, reviewer=args.reviewer, **changes)
    if args.json:
        print_json(progress.public_item(item))
    else:
        print(f"{item['code']}: {item['verdict'] or 'open'}")


def cmd_show(ctx, args) -> None:
    from piket.checklist.progress import show

    data = show(ctx.db, args.checklist, which=args.which, discipline=args.discipline,
                public=args.public)
    if args.json:
        print_json(data)
        return
    done = data["progress"]
    print(f"{data['title']} (sjabloon {data['template']}, id {data['id']})")
    if data["event_name"]:
        print(f"evenement: {data['event_name']}")
    print(f"voortgang: {done['assessed']}/{done['total']} beoordeeld, "
          f"{done['by_verdict']['voldoet_niet']} voldoet niet")
    print()
    emit(args, data["items"], [("code", "item"), ("verdict", "oordeel"), ("question", "vraag"),
                               ("finding", "bevinding")])


def cmd_list(ctx, args) -> None:
    from piket.checklist.service import list_checklists

    emit(args, list_checklists(ctx.db), [
        ("id", "id"), ("title", "titel"), ("template", "sjabloon"), ("event_name", "evenement"),
        ("assessed", "beoordeeld"), ("total", "items"), ("voldoet_niet", "voldoet niet"),
    ])


def cmd_history(ctx, args) -> None:
    from piket.checklist.service import item_history

    rows = item_history(ctx.db, args.checklist, args.item)
    if args.json:
        print_json(rows)
        return
    flat = [{"at": row["at"], "reviewer": row["reviewer"],
             "changes": "; ".join(f"{k}: {_plain(v['from'])} → {_plain(v['to'])}"
                                  for k, v in row["changes"].items())}
            for row in rows]
    emit(args, flat, [("at", "tijd"), ("reviewer", "toetser"), ("changes", "wijziging")])


def _plain(value) -> str:
    return "—" if value in (None, "") else str(value)


def cmd_chain(ctx, args) -> None:
    from piket.checklist.chain import chain_report

    emit(args, chain_report(ctx.db, args.checklist, only_broken=args.broken), [
        ("code", "item"), ("stage", "schakel"), ("severity", "status"), ("problem", "probleem"),
    ])


def cmd_template_list(ctx, args) -> None:
    emit(args, _templates(ctx.db), [("code", "naam"), ("label", "titel"), ("version", "versie"),
                                    ("themes", "thema's"), ("items", "items"), ("source", "bron")])


def cmd_template_export(ctx, args) -> None:
    from piket.checklist.templates import export_template
    from piket.cli.export import output_path, write_output

    write_output(output_path(args.output), export_template(ctx.db, args.name))


def _read(path: str) -> bytes:
    try:
        return Path(path).expanduser().read_bytes()
    except OSError as exc:
        raise PiketError(f"kan {path} niet lezen: {exc.strerror}") from None


def cmd_template_import(ctx, args) -> None:
    from piket.checklist.templates import import_template

    template = import_template(ctx.db, _read(args.file), name=args.name)
    if args.json:
        print_json({"name": template.name, "themes": len(template.themes), "items": template.item_count()})
    else:
        print(template.name)


def cmd_template_validate(ctx, args) -> None:
    from piket.checklist.templates import parse_template

    template = parse_template(_read(args.file), Path(args.file).name)
    print(f"geldig: {template.name} ({len(template.themes)} thema's, {template.item_count()} items)",
          file=sys.stdout)
