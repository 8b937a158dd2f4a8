"""A lower bound on the effort of a plan, for each proposal year of its target.

A rung resting on the rung below has its window from that rung's proposal year
on, after every window below it (planner/plan/constraints.py: `chain_counts`), so
the rungs of a chain need new awards of their own, and a plan costs at least the
sum over its rungs of what each chosen window still needs, every award at the
effort of the cheapest code that can fill its term (a new base at its own
effort). Over the chain this is a shortest path by proposal year, computed here
in plain Python from the choices the model is built from.

The single-holder planner skips a target year whose bound is not below the
cost it must beat: it then needs no solve at all. The bound is valid, not exact;
a year it lets through is solved by CP-SAT.
"""

from __future__ import annotations

import math

from planner.plan.model import Draft
from planner.plan.problem import PlanProblem
from planner.plan.windows import cheapest_run, excluded_award


def draft_bound(problem: PlanProblem, draft: Draft) -> float:
    """What the window of one choice costs at least."""
    candidate, option, needs = draft
    if option is None:
        return 0
    terms = []
    for term, need in zip(option.option.terms, needs, strict=True):
        if need <= 0:
            continue
        if term.consecutive_years:
            # a run of `count` consecutive years, each holding an award: the
            # cheapest run that fits the window (the record's years in it are free)
            terms.append((set(term.awards), cheapest_run(problem, candidate, term)))
            continue
        efforts = [problem.effort_of(c) for c in term.awards if c in problem.codes]
        terms.append((set(term.awards), need * min(efforts, default=0)))
    codes = [c for awards, _ in terms for c in awards]
    if len(codes) == len(set(codes)):
        cost = float(sum(value for _, value in terms))
    else:  # one award may count for two terms: only the dearest term is sure
        cost = float(max((value for _, value in terms), default=0))
    base = excluded_award(candidate)
    if base is not None:
        cost += problem.effort_of(base[1])
    return cost


def target_bounds(problem: PlanProblem, drafts: list[list[Draft]]) -> dict[int, float]:
    """By proposal year of the target: the least effort any plan proposing it then
    can take (years without a choice are left out)."""
    step = 1 if problem.settings.one_rung_a_year else 0
    below: dict[int, float] = {}
    for index, choices in enumerate(drafts):
        here: dict[int, float] = {}
        for draft in choices:
            candidate = draft[0]
            own = draft_bound(problem, draft)
            if index == 0:
                total = own
            elif candidate.base.kind == "previous":
                total = own + below.get(candidate.base.year, math.inf)
            else:  # a window that may overlap those below: the larger of the two
                earlier = [v for year, v in below.items() if year <= candidate.proposal - step]
                total = max(own, min(earlier, default=math.inf))
            if total < here.get(candidate.proposal, math.inf):
                here[candidate.proposal] = total
        below = here
    return {year: value for year, value in sorted(below.items()) if math.isfinite(value)}
