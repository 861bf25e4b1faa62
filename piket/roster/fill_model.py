"""The MILP of one group of pools for ``roster fill`` (see :mod:`piket.roster.fill`).

Variables x[pool, week, person] are binary for every candidate. The strict model fills
every shift that has a candidate and forbids back-to-back weeks in pools with enough
members; its objectives are fairness, then (small pools' back-to-back weeks, changes).
The general model allows open shifts and rest-rule breaks and minimises them first.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from piket.roster.calendar import Slot
from piket.roster.fairness import fairness_rows, spread_lower_bound, target_rows
from piket.roster.linear import LinearModel

if TYPE_CHECKING:
    from piket.roster.fill import PoolPlan

REST_MIN_MEMBERS = 3  # with this many members a pool can avoid back-to-back weeks


@dataclass
class Built:
    model: LinearModel
    x: dict[tuple[int, int, int], int] = field(default_factory=dict)  # (pool, week, person) -> var
    fairness: list = field(default_factory=list)  # (plan, (upper, lower))
    strict: bool = True
    assign_terms: dict[int, float] = field(default_factory=dict)

    def bounds(self, stage: int, values) -> list:
        """Each pool's spread is at least its apportionment lower bound, once the number of
        shifts given out per pool is known: from the start in the strict model, after the
        first stage in the general one (only for a single pool: open shifts could move)."""
        if self.strict and stage != -1 or not self.strict and stage != 0:
            return []
        if not self.strict and len(self.fairness) > 1:
            return []
        rows = []
        for plan, (upper, lower) in self.fairness:
            if self.strict:
                assigned = assignable(plan)
            else:
                assigned = sum(1 for (pool, _, _), var in self.x.items()
                               if pool == plan.pool.id and values[var] > 0.5)
            found = spread_lower_bound(plan, assigned)
            if found is not None:
                rows.append(({upper: 1.0, lower: -1.0}, float(found[0]), math.inf))
        return rows


def build_model(group: list[PoolPlan], *, strict: bool, targets: dict | None = None) -> Built:
    """``targets`` (pool id -> person -> load) fixes the loads instead of minimising the spread."""
    built = Built(LinearModel(), strict=strict)
    model, x = built.model, built.x
    rest_terms, small_b2b, changes, spread_terms = {}, {}, {}, {}
    by_person: dict[int, list[tuple[Slot, int]]] = defaultdict(list)
    for plan in group:
        pid = plan.pool.id
        for index, candidates in enumerate(plan.candidates):
            if plan.fixed[index] or not candidates:
                continue
            row = {}
            for person in candidates:
                var = model.var()
                x[(pid, index, person)] = var
                row[var] = 1.0
                built.assign_terms[var] = -1.0
                by_person[person].append((plan.slots[index], var))
                if plan.holder[index] == person:
                    changes[var] = -1.0
            model.row(row, low=1.0 if strict else -math.inf, high=1.0)
        enough = len(plan.members) >= REST_MIN_MEMBERS
        _back_to_back(model, plan, x, rest_terms if enough else small_b2b, hard=strict and enough)
        if targets is not None:
            if plan.fair:
                target_rows(model, plan, x, targets[pid])
            continue
        spread = fairness_rows(model, plan, x)
        if spread:
            spread_terms[spread[0]] = 1.0
            spread_terms[spread[1]] = -1.0
            built.fairness.append((plan, spread))
    for items in by_person.values():
        items.sort(key=lambda item: (item[0].start, item[1]))
        for i, (slot, var) in enumerate(items):
            for other, other_var in items[i + 1:]:
                if other.start >= slot.end:
                    break
                model.row({var: 1.0, other_var: 1.0}, high=1.0)
    if not strict:
        weight = len(rest_terms) + 1
        model.objectives.append({**{v: c * weight for v, c in built.assign_terms.items()}, **rest_terms})
    if targets is None:
        model.objectives.append(spread_terms)
    weight = len(changes) + 1
    model.objectives.append({**changes, **{v: c * weight for v, c in small_b2b.items()}})
    return built


def _back_to_back(model: LinearModel, plan: PoolPlan, x: dict, terms: dict, *, hard: bool) -> None:
    """Per pair of consecutive weeks one person could both hold: forbidden (``hard``) or a
    penalty variable in ``terms``. The weeks just outside the range count as fixed."""
    pid = plan.pool.id
    count = len(plan.slots)

    def holders_at(index: int) -> dict:
        """person -> True (holds it, fixed) or their variable, for week ``index``."""
        if index < 0 or index >= count:
            edge = plan.before if index < 0 else plan.after
            return {} if edge is None else {edge: True}
        if plan.fixed[index]:
            return {} if plan.holder[index] is None else {plan.holder[index]: True}
        return {p: x[(pid, index, p)] for p in plan.candidates[index] if (pid, index, p) in x}

    previous = holders_at(-1)
    for index in range(count + 1):
        current = holders_at(index)
        for person in sorted(previous.keys() & current.keys()):
            a, b = previous[person], current[person]
            if a is True and b is True:
                continue
            row = {}
            if not hard:
                penalty = model.var(0.0, 1.0, integer=False)
                terms[penalty] = 1.0
                row[penalty] = -1.0
            bound = 1.0
            for side in (a, b):
                if side is True:
                    bound -= 1.0
                else:
                    row[side] = row.get(side, 0.0) + 1.0
            model.row(row, high=bound)
        previous = current


def assignable(plan: PoolPlan) -> int:
    """Variable shifts that have at least one candidate: all filled in the strict model."""
    return sum(1 for i, c in enumerate(plan.candidates) if c and not plan.fixed[i])
