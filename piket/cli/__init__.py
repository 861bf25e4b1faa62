"""The ``piket`` command line (contract: ``shared/cli.md``).

Parsing is argparse; each module adds its commands through ``piket.<module>.cli.register``.
Handlers import their services lazily, so ``piket --help`` stays fast. Refused input ends
with one Dutch line on stderr and exit 1, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys

from piket import __version__
from piket.cli.context import Context
from piket.errors import PiketError


def build_parser() -> argparse.ArgumentParser:
    from piket.cli import core, export
    from piket.modules import parts

    parser = argparse.ArgumentParser(
        prog="piket",
        description="piket: piketroosters, GRIP-logboek, evenementenadvies en checklists.",
    )
    parser.add_argument("--version", action="version", version=f"piket {__version__}")
    parser.add_argument("--db", metavar="PATH", help="databasebestand (anders $PIKET_DB of de standaardlocatie)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    core.register(commands)
    for _, module_cli in parts("cli"):
        module_cli.register(commands)
    export.register(commands)
    return parser


def gui_parser() -> argparse.ArgumentParser:
    """``piket [--db PATH] [gui ...]`` alone: opening the window needs no module's commands."""
    from piket.cli.core import add_gui_arguments

    parser = argparse.ArgumentParser(prog="piket gui", description="De desktopapp openen.")
    parser.add_argument("--db", metavar="PATH")
    add_gui_arguments(parser)
    return parser


def _gui_arguments(argv: list[str]) -> list[str] | None:
    """The GUI options if ``argv`` only opens the window, else None (the full CLI parses it)."""
    rest = list(argv)
    db = rest[:2] if rest[:1] == ["--db"] else [arg for arg in rest[:1] if arg.startswith("--db=")]
    rest = rest[len(db):]
    if not rest:
        return db
    if rest[0] == "gui" and not {"-h", "--help"} & set(rest):
        return db + rest[1:]
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    gui_arguments = _gui_arguments(argv)
    if gui_arguments is not None:
        args = gui_parser().parse_args(gui_arguments)
    else:
        args = build_parser().parse_args(argv)
    context = Context(args.db)
    handler = args.handler
    try:
        result = handler(context, args)
        return int(result or 0)
    except PiketError as exc:
        return _fail(str(exc), exc.exit_code)
    except sqlite3.Error as exc:
        from piket.storage import explain_sqlite_error

        return _fail(explain_sqlite_error(exc), 1)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        if os.environ.get("PIKET_DEBUG"):
            raise
        if type(exc).__module__.startswith("pydantic"):
            from piket.errors import from_validation_error

            return _fail(str(from_validation_error(exc)), 1)
        return _fail(f"interne fout ({type(exc).__name__}: {exc}); zet PIKET_DEBUG=1 voor details", 1)
    finally:
        context.close()


def _fail(message: str, code: int) -> int:
    print(f"piket: {message}", file=sys.stderr)
    return code
