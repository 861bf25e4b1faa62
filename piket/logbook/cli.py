"""``piket incident ...`` and ``piket report period`` (contract: shared/cli.md).

Handlers import the services when they run, so ``piket --help`` loads none of them.
"""

from __future__ import annotations

from piket.cli.output import created, emit, print_json, print_table

ENTRY_COLUMNS = [("seq", "nr"), ("at_text", "tijd"), ("kind", "soort"), ("author", "auteur"), ("text", "tekst")]


def register(commands) -> None:
    incident = commands.add_parser("incident", help="meldingen, GRIP en het logboek")
    verbs = incident.add_subparsers(dest="verb", metavar="VERB", required=True)

    p = verbs.add_parser("open", help="een incident openen (een melding aan de OvD-Bz)")
    p.add_argument("--title", required=True)
    p.add_argument("--location", default="")
    p.add_argument("--grip", metavar="LEVEL")
    p.add_argument("--at", metavar="TIME")
    p.add_argument("--category")
    p.add_argument("--author", metavar="NAME")
    p.add_argument("--source", default="", help="bron, bv. meldkamer")
    p.add_argument("--channel", default="", help="kanaal, bv. telefoon")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_open)

    p = verbs.add_parser("log", help="een logboekregel toevoegen")
    p.add_argument("incident", metavar="INCIDENT")
    p.add_argument("--text", required=True)
    p.add_argument("--kind", default="informatie")
    p.add_argument("--at", metavar="TIME", help="wanneer het gebeurde (standaard nu)")
    p.add_argument("--approx", action="store_true", help="het tijdstip is bij benadering")
    p.add_argument("--author", metavar="NAME")
    p.add_argument("--role", default="")
    p.add_argument("--team", default="")
    p.add_argument("--source", default="")
    p.add_argument("--channel", default="")
    p.add_argument("--owner", default="", help="(actie) actiehouder")
    p.add_argument("--deadline", metavar="TIME", help="(actie) deadline")
    p.add_argument("--decision", type=int, metavar="SEQ", help="(actie) het besluit waar de actie uit volgt")
    p.add_argument("--meeting", action="store_true", help="de regel hoort bij het lopende overleg")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_log)

    p = verbs.add_parser("grip", help="GRIP-niveau wijzigen (op- of afschalen; 'geen' heft GRIP op)")
    p.add_argument("incident", metavar="INCIDENT")
    p.add_argument("level", metavar="LEVEL")
    p.add_argument("--at", metavar="TIME")
    p.add_argument("--reason", default="")
    p.add_argument("--author", metavar="NAME")
    p.add_argument("--meeting", action="store_true", help="besloten in het lopende overleg")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_grip)

    p = verbs.add_parser("correct", help="een regel corrigeren met een correctieregel")
    p.add_argument("incident", metavar="INCIDENT")
    p.add_argument("seq", type=int, metavar="SEQ")
    p.add_argument("--text", required=True)
    p.add_argument("--reason", required=True)
    p.add_argument("--author", metavar="NAME")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_correct)

    p = verbs.add_parser("handover", help="overdracht aan de volgende OvD vastleggen (één logboekregel)")
    p.add_argument("incident", metavar="INCIDENT")
    p.add_argument("--from", dest="outgoing", required=True, metavar="NAME", help="wie overdraagt")
    p.add_argument("--to", dest="incoming", required=True, metavar="NAME", help="wie overneemt")
    p.add_argument("--text", required=True, help="beeld, open acties, risico's, ... (zie handover-summary)")
    p.add_argument("--confirmed-by", metavar="NAME", help="wie de overdracht bevestigt")
    p.add_argument("--at", metavar="TIME")
    p.add_argument("--role", default="", help="functie van wie overdraagt, bv. OvD-Bz")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_handover)

    p = verbs.add_parser("handover-summary", help="samenvatting uit het logboek als basis voor een overdracht")
    p.add_argument("incident", metavar="INCIDENT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_handover_summary)

    p = verbs.add_parser("affected", help="aantallen getroffenen vastleggen (nooit namen)")
    p.add_argument("incident", metavar="INCIDENT")
    p.add_argument("--count", action="append", required=True, metavar="CATEGORIE=AANTAL",
                   help="bv. geevacueerd=40; herhaal voor meer categorieën (zie piket ref affected_categories)")
    p.add_argument("--note", default="", help="toelichting")
    p.add_argument("--at", metavar="TIME")
    p.add_argument("--author", metavar="NAME")
    p.add_argument("--meeting", action="store_true", help="vastgesteld in het lopende overleg")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_affected)

    p = verbs.add_parser("meeting", help="een BOB-overleg openen (ROT, GBT, CoPI, ...)")
    p.add_argument("incident", metavar="INCIDENT")
    p.add_argument("--team", required=True, help="code uit de teamlijst, bv. ROT")
    p.add_argument("--chair", required=True, metavar="NAME", help="voorzitter")
    p.add_argument("--agenda", default="")
    p.add_argument("--at", metavar="TIME")
    p.add_argument("--author", metavar="NAME")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_meeting)

    p = verbs.add_parser("meeting-close", help="het lopende overleg sluiten")
    p.add_argument("incident", metavar="INCIDENT")
    p.add_argument("--at", metavar="TIME")
    p.add_argument("--author", metavar="NAME")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_meeting_close)

    p = verbs.add_parser("meetings", help="de overleggen van een incident")
    p.add_argument("incident", metavar="INCIDENT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_meetings)

    p = verbs.add_parser("minutes", help="verslag van een overleg: beeld, oordeel, besluiten, acties")
    p.add_argument("incident", metavar="INCIDENT")
    p.add_argument("meeting", metavar="MEETING", help="regelnummer waarmee het overleg begon, of de titel (ROT-overleg 2)")
    p.add_argument("--pdf", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_minutes)

    p = verbs.add_parser("close", help="incident sluiten")
    p.add_argument("incident", metavar="INCIDENT")
    p.add_argument("--at", metavar="TIME")
    p.add_argument("--author", metavar="NAME")
    p.set_defaults(handler=cmd_close)

    p = verbs.add_parser("reopen", help="gesloten incident heropenen (wordt gelogd)")
    p.add_argument("incident", metavar="INCIDENT")
    p.add_argument("--reason", default="")
    p.add_argument("--author", metavar="NAME")
    p.set_defaults(handler=cmd_reopen)

    p = verbs.add_parser("list", help="incidenten, nieuwste eerst")
    p.add_argument("--from", dest="from_", metavar="DATE")
    p.add_argument("--to", metavar="DATE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = verbs.add_parser("show", help="een incident met GRIP-verloop en logboek")
    p.add_argument("incident", metavar="INCIDENT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = verbs.add_parser("search", help="zoeken in alle logboekregels")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search)

    p = verbs.add_parser("actions", help="de actielijst (van één of alle incidenten)")
    p.add_argument("incident", nargs="?", metavar="INCIDENT")
    p.add_argument("--open", action="store_true", help="alleen acties die nog lopen")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_actions)

    p = verbs.add_parser("action-status", help="status van een actie wijzigen (wordt een logboekregel)")
    p.add_argument("incident", metavar="INCIDENT")
    p.add_argument("seq", type=int, metavar="SEQ")
    p.add_argument("status", metavar="STATUS", help="open, 'in uitvoering', gereed of vervallen")
    p.add_argument("--note", default="")
    p.add_argument("--author", metavar="NAME")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_action_status)

    report = commands.add_parser("report", help="periodieke rapportage")
    kinds = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    p = kinds.add_parser("period", help="meldingen en piketinzet in een periode (bv. een halfjaar)")
    p.add_argument("--from", dest="from_", metavar="DATE", required=True)
    p.add_argument("--to", metavar="DATE", required=True)
    p.add_argument("--json", action="store_true")
    p.add_argument("--pdf", metavar="FILE")
    p.add_argument("--csv", metavar="FILE")
    p.set_defaults(handler=cmd_report_period)


def _time(text):
    from piket import timeutil

    return timeutil.parse_time(text) if text else None


def _print_seq(args, seq: int) -> None:
    if getattr(args, "json", False):
        print_json({"seq": seq})
    else:
        print(seq)


def cmd_open(ctx, args) -> None:
    from piket.logbook.service import open_incident

    new_id = open_incident(ctx.db, title=args.title, location=args.location, category=args.category,
                           grip=args.grip, at=_time(args.at), author=args.author,
                           source=args.source, channel=args.channel)
    created(args, new_id)


def cmd_log(ctx, args) -> None:
    from piket.logbook.service import append_entry

    seq = append_entry(ctx.db, args.incident, text=args.text, kind=args.kind, at=_time(args.at),
                       author=args.author, role=args.role, team=args.team, source=args.source,
                       channel=args.channel, owner=args.owner, deadline=_time(args.deadline),
                       decision_seq=args.decision, at_approx=args.approx,
                       meeting_seq=_running_meeting(ctx.db, args))
    _print_seq(args, seq)


def cmd_grip(ctx, args) -> None:
    from piket.logbook.service import change_grip

    _print_seq(args, change_grip(ctx.db, args.incident, args.level, at=_time(args.at),
                                 reason=args.reason, author=args.author,
                                 meeting_seq=_running_meeting(ctx.db, args)))


def cmd_affected(ctx, args) -> None:
    from piket.logbook.affected import parse_counts, record_affected

    _print_seq(args, record_affected(ctx.db, args.incident, parse_counts(args.count), note=args.note,
                                     at=_time(args.at), author=args.author,
                                     meeting_seq=_running_meeting(ctx.db, args)))


def _running_meeting(db, args) -> int | None:
    """``--meeting``: the seq of the incident's open meeting (refused when there is none)."""
    if not args.meeting:
        return None
    from piket.errors import PiketError
    from piket.logbook.meetings import current_meeting
    from piket.logbook.queries import incident_id

    target = incident_id(db, args.incident)
    meeting = current_meeting(db, target)
    if meeting is None:
        raise PiketError(f"in incident {target} is geen overleg open (piket incident meeting {target} ...)")
    return meeting["seq"]


def cmd_meeting(ctx, args) -> None:
    from piket.logbook.meetings import open_meeting

    _print_seq(args, open_meeting(ctx.db, args.incident, team=args.team, chair=args.chair, agenda=args.agenda,
                                  at=_time(args.at), author=args.author))


def cmd_meeting_close(ctx, args) -> None:
    from piket.logbook.meetings import close_meeting

    _print_seq(args, close_meeting(ctx.db, args.incident, at=_time(args.at), author=args.author))


MEETING_COLUMNS = [("seq", "regel"), ("title", "overleg"), ("opened_at", "geopend"), ("closed_at", "gesloten"),
                   ("chair", "voorzitter"), ("decision_count", "besluiten"), ("action_count", "acties")]


def cmd_meetings(ctx, args) -> None:
    from piket import timeutil
    from piket.logbook.meetings import meetings
    from piket.logbook.queries import incident_id

    rows = meetings(ctx.db, incident_id(ctx.db, args.incident))
    if args.json:
        print_json(rows)
        return
    shown = [{**row, "opened_at": timeutil.display(row["opened_at"]),
              "closed_at": timeutil.display(row["closed_at"]) or "loopt nog"} for row in rows]
    print_table(shown, MEETING_COLUMNS)


def cmd_minutes(ctx, args) -> None:
    from piket.logbook.meetings import find_meeting, minutes, minutes_text
    from piket.logbook.queries import incident_id

    target = incident_id(ctx.db, args.incident)
    verslag = minutes(ctx.db, target, find_meeting(ctx.db, target, args.meeting))
    written = None
    if args.pdf:
        from piket.exports.files import write_atomically
        from piket.logbook.pdf_minutes import minutes_pdf

        written = write_atomically(args.pdf, minutes_pdf(ctx.db, target, verslag["seq"]))
    if args.json:
        print_json(verslag)
        return
    print(minutes_text(verslag))
    if written:
        print(written)


def cmd_correct(ctx, args) -> None:
    from piket.logbook.service import correct_entry

    _print_seq(args, correct_entry(ctx.db, args.incident, args.seq, text=args.text,
                                   reason=args.reason, author=args.author))


def cmd_handover(ctx, args) -> None:
    from piket.logbook.service import record_handover

    _print_seq(args, record_handover(ctx.db, args.incident, outgoing=args.outgoing, incoming=args.incoming,
                                     text=args.text, confirmed_by=args.confirmed_by, at=_time(args.at),
                                     role=args.role))


def cmd_handover_summary(ctx, args) -> None:
    from piket.logbook.handover import handover_summary

    summary = handover_summary(ctx.db, args.incident)
    if args.json:
        print_json(summary)
    else:
        print(summary["text"])


def cmd_close(ctx, args) -> None:
    from piket.logbook.queries import incident_id
    from piket.logbook.service import close_incident

    close_incident(ctx.db, args.incident, at=_time(args.at), author=args.author)
    print(f"incident {incident_id(ctx.db, args.incident)} gesloten")


def cmd_reopen(ctx, args) -> None:
    from piket.logbook.queries import incident_id
    from piket.logbook.service import reopen_incident

    reopen_incident(ctx.db, args.incident, reason=args.reason, author=args.author)
    print(f"incident {incident_id(ctx.db, args.incident)} heropend")


CONTRACT_LIST_KEYS = ("id", "title", "category", "opened_at", "closed_at", "grip", "max_grip")


def cmd_list(ctx, args) -> None:
    from piket import timeutil
    from piket.logbook.queries import list_incidents

    first = timeutil.parse_date(args.from_) if args.from_ else None
    last = timeutil.parse_date(args.to) if args.to else None
    rows = list_incidents(ctx.db, first, last)
    if args.json:
        print_json([{**{key: row[key] for key in CONTRACT_LIST_KEYS}, "location": row["location"]} for row in rows])
        return
    for row in rows:
        row["opened"] = timeutil.display(timeutil.parse_time(row["opened_at"]))
        row["status"] = "gesloten" if row["closed_at"] else "open"
    print_table(rows, [("id", "id"), ("opened", "geopend"), ("status", "status"), ("grip", "GRIP"),
                       ("max_grip", "max"), ("category", "categorie"), ("title", "titel")])


def cmd_show(ctx, args) -> None:
    from piket import timeutil
    from piket.logbook.queries import show_incident

    incident = show_incident(ctx.db, args.incident)
    if args.json:
        print_json(incident)
        return
    emit(args, {key: value for key, value in incident.items() if key != "lcms_ref" or value})
    corrected = {e["corrects"]: e["seq"] for e in incident["entries"] if e["corrects"]}
    for entry in incident["entries"]:
        entry["at_text"] = timeutil.display(timeutil.parse_time(entry["at"]))
        if entry["seq"] in corrected:
            entry["text"] = f"[gecorrigeerd in {corrected[entry['seq']]}] {entry['text']}"
    print()
    print_table(incident["entries"], ENTRY_COLUMNS)


def cmd_search(ctx, args) -> None:
    from piket import timeutil
    from piket.logbook.search import MARK_END, MARK_START, search

    hits = search(ctx.db, args.query)
    if args.json:
        print_json([{key: hit[key] for key in ("incident", "title", "seq", "at", "text")} for hit in hits])
        return
    for hit in hits:
        hit["at_text"] = timeutil.display(timeutil.parse_time(hit["at"]))
        hit["snippet"] = hit["snippet"].replace(MARK_START, "*").replace(MARK_END, "*")
    print_table(hits, [("incident", "incident"), ("seq", "nr"), ("at_text", "tijd"), ("title", "titel"),
                       ("snippet", "tekst")])


def cmd_actions(ctx, args) -> None:
    from piket.logbook.queries import actions, incident_id

    target = incident_id(ctx.db, args.incident) if args.incident else None
    rows = actions(ctx.db, target, only_open=args.open)
    emit(args, rows, [("incident", "incident"), ("seq", "nr"), ("status", "status"), ("owner", "actiehouder"),
                      ("deadline", "deadline"), ("text", "actie")])


def cmd_action_status(ctx, args) -> None:
    from piket.logbook.service import set_action_status

    _print_seq(args, set_action_status(ctx.db, args.incident, args.seq, args.status, note=args.note,
                                       author=args.author))


def cmd_report_period(ctx, args) -> None:
    from piket.logbook.report import period_report, report_cli

    report_cli(ctx.db, args, period_report)
