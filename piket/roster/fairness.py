"""Fairness of a pool's roster: each member's load against their pro-rata share.

For member p: load = weeks held in the pool in the 52 weeks before the range plus in the
range; availability a = shifts in that period they could have held. With A the pool's
total availability and T the total load, the deviation ``A * load - a * T`` is an integer
(A times "load minus share"). The spread is max - min deviation, divided by A: weeks.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from typing import TYPE_CHECKING

from piket.roster.linear import LinearModel

if TYPE_CHECKING:
    from piket.roster.fill import PoolPlan


def prepare(plan: PoolPlan) -> None:
    """Set ``plan.fair``: the members who count (available at all), their fixed load and totals."""
    people = [p for p in plan.members if plan.available.get(p, 0) > 0]
    if len(people) < 2:
        plan.fair = {}
        return
    fixed_load = {p: plan.history.get(p, 0) for p in people}
    for index, person in enumerate(plan.holder):
        if plan.fixed[index] and person in fixed_load:
            fixed_load[person] += 1
    variable_slots = sum(1 for index in range(len(plan.slots)) if not plan.fixed[index])
    plan.fair = {"people": people, "fixed_load": fixed_load,
                 "total_load": sum(fixed_load.values()) + variable_slots,
                 "total_available": sum(plan.available[p] for p in people)}


def own_vars(plan: PoolPlan, x: dict) -> dict[int, list[int]]:
    """person -> their x variables in this pool."""
    found: dict[int, list[int]] = defaultdict(list)
    for (pool, _, who), var in x.items():
        if pool == plan.pool.id:
            found[who].append(var)
    return found


def fairness_rows(model: LinearModel, plan: PoolPlan, x: dict):
    """Upper and lower bound variables of every member's scaled deviation
    (A x load - a x T); the spread objective is upper - lower."""
    fair = plan.fair
    if not fair:
        return None
    scale = fair["total_available"]
    upper = model.var(-1e9, 1e9, integer=False)
    lower = model.var(-1e9, 1e9, integer=False)
    variables = own_vars(plan, x)
    for person in fair["people"]:
        constant = scale * fair["fixed_load"][person] - plan.available[person] * fair["total_load"]
        load = {var: float(scale) for var in variables[person]}
        model.row({**load, upper: -1.0}, high=-constant)
        model.row({**load, lower: -1.0}, low=-constant)
    return upper, lower


def target_rows(model: LinearModel, plan: PoolPlan, x: dict, loads: dict[int, int]) -> None:
    """Every member's load fixed to ``loads`` (their total, fixed part included)."""
    variables = own_vars(plan, x)
    for person in plan.fair["people"]:
        need = float(loads[person] - plan.fair["fixed_load"][person])
        if variables[person]:
            model.row(dict.fromkeys(variables[person], 1.0), low=need, high=need)
        elif need:
            model.row({model.var(0.0, 0.0): 1.0}, low=need, high=need)  # impossible: infeasible


def spread_of(plan: PoolPlan, counts: dict[int, int]) -> float:
    """max - min over members of (load - pro-rata share), in weeks, from the chosen roster."""
    fair = plan.fair
    new_load = {p: counts.get(p, 0) - sum(1 for i, h in enumerate(plan.holder) if plan.fixed[i] and h == p)
                for p in fair["people"]}
    deviations = [
        fair["total_available"] * (fair["fixed_load"][p] + new_load[p])
        - plan.available[p] * fair["total_load"]
        for p in fair["people"]
    ]
    return round((max(deviations) - min(deviations)) / fair["total_available"], 3)


def spread_lower_bound(plan, assigned: int) -> tuple[int, dict[int, int]] | None:
    """The smallest scaled spread any integer loads could reach, ignoring who can take which
    week, and loads that reach it.

    Loads are integers between each member's fixed load and fixed load plus the shifts they
    are a candidate for, and the ``assigned`` variable shifts are all given out. Every
    candidate lower edge ``c`` of the window is tried: each member starts at the least load
    with deviation >= c and the remaining shifts go, one at a time, to whoever then has the
    smallest deviation (which minimises the maximum). A roster reaching this bound is
    optimal, which lets the solver stop instead of searching for a better one.
    """
    fair = plan.fair
    if not fair:
        return None
    people, total_a, total_t = fair["people"], fair["total_available"], fair["total_load"]
    candidate_count: dict[int, int] = defaultdict(int)
    for index, candidates in enumerate(plan.candidates):
        if not plan.fixed[index]:
            for person in candidates:
                candidate_count[person] += 1
    low = {p: fair["fixed_load"][p] for p in people}
    high = {p: low[p] + candidate_count[p] for p in people}
    need = sum(low.values()) + assigned
    if sum(high.values()) < need:
        return None

    def deviation(p: int, load: int) -> int:
        return total_a * load - plan.available[p] * total_t

    best = None
    edges = sorted({deviation(p, load) for p in people for load in range(low[p], high[p] + 1)})
    for edge in edges:
        loads = {}
        for p in people:
            least = -((-(edge + plan.available[p] * total_t)) // total_a)  # ceil
            loads[p] = max(low[p], least)
        if any(loads[p] > high[p] for p in people):
            continue
        extra = need - sum(loads.values())
        if extra < 0:
            break  # a higher edge only needs more
        heap = [(deviation(p, loads[p] + 1), p) for p in people if loads[p] < high[p]]
        heapq.heapify(heap)
        top = max(deviation(p, loads[p]) for p in people)
        for _ in range(extra):
            value, p = heapq.heappop(heap)
            loads[p] += 1
            top = max(top, value)
            if loads[p] < high[p]:
                heapq.heappush(heap, (deviation(p, loads[p] + 1), p))
        spread = top - min(deviation(p, loads[p]) for p in people)
        if best is None or spread < best[0]:
            best = (spread, dict(loads))
    return best
