"""What a plan minimises, and how a lexicographic objective is solved.

Leadership reads a plan as "which year, then at what cost": the objectives are
lexicographic, solved stage by stage as in the cpsat-primer. Each stage's
objective is a variable; once a stage is solved its value is fixed by narrowing
that variable's domain (no constraint is added, so a caller can widen it again
to look for the next Pareto alternative), and the next stage starts from the
previous solution as a hint.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from ortools.sat.python import cp_model

from planner.plan.model import HolderVars, IntVar


def effort_expr(hv: HolderVars) -> cp_model.LinearExprT:
    """The effort of the new awards (rungs and yearly ratings weigh nothing)."""
    p = hv.problem
    return sum(p.effort_of(code) * var for (_year, code), var in hv.awards.items())


def max_effort(hv: HolderVars) -> int:
    return sum(hv.problem.effort_of(code) for (_year, code) in hv.awards)


def tidiness_expr(hv: HolderVars) -> cp_model.LinearExprT:
    """Among plans of equal year and effort, the one with fewer and earlier awards
    and earlier intermediate rungs: it leaves the most room if a year goes wrong,
    and makes the answer deterministic."""
    p = hv.problem
    expr = sum((year - p.from_year + 1) * var for (year, _code), var in hv.awards.items())
    for rv in hv.rungs[:-1]:
        expr += sum((c.candidate.proposal - p.from_year) * c.var for c in rv.choices)
    return expr


def tidiness_bound(hv: HolderVars) -> int:
    p = hv.problem
    awards = sum(year - p.from_year + 1 for (year, _code) in hv.awards)
    return awards + (len(hv.rungs) - 1) * (p.last_year + 1 - p.from_year)


def objective_var(model: cp_model.CpModel, expr: cp_model.LinearExprT, lo: int, hi: int) -> IntVar:
    """A variable equal to `expr`, so that a stage can be fixed by its domain."""
    var = model.new_int_var(lo, hi, "")
    model.add(var == expr)
    return var


def set_bounds(model: cp_model.CpModel, var: IntVar, lo: int, hi: int) -> None:
    """Narrow or widen a variable created with a single interval domain."""
    domain = model.proto.variables[var.index].domain
    domain[0], domain[1] = lo, hi


def bounds(model: cp_model.CpModel, var: IntVar) -> tuple[int, int]:
    domain = model.proto.variables[var.index].domain
    return domain[0], domain[len(domain) - 1]


@dataclass(frozen=True)
class Progress:
    """What a long solve reports as it goes (the CLI prints it, the app shows it)."""

    stage: str
    objective: float
    bound: float
    seconds: float
    solutions: int

    @property
    def gap(self) -> float:
        return relative_gap(self.objective, self.bound)


ProgressCallback = Callable[[Progress], None]
StopHook = Callable[[], bool]  # true when the person asked the solve to stop (Cancel)
STOP_POLL = 0.05  # seconds between two looks at a stop hook during a solve


class _Stopper:
    """While a solve runs, look at `should_stop` every STOP_POLL seconds and stop
    the search when it says so: CP-SAT then returns its best solution so far
    (FEASIBLE, not proven optimal), as it does at a time limit."""

    def __init__(self, solver: cp_model.CpSolver, should_stop: StopHook | None):
        self.solver, self.should_stop = solver, should_stop
        self.done = threading.Event()
        self.thread: threading.Thread | None = None

    def __enter__(self) -> _Stopper:
        if self.should_stop is not None:
            self.thread = threading.Thread(target=self._watch, daemon=True)
            self.thread.start()
        return self

    def _watch(self) -> None:
        assert self.should_stop is not None
        while not self.done.wait(STOP_POLL):
            if self.should_stop():  # again each time: the search may not have begun
                self.solver.stop_search()

    def __exit__(self, *_exc) -> None:
        self.done.set()
        if self.thread is not None:
            self.thread.join()


def relative_gap(objective: float, bound: float) -> float:
    if objective == bound:
        return 0.0
    return abs(objective - bound) / max(1.0, abs(objective))


class _Reporter(cp_model.CpSolverSolutionCallback):
    def __init__(self, stage: str, report: ProgressCallback, started: float):
        super().__init__()
        self.stage, self.report, self.started, self.count = stage, report, started, 0

    def on_solution_callback(self) -> None:
        self.count += 1
        self.report(
            Progress(
                stage=self.stage,
                objective=self.objective_value,
                bound=self.best_objective_bound,
                seconds=time.perf_counter() - self.started,
                solutions=self.count,
            )
        )


@dataclass
class Stage:
    name: str
    var: IntVar
    sense: Literal["min", "max"] = "min"


@dataclass
class StageOutcome:
    name: str
    status: str  # OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN, MODEL_INVALID
    value: int | None = None
    bound: float | None = None
    seconds: float = 0.0

    @property
    def gap(self) -> float | None:
        if self.value is None or self.bound is None:
            return None
        return relative_gap(self.value, self.bound)

    @property
    def solved(self) -> bool:
        return self.status in ("OPTIMAL", "FEASIBLE")


@dataclass
class StagedSolve:
    """The outcome of solving stages in order; `solution` is the last one found."""

    outcomes: list[StageOutcome] = field(default_factory=list)
    solution: list[int] | None = None

    @property
    def optimal(self) -> bool:
        return bool(self.outcomes) and all(o.status == "OPTIMAL" for o in self.outcomes)

    def value(self, var: IntVar) -> int:
        assert self.solution is not None
        return self.solution[var.index]


def solve_stages(
    model: cp_model.CpModel,
    stages: Sequence[Stage],
    parameters: cp_model.SatParameters,
    *,
    time_limit: float | None = None,
    progress: ProgressCallback | None = None,
    hint: list[int] | None = None,
    keep_hint: bool = False,
    should_stop: StopHook | None = None,
) -> StagedSolve:
    """Solve `stages` in order, each fixed at its value before the next.

    With a time limit, each stage gets what the earlier ones left, in shares
    (the first stage matters most). A stage stopped by the limit keeps its best
    solution and its bound, and the next stage is fixed at that value, so the
    answer always comes with the gap it was given. With `keep_hint`, a hint the
    caller put on the model starts the first stage. `should_stop`: a stage running
    when it turns true stops as at its time limit, and no later stage starts."""
    result = StagedSolve()
    started = time.perf_counter()
    for i, stage in enumerate(stages):
        if should_stop is not None and should_stop():
            break
        solver = cp_model.CpSolver()
        solver.parameters.copy_from(parameters)
        if time_limit is not None:
            left = max(0.05, time_limit - (time.perf_counter() - started))
            share = left * (0.6 if i < len(stages) - 1 else 1.0)
            solver.parameters.max_time_in_seconds = share
        if stage.sense == "min":
            model.minimize(stage.var)
        else:
            model.maximize(stage.var)
        if hint is not None or not keep_hint:
            _hint(model, hint)
        reporter = _Reporter(stage.name, progress, started) if progress else None
        tic = time.perf_counter()
        with _Stopper(solver, should_stop):
            status = solver.solve(model, reporter)
        outcome = StageOutcome(
            name=stage.name, status=solver.status_name(status), seconds=time.perf_counter() - tic
        )
        result.outcomes.append(outcome)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            # Stopped before a first solution: a minimisation's bound still holds
            # (a maximisation's is reported as 0 and means nothing).
            bound = solver.best_objective_bound
            if status == cp_model.UNKNOWN and stage.sense == "min" and math.isfinite(bound):
                outcome.bound = bound
            break
        hint = list(solver.response_proto.solution)
        result.solution = hint
        value = hint[stage.var.index]
        outcome.value = value
        outcome.bound = solver.best_objective_bound
        lo, hi = bounds(model, stage.var)
        if stage.sense == "max":
            set_bounds(model, stage.var, value, hi)
        else:
            set_bounds(model, stage.var, lo, value)
    model.clear_objective()
    model.clear_hints()
    return result


def _hint(model: cp_model.CpModel, solution: list[int] | None) -> None:
    """Hint the Boolean variables of `solution` (every decision here is Boolean;
    the integers follow). A hint that also names integer variables crashes CP-SAT
    9.15's presolve on these models (IndexError: absl::btree_map::at)."""
    model.clear_hints()
    if solution:
        booleans = [
            i
            for i, var in enumerate(model.proto.variables)
            if len(var.domain) == 2 and var.domain[0] == 0 and var.domain[1] == 1
        ]
        hint = model.proto.solution_hint
        hint.vars.extend(booleans)
        hint.values.extend(solution[i] for i in booleans)
