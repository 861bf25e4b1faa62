"""``roster fill``: fill open week shifts fairly with a MILP (see :mod:`piket.roster.linear`).

Per pool, variable shifts are those in the range that are open, or held by an automatic
(non-manual) assignment whose start is not yet past; manual and past assignments are
fixed. Candidates for a shift are pool members who hold the function, are vakbekwaam for
the whole shift, are not absent and are not fixed on call elsewhere at that moment.
Pools that share no candidates are solved separately.

Objectives, in this order (each stage's optimum is kept while solving the next):

1. fewest open shifts; then fewest back-to-back weeks in pools with enough members
   (the rest rule: no two consecutive weeks in one pool where the pool can avoid it);
2. fairness: per pool, the spread (max - min) of each member's load minus their pro-rata
   share. Load counts the pool's last 52 weeks before the range plus the range; the share
   is proportional to the shifts each member was available for (member, qualified, not
   absent) in that period. The spread is reported in weeks;
3. fewest back-to-back weeks in small pools, then fewest changes to the existing plan
   (the current automatic assignments are the hint).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlite_utils import Database

from piket import timeutil
from piket.roster import eligibility
from piket.roster.calendar import Slot, slot_containing, slots_between
from piket.roster.fairness import prepare, spread_lower_bound, spread_of
from piket.roster.fill_model import assignable, build_model
from piket.roster.linear import Infeasible, integral, solve_highs
from piket.roster.pools import Pool
from piket.roster.shifts import pool_slots, pools_for, put_person, record_change
from piket.storage import write

HISTORY = timedelta(weeks=52)
STRICT_LIMIT = 10.0  # seconds for the strict model before falling back to the general one


@dataclass
class PoolPlan:
    pool: Pool
    slots: list[Slot]
    holder: list[int | None]  # current person per slot
    fixed: list[bool]
    candidates: list[list[int]]  # per slot: eligible members (variable slots only)
    why_not: list[dict[int, list[str]]]  # per slot: member -> reasons
    members: list[int]
    history: dict[int, int] = field(default_factory=dict)  # loads in the 52 weeks before
    available: dict[int, int] = field(default_factory=dict)  # shifts available for, same period + range
    before: int | None = None  # holder of the shift just before the range
    after: int | None = None  # holder of the shift just after the range
    names: dict[int, str] = field(default_factory=dict)
    fair: dict = field(default_factory=dict)  # fairness terms: people, fixed load, totals


@dataclass
class FillResult:
    filled: int
    changed: int
    gaps: list[dict]
    pools: list[dict]
    proven_optimal: bool
    seconds: float

    def as_json(self) -> dict:
        return {
            "filled": self.filled, "changed": self.changed,
            "gaps": [{**g, "start": timeutil.iso_local(g["start"]), "end": timeutil.iso_local(g["end"])}
                     for g in self.gaps],
            "pools": self.pools, "proven_optimal": self.proven_optimal,
            "seconds": round(self.seconds, 3), "solver": "HiGHS",
        }


def fill_roster(db: Database, pool=None, *, all_pools: bool = False, first: date | None = None,
                weeks: int | None = None, reason: str = "", time_limit: float = 60.0) -> FillResult:
    import time

    started = time.perf_counter()
    pools = pools_for(db, pool, all_pools_=all_pools, hard_only=pool is None)
    snapshot = eligibility.load(db)
    plans = [_plan(db, snapshot, p, pool_slots(p, first, weeks)) for p in pools]
    _exclude_cross_pool_conflicts(plans, snapshot)
    assignment: dict[tuple[int, int], int | None] = {}
    reports, proven = [], True
    for group in _components(plans):
        chosen, group_reports, group_proven = _solve_group(group, time_limit)
        assignment.update(chosen)
        reports += group_reports
        proven = proven and group_proven
    filled = changed = 0
    with write(db):
        change = record_change(db, "fill", reason or "automatisch vullen")
        for plan in plans:
            for index, slot in enumerate(plan.slots):
                if plan.fixed[index]:
                    continue
                new = assignment.get((plan.pool.id, index))
                old = plan.holder[index]
                if new != old and put_person(db, change, plan.pool.id, slot, new, manual=False):
                    filled += old is None
                    changed += old is not None
    gaps = [gap for plan in plans for gap in _open_reasons(plan, assignment)]
    reports.sort(key=lambda r: r["pool"])
    return FillResult(filled, changed, gaps, reports, proven, time.perf_counter() - started)


# --- preparing the model ------------------------------------------------------------------

def _plan(db: Database, snapshot: eligibility.Snapshot, pool: Pool, slots: list[Slot]) -> PoolPlan:
    now = timeutil.now()
    if not slots:
        return PoolPlan(pool, [], [], [], [], [], [])
    window_start = slots[0].start - HISTORY
    stored = {
        timeutil.from_db(r[0]): (r[1], bool(r[2]), r[3])
        for r in db.execute(
            "SELECT start, person_id, manual, id FROM shifts WHERE pool_id = ? AND start >= ? AND start <= ?",
            [pool.id, timeutil.to_db(window_start - timedelta(days=8)), timeutil.to_db(slots[-1].end)],
        )
    }
    members = {r[0]: timeutil.from_db(r[1]) for r in db.execute(
        "SELECT person_id, since FROM pool_members WHERE pool_id = ? ORDER BY person_id", [pool.id])}
    holder, fixed, variable_ids = [], [], set()
    for slot in slots:
        person, manual, shift_id = stored.get(slot.start, (None, False, None))
        is_fixed = person is not None and (manual or slot.start < now)
        holder.append(person)
        fixed.append(is_fixed)
        if not is_fixed and shift_id is not None:
            variable_ids.add(shift_id)
    plan = PoolPlan(pool, slots, holder, fixed, [], [], sorted(members), names=snapshot.names)
    for index, slot in enumerate(slots):
        candidates, why = [], {}
        if not fixed[index]:
            for person in plan.members:
                if members[person] >= slot.end:  # joins the pool later: not yet theirs to hold
                    why[person] = [f"nog geen lid (lid vanaf {timeutil.display(members[person])})"]
                    continue
                problems = snapshot.problems(person, pool.function, slot.start, slot.end,
                                             ignore_shifts=variable_ids)
                if problems:
                    why[person] = problems
                else:
                    candidates.append(person)
        plan.candidates.append(candidates)
        plan.why_not.append(why)
    previous = slot_containing(pool.handover, slots[0].start - timedelta(seconds=1))
    plan.before = stored.get(previous.start, (None,))[0]
    plan.after = stored.get(slots[-1].end, (None,))[0]
    for slot in slots_between(pool.handover, window_start, slots[0].start):
        person = stored.get(slot.start, (None,))[0]
        if person in members:
            plan.history[person] = plan.history.get(person, 0) + 1
        for member, since in members.items():
            if slot.start >= since and snapshot.available(member, pool.function, slot.start, slot.end):
                plan.available[member] = plan.available.get(member, 0) + 1
    for index, slot in enumerate(slots):
        for member, since in members.items():
            if (plan.holder[index] == member and fixed[index]) or member in plan.candidates[index] \
                    or (since < slot.end and snapshot.available(member, pool.function, slot.start, slot.end)):
                plan.available[member] = plan.available.get(member, 0) + 1
    return plan


def _exclude_cross_pool_conflicts(plans: list[PoolPlan], snapshot) -> None:
    """Fixed shifts of pools in this fill block their holder's candidacy elsewhere too."""
    fixed_by_person: dict[int, list[tuple[datetime, datetime, str]]] = defaultdict(list)
    for plan in plans:
        for index, slot in enumerate(plan.slots):
            if plan.fixed[index]:
                fixed_by_person[plan.holder[index]].append((slot.start, slot.end, plan.pool.name))
    for plan in plans:
        for index, slot in enumerate(plan.slots):
            for person in list(plan.candidates[index]):
                for start, end, name in fixed_by_person.get(person, ()):
                    if start < slot.end and end > slot.start and name != plan.pool.name:
                        plan.candidates[index].remove(person)
                        plan.why_not[index][person] = [f"heeft dan al piket in {name}"]
                        break


