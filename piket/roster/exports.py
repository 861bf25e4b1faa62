"""The roster's part of ``piket export``: pure functions from the database to bytes."""

from __future__ import annotations

from piket.errors import PiketError


def export_ics(db, args) -> bytes:
    from piket.roster import ics

    if getattr(args, "person", None):
        return ics.person_feed(db, args.person, args.from_, args.weeks)
    if getattr(args, "pool", None):
        return ics.pool_feed(db, args.pool, args.from_, args.weeks)
    raise PiketError("geef --pool of --person op")


def export_pdf(db, what: str, args) -> bytes:
    if what == "oncall":
        from piket.roster.contact_list import contact_list_pdf

        return contact_list_pdf(db, args.from_, args.weeks)
    from piket.roster.pdf import roster_pdf
    from piket.roster.shifts import pools_for

    pools = pools_for(db, args.target, all_pools_=args.all)
    return roster_pdf(db, pools, args.from_, args.weeks)


def export_csv(db, what: str, args) -> bytes:
    from piket.roster.csv_io import export_people, export_roster

    if what == "people":
        return export_people(db)
    return export_roster(db, args.from_, args.weeks)
