"""Solving a council: block by block, and the whole council only when it must.

Holders of different blocks share nothing but the council's own caps (CO_CP
a year, say). Without those, the council's lexicographic optimum is the sum of
the blocks' optima (the maximum of a sum of independent parts is the sum of
their maxima, stage after stage), and a 25-unit block is proven optimal in a
second or two where the whole council in one model is not proven at all. So:

1. each block is solved on its own, council caps aside, in a pool of threads
   (CP-SAT runs outside the GIL): first every block's targets reached, then
   every block's earliness and effort, then the time the easy blocks left to
   the others, each with its share of the time left;
2. if the blocks' plans together respect the council caps, they are the
   council's optimum, and the blocks' bounds are the council's bounds;
3. otherwise the holders that could take a council-capped award are planned
   again together, within what the others left, started from the blocks' plans;
   the blocks' sums remain valid bounds (they relax the council caps), and the
   gap is reported against them.

A change to one holder touches only its block: `solve_council(..., reuse=...)`
takes the other blocks' solves as they were (their plans, stage values and
bounds) and solves the touched blocks from the previous plans as hints
(planner/plan/council/replan.py); steps 2 and 3 run as in a full solve.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass

from ortools.sat.python import cp_model

from planner.plan.council.model import PortfolioModel, Quotas, build_portfolio_model
from planner.plan.model import HolderVars
from planner.plan.objective import (
    Progress,
    ProgressCallback,
    StagedSolve,
    StageOutcome,
    StopHook,
    bounds,
    relative_gap,
    set_bounds,
    solve_stages,
)
from planner.plan.problem import PlanProblem
from planner.plan.single import found_of
from planner.plan.steps import Found

NO_BLOCK = "—"
MIN_BLOCK_SECONDS = 0.3  # enough for a block's first plan on an idle machine
REACH_SHARE = 0.4  # of the time, at most, for every block's first stage
STAGES = ("reached", "earliness_effort")  # as planner.plan.council.model.portfolio_stages


@dataclass
class Part:
    """A block's model and where its solve stands."""

    name: str
    built: PortfolioModel
    staged: StagedSolve
    domains: list[tuple[int, int]]  # of the stage variables before any stage was fixed


@dataclass
class BlockSolve:
    """A block's solve as the council reads it: its holders (indices in the
    council's list), its stage outcomes, and its plans with the council caps aside."""

    name: str
    members: list[int]
    outcomes: list[StageOutcome]
    found: list[Found | None]  # by member

    @property
    def optimal(self) -> bool:
        return len(self.outcomes) == len(STAGES) and all(
            o.status == "OPTIMAL" for o in self.outcomes
        )


@dataclass
class StageTotal:
    name: str
    status: str
    value: int | None
    bound: float | None
    seconds: float

    @property
    def gap(self) -> float | None:
        if self.value is None or self.bound is None:
            return None
        return relative_gap(self.value, self.bound)


@dataclass
class CouncilSolve:
    reached: list[bool]  # by holder
    found: list[Found | None]  # by holder
    stages: list[StageTotal]
    joint: bool  # the blocks' plans broke a council cap and were planned again together
    parts: int
    blocks: list[BlockSolve]  # every block's own solve, council caps aside
    solved: int = 0  # blocks solved in this call (the others were reused)


def part_parameters(workers: int) -> cp_model.SatParameters:
    """One worker with the full linear relaxation (linearization level 2, what the
    max_lp worker does): on a block's model it proves optimality about twice as
    fast as two workers, and the threads of the pool use the other cores."""
    parameters = cp_model.SatParameters()
    parameters.num_workers = workers
    if workers == 1:
        parameters.linearization_level = 2
    else:
        parameters.subsolvers.append("max_lp")
    return parameters


def blocks_of(blocks: Sequence[str | None]) -> list[tuple[str, list[int]]]:
    """Holders grouped by block; holders with no block form one group."""
    groups: dict[str, list[int]] = {}
    for i, block in enumerate(blocks):
        groups.setdefault(block or NO_BLOCK, []).append(i)
    return sorted(groups.items(), key=lambda item: -len(item[1]))