def _components(plans: list[PoolPlan]) -> list[list[PoolPlan]]:
    """Groups of pools linked by shared candidates (union-find), in a stable order."""
    parent = list(range(len(plans)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_pool: dict[int, int] = {}
    for i, plan in enumerate(plans):
        for person in {p for c in plan.candidates for p in c}:
            if person in first_pool:
                parent[root(i)] = root(first_pool[person])
            else:
                first_pool[person] = i
    groups: dict[int, list[PoolPlan]] = defaultdict(list)
    for i, plan in enumerate(plans):
        groups[root(i)].append(plan)
    return [groups[key] for key in sorted(groups)]


# --- the model ----------------------------------------------------------------------------------

def _solve_group(group: list[PoolPlan], time_limit: float):
    """Solve one group of pools: first the strict model (every shift that has a candidate
    filled, rest rule hard), which almost always holds and solves in one stage; when it is
    infeasible, the general model that trades open shifts against the rest rule."""
    for plan in group:
        prepare(plan)
    if not any(c for plan in group for i, c in enumerate(plan.candidates) if not plan.fixed[i]):
        return {}, [_report(plan, bool(plan.fair), None, {}) for plan in group], True
    found = _at_lower_bound(group)
    if found is not None:
        built, solution = found
    else:
        built = build_model(group, strict=True)
        try:
            solution = solve_highs(built.model, min(time_limit, STRICT_LIMIT), built.bounds)
        except Infeasible:
            built = build_model(group, strict=False)
            solution = solve_highs(built.model, time_limit, built.bounds)
    chosen: dict[tuple[int, int], int | None] = {}
    for (pool_id, index, person), var in sorted(built.x.items()):
        if solution.values[var] > 0.5:
            chosen[(pool_id, index)] = person
    reports = [_report(plan, bool(plan.fair), solution, chosen) for plan in group]
    return chosen, reports, solution.proven


def _at_lower_bound(group: list[PoolPlan]):
    """The fast path: fix every pool's loads to ones that reach the spread's lower bound and
    solve the LP relaxation (if it is not integral: the MIP). A solution is optimal (spread
    at its lower bound, every fillable shift filled, rest rule kept), usually proven
    without branching; None when those loads cannot be met."""
    targets = {}
    for plan in group:
        if plan.fair:
            found = spread_lower_bound(plan, assignable(plan))
            if found is None:
                return None
            targets[plan.pool.id] = found[1]
    built = build_model(group, strict=True, targets=targets)
    try:
        solution = solve_highs(built.model, STRICT_LIMIT, relax=True)
        if not integral(solution, built.x.values()):
            solution = solve_highs(built.model, STRICT_LIMIT)
    except Infeasible:
        return None
    return built, solution


def _report(plan: PoolPlan, spread, solution, chosen) -> dict:
    counts = {}
    for index, person in enumerate(plan.holder):
        who = person if plan.fixed[index] else chosen.get((plan.pool.id, index))
        if who is not None:
            counts[who] = counts.get(who, 0) + 1
    loads = [counts.get(p, 0) for p in plan.members]
    value = spread_of(plan, counts) if spread else None
    open_count = sum(1 for index in range(len(plan.slots))
                     if not plan.fixed[index] and (plan.pool.id, index) not in chosen)
    return {"pool": plan.pool.name, "open": open_count, "spread": value,
            "min_weeks": min(loads, default=0), "max_weeks": max(loads, default=0),
            "proven_optimal": solution.proven if solution else True}


def _open_reasons(plan: PoolPlan, chosen: dict) -> list[dict]:
    gaps = []
    for index, slot in enumerate(plan.slots):
        if plan.fixed[index] or (plan.pool.id, index) in chosen:
            continue
        gaps.append({"pool": plan.pool.name, "start": slot.start, "end": slot.end,
                     "reason": open_reason(plan, index)})
    return gaps


def open_reason(plan: PoolPlan, index: int) -> str:
    if not plan.members:
        return "de pool heeft geen leden"
    if plan.candidates[index]:
        return "alle beschikbare leden zijn dan al ingedeeld in een andere pool"
    parts = []
    for person, reasons in sorted(plan.why_not[index].items()):
        parts.append(f"{plan.names.get(person, person)}: {reasons[0]}")
    return "niemand beschikbaar (" + "; ".join(parts) + ")"
