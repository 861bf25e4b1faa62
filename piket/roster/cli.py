"""``piket person|qualification|pool|absence|roster|oncall`` (contract: shared/cli.md).

Only argparse set-up at import time; the services load when a command runs.
"""

from __future__ import annotations

from piket.cli.output import created, emit


def _pool_list(db) -> list[dict]:
    from piket.roster.pools import list_pools

    return [{"code": p["name"], "label": f"{p['function']}, {p['level']}, {p['kind']}, {p['handover']}"}
            for p in list_pools(db)]


REF_LISTS = {"pools": _pool_list}


def register(commands) -> None:
    _person(commands)
    p = commands.add_parser("qualification", help="vakbekwaamheid vastleggen")
    sub = p.add_subparsers(dest="action", metavar="ACTIE", required=True)
    q = sub.add_parser("add", help="vakbekwaamheid voor een functie, met vervaldatum")
    q.add_argument("person", metavar="PERSOON")
    q.add_argument("--function", required=True, metavar="CODE")
    q.add_argument("--valid-until", metavar="DATUM")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_qualification_add)
    _pool(commands)
    p = commands.add_parser("absence", help="afwezigheid (verlof, cursus, ...)")
    sub = p.add_subparsers(dest="action", metavar="ACTIE", required=True)
    a = sub.add_parser("add", help="periode waarin iemand geen piket kan hebben")
    a.add_argument("person", metavar="PERSOON")
    a.add_argument("--from", dest="from_", required=True, metavar="TIJD")
    a.add_argument("--to", required=True, metavar="TIJD")
    a.add_argument("--reason", default="", metavar="TEKST")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_absence_add)
    _roster(commands)
    p = commands.add_parser("oncall", help="wie heeft nu (of op --at) piket")
    p.add_argument("--at", metavar="TIJD")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_oncall)


def _person(commands) -> None:
    p = commands.add_parser("person", help="piketfunctionarissen")
    sub = p.add_subparsers(dest="action", metavar="ACTIE", required=True)
    a = sub.add_parser("add", help="persoon toevoegen")
    a.add_argument("--name", required=True)
    a.add_argument("--phone", default="")
    a.add_argument("--email", default="")
    a.add_argument("--municipality", default="")
    a.add_argument("--function", action="extend", nargs="+", default=[], metavar="CODE")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_person_add)
    i = sub.add_parser("import", help="personen en pools uit CSV (alles of niets)")
    i.add_argument("file", metavar="FILE.csv")
    i.add_argument("--json", action="store_true")
    i.set_defaults(handler=cmd_person_import)
    ls = sub.add_parser("list", help="alle personen")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_person_list)
    an = sub.add_parser("anonymise", help="persoonsgegevens verwijderen (AVG); roosters en logboek blijven kloppen")
    an.add_argument("person", metavar="PERSOON")
    an.add_argument("--reason", default="", metavar="TEKST", help="waarom (verplicht, zonder de naam)")
    an.add_argument("--json", action="store_true")
    an.set_defaults(handler=cmd_person_anonymise)


def _pool(commands) -> None:
    p = commands.add_parser("pool", help="piketpools")
    sub = p.add_subparsers(dest="action", metavar="ACTIE", required=True)
    a = sub.add_parser("add", help="pool toevoegen")
    a.add_argument("--name", required=True)
    a.add_argument("--function", required=True, metavar="CODE")
    a.add_argument("--level", choices=["lokaal", "interlokaal", "regionaal", "interregionaal"])
    a.add_argument("--handover", metavar='"mon 08:00"')
    a.add_argument("--kind", choices=["hard", "zacht"])
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_pool_add)
    m = sub.add_parser("member", help="lid toevoegen of verwijderen")
    m.add_argument("pool", metavar="POOL")
    m.add_argument("person", metavar="PERSOON")
    m.add_argument("--remove", action="store_true")
    m.set_defaults(handler=cmd_pool_member)
    ls = sub.add_parser("list", help="alle pools met leden")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_pool_list)