def solve_council(
    problems: list[PlanProblem],
    blocks: list[str | None],
    priorities: list[int],
    quotas: Quotas,
    weight: int,
    *,
    time_limit: float,
    workers: int,
    progress: ProgressCallback | None = None,
    reuse: dict[str, BlockSolve] | None = None,
    hints: Sequence[Found | None] | None = None,
    should_stop: StopHook | None = None,
) -> CouncilSolve:
    """The council's plan. `reuse`: blocks (by name) whose solve is taken as it is;
    `hints`: a plan by holder (or None) that starts the blocks' solves; `should_stop`:
    when it turns true, every solve stops as at the time limit and the plans found
    so far are returned (a block not yet solved plans nobody, a cap repair not yet
    solved drops its holders), not proven optimal."""
    started = time.perf_counter()
    deadline = started + time_limit
    reuse = reuse or {}
    groups = [g for g in blocks_of(blocks) if g[0] not in reuse]
    parts = _solve_blocks(
        problems,
        blocks,
        priorities,
        quotas,
        weight,
        groups,
        deadline,
        workers,
        progress,
        started,
        hints,
        should_stop,
    )
    solves = [_block_solve(part) for part in parts] + list(reuse.values())
    reached, found = _read(solves, len(problems))
    relaxed = _totals(solves, problems, priorities, found, weight)
    if not quotas.council or _within_council_caps(problems, found, quotas):
        return CouncilSolve(
            reached,
            found,
            relaxed,
            joint=False,
            parts=len(solves),
            blocks=solves,
            solved=len(parts),
        )
    found = _repair_council(
        problems,
        blocks,
        priorities,
        quotas,
        weight,
        found,
        deadline,
        workers,
        progress,
        should_stop,
    )
    reached = [f is not None for f in found]
    values = objective_values(problems, priorities, found, weight)
    stages = [
        StageTotal(
            name=total.name,
            status="OPTIMAL" if total.bound is not None and value == total.bound else "FEASIBLE",
            value=value,
            bound=total.bound,  # the blocks relax the council caps: still a bound
            seconds=total.seconds,
        )
        for total, value in zip(relaxed, values, strict=True)
    ]
    return CouncilSolve(
        reached, found, stages, joint=True, parts=len(solves), blocks=solves, solved=len(parts)
    )


def _block_solve(part: Part) -> BlockSolve:
    found: list[Found | None] = [None] * len(part.built.members)
    if part.staged.solution is not None:
        for k, hv in enumerate(part.built.holders):
            if part.staged.value(hv.reached):
                found[k] = found_of(hv, part.staged.value)
    return BlockSolve(part.name, list(part.built.members), list(part.staged.outcomes), found)


def objective_values(
    problems: list[PlanProblem], priorities: list[int], found: list[Found | None], weight: int
) -> list[int]:
    """The two stage values of a council's plans, computed from the plans."""
    reached = sum(p for p, f in zip(priorities, found, strict=True) if f is not None)
    lateness = sum(
        p * ((f.year if f else problem.last_year + 1) - problem.from_year)
        for problem, p, f in zip(problems, priorities, found, strict=True)
    )
    effort = sum(f.cost for f in found if f is not None)
    return [reached, lateness * weight + effort]


def _solve_blocks(
    problems,
    blocks,
    priorities,
    quotas,
    weight,
    groups,
    deadline,
    workers,
    progress,
    started,
    hints=None,
    should_stop=None,
) -> list[Part]:
    """Three passes over the blocks, in a pool of threads: (1) build each block's
    model and maximise its targets reached, so that every block has a plan and
    the council a bound early; (2) earliness and effort, each block with up to
    twice its fair share of the time left but never the time the blocks after it
    need; (3) the time the easy blocks left, to those not yet proven."""
    total = max(1e-9, deadline - started)
    first_pass_end = started + REACH_SHARE * total
    parts = _pass(
        groups,
        lambda item, budget: _reach(
            problems, blocks, priorities, quotas, weight, item, budget, hints, should_stop
        ),
        first_pass_end,
        workers,
        size=lambda item: len(item[1]),
        progress=_reach_progress(progress, priorities, len(groups), started),
    )
    parts = _pass(
        parts,
        lambda part, budget: _continue(part, 1, budget, should_stop=should_stop),
        deadline,
        workers,
        size=lambda part: len(part.built.members),
    )
    unproven = [p for p in parts if not p.staged.optimal]
    stopped = should_stop is not None and should_stop()
    if unproven and not stopped and deadline - time.perf_counter() > 0.5:
        done = [p for p in parts if p.staged.optimal]
        parts = done + _pass(
            unproven,
            lambda part, budget: _continue(part, 1, budget, again=True, should_stop=should_stop),
            deadline,
            workers,
            size=lambda part: len(part.built.members),
        )
    return parts


