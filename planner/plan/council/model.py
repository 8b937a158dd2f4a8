"""What ties a council's holders together: flag quotas, and the council's objective.

Each holder is its own single-holder model (planner/plan/model.py and
planner/plan/constraints.py, with reaching the target left as a choice); the holders
share only the yearly caps on CO_TP, BK_TP and CO_CP, per emulation block and per
council. The objective is lexicographic: the weighted targets reached, then
the weighted lateness of those reached, then the effort.

Blocks share nothing but the council's caps, so the council is solved block by
block (planner/plan/council/solve.py); this module builds the model of any set of
holders, one block or all of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ortools.sat.python import cp_model
from pydantic import BaseModel, ConfigDict, Field

from planner.plan.constraints import Guards, add_holder_constraints
from planner.plan.model import HolderVars, add_holder_variables
from planner.plan.objective import Stage, effort_expr, max_effort, objective_var
from planner.plan.problem import PlanProblem


class Quotas(BaseModel):
    """Yearly caps by award code: per emulation block and per council.

    The default is the practice the domain guide records: about one city flag
    per block a year. A council adds its own, e.g. `council={"CO_CP": 2}` (Cờ
    Chính phủ for at most 20 % of the block leaders) or `block={"BK_TP": 3}`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    block: dict[str, int] = Field(default_factory=lambda: {"CO_TP": 1})
    council: dict[str, int] = Field(default_factory=dict)


def add_quotas(
    model: cp_model.CpModel,
    holders: list[HolderVars],
    blocks: list[str | None],
    quotas: Quotas,
    years: range,
    council: bool = True,
    taken: dict[tuple[str, str, int, str], int] | None = None,
) -> None:
    """Σ new awards of a code in a year (plus those the record already holds for
    that year, plus those `taken` by holders planned elsewhere) ≤ the cap, per
    block and, with `council`, per council."""
    taken = taken or {}
    groups: dict[tuple[str, str], list[HolderVars]] = {}
    for hv, block in zip(holders, blocks, strict=True):
        if block is not None:
            groups.setdefault(("block", block), []).append(hv)
        if council:
            groups.setdefault(("council", "council"), []).append(hv)
    for (scope, name), members in groups.items():
        caps = quotas.block if scope == "block" else quotas.council
        for code, cap in caps.items():
            for year in years:
                awards = [hv.awards[(year, code)] for hv in members if (year, code) in hv.awards]
                held = sum(hv.problem.held.get((year, code), 0) for hv in members)
                held += taken.get((scope, name, year, code), 0)
                if awards:
                    model.add(sum(awards) <= max(0, cap - held))


@dataclass
class PortfolioModel:
    """The model of some holders of a council: one block, or the whole council."""

    model: cp_model.CpModel
    members: list[int]  # indices of the holders in the council's list
    holders: list[HolderVars]
    stages: list[Stage]


def effort_weight(problems: list[PlanProblem]) -> int:
    """One year of weighted lateness outweighs all the effort any plan can take."""
    return 1 + sum(
        p.effort_of(code)
        for p in problems
        for year in p.plan_years
        for code in p.codes
        if p.can_add(year, code)
    )


def build_portfolio_model(
    problems: list[PlanProblem],
    members: list[int],
    blocks: list[str | None],
    priorities: list[int],
    quotas: Quotas,
    weight: int,
    council: bool,
    taken: dict[tuple[str, str, int, str], int] | None = None,
) -> PortfolioModel:
    model = cp_model.CpModel()
    holders = []
    for i in members:
        hv = add_holder_variables(model, problems[i], optional=True)
        add_holder_constraints(model, hv, Guards(model))
        holders.append(hv)
    first = min(problems[i].from_year for i in members)
    years = range(first, max(problems[i].last_year for i in members))
    add_quotas(model, holders, [blocks[i] for i in members], quotas, years, council, taken)
    weights = [priorities[i] for i in members]
    return PortfolioModel(
        model=model,
        members=list(members),
        holders=holders,
        stages=portfolio_stages(model, holders, weights, weight),
    )


def portfolio_stages(
    model: cp_model.CpModel, holders: list[HolderVars], priorities: list[int], weight: int
) -> list[Stage]:
    """Reached first (weighted by priority), then earliness, then effort.

    Earliness and effort are one stage, weighted so that one year of weighted
    lateness outweighs any effort (`effort_weight`): the same lexicographic
    order, solved in one go. Fixing the lateness sum first and then minimising
    effort leaves the solver a knapsack-like face whose relaxation mixes
    early-and-costly with late-and-cheap plans; on a 24-unit block that took 9 s
    to prove where the weighted stage took 1.4 s (docs/planner.md)."""
    pairs = list(zip(holders, priorities, strict=True))
    reached = sum(p * hv.reached for hv, p in pairs)
    late_top = sum(p * (hv.problem.last_year + 1 - hv.problem.from_year) for hv, p in pairs)
    lateness = sum(p * (hv.target_year - hv.problem.from_year) for hv, p in pairs)
    effort_top = sum(max_effort(h) for h in holders)
    combined = objective_var(
        model,
        lateness * weight + sum(effort_expr(hv) for hv in holders),
        0,
        late_top * weight + effort_top,
    )
    return [
        Stage("reached", objective_var(model, reached, 0, sum(priorities)), "max"),
        Stage("earliness_effort", combined, "min"),
    ]
