"""The decision variables of one holder's plan (PyJobShop's habit: variables,
constraints and objective in separate, named pieces).

Per holder: which award it receives for which year (`awards`), and whether its
target is reached at all (always, for a single plan; a choice in a portfolio).
Per rung of the chain: one boolean per candidate window and option (planner/plan/
windows.py), of which exactly one is chosen when the target is reached.
Runs of consecutive years ("5 years in a row with an initiative") get a boolean
per first year of the run.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from planner.plan.problem import PlanProblem, RouteOption, Rung
from planner.plan.windows import (
    Candidate,
    addable,
    candidates,
    cheapest_run,
    excluded_award,
    held_count,
    held_years,
)
from planner.rules.ruleset import Term

IntVar = cp_model.IntVar
Draft = tuple[Candidate, "RouteOption | None", tuple[int, ...]]


@dataclass
class Choice:
    """Propose the rung on this candidate window, filled by this option (None: no
    option at all, a choice that exists only to explain why not)."""

    candidate: Candidate
    option: RouteOption | None
    var: IntVar
    needs: tuple[int, ...] = ()  # by term: new awards still needed (a run: its length)


@dataclass
class RungVars:
    rung: Rung
    choices: list[Choice] = field(default_factory=list)

    def proposal_expr(self) -> cp_model.LinearExprT:
        return sum(c.candidate.proposal * c.var for c in self.choices)


@dataclass
class HolderVars:
    problem: PlanProblem
    reached: IntVar
    awards: dict[tuple[int, str], IntVar]  # (year, code) → the plan adds it
    rungs: list[RungVars]
    target_year: IntVar  # the target's proposal year; past the horizon if not reached
    runs: dict[tuple, IntVar] = field(default_factory=dict)


def add_holder_variables(
    model: cp_model.CpModel,
    problem: PlanProblem,
    optional: bool = False,
    explain: bool = False,
    drafts: list[list[Draft]] | None = None,
) -> HolderVars:
    """All variables of one holder. With `optional`, reaching the target is a
    decision (a portfolio may leave a holder out); otherwise it is required. With
    `explain`, candidates that break a rule are kept for the guards to forbid.
    `drafts` are the choices of each rung (default: `chain_drafts`)."""
    reached = model.new_bool_var("")
    if not optional:
        model.add(reached == 1)
    if drafts is None:
        drafts = chain_drafts(problem, explain)
    # no award after the last proposal can serve a plan
    end = problem.last_year
    if not explain:
        end = min(end, max((c.proposal for d in drafts for c, _, _ in d), default=end))
    awards = {
        (year, code): model.new_bool_var("")
        for year in problem.plan_years
        if year < end
        for code in problem.codes
        if problem.can_add(year, code)
    }
    rungs = []
    for rung, found in zip(problem.chain, drafts, strict=True):
        rv = RungVars(rung=rung)
        rv.choices = [Choice(c, o, model.new_bool_var(""), n) for c, o, n in found]
        rungs.append(rv)
    last = problem.last_year
    target_year = model.new_int_var(problem.from_year, last + 1, "")
    model.add(target_year == rungs[-1].proposal_expr() + (last + 1) * (1 - reached))
    return HolderVars(
        problem=problem, reached=reached, awards=awards, rungs=rungs, target_year=target_year
    )


def chain_drafts(
    problem: PlanProblem,
    explain: bool = False,
    prune: bool = True,
    impossible: bool = True,
    until: int | None = None,
) -> list[list[Draft]]:
    """The choices of every rung of the chain, those no plan can take left out
    (`prune`: a rung before the one below it, a rung on the rung below in a year
    that one is not proposed, a run of years that cannot fit the window). Every
    choice left out is one the constraints would force to 0; tests that show each
    family of constraints deciding on its own build the model without pruning.
    With `explain`, the choices that break a rule are kept; without `impossible`,
    not those whose window can never hold what their option needs (the
    explanations of planner/plan/relaxed.py need none of them); with `until`, no
    rung proposed after that year."""
    drafts: list[list[Draft]] = []
    step = 1 if problem.settings.one_rung_a_year else 0
    prune = prune and not explain
    ceilings = _ceilings(problem) if prune else None
    for index in range(len(problem.chain)):
        floor = None  # a rung is proposed after the earliest proposal of the one below
        previous = None  # and rests on the rung below only in a year that one is proposed
        if index and prune:
            previous = {c.proposal for c, _, _ in drafts[-1]}
            floor = min(previous, default=problem.last_year + 1) + step
        ceiling = ceilings[index] if ceilings else until
        limits = (floor, ceiling, previous)
        drafts.append(_drafts(problem, index, explain, limits, prune or not impossible, impossible))
    return prune_chain(problem, drafts) if prune else drafts


def _ceilings(problem: PlanProblem) -> list[int]:
    """The latest year each rung can be proposed in a plan that reaches the target:
    the rung above it comes a year later at least, and if that one can rest only on
    this rung, its gap later (its window opens in this rung's year plus the shift).
    Computed before any choice exists, so that none is generated past it."""
    step = 1 if problem.settings.one_rung_a_year else 0
    last = problem.last_year
    if problem.deadline is not None:
        last = min(last, problem.deadline)
    ceilings = [last]
    for upper in reversed(problem.chain[1:]):
        only_previous = upper.on_previous and not upper.held_bases and not upper.planned_bases
        below = ceilings[0] - (upper.gap + problem.shift if only_previous else 0)
        ceilings.insert(0, min(below, ceilings[0] - step))
    return ceilings


def proposed_in(problem: PlanProblem, drafts: list[list[Draft]], year: int) -> list[list[Draft]]:
    """The choices of the plans whose target is proposed in `year`."""
    *lower, top = drafts
    return prune_chain(problem, [*lower, [d for d in top if d[0].proposal == year]])


def _drafts(
    problem: PlanProblem,
    index: int,
    explain: bool,
    limits: tuple[int | None, int | None, set[int] | None],
    runs: bool,
    impossible: bool = True,
) -> list[Draft]:
    """The choices of the rung at `index`, before any variable exists; `limits`: the
    first and last proposal years, and the years the rung below may be proposed in
    (None: no limit)."""
    rung = problem.chain[index]
    found: list[Draft] = []
    free: set[tuple] = set()
    for candidate in candidates(problem, index, explain, *limits):
        for option in rung.options:
            key = (candidate.base, option.route, option.index)
            if key in free:
                continue  # met earlier on this base with nothing new: never better later
            needs = _needs(problem, candidate, option, runs)
            if needs is None:
                if not (explain and impossible):
                    continue  # more than the window's years could ever bring
                needs = tuple(term_need(problem, candidate, t) for t in option.option.terms)
            if not any(needs) and not candidate.depends and not explain:
                free.add(key)
            found.append((candidate, option, needs))
        if explain:
            found.append((candidate, None, ()))
    return found


def prune_chain(
    problem: PlanProblem, drafts: list[list[Draft]], step: int | None = None
) -> list[list[Draft]]:
    """Drop the choices no plan can take, so that the model of a long chain holds
    only the years each rung can really be proposed in.

    The chain is climbed in order (a rung no earlier than the one below it, a year
    later under `one_rung_a_year`), and a rung resting on the rung below needs that
    rung proposed in its base year. So a rung's proposal lies between the earliest
    proposal of the rung below (plus the step) and the latest of the rung above
    (minus the step), and a choice resting on the rung below needs a choice of
    that rung proposed in its base year; a rung whose choices all rest on the
    rung below is proposed only in one of their base years. Each removed choice
    is one the constraints force to 0 (planner/plan/constraints.py: `bases`,
    `rung_order`): the model keeps every plan. Repeated until nothing changes.
    `step` (default: from `one_rung_a_year`) is the least number of years between
    two rungs; an explanation that relaxes that rule passes 0."""
    if step is None:
        step = 1 if problem.settings.one_rung_a_year else 0
    drafts = [list(d) for d in drafts]
    changed = True
    while changed:
        changed = False
        for i in range(1, len(drafts)):
            below = drafts[i - 1]
            years = {c.proposal for c, _, _ in below}
            floor = min(years, default=None)
            kept = [
                d
                for d in drafts[i]
                if floor is not None
                and d[0].proposal >= floor + step
                and (d[0].base.kind != "previous" or d[0].base.year in years)
            ]
            changed |= len(kept) < len(drafts[i])
            drafts[i] = kept
        for i in range(len(drafts) - 2, -1, -1):
            above = drafts[i + 1]
            ceiling = max((c.proposal for c, _, _ in above), default=None)
            bases = {c.base.year for c, _, _ in above if c.base.kind == "previous"}
            only_previous = all(c.base.kind == "previous" for c, _, _ in above)
            kept = [
                d
                for d in drafts[i]
                if ceiling is not None
                and d[0].proposal <= ceiling - step
                and (not only_previous or d[0].proposal in bases)
            ]
            changed |= len(kept) < len(drafts[i])
            drafts[i] = kept
    return drafts


def term_need(problem: PlanProblem, candidate: Candidate, term: Term) -> int:
    """New awards a term still needs in this window (a run: its length, unless the
    record already holds one)."""
    if term.consecutive_years:
        held = longest_run(held_years(problem, candidate, term))
        return 0 if held >= term.count else term.count
    return max(0, term.count - held_count(problem, candidate, term))


def _needs(
    problem: PlanProblem, candidate: Candidate, option: RouteOption, runs: bool = True
) -> tuple[int, ...] | None:
    """What each term of the option still needs in this window; None when the
    window's coming years cannot hold that many (with `runs`, also when no run of
    consecutive years fits: `_run` in planner/plan/constraints.py would find none)."""
    excluded = excluded_award(candidate)
    needs = []
    for term in option.option.terms:
        need = term_need(problem, candidate, term)
        if term.consecutive_years:
            if runs and need and math.isinf(cheapest_run(problem, candidate, term)):
                return None  # no run of that length fits the window
        elif need and need > addable(problem, candidate, term.awards, excluded):
            return None
        needs.append(need)
    return tuple(needs)


def longest_run(years: set[int]) -> int:
    best = run = 0
    for year in sorted(years):
        run = run + 1 if year - 1 in years else 1
        best = max(best, run)
    return best
