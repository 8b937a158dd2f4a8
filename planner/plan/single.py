"""The plan of one holder: the earliest proposal year of its target, the least
effort for that year, and every later year that costs strictly less.

Flow: request → validation → compiled problem → one small CP-SAT model →
stages (year, then effort) → each plan checked by the checker and worded.
The same model serves every point of the Pareto front: between points only the
domains of the year and the effort change (year > the last one, effort < its
cost), so nothing is rebuilt. A question with no answer (a missed deadline) is
explained from the solver's infeasibility core (planner/plan/core.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from ortools.sat.python import cp_model

from graph.catalogue import Catalogue, default_catalogue
from planner.plan.bounds import target_bounds
from planner.plan.constraints import Guards, add_holder_constraints
from planner.plan.core import binding_reasons
from planner.plan.model import (
    Draft,
    HolderVars,
    IntVar,
    add_holder_variables,
    chain_drafts,
    proposed_in,
)
from planner.plan.objective import (
    Stage,
    StopHook,
    effort_expr,
    max_effort,
    objective_var,
    solve_stages,
    tidiness_bound,
    tidiness_expr,
)
from planner.plan.problem import PlanProblem, compile_problems
from planner.plan.request import PlanRequest, validate_request
from planner.plan.result import Plan, PlanResult, SolveStats
from planner.plan.steps import Found, build_plan
from planner.plan.windows import GuardKey
from planner.plan.wording import assumptions_of
from planner.rules.book import RulesetBook, default_book
from planner.rules.ruleset import Words


def single_parameters() -> cp_model.SatParameters:
    """A one-holder model has a few hundred variables: one worker answers in a
    few milliseconds, where more would spend their time starting up."""
    parameters = cp_model.SatParameters()
    parameters.num_workers = 1
    parameters.max_time_in_seconds = 20.0
    return parameters


def build_single(
    problem: PlanProblem, drafts: list[list[Draft]] | None = None
) -> tuple[cp_model.CpModel, HolderVars]:
    model = cp_model.CpModel()
    holder = add_holder_variables(model, problem, drafts=drafts)
    add_holder_constraints(model, holder, Guards(model))
    return model, holder


@dataclass(frozen=True)
class PlanProgress:
    """After each solve of one holder's plan: the solves so far, the earliest plan
    found so far (its year and effort; None before the first) and the seconds since
    the plan began. A face shows it while a plan takes more than a second."""

    solves: int
    year: int | None
    cost: int | None
    seconds: float


PlanProgressCallback = Callable[[PlanProgress], None]


@dataclass
class Frontier:
    found: list[Found]
    solves: int
    variables: int
    constraints: int
    stopped: bool = False  # by `should_stop`: the last point found may not be proven


def pareto_frontier(
    problem: PlanProblem,
    alternatives: bool = True,
    progress: PlanProgressCallback | None = None,
    started: float | None = None,
    should_stop: StopHook | None = None,
) -> Frontier:
    """The earliest year at least effort, then each later year strictly cheaper.

    Year by year: the choices of the chain are generated once; for each proposal
    year of the target, in order, a model holding only the plans that propose it
    then is solved for the least effort (then tidiness). A year whose lower bound
    (planner/plan/bounds.py) is not below the cost to beat needs no solve; an
    infeasible year is skipped. One small model a year is far faster than one
    model of every year: on a four-rung chain (Phòng Y tế → HCLD1) CP-SAT's
    presolve of the whole model alone took over a second (docs/planner.md §9)."""
    started = time.perf_counter() if started is None else started
    drafts = chain_drafts(problem)
    lower = target_bounds(problem, drafts)
    parameters = single_parameters()
    found: list[Found] = []
    solves = variables = constraints = 0
    cap: int | None = None  # the effort a later plan must stay within
    for year in lower:
        if cap is not None and lower[year] > cap:
            continue
        if should_stop is not None and should_stop():
            return Frontier(found, solves, variables, constraints, True)
        model, hv = build_single(problem, proposed_in(problem, drafts, year))
        variables = max(variables, len(model.proto.variables))
        constraints = max(constraints, len(model.proto.constraints))
        top = max_effort(hv)
        effort = objective_var(model, effort_expr(hv), 0, top if cap is None else min(top, cap))
        weight = tidiness_bound(hv) + 1
        refined_top = top * weight + weight - 1
        refined = objective_var(model, effort * weight + tidiness_expr(hv), 0, refined_top)
        staged = solve_stages(
            model, [Stage("effort", refined)], parameters, should_stop=should_stop
        )
        if should_stop is not None and should_stop():
            # Cancel: a plan of this year found before the stop is kept, not proven
            if staged.solution is not None and not found:
                found.append(found_of(hv, staged.value))
            return Frontier(found, solves + len(staged.outcomes), variables, constraints, True)
        solves += len(staged.outcomes)
        if progress is not None:
            best = found[0] if found else None
            if best is None and staged.optimal:
                best = found_of(hv, staged.value)
            year = best.proposals[-1][1] if best else None
            seconds = time.perf_counter() - started
            progress(PlanProgress(solves, year, best.cost if best else None, seconds))
        if staged.outcomes[-1].status == "INFEASIBLE":
            continue
        if not staged.optimal:
            break
        point = found_of(hv, staged.value)
        found.append(point)
        if not alternatives or point.cost == 0:
            break
        cap = point.cost - 1
    return Frontier(found=found, solves=solves, variables=variables, constraints=constraints)


def merged_front(
    found: list[tuple[PlanProblem, Found]], alternatives: bool = True
) -> list[tuple[PlanProblem, Found]]:
    """The Pareto front over several choices of routes, from the front of each: the
    earliest year at its least effort, then each later year strictly cheaper. Exact:
    a choice whose front has no point in a year costs there at least its last point
    before it, so the least effort up to a year drops only at some front's point."""
    ordered = sorted(found, key=lambda pf: (pf[1].year, pf[1].cost))
    front: list[tuple[PlanProblem, Found]] = []
    for problem, point in ordered:
        if front and (point.year == front[-1][1].year or point.cost >= front[-1][1].cost):
            continue
        front.append((problem, point))
        if not alternatives or point.cost == 0:
            break
    return front


