"""``piket export ics|pdf|csv``: one command group, each kind produced by its module.

A module provides ``piket.<module>.exports`` with pure functions returning bytes:
``export_ics(db, args)``, ``export_pdf(db, what, args)``, ``export_csv(db, what, args)``.
``args`` carries ``target`` (the POOL/INCIDENT/EVENT/CHECKLIST operand or None), ``all``,
``pool``, ``person``, ``events``, ``from_`` (date or None), ``weeks`` (int or None) and
``public``. The file is written atomically: a crash never leaves half a PDF under the name.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from piket.errors import PiketError

PDF_KINDS = {"roster": "roster", "oncall": "roster", "incident": "logbook", "advice": "events",
             "checklist": "checklist"}
CSV_KINDS = {"people": "roster", "roster": "roster", "incidents": "logbook", "events": "events"}


def register(commands) -> None:
    export = commands.add_parser("export", help="iCal-, PDF- en CSV-bestanden maken")
    kinds = export.add_subparsers(dest="format", metavar="FORMAT", required=True)

    ics = kinds.add_parser("ics", help="iCalendar (RFC 5545) voor agenda's en telefoons")
    source = ics.add_mutually_exclusive_group(required=True)
    source.add_argument("--pool", metavar="POOL")
    source.add_argument("--person", metavar="PERSON")
    source.add_argument("--events", action="store_true")
    _range_and_output(ics)
    ics.set_defaults(handler=_export_ics, target=None, all=False, public=False)

    pdf = kinds.add_parser("pdf", help="afdrukbaar PDF-document")
    pdf.add_argument("what", choices=sorted(PDF_KINDS))
    pdf.add_argument("target", nargs="?", metavar="ID|NAAM")
    pdf.add_argument("--all", action="store_true", help="(roster) alle pools")
    pdf.add_argument("--public", action="store_true", help="(checklist) openbare versie")
    _range_and_output(pdf)
    pdf.set_defaults(handler=_export_pdf, pool=None, person=None, events=False)

    csv = kinds.add_parser("csv", help="spreadsheet (UTF-8 met BOM, ';'-gescheiden)")
    csv.add_argument("what", choices=sorted(CSV_KINDS))
    _range_and_output(csv)
    csv.set_defaults(handler=_export_csv, target=None, all=False, public=False,
                     pool=None, person=None, events=False)


def _range_and_output(parser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE")
    parser.add_argument("--from", dest="from_", metavar="DATE")
    parser.add_argument("--weeks", type=int, metavar="N")


def _exports(module: str):
    try:
        return importlib.import_module(f"piket.{module}.exports")
    except ModuleNotFoundError as exc:
        if exc.name == f"piket.{module}.exports":
            raise PiketError(f"deze export is nog niet beschikbaar (module {module})") from None
        raise


def output_path(text: str) -> Path:
    """Where an export goes; refused before any work when its folder does not exist."""
    target = Path(text).expanduser()
    if not target.parent.is_dir():
        raise PiketError(f"map bestaat niet: {target.parent}")
    return target


def _prepare(args) -> Path:
    from piket import timeutil

    target = output_path(args.output)
    if args.weeks is not None and not 1 <= args.weeks <= 520:
        raise PiketError("--weeks moet tussen 1 en 520 liggen")
    args.from_ = timeutil.parse_date(args.from_) if args.from_ else None
    return target


def _export_ics(ctx, args) -> None:
    target = _prepare(args)
    module = "events" if args.events else "roster"
    write_output(target, _exports(module).export_ics(ctx.db, args))


def _export_pdf(ctx, args) -> None:
    target = _prepare(args)
    if args.what == "roster" and not (args.target or args.all):
        raise PiketError("geef een pool op, of --all")
    if args.what not in ("roster", "oncall") and not args.target:
        raise PiketError(f"geef op welk(e) {args.what} (id of naam)")
    write_output(target, _exports(PDF_KINDS[args.what]).export_pdf(ctx.db, args.what, args))


def _export_csv(ctx, args) -> None:
    target = _prepare(args)
    write_output(target, _exports(CSV_KINDS[args.what]).export_csv(ctx.db, args.what, args))


def write_output(target: Path, data: bytes) -> None:
    """Write atomically (temp file, fsync, rename) and print the path."""
    from piket.exports.files import write_atomically

    print(write_atomically(target, data))