def _pass(items, work, deadline, workers, size, progress=None) -> list:
    """`work(item, budget)` for every item, in a pool, each budget up to twice the
    item's fair share of the time left, keeping MIN_BLOCK_SECONDS for each item
    still waiting."""
    waiting = {"size": sum(size(i) for i in items), "count": len(items)}

    def run(item):
        share = size(item) / max(1, waiting["size"])
        waiting["size"] -= size(item)
        waiting["count"] -= 1
        left = deadline - time.perf_counter()
        reserve = waiting["count"] * MIN_BLOCK_SECONDS / workers
        fair = left * min(1.0, 2 * share * workers)
        return work(item, max(MIN_BLOCK_SECONDS, min(fair, left - reserve)))

    results = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for future in as_completed([pool.submit(run, item) for item in items]):
            results.append(future.result())
            if progress is not None:
                progress(results[-1])
    return results


def _reach(
    problems, blocks, priorities, quotas, weight, item, budget, hints=None, should_stop=None
) -> Part:
    name, members = item
    built = build_portfolio_model(problems, members, blocks, priorities, quotas, weight, False)
    domains = [bounds(built.model, stage.var) for stage in built.stages]
    if hints is not None:
        _hint_from(built, hints, partial=True)
    staged = solve_stages(
        built.model,
        built.stages[:1],
        part_parameters(1),
        time_limit=budget,
        keep_hint=hints is not None,
        should_stop=should_stop,
    )
    return Part(name=name, built=built, staged=staged, domains=domains)


def _continue(
    part: Part, stage: int, budget: float, again: bool = False, should_stop: StopHook | None = None
) -> Part:
    """Solve the block's stage `stage` from its plan (`again`: after a first try
    stopped by its time, with that stage freed)."""
    if part.staged.solution is None:
        return part
    var = part.built.stages[stage].var
    if again:
        set_bounds(part.built.model, var, *part.domains[stage])
    earlier = part.staged.outcomes[:stage]
    staged = solve_stages(
        part.built.model,
        part.built.stages[stage : stage + 1],
        part_parameters(1),
        time_limit=budget,
        hint=part.staged.solution,
        should_stop=should_stop,
    )
    merged = StagedSolve(outcomes=[*earlier, *staged.outcomes], solution=staged.solution)
    if staged.solution is None or (again and _rank(merged) > _rank(part.staged)):
        if not again:  # the stage ran out of time before a plan: keep its bound
            merged.solution = part.staged.solution
            return Part(part.name, part.built, merged, part.domains)
        return part
    return Part(part.name, part.built, merged, part.domains)


def _reach_progress(progress, priorities, count, started):
    if progress is None:
        return None
    running = {"reached": 0, "bound": 0.0, "done": 0, "left": sum(priorities)}

    def report(part: Part) -> None:
        outcome = part.staged.outcomes[0] if part.staged.outcomes else None
        weight = sum(priorities[i] for i in part.built.members)
        running["left"] -= weight
        if outcome is not None and outcome.value is not None:
            running["reached"] += outcome.value
        has_bound = outcome is not None and outcome.bound is not None
        running["bound"] += outcome.bound if has_bound else weight  # type: ignore[union-attr]
        running["done"] += 1
        progress(
            Progress(
                stage=f"blocks {running['done']}/{count}",
                objective=running["reached"],
                bound=running["bound"] + running["left"],
                seconds=time.perf_counter() - started,
                solutions=running["done"],
            )
        )

    return report


def _rank(staged: StagedSolve) -> tuple:
    """Lexicographic rank of a block's solution (smaller is better): its stage
    values in order, each stage's sense taken into account."""
    values = [o.value for o in staged.outcomes]
    reached = -(values[0] or 0) if values else 0
    combined = values[1] if len(values) > 1 and values[1] is not None else float("inf")
    return (staged.solution is None, reached, combined)


def _read(solves: list[BlockSolve], count: int) -> tuple[list[bool], list[Found | None]]:
    reached: list[bool] = [False] * count
    found: list[Found | None] = [None] * count
    for solve in solves:
        for i, plan in zip(solve.members, solve.found, strict=True):
            reached[i] = plan is not None
            found[i] = plan
    return reached, found


