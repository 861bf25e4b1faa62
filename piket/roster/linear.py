"""A small solver-neutral linear model and its lexicographic solution with HiGHS.

Why HiGHS (highspy) and not OR-Tools CP-SAT: measured on 2026-11-23 on this 2-core
machine (shared with other jobs), on the benchmark model (25 hard pools x 52 weeks x 10
members, a few absences each), the same strict MILP (fill everything fillable, rest
rule, minimise the fairness spread with its lower bound as a cut) fed to both:

====================================  ===========  =====================  ===================
data set                              HiGHS        CP-SAT, 8 workers      CP-SAT, 1 worker
====================================  ===========  =====================  ===================
25 separate pools                     3.5 s        17.8 s                 65 s
5 % of people in two pools            22.6 s       25.9 s                 216 s, not optimal
====================================  ===========  =====================  ===================

Both prove the same optima where they finish. The roster model is an assignment problem
with a few side constraints, whose LP relaxation is nearly integral: a MIP solver's
simplex reads most of the answer off the LP, while CP-SAT searches. With piket's fast
path (fix each pool's loads to a vector that reaches the spread's lower bound, solve
the LP, see :func:`piket.roster.fill._at_lower_bound`) HiGHS fills the benchmark in
0.45 s of CPU (0.8 s wall), proven optimal. highspy is a small wheel needing only numpy, while
ortools brings protobuf, absl and pandas (and sqlite-utils then imports pandas, which
slows every piket start). HiGHS runs single-threaded with a fixed seed: deterministic.

The objectives are solved in order (lexicographically): each stage's optimum is added
as a constraint before the next stage. Every stage objective is integer-valued, so
bounding it by ``optimum + 0.5`` keeps exactly the optimal solutions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field


@dataclass
class LinearModel:
    lower: list[float] = field(default_factory=list)
    upper: list[float] = field(default_factory=list)
    integer: list[bool] = field(default_factory=list)
    rows: list[tuple[dict[int, float], float, float]] = field(default_factory=list)
    objectives: list[dict[int, float]] = field(default_factory=list)  # minimised in order

    def var(self, low: float = 0.0, high: float = 1.0, integer: bool = True) -> int:
        self.lower.append(low)
        self.upper.append(high)
        self.integer.append(integer)
        return len(self.lower) - 1

    def row(self, coeffs: dict[int, float], low: float = -math.inf, high: float = math.inf) -> None:
        if coeffs:
            self.rows.append((coeffs, low, high))


class Infeasible(Exception):
    """The model has no solution (or none was found within the time limit)."""


@dataclass
class Solution:
    values: list[float]
    optima: list[float]
    proven: bool
    seconds: float


def solve_highs(model: LinearModel, time_limit: float = 30.0, after_stage=None, *,
                relax: bool = False) -> Solution:
    """Minimise each objective in turn; ``proven`` is False when a time limit cut a stage short.

    ``after_stage(stage, values)`` may return extra rows (valid bounds, such as a proven
    lower bound of the next objective) to add before the next stage; it is called with
    stage -1 before the first. Raises :class:`Infeasible` when a stage finds no solution.
    """
    import time

    import highspy
    import numpy as np

    started = time.perf_counter()
    h = _quiet(highspy.Highs)
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    h.setOptionValue("random_seed", 0)
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("mip_abs_gap", 1e-6)
    inf = highspy.kHighsInf
    n = len(model.lower)
    lower = np.array(model.lower, dtype=float)
    upper = np.array(model.upper, dtype=float)
    h.addVars(n, lower, upper)
    integer_idx = np.array([i for i, flag in enumerate(model.integer) if flag and not relax], dtype=np.int32)
    if len(integer_idx):
        h.changeColsIntegrality(len(integer_idx), integer_idx,
                                np.full(len(integer_idx), highspy.HighsVarType.kInteger))
    _add_rows(h, model.rows, inf)
    proven = True
    optima = []
    values = [0.0] * n
    all_idx = np.arange(n, dtype=np.int32)
    for coeffs, low, high in (after_stage(-1, None) if after_stage else ()):
        _add_row(h, coeffs, low, high, inf)
    # Empty objectives are skipped, but the model is solved at least once (feasibility).
    stages = model.objectives if any(any(o.values()) for o in model.objectives) else [{}]
    for objective in stages:
        if not any(objective.values()) and stages is model.objectives:
            optima.append(0.0)
            continue
        remaining = time_limit - (time.perf_counter() - started)
        h.setOptionValue("time_limit", max(remaining, 0.5))
        costs = np.zeros(n)
        for index, coeff in objective.items():
            costs[index] = coeff
        h.changeColsCost(n, all_idx, costs)
        h.run()
        status = h.getModelStatus()
        if status != highspy.HighsModelStatus.kOptimal:
            proven = False
        if h.getInfo().primal_solution_status != 2:  # no feasible solution (found)
            raise Infeasible(h.modelStatusToString(status))
        values = list(h.getSolution().col_value)
        optimum = sum(coeff * values[i] for i, coeff in objective.items())
        optima.append(optimum)
        _add_row(h, objective, -inf, round(optimum) + 0.5, inf)
        for coeffs, low, high in (after_stage(len(optima) - 1, values) if after_stage else ()):
            _add_row(h, coeffs, low, high, inf)
    return Solution(values, optima, proven, time.perf_counter() - started)


def _add_rows(h, rows, inf: float) -> None:
    """All rows in one call (compressed sparse rows): far faster than one call per row."""
    import numpy as np

    if not rows:
        return
    starts, index, value = [], [], []
    for coeffs, _, _ in rows:
        starts.append(len(index))
        keys = sorted(coeffs)
        index.extend(keys)
        value.extend(coeffs[k] for k in keys)
    lower = np.array([-inf if low == -math.inf else low for _, low, _ in rows], dtype=float)
    upper = np.array([inf if high == math.inf else high for _, _, high in rows], dtype=float)
    h.addRows(len(rows), lower, upper, len(index), np.array(starts, dtype=np.int32),
              np.array(index, dtype=np.int32), np.array(value, dtype=float))


def _add_row(h, coeffs: dict[int, float], low: float, high: float, inf: float) -> None:
    import numpy as np

    index = np.array(sorted(coeffs), dtype=np.int32)
    value = np.array([coeffs[i] for i in index], dtype=float)
    h.addRow(-inf if low == -math.inf else low, inf if high == math.inf else high,
             len(index), index, value)


def _quiet(factory):
    """Call ``factory`` with file descriptor 1 silenced: HiGHS prints a banner on creation,
    which would corrupt ``--json`` output."""
    import ctypes
    import os
    import sys

    sys.stdout.flush()
    try:
        libc = ctypes.CDLL(None)
    except OSError:  # Windows: no C library handle this way; the banner is harmless there
        return factory()
    saved = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
        return factory()
    finally:
        libc.fflush(None)
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)


def integral(solution: Solution, variables) -> bool:
    return all(abs(solution.values[v] - round(solution.values[v])) < 1e-6 for v in variables)
