"""Commands of the database as a whole: init, ref, demo, check, backup, restore, gui."""

from __future__ import annotations

import sys

from piket.cli.output import emit, print_json
from piket.errors import PiketError

# ``piket ref NAME``: NAME -> reference-data kind (modules add lists in cli.REF_LISTS).
REF_KINDS = {
    "functions": "functions",
    "grip": "grip_levels",
    "kinds": "log_entry_kinds",
    "categories": "incident_categories",
    "verdicts": "verdicts",
    "qualifications": "qualifications",
    "municipalities": "municipalities",
    "sources": "sources",
    "channels": "channels",
    "statuses": "event_statuses",
}


def register(commands) -> None:
    p = commands.add_parser("init", help="database aanmaken of bijwerken, referentiedata laden")
    p.set_defaults(handler=cmd_init)

    p = commands.add_parser("ref", help="referentiedata in gebruik")
    p.add_argument("name", choices=sorted({*REF_KINDS, *_module_ref_lists()}))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_ref)

    p = commands.add_parser("demo", help="demogegevens laden")
    p.add_argument("--years", type=int, default=1, help="jaren aan gegevens (10: de grote benchmarkset)")
    p.add_argument("--force", action="store_true", help="ook als er al gegevens zijn")
    p.set_defaults(handler=cmd_demo)

    p = commands.add_parser("check", help="integriteit, schema en logboekketens controleren")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_check)

    p = commands.add_parser("backup", help="consistente back-up maken")
    p.add_argument("--to", metavar="PATH")
    p.set_defaults(handler=cmd_backup)

    p = commands.add_parser("restore", help="back-up controleren en terugzetten")
    p.add_argument("path")
    p.set_defaults(handler=cmd_restore)

    p = commands.add_parser("gui", help="de desktopapp openen")
    add_gui_arguments(p)


def add_gui_arguments(parser) -> None:
    """The options of ``piket gui``; also used by the fast start path in ``piket.cli.main``."""
    parser.add_argument("--screenshot", metavar="FILE.png", help="venster opslaan als PNG en stoppen")
    parser.add_argument("--module", choices=["roster", "logbook", "events", "checklist"])
    parser.add_argument("--size", metavar="BxH", help="venstergrootte, bv. 1366x768")
    parser.set_defaults(handler=run_gui)


def _module_ref_lists() -> dict:
    from piket.modules import parts

    lists = {}
    for _, module_cli in parts("cli"):
        lists.update(getattr(module_cli, "REF_LISTS", {}))
    return lists


def cmd_init(ctx, args) -> None:
    from piket import refdata

    changed = refdata.sync(ctx.db)
    print(f"database: {ctx.path} (referentiedata: {changed} bestand(en) bijgewerkt)")


def cmd_ref(ctx, args) -> None:
    from piket import refdata

    module_lists = _module_ref_lists()
    if args.name in module_lists:
        rows = module_lists[args.name](ctx.db)
    else:
        rows = refdata.items(ctx.db, REF_KINDS[args.name])
        for row in rows:
            row.setdefault("label", row.get("name") or row.get("retention"))
    emit(args, rows, [("code", "code"), ("label", "omschrijving")] if rows and "code" in rows[0] else None)


def cmd_demo(ctx, args) -> None:
    from piket.demo import load_demo

    if args.years < 1 or args.years > 30:
        raise PiketError("--years moet tussen 1 en 30 liggen")
    summary = load_demo(ctx.db, years=args.years, force=args.force)
    for line in summary:
        print(line)


def cmd_check(ctx, args) -> int:
    from piket.storage.check import run_checks

    if not ctx.path.exists():
        ctx.db  # noqa: B018 - a missing database is created on first use, as everywhere
        ctx.close()
    problems = run_checks(ctx.path)
    if args.json:
        print_json({"ok": not problems, "problems": problems})
    elif not problems:
        print(f"{ctx.path}: in orde")
    for problem in problems:
        print(f"piket check: {problem}", file=sys.stderr)
    return 3 if problems else 0


def cmd_backup(ctx, args) -> None:
    from piket.storage.backup import backup

    print(backup(ctx.db, args.to))


def cmd_restore(ctx, args) -> None:
    from piket.storage.backup import restore

    aside = restore(ctx.path, args.path)
    print(f"teruggezet: {args.path} -> {ctx.path}")
    if aside.exists():
        print(f"vorige database bewaard als {aside}")


def run_gui(ctx, args) -> int:
    from piket.gui.app import run

    return run(ctx.path, screenshot=args.screenshot, module=args.module, size=args.size)
