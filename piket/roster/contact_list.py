"""The bereikbaarheidslijst: who is on call now and in the coming weeks, with phone numbers.

Printed and kept at hand for when systems or networks are down: who is on call at the
moment (with a backup for the same function), who takes over in the next shifts of each
pool, and every member's number for when the one on call cannot be reached.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlite_utils import Database

from piket import refdata, timeutil

DEFAULT_WEEKS = 4
PAGE_WIDTH_MM = 277  # landscape A4 inside the margins
POOL_COLUMN_MM = 55


def contact_list_pdf(db: Database, first: date | None = None, weeks: int | None = None) -> bytes:
    """The list as of now, or as of the start (00:00) of ``first``: the current shift and
    the ``weeks - 1`` shifts after it in every pool."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from piket.exports.pdf import RED, build_pdf, data_table, para, styles
    from piket.roster.oncall import on_call
    from piket.roster.pdf import roster_version
    from piket.roster.pools import all_pools, members
    from piket.roster.shifts import roster

    moment = timeutil.now() if first is None else timeutil.local_midnight(first)
    weeks = weeks or DEFAULT_WEEKS
    pools = all_pools(db)
    labels = refdata.labels(db, "functions")
    open_style = ParagraphStyle("open", parent=styles()["cell_bold"], textColor=RED)

    def nobody(text: str = "OPEN"):
        return para(text, open_style)

    flowables = [para(f"Piket op {timeutil.display(moment)}", "h1")]
    now_rows = [["Functie", "Pool", "Piket", "Telefoon", "Tot", "Achtervang"]]
    for row in on_call(db, moment):
        now_rows.append([row["function_label"], row["pool"], row["person"] or nobody(), row["phone"] or "",
                         timeutil.display(row["until"]), row["backup"] or "—"])
    if not pools:
        flowables.append(para("Er zijn nog geen pools.", "body"))
    else:
        flowables.append(data_table(now_rows, [52 * mm, 48 * mm, 45 * mm, 32 * mm, 38 * mm, 62 * mm]))

    later = weeks - 1
    if pools and later:
        shifts = roster(db, pools, moment, weeks)
        grid = [["Pool", "Volgende week", *(f"Over {n} weken" for n in range(2, later + 1))]]
        for pool in pools:
            upcoming = [s for s in shifts if s["pool_id"] == pool.id][1:]
            grid.append([f"{pool.name}\n{labels.get(pool.function, pool.function)}",
                         *(_shift_cell(s) if s["person"] else nobody(f"OPEN\n{_since(s['start'])}")
                           for s in upcoming)])
        width = (PAGE_WIDTH_MM - POOL_COLUMN_MM) / later
        flowables += [Spacer(1, 4 * mm), para("Daarna", "h2"),
                      data_table(grid, [POOL_COLUMN_MM * mm, *[width * mm] * later])]

    everyone = [["Pool", "Leden"]]
    for pool in pools:
        people = members(db, pool.id)
        if people:
            everyone.append([pool.name, ", ".join(f"{m['name']} {m['phone']}".strip() for m in people)])
    if len(everyone) > 1:
        flowables += [Spacer(1, 4 * mm), para("Alle leden, voor als de piket niet bereikbaar is", "h2"),
                      data_table(everyone, [POOL_COLUMN_MM * mm, (PAGE_WIDTH_MM - POOL_COLUMN_MM) * mm])]
    return build_pdf(
        flowables, title="Bereikbaarheidslijst",
        subtitle=f"{len(pools)} pool(s) · {weeks} diensten vanaf {timeutil.display(moment)} · "
                 "bewaar een afdruk voor als de systemen uitvallen",
        landscape=True, version=f"roosterversie {roster_version(db)}",
    )


def _shift_cell(shift: dict) -> str:
    return f"{shift['person']} {shift['phone'] or ''}\n{_since(shift['start'])}"


def _since(start: datetime) -> str:
    local = start.astimezone(timeutil.TZ)
    return f"vanaf {timeutil.WEEKDAYS[local.weekday()]} {local:%d-%m %H:%M}"