def found_of(hv: HolderVars, value: Callable[[IntVar], int]) -> Found:
    """The awards and proposal years of a solution, read through `value`."""
    p = hv.problem
    awards = tuple(sorted(key for key, var in hv.awards.items() if value(var)))
    proposals = tuple(
        (rv.rung.code, next(c.candidate.proposal for c in rv.choices if value(c.var)))
        for rv in hv.rungs
    )
    cost = sum(p.effort_of(code) for _, code in awards)
    return Found(awards=awards, proposals=proposals, cost=cost)


def plan(
    request: PlanRequest,
    *,
    book: RulesetBook | None = None,
    catalogue: Catalogue | None = None,
    progress: PlanProgressCallback | None = None,
    should_stop: StopHook | None = None,
) -> PlanResult:
    """The plan of one holder for its target (default: its next rung), with the
    later, cheaper alternatives; or, if there is none, the rules that bind.
    `progress` is called after each solve (`PlanProgress`); when `should_stop`
    turns true (Cancel) the plans found so far are returned, `cancelled`: not
    proven optimal, and no plan then proves nothing."""
    started = time.perf_counter()
    book = book or default_book()
    catalogue = catalogue or default_catalogue()
    selection = book.select(request.from_year, request.ruleset_id)
    ruleset = selection.ruleset
    target = validate_request(request, ruleset, catalogue)
    problems = compile_problems(request, target, ruleset, catalogue)
    problem = problems[0]
    found: list[tuple[PlanProblem, Found]] = []
    solves = variables = constraints = 0
    stopped = False
    for each in problems:  # one per choice of routes: the front is the best over them
        frontier = pareto_frontier(each, request.alternatives, progress, started, should_stop)
        found += [(each, f) for f in frontier.found]
        solves += frontier.solves
        variables = max(variables, frontier.variables)
        constraints = max(constraints, frontier.constraints)
        stopped = stopped or frontier.stopped
    front = merged_front(found, request.alternatives)
    plans = [build_plan(p, f, book, catalogue) for p, f in front]
    if front:
        problem = front[0][0]
    reasons: tuple = ()
    earliest: Plan | None = None
    if not plans and not stopped:
        freed: set[int] = set()  # the routes whose question has a plan without the deadline
        if problem.deadline is not None:
            free_found: list[tuple[PlanProblem, Found]] = []
            for index, each in enumerate(problems):
                free = pareto_frontier(
                    replace(each, deadline=None), False, progress, started, should_stop
                )
                solves += free.solves
                stopped = stopped or free.stopped
                free_found += [(each, f) for f in free.found[:1]]
                if free.found:
                    freed.add(index)
            first = merged_front(free_found, False)
            if first:
                earliest = build_plan(first[0][0], first[0][1], book, catalogue)
        if not stopped:
            found_reasons = []
            for index, each in enumerate(problems):
                # the rules broken by a plan already found: the deadline, if one was
                known = [frozenset({GuardKey("deadline")})] if index in freed else []
                said, explained = binding_reasons(each, plans_breaking=known)
                solves += explained
                found_reasons += said
            reasons = tuple(dict.fromkeys(found_reasons))
    warnings = list(selection.warnings)
    for p in [*plans, *([earliest] if earliest else [])]:
        for proposal in p.proposals:
            warnings += proposal.verdict.warnings
    return PlanResult(
        holder=request.holder,
        target=target,
        chain=tuple(r.code for r in problem.chain),
        from_year=request.from_year,
        by_year=request.by_year,
        horizon=request.horizon,
        searched_until=problem.last_year,
        ruleset=ruleset.id,
        ruleset_title=ruleset.title,
        settings=request.settings.resolved(ruleset, year=request.from_year),
        feasible=bool(plans),
        plan=plans[0] if plans else None,
        alternatives=tuple(plans[1:]),
        assumptions=tuple(assumptions_of(problem, plans[0] if plans else earliest)),
        reasons=reasons,
        earliest=earliest,
        warnings=tuple(dict.fromkeys(warnings)),
        cancelled=stopped,
        stats=SolveStats(
            solves=solves,
            milliseconds=round((time.perf_counter() - started) * 1000, 2),
            variables=variables,
            constraints=constraints,
        ),
    )


def no_plan_words(result: PlanResult) -> Words:
    """One sentence for a result without a plan."""
    if result.cancelled and not result.reasons:
        return Words(
            vi=f"Đã dừng trước khi tìm được phương án đạt {result.target}.",
            en=f"Stopped before a plan for {result.target} was found.",
        )
    if result.by_year is not None:
        return Words(
            vi=f"Không thể đề nghị {result.target} chậm nhất năm {result.by_year}.",
            en=f"{result.target} cannot be proposed by {result.by_year}.",
        )
    return Words(
        vi=f"Không thể đạt {result.target} trong {result.horizon} năm tới.",
        en=f"{result.target} cannot be reached within {result.horizon} years.",
    )
