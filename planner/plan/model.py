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

from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from planner.plan.problem import PlanProblem, RouteOption, Rung
from planner.plan.windows import (
    Candidate,
    addable,
    candidates,
    excluded_award,
    held_count,
    held_years,
)
from planner.rules.ruleset import Term

IntVar = cp_model.IntVar


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
) -> HolderVars:
    """All variables of one holder. With `optional`, reaching the target is a
    decision (a portfolio may leave a holder out); otherwise it is required. With
    `explain`, candidates that break a rule are kept for the guards to forbid."""
    reached = model.new_bool_var("")
    if not optional:
        model.add(reached == 1)
    awards = {
        (year, code): model.new_bool_var("")
        for year in problem.plan_years
        for code in problem.codes
        if problem.can_add(year, code)
    }
    rungs = []
    for index, rung in enumerate(problem.chain):
        rv = RungVars(rung=rung)
        free: set[tuple] = set()
        for candidate in candidates(problem, index, explain):
            for option in rung.options:
                key = (candidate.base, option.route, option.index)
                if key in free:
                    continue  # met earlier on this base with nothing new: never better later
                needs = _needs(problem, candidate, option)
                if needs is None:
                    if not explain:
                        continue  # more than the window's years could ever bring
                    needs = tuple(term_need(problem, candidate, t) for t in option.option.terms)
                if not any(needs) and not candidate.depends and not explain:
                    free.add(key)
                rv.choices.append(Choice(candidate, option, model.new_bool_var(""), needs))
            if explain:
                rv.choices.append(Choice(candidate, None, model.new_bool_var("")))
        rungs.append(rv)
    last = problem.last_year
    target_year = model.new_int_var(problem.from_year, last + 1, "")
    model.add(target_year == rungs[-1].proposal_expr() + (last + 1) * (1 - reached))
    return HolderVars(
        problem=problem, reached=reached, awards=awards, rungs=rungs, target_year=target_year
    )


def term_need(problem: PlanProblem, candidate: Candidate, term: Term) -> int:
    """New awards a term still needs in this window (a run: its length, unless the
    record already holds one)."""
    if term.consecutive_years:
        held = longest_run(held_years(problem, candidate, term))
        return 0 if held >= term.count else term.count
    return max(0, term.count - held_count(problem, candidate, term))


def _needs(
    problem: PlanProblem, candidate: Candidate, option: RouteOption
) -> tuple[int, ...] | None:
    """What each term of the option still needs in this window; None when the
    window's coming years cannot hold that many."""
    excluded = excluded_award(candidate)
    needs = []
    for term in option.option.terms:
        need = term_need(problem, candidate, term)
        room = need and not term.consecutive_years
        if room and need > addable(problem, candidate, term.awards, excluded):
            return None
        needs.append(need)
    return tuple(needs)


def longest_run(years: set[int]) -> int:
    best = run = 0
    for year in sorted(years):
        run = run + 1 if year - 1 in years else 1
        best = max(best, run)
    return best
