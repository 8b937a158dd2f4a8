"""The plain way to explain a question with no plan, kept as the reference for
planner/plan/core.py (tests/planner/test_explain_reasons.py).

One model of every choice, those that break a rule included, with every family
of rules under a guard literal (the explaining model of planner/plan/constraints.py);
a set of rules is in force when its guards are passed as assumptions. The
planner's deletion filter asking this model instead of planner/plan/relaxed.py:
slow (on a four-rung chain over 30 years each solve took 1–1.5 s), but with no
pruning and no plan known beforehand, nothing to get wrong.
"""

from __future__ import annotations

from ortools.sat.python import cp_model

from planner.plan.constraints import Guards, add_holder_constraints
from planner.plan.core import minimal_core
from planner.plan.model import add_holder_variables
from planner.plan.problem import PlanProblem
from planner.plan.windows import GuardKey


class FullModel:
    """The explaining model of one question, every guard a literal."""

    def __init__(self, problem: PlanProblem):
        self.model = cp_model.CpModel()
        holder = add_holder_variables(self.model, problem, explain=True)
        self.guards = Guards(self.model, active=True)
        add_holder_constraints(self.model, holder, self.guards)
        self.solver = cp_model.CpSolver()
        self.solver.parameters.num_workers = 1
        self.solver.parameters.max_time_in_seconds = 60.0
        self.solver.parameters.cp_model_presolve = False

    @property
    def rules(self) -> frozenset[GuardKey]:
        return frozenset(self.guards.literals)

    def infeasible(self, rules: frozenset[GuardKey]) -> bool:
        self.model.clear_assumptions()
        self.model.add_assumptions([self.guards.literals[k] for k in rules])
        status = self.solver.solve(self.model)
        assert status != cp_model.UNKNOWN, "the reference must decide"
        return status == cp_model.INFEASIBLE


def reference_core(problem: PlanProblem, full: FullModel | None = None) -> frozenset[GuardKey]:
    """The rules that bind: the planner's deletion filter, asking the full model."""
    full = full or FullModel(problem)
    return minimal_core(problem, full.rules, full.infeasible)


def solver_core(problem: PlanProblem, full: FullModel | None = None) -> frozenset[GuardKey]:
    """The planner's way before docs/planner.md §4's change, kept to time against:
    the core CP-SAT names from the assumptions (`sufficient_assumptions_for_
    infeasibility`), shrunk one rule at a time in the order it gives them. A
    minimal set too, but which one depends on the solver's order."""
    full = full or FullModel(problem)
    if not full.infeasible(full.rules):
        return frozenset()
    by_index = {literal.index: key for key, literal in full.guards.literals.items()}
    named = full.solver.sufficient_assumptions_for_infeasibility()
    core = [by_index[i] for i in named if i in by_index]
    if not core or not full.infeasible(frozenset(core)):
        core = list(full.guards.literals)
    for key in list(core):
        trial = [k for k in core if k != key]
        if full.infeasible(frozenset(trial)):
            core = trial
    return frozenset(core)
