"""Would the question have an answer with some rules relaxed? The oracle of
planner/plan/core.py, asked once for every rule it tries to leave out.

The choices of every rung are generated once as an explanation sees them: the
ones that break a rule are kept, each tagged with the rules it breaks (the
`GuardKey`s of planner/plan/windows.py; a choice with no option met breaks
"options"). For one set of rules in force, a choice that breaks one of them is
no choice at all, and the chain is pruned as a plan's is (planner/plan/model.py:
`prune_chain`; it follows from rules no guard relaxes, the rung order and a rung
resting on the rung below only in a year that one is proposed, with the year
between two rungs only while `one_rung_a_year` is in force). The rules that are
constraints (one award of a group a year, a companion, no flag in a year, a year
that needs a flag to count) are in force or left out. What is left is a model of
the plan's size, solved in milliseconds; a rung left with no choice needs no
solve at all.

The same question put to one model of every choice with the rules under guard
literals, passed as assumptions (tests/explain_reference.py), has the same answer
for every set of rules: a choice that breaks a rule in force is forced to 0 there
too, and a relaxed rule's constraint is off. That model is about 80 times larger
on a four-rung chain and took 1–1.5 s a solve.
"""

from __future__ import annotations

from collections.abc import Iterable

from ortools.sat.python import cp_model

from planner.plan.constraints import Guards, add_holder_constraints
from planner.plan.model import (
    Draft,
    IntVar,
    add_holder_variables,
    chain_drafts,
    prune_chain,
)
from planner.plan.problem import PlanProblem
from planner.plan.windows import GuardKey

ONE_RUNG = GuardKey("one_rung_a_year")
DEADLINE = GuardKey("deadline")


class InForce(Guards):
    """The guards of a model built for one set of rules: a rule in force is a plain
    constraint (no literal), a relaxed one is enforced only by a literal fixed to
    false, so it holds nowhere."""

    def __init__(self, model: cp_model.CpModel, rules: frozenset[GuardKey]):
        super().__init__(model, active=True)
        self.rules = rules
        self.off: IntVar | None = None

    def __call__(self, key: GuardKey) -> list[IntVar]:
        if key in self.rules:
            return []
        if self.off is None:
            self.off = self.model.new_bool_var("relaxed")
            self.model.add(self.off == 0)
        return [self.off]


class RelaxedQuestion:
    """One question (a holder, a target, a deadline), asked again with fewer rules.
    `known`: the rules broken by plans already found (the earliest plan without the
    deadline breaks only the deadline); a set of rules one of them keeps is
    answered without a solve.

    While the deadline is in force no rung can be proposed after it (the rungs
    come in order, and the order is no guard), so the choices past it are
    generated only for a set of rules without the deadline that no known plan
    answers. The rules that only those choices break cannot bind while the
    deadline holds; `core.minimal_core` tries the deadline last."""

    def __init__(
        self,
        problem: PlanProblem,
        time_limit: float = 10.0,
        known: Iterable[frozenset[GuardKey]] = (),
    ):
        self.problem = problem
        self.time_limit = time_limit
        self.solves = 0
        deadline = problem.deadline
        self.cut = deadline if deadline is not None and deadline < problem.last_year else None
        drafts, broken = explained_drafts(problem, self.cut)
        self.rules = guard_keys(problem, drafts, broken)
        if self.cut is not None:
            self.rules |= {DEADLINE}
        # each rule a bit, so that "breaks one of these rules" is one `&` per choice
        self.bits = {key: 1 << i for i, key in enumerate(sorted(self.rules, key=repr))}
        self.within = self._tagged(drafts, broken)
        self.everything = None if self.cut is not None else self.within
        self.known = [self.mask(keys) for keys in known]

    def mask(self, rules: Iterable[GuardKey]) -> int:
        """The bits of the rules (a rule that cannot bind has none)."""
        return sum(self.bits.get(key, 0) for key in set(rules))

    def _tagged(
        self, drafts: list[list[Draft]], broken: list[list[frozenset[GuardKey]]]
    ) -> list[list[tuple[Draft, int]]]:
        return [
            [(draft, self.mask(keys)) for draft, keys in zip(row, tags, strict=True)]
            for row, tags in zip(drafts, broken, strict=True)
        ]

    def _choices(self, rules: frozenset[GuardKey]) -> list[list[tuple[Draft, int]]]:
        if DEADLINE in rules or self.cut is None:
            return self.within
        if self.everything is None:
            self.everything = self._tagged(*explained_drafts(self.problem))
        return self.everything

    def infeasible(self, rules: frozenset[GuardKey]) -> bool:
        """No plan keeps every rule of `rules` (the others relaxed); proven. A solve
        that runs out of time proves nothing: False, as for an answer."""
        kept = self.mask(rules)
        if any(not broken & kept for broken in self.known):
            return False
        choices = self._choices(rules)
        drafts = [[draft for draft, broken in row if not broken & kept] for row in choices]
        step = 1 if ONE_RUNG in rules else 0  # only a guard while the setting is on
        drafts = prune_chain(self.problem, drafts, step)
        if not all(drafts):
            return True
        model = cp_model.CpModel()
        holder = add_holder_variables(model, self.problem, drafts=drafts)
        add_holder_constraints(model, holder, InForce(model, rules))
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        solver.parameters.max_time_in_seconds = self.time_limit
        self.solves += 1
        return solver.solve(model) == cp_model.INFEASIBLE


def explained_drafts(
    problem: PlanProblem, until: int | None = None
) -> tuple[list[list[Draft]], list[list[frozenset[GuardKey]]]]:
    """The choices of every rung as an explanation sees them (none proposed after
    `until`), and the rules each breaks."""
    drafts = chain_drafts(problem, explain=True, impossible=False, until=until)
    broken = [[breaks(problem, i, draft) for draft in row] for i, row in enumerate(drafts)]
    return drafts, broken


def breaks(problem: PlanProblem, index: int, draft: Draft) -> frozenset[GuardKey]:
    """The rules a choice breaks: those of its candidate window, and "options" when
    it proposes with no option met."""
    candidate, option, _ = draft
    found = set(candidate.breaches)
    if option is None:
        found.add(GuardKey("options", rung=problem.chain[index].code))
    return frozenset(found)


def guard_keys(
    problem: PlanProblem, drafts: list[list[Draft]], broken: list[list[frozenset[GuardKey]]]
) -> frozenset[GuardKey]:
    """Every rule that can bind: the rules the choices break, the years whose flag
    keeps a window's run, and the yearly rules wherever they restrict what the plan
    may add (planner/plan/constraints.py puts a guard on each of them)."""
    found: set[GuardKey] = set()
    p = problem
    for year in p.plan_years:
        for group in p.groups:
            new = [c for c in group if p.can_add(year, c)]
            held = sum(p.held.get((year, c), 0) for c in group)
            if new and (len(new) > 1 or held):
                found.add(GuardKey("one_a_year", codes=group))
        for code, partner in p.companions.items():
            if p.can_add(year, code) and not p.held.get((year, partner), 0):
                found.add(GuardKey("companion", codes=(code,)))
        if year in p.blocked and any(p.can_add(year, c) for c in p.flags):
            found.add(GuardKey("no_flag", year=year))
    for row, tags in zip(drafts, broken, strict=True):
        for (candidate, _, _), keys in zip(row, tags, strict=True):
            found.update(GuardKey("break", year=year) for year in candidate.depends)
            found |= keys
    if p.settings.one_rung_a_year and len(p.chain) > 1:
        found.add(ONE_RUNG)
    return frozenset(found)
