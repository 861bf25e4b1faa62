"""The printable roster (reportlab): landscape, a page per pool, gaps marked in red."""

from __future__ import annotations

from datetime import date, timedelta

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.roster.calendar import week_label


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def roster_version(db: Database) -> int:
    """The roster's version: the number of the last change, printed on every page."""
    return db.execute("SELECT coalesce(max(id), 0) FROM roster_changes").fetchone()[0]


def roster_pdf(db: Database, pools, first: date | None = None, weeks: int | None = None) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Spacer

    from piket.exports.pdf import RED, build_pdf, data_table, para
    from piket.roster.eligibility import load
    from piket.roster.gaps import shift_problem
    from piket.roster.pools import members
    from piket.roster.shifts import roster

    first = first or quarter_start(timeutil.today())
    weeks = weeks or 13
    last = first + timedelta(weeks=weeks) - timedelta(days=1)
    labels = refdata.labels(db, "functions")
    level_labels = refdata.labels(db, "pool_levels")
    snapshot = load(db)
    flowables = []
    for number, pool in enumerate(pools):
        if number:
            flowables.append(PageBreak())
        flowables.append(para(f"{pool.name}", "h1"))
        flowables.append(para(
            f"{labels.get(pool.function, pool.function)} · {level_labels.get(pool.level, pool.level)} · "
            f"{pool.kind} piket · overdracht {_handover_nl(pool.handover)}", "small"))
        rows = [["Week", "Van", "Tot", "Piket", "Telefoon", "Opmerking"]]
        marks = []
        for row in roster(db, [pool], first, weeks):
            problem = shift_problem(snapshot, row, pool.function, pool.kind)
            rows.append([week_label(row["start"]), timeutil.display(row["start"]), timeutil.display(row["end"]),
                         row["person"] or "OPEN", row["phone"], problem])
            if problem:
                index = len(rows) - 1
                marks += [("BACKGROUND", (0, index), (-1, index), colors.HexColor("#fde2e4")),
                          ("TEXTCOLOR", (3, index), (3, index), RED)]
        flowables.append(Spacer(1, 3 * mm))
        flowables.append(data_table(rows, [22 * mm, 38 * mm, 38 * mm, 50 * mm, 32 * mm, 87 * mm],
                                    extra_style=marks))
        people = members(db, pool.id)
        if people:
            flowables.append(Spacer(1, 3 * mm))
            flowables.append(para("Leden: " + ", ".join(
                f"{m['name']} ({m['phone']})" if m["phone"] else m["name"] for m in people), "small"))
    if not pools:
        flowables.append(para("Er zijn nog geen pools.", "body"))
    return build_pdf(
        flowables, title="Piketrooster",
        subtitle=f"{first:%d-%m-%Y} t/m {last:%d-%m-%Y} · {len(pools)} pool(s)",
        landscape=True, version=f"roosterversie {roster_version(db)}",
    )


def _handover_nl(handover) -> str:
    return f"{timeutil.WEEKDAYS[handover.day]} {handover.at:%H:%M}"