def _roster(commands) -> None:
    p = commands.add_parser("roster", help="het weekrooster")
    sub = p.add_subparsers(dest="action", metavar="ACTIE", required=True)
    a = sub.add_parser("assign", help="iemand handmatig op een weekdienst zetten")
    a.add_argument("pool", metavar="POOL")
    a.add_argument("week", metavar="WEEK", help="een datum in die ISO-week, of 2025-W10")
    a.add_argument("person", metavar="PERSOON")
    _override(a)
    a.set_defaults(handler=cmd_assign)
    u = sub.add_parser("unassign", help="een weekdienst weer open zetten")
    u.add_argument("pool", metavar="POOL")
    u.add_argument("week", metavar="WEEK")
    u.add_argument("--reason", default="", metavar="TEKST")
    u.set_defaults(handler=cmd_unassign)
    s = sub.add_parser("swap", help="de personen van twee weken ruilen")
    s.add_argument("pool", metavar="POOL")
    s.add_argument("week_a", metavar="WEEK_A")
    s.add_argument("week_b", metavar="WEEK_B")
    _override(s)
    s.set_defaults(handler=cmd_swap)
    f = sub.add_parser("fill", help="open diensten eerlijk vullen")
    _pool_or_all(f)
    f.add_argument("--from", dest="from_", metavar="DATUM")
    f.add_argument("--weeks", type=int, default=None, metavar="N")
    f.add_argument("--reason", default="", metavar="TEKST")
    f.add_argument("--json", action="store_true")
    f.set_defaults(handler=cmd_fill)
    sh = sub.add_parser("show", help="het rooster tonen")
    _pool_or_all(sh)
    sh.add_argument("--from", dest="from_", metavar="DATUM")
    sh.add_argument("--weeks", type=int, default=None, metavar="N")
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(handler=cmd_show)
    g = sub.add_parser("gaps", help="open diensten en conflicten")
    g.add_argument("--from", dest="from_", metavar="DATUM")
    g.add_argument("--weeks", type=int, default=None, metavar="N")
    g.add_argument("--json", action="store_true")
    g.set_defaults(handler=cmd_gaps)
    h = sub.add_parser("history", help="wie wijzigde wat, wanneer en waarom")
    h.add_argument("--pool", metavar="POOL")
    h.add_argument("--person", metavar="PERSOON")
    h.add_argument("--json", action="store_true")
    h.set_defaults(handler=cmd_history)


def _override(parser) -> None:
    parser.add_argument("--force", action="store_true", help="toch, ondanks afwezigheid of vakbekwaamheid")
    parser.add_argument("--reason", default="", metavar="TEKST", help="reden (verplicht bij --force)")


def _pool_or_all(parser) -> None:
    parser.add_argument("pool", nargs="?", metavar="POOL")
    parser.add_argument("--all", action="store_true", help="alle (harde) pools")


def _date(text):
    from piket import timeutil

    return timeutil.parse_date(text) if text else None


# --- handlers -----------------------------------------------------------------------------

def cmd_person_add(ctx, args) -> None:
    from piket.roster.people import add_person

    created(args, add_person(ctx.db, args.name, args.phone, args.email, args.municipality,
                             _split_codes(args.function)))


def _split_codes(values: list[str]) -> list[str]:
    return [code for value in values for code in value.replace("|", ",").split(",") if code.strip()]


def cmd_person_import(ctx, args) -> None:
    from piket.roster.csv_io import import_people

    result = import_people(ctx.db, args.file)
    emit(args, result) if args.json else print(
        f"{result['people']} personen en {result['memberships']} poollidmaatschappen geïmporteerd")


def cmd_person_list(ctx, args) -> None:
    from piket.roster.people import list_people

    emit(args, list_people(ctx.db), [("id", "id"), ("name", "naam"), ("phone", "telefoon"),
                                     ("email", "e-mail"), ("municipality", "gemeente"),
                                     ("functions", "functies")])


def cmd_person_anonymise(ctx, args) -> None:
    from piket.roster.privacy import anonymise_person

    done = anonymise_person(ctx.db, args.person, reason=args.reason)
    if args.json:
        emit(args, done)
        return
    print(f"persoon {done['person_id']} geanonimiseerd ({done['log_entries']} logboekregel(s) aangepast)")


def cmd_qualification_add(ctx, args) -> None:
    from piket.roster.people import add_qualification

    created(args, add_qualification(ctx.db, args.person, args.function, args.valid_until))


def cmd_absence_add(ctx, args) -> None:
    from piket.roster.people import add_absence

    created(args, add_absence(ctx.db, args.person, args.from_, args.to, args.reason))


def cmd_pool_add(ctx, args) -> None:
    from piket.roster.pools import add_pool

    created(args, add_pool(ctx.db, args.name, args.function, args.level, args.handover, args.kind))


def cmd_pool_member(ctx, args) -> None:
    from piket.roster.pools import set_member

    set_member(ctx.db, args.pool, args.person, remove=args.remove)


def cmd_pool_list(ctx, args) -> None:
    from piket.roster.pools import list_pools

    emit(args, list_pools(ctx.db), [("id", "id"), ("name", "naam"), ("function", "functie"),
                                    ("level", "niveau"), ("handover", "overdracht"),
                                    ("kind", "soort"), ("members", "leden")])