def _totals(
    parts: list[BlockSolve],
    problems: list[PlanProblem],
    priorities: list[int],
    found: list[Found | None],
    weight: int,
) -> list[StageTotal]:
    """Each stage over the whole council: its value computed from the plans, its
    bound the sum of the blocks' bounds (a block with none counts its trivial
    bound: everyone reached, no lateness), optimal when every block proved it."""
    values = objective_values(problems, priorities, found, weight)
    totals = []
    for k, name in enumerate(STAGES):
        bound = 0.0
        optimal = True
        seconds = 0.0
        for part in parts:
            outcome = part.outcomes[k] if len(part.outcomes) > k else None
            if outcome is None or outcome.bound is None:
                # no bound for the stage: the trivial one (everyone reached, on time)
                optimal = False
                bound += sum(priorities[i] for i in part.members) if k == 0 else 0
                continue
            bound += outcome.bound
            optimal = optimal and outcome.status == "OPTIMAL"
            seconds += outcome.seconds
        status = "OPTIMAL" if optimal else "FEASIBLE"
        totals.append(StageTotal(name, status, values[k], bound, seconds))
    return totals


def _within_council_caps(
    problems: list[PlanProblem], found: list[Found | None], quotas: Quotas
) -> bool:
    for code, cap in quotas.council.items():
        years = {y for p in problems for y in p.plan_years}
        for year in years:
            used = sum(p.held.get((year, code), 0) for p in problems)
            used += sum(1 for f in found if f for (y, c) in f.awards if (y, c) == (year, code))
            if used > cap:
                return False
    return True


def _repair_council(
    problems,
    blocks,
    priorities,
    quotas,
    weight,
    found,
    deadline,
    workers,
    progress,
    should_stop=None,
) -> list[Found | None]:
    """The blocks' plans break a council cap: plan again, together, the holders
    that could take a council-capped award (CO_CP), within what the others left
    in their blocks and in the council; keep everyone else's plan. A restriction
    of the council's problem, so its plans are feasible; the blocks' sums, which
    relax it, stay the bounds."""
    capped = set(quotas.council)
    movers = [
        i
        for i, problem in enumerate(problems)
        if any(problem.can_add(y, c) for y in problem.plan_years for c in capped)
    ]
    moving = set(movers)
    taken: dict[tuple[str, str, int, str], int] = {}
    for i, plan in enumerate(found):
        if i in moving or plan is None:
            continue
        for year, code in plan.awards:
            if code in capped:
                key = ("council", "council", year, code)
                taken[key] = taken.get(key, 0) + 1
            if blocks[i] is not None and code in quotas.block:
                key = ("block", blocks[i], year, code)
                taken[key] = taken.get(key, 0) + 1
    for i, problem in enumerate(problems):
        if i in moving:
            continue
        for (year, code), n in problem.held.items():
            if code in capped:
                key = ("council", "council", year, code)
                taken[key] = taken.get(key, 0) + n
            if blocks[i] is not None and code in quotas.block:
                key = ("block", blocks[i], year, code)
                taken[key] = taken.get(key, 0) + n
    built = build_portfolio_model(
        problems, movers, blocks, priorities, quotas, weight, council=True, taken=taken
    )
    _hint_from(built, found)
    staged = solve_stages(
        built.model,
        built.stages,
        part_parameters(workers),
        time_limit=max(1.0, deadline - time.perf_counter()),
        progress=progress,
        keep_hint=True,
        should_stop=should_stop,
    )
    repaired = list(found)
    for i in movers:
        repaired[i] = None
    if staged.solution is not None:
        for i, hv in zip(built.members, built.holders, strict=True):
            if staged.value(hv.reached):
                repaired[i] = found_of(hv, staged.value)
    return repaired


def _hint_from(built: PortfolioModel, found: Sequence[Found | None], partial: bool = False) -> None:
    """The blocks' plans as a (council-infeasible) starting point: CP-SAT repairs it.
    With `partial`, a holder with no plan (None) is left without a hint: what
    changed, whose previous plan may not fit any more."""
    model = built.model
    model.clear_hints()
    for i, hv in zip(built.members, built.holders, strict=True):
        plan = found[i]
        if partial and plan is None:
            continue
        model.add_hint(hv.reached, plan is not None)
        chosen = set(plan.awards) if plan else set()
        for key, var in hv.awards.items():
            model.add_hint(var, key in chosen)
        _hint_choices(model, hv, plan)


def _hint_choices(model: cp_model.CpModel, hv: HolderVars, plan: Found | None) -> None:
    years = dict(plan.proposals) if plan else {}
    for rv in hv.rungs:
        year = years.get(rv.rung.code)
        picked = False
        for choice in rv.choices:
            take = not picked and year is not None and choice.candidate.proposal == year
            model.add_hint(choice.var, take)
            picked = picked or take