def cmd_assign(ctx, args) -> None:
    from piket import timeutil
    from piket.roster.shifts import assign

    done = assign(ctx.db, args.pool, args.week, args.person, force=args.force, reason=args.reason)
    note = f" (ondanks: {'; '.join(done['override'])})" if done["override"] else ""
    print(f"{done['pool']}: {done['person']} van {timeutil.display(done['start'])} "
          f"tot {timeutil.display(done['end'])}{note}")


def cmd_unassign(ctx, args) -> None:
    from piket import timeutil
    from piket.roster.shifts import unassign

    done = unassign(ctx.db, args.pool, args.week, reason=args.reason)
    print(f"{done['pool']}: dienst van {timeutil.display(done['start'])} is open")


def cmd_swap(ctx, args) -> None:
    from piket import timeutil
    from piket.roster.shifts import swap

    done = swap(ctx.db, args.pool, args.week_a, args.week_b, force=args.force, reason=args.reason)
    print(f"{done['pool']}: {timeutil.display(done['a'])} {done['person_a'] or 'open'}, "
          f"{timeutil.display(done['b'])} {done['person_b'] or 'open'}")


def cmd_fill(ctx, args) -> None:
    from piket import timeutil
    from piket.roster.fill import fill_roster

    result = fill_roster(ctx.db, args.pool, all_pools=args.all, first=_date(args.from_),
                         weeks=args.weeks, reason=args.reason)
    if args.json:
        emit(args, result.as_json())
        return
    print(f"{result.filled} dienst(en) gevuld, {result.changed} gewijzigd, "
          f"{len(result.gaps)} open ({'bewezen optimaal' if result.proven_optimal else 'niet bewezen optimaal'})")
    for pool in result.pools:
        spread = "" if pool["spread"] is None else f", spreiding {pool['spread']:g} wk"
        print(f"  {pool['pool']}: {pool['min_weeks']}-{pool['max_weeks']} weken per persoon{spread}")
    for gap in result.gaps:
        print(f"  open: {gap['pool']} {timeutil.display(gap['start'])}: {gap['reason']}")


def cmd_show(ctx, args) -> None:
    from piket import timeutil
    from piket.roster.shifts import pools_for, roster, roster_json

    rows = roster(ctx.db, pools_for(ctx.db, args.pool, all_pools_=args.all), _date(args.from_), args.weeks)
    if args.json:
        emit(args, roster_json(rows))
        return
    table = [{**r, "start": timeutil.display(r["start"]), "end": timeutil.display(r["end"]),
              "person": r["person"] or "— open —"} for r in rows]
    emit(args, table, [("pool", "pool"), ("start", "van"), ("end", "tot"), ("person", "persoon"),
                       ("phone", "telefoon"), ("manual", "handmatig")])


def cmd_gaps(ctx, args) -> None:
    from piket import timeutil
    from piket.roster.gaps import find_gaps

    gaps = find_gaps(ctx.db, _date(args.from_), args.weeks)
    if args.json:
        emit(args, [{"pool": g["pool"], "start": timeutil.iso_local(g["start"]),
                     "end": timeutil.iso_local(g["end"]), "problem": g["problem"]} for g in gaps])
        return
    emit(args, [{**g, "start": timeutil.display(g["start"])} for g in gaps],
         [("pool", "pool"), ("start", "van"), ("problem", "probleem")])


def cmd_history(ctx, args) -> None:
    from piket import timeutil
    from piket.roster.shifts import history

    rows = history(ctx.db, pool=args.pool, person=args.person)
    if args.json:
        emit(args, [{**r, "at": timeutil.iso_local(r["at"]), "start": timeutil.iso_local(r["start"])}
                    for r in rows])
        return
    emit(args, [{**r, "at": timeutil.display(r["at"]), "start": timeutil.display(r["start"])} for r in rows],
         [("at", "wanneer"), ("by", "door"), ("action", "actie"), ("pool", "pool"), ("start", "dienst"),
          ("from", "van"), ("to", "naar"), ("reason", "reden")])


def cmd_oncall(ctx, args) -> None:
    from piket import timeutil
    from piket.roster.oncall import on_call

    at = timeutil.parse_time(args.at) if args.at else timeutil.now()
    rows = on_call(ctx.db, at)
    if args.json:
        emit(args, [{"pool": r["pool"], "function": r["function"], "person": r["person"],
                     "phone": r["phone"], "until": timeutil.iso_local(r["until"]),
                     "person_id": r["person_id"], "backup": r["backup"]} for r in rows])
        return
    emit(args, [{**r, "person": r["person"] or "— open —", "until": timeutil.display(r["until"])}
                for r in rows],
         [("pool", "pool"), ("function_label", "functie"), ("person", "persoon"), ("phone", "telefoon"),
          ("until", "tot"), ("backup", "achterwacht")])
