"""The CP-SAT model one family of constraints at a time (planner/plan/constraints.py).

Each test builds the smallest holder whose plan a family decides, small enough to
check by hand against the hanoi-2018 rules (data/rules/hanoi-2018.yaml) and the
default efforts (BK_TP 1, CO_TP 3, CO_CP 10, SKKN_CS 1), and states the exact
optimum — the proposal years first, then the effort — with the family and without
it (the family's function replaced by one that adds nothing), and where a
deadline makes the difference, that the question has no answer with the family.
A family that is removed or broken changes the first answer, so its test fails.

`one_window` and `rung_order` never decide a whole plan on their own (the target
year's definition and the bases already imply them), so their tests build the
variables with that family alone and ask what it allows.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from unittest import mock

from ortools.sat.python import cp_model

from graph.catalogue import default_catalogue
from graph.models import Achievement
from planner.check.holder import HolderProfile
from planner.plan import constraints as plan_constraints
from planner.plan.constraints import Guards, add_holder_constraints
from planner.plan.model import HolderVars, add_holder_variables, chain_drafts
from planner.plan.objective import Stage, effort_expr, objective_var, solve_stages
from planner.plan.problem import PlanProblem, compile_problem
from planner.plan.request import PlanRequest, validate_request
from planner.plan.single import found_of, single_parameters
from planner.rules.book import default_book
from planner.settings import Settings

CATALOGUE = default_catalogue()
BOOK = default_book()


@dataclass(frozen=True)
class Optimum:
    """Equal when the years and the effort are: plans of equal effort may differ in
    which years bring the awards, so a test names `awards` only where one plan is
    optimal."""

    proposals: tuple[tuple[str, int], ...]  # (rung, year), up the chain
    effort: int
    awards: tuple[tuple[int, str], ...] = field(default=(), compare=False)  # (year, code) added


def problem(
    history: Sequence[tuple[str, int]],
    target: str,
    from_year: int,
    *,
    kind: str = "collective",
    no_flag_years: tuple[int, ...] = (),
    **settings,
) -> PlanProblem:
    holder = HolderProfile(id="don-vi-a", name="Đơn vị A", kind=kind)
    request = PlanRequest(
        holder=holder,
        history=tuple(Achievement(holder=holder.id, award=a, year=y) for a, y in history),
        target=target,
        from_year=from_year,
        no_flag_years=no_flag_years,
        settings=Settings(**settings),
    )
    ruleset = BOOK.select(from_year, None).ruleset
    assert ruleset.id == "hanoi-2018"
    return compile_problem(
        request, validate_request(request, ruleset, CATALOGUE), ruleset, CATALOGUE
    )


def built(
    p: PlanProblem, without: Sequence[str] = (), explain: bool = False
) -> tuple[cp_model.CpModel, HolderVars, Guards]:
    """The holder's model with every family but those named in `without`, its
    choices not pruned (the pruning drops what the families would forbid)."""
    model = cp_model.CpModel()
    drafts = chain_drafts(p, explain, prune=False)
    hv = add_holder_variables(model, p, explain=explain, drafts=drafts)
    guards = Guards(model, active=explain)
    with ExitStack() as stack:
        for family in without:
            assert callable(getattr(plan_constraints, family)), family
            stack.enter_context(mock.patch.object(plan_constraints, family, lambda *_: None))
        add_holder_constraints(model, hv, guards)
    return model, hv, guards


def optimum(
    p: PlanProblem,
    without: Sequence[str] = (),
    by_year: int | None = None,
    explain: bool = False,
) -> Optimum | None:
    """The earliest proposal year, then the least effort; None: no plan at all. With
    `explain`, the model keeps the rule-breaking candidates and every guard is in
    force (what planner/plan/core.py assumes before it drops any)."""
    model, hv, guards = built(p, without, explain)
    for literal in guards.literals.values():
        model.add(literal == 1)
    if by_year is not None:
        model.add(hv.target_year <= by_year)
    effort = objective_var(model, effort_expr(hv), 0, 1000)
    stages = [Stage("year", hv.target_year), Stage("effort", effort)]
    staged = solve_stages(model, stages, single_parameters())
    if staged.outcomes[0].status == "INFEASIBLE":
        return None
    assert staged.optimal
    found = found_of(hv, staged.value)
    return Optimum(tuple(found.proposals), found.cost, tuple(found.awards))


# yearly_awards: one of each exclusive group a year, a companion, no flag in a year ruled out


def test_one_city_award_a_year_puts_the_flag_and_the_certificate_in_two_years():
    """BK_TTG in 2015, planning from 2019: HCLD3 asks for 2 CO_TP or 1 CO_TP + 1 BK_TP
    in the five years before the proposal. For 2020 only 2019 is still open, and it
    cannot bring both; for 2021, CO_TP in 2019 and BK_TP in 2020 (3 + 1)."""
    p = problem([("BK_TTG", 2015)], "HCLD3", 2019)
    assert optimum(p) == Optimum((("HCLD3", 2021),), 4)
    assert {code for _, code in optimum(p).awards} == {"CO_TP", "BK_TP"}
    assert optimum(p, by_year=2020) is None
    without = optimum(p, without=["yearly_awards"])
    assert without == Optimum((("HCLD3", 2020),), 4)
    assert without.awards == ((2019, "BK_TP"), (2019, "CO_TP"))
    relaxed = problem([("BK_TTG", 2015)], "HCLD3", 2019, one_city_award_a_year=False)
    assert optimum(relaxed).proposals == (("HCLD3", 2020),)


def test_the_government_flag_comes_only_with_a_city_flag():
    """HCLD3 in 2015 and CO_TP in 2016: HCLD2 in 2020 asks for CO_CP + CO_TP (CO_TP
    held) or 3 CO_TP (two more, one year open). CO_CP alone in 2019 would do (10),
    but it needs a CO_TP the same year: 13."""
    p = problem([("HCLD3", 2015), ("CO_TP", 2016)], "HCLD2", 2019)
    assert optimum(p).awards == ((2019, "CO_CP"), (2019, "CO_TP"))
    assert optimum(p) == Optimum((("HCLD2", 2020),), 13)
    assert optimum(p, without=["yearly_awards"]) == Optimum((("HCLD2", 2020),), 10)


def test_a_year_without_flags_leaves_two_certificates():
    """BK_TP in 2015, planning from 2019 with no flag in 2019: BK_TTG in 2020 needs
    CO_TP 2019 (ruled out) or 2 BK_TP in one open year; in 2021, BK_TP 2019 + 2020."""
    p = problem([("BK_TP", 2015)], "BK_TTG", 2019, no_flag_years=(2019,))
    assert optimum(p).awards == ((2019, "BK_TP"), (2020, "BK_TP"))
    assert optimum(p) == Optimum((("BK_TTG", 2021),), 2)
    assert optimum(p, by_year=2020) is None
    assert optimum(p, without=["yearly_awards"]) == Optimum((("BK_TTG", 2020),), 3)


# bases: a planned award serves as a base only if the plan adds it


def test_a_base_the_plan_needs_is_an_award_the_plan_adds():
    """Nothing recorded, planning from 2020: BK_TTG needs a BK_TP base (2020 at the
    earliest, so 2025), then 2 more BK_TP in its window: 3. Without the family the
    base comes free: 2."""
    p = problem([], "BK_TTG", 2020)
    assert optimum(p) == Optimum((("BK_TTG", 2025),), 3)
    assert (2020, "BK_TP") in optimum(p).awards
    assert optimum(p, by_year=2024) is None
    assert optimum(p, without=["bases"]) == Optimum((("BK_TTG", 2025),), 2)


def test_a_rung_rests_on_the_rung_below_in_the_year_that_one_is_proposed():
    """BK_TP in 2018, planning HCLD3 from 2020: BK_TTG first, in 2023 at the earliest
    with 2 BK_TP in 2020–2022 (2); HCLD3 on that BK_TTG, five years on, in 2028 with
    CO_TP + BK_TP in 2023–2027 (4). Without the family HCLD3 needs no BK_TTG year."""
    p = problem([("BK_TP", 2018)], "HCLD3", 2020)
    assert optimum(p) == Optimum((("BK_TTG", 2023), ("HCLD3", 2028)), 6)
    assert optimum(p, by_year=2027) is None
    assert optimum(p, without=["bases"]).proposals[1][1] < 2028


# window_counts: the option is met in the window (counts, and runs of years)


def test_the_window_must_hold_the_options_count():
    """BK_TP in 2015, planning from 2019: BK_TTG in 2020 needs 1 CO_TP or 2 BK_TP in
    2015–2019; only 2019 is open, so CO_TP 2019 (3). Without the family: nothing."""
    p = problem([("BK_TP", 2015)], "BK_TTG", 2019)
    assert optimum(p).awards == ((2019, "CO_TP"),)
    assert optimum(p) == Optimum((("BK_TTG", 2020),), 3)
    assert optimum(p, without=["window_counts"]) == Optimum((("BK_TTG", 2020),), 0)


def test_a_run_of_initiative_years_must_be_unbroken():
    """A person with BK_TP and an initiative in 2015, and one in 2017 (none in 2016),
    planning from 2018: BK_TTG asks for 5 years in a row with an initiative. The run
    cannot pass 2016, so it is 2017–2021: four new ones, proposed in 2022."""
    history = [("BK_TP", 2015), ("SKKN_CS", 2015), ("SKKN_CS", 2017)]
    p = problem(history, "BK_TTG", 2018, kind="individual")
    new = tuple((year, "SKKN_CS") for year in range(2018, 2022))
    assert optimum(p).awards == new
    assert optimum(p) == Optimum((("BK_TTG", 2022),), 4)
    assert optimum(p, by_year=2021) is None
    assert optimum(p, without=["window_counts"]) == Optimum((("BK_TTG", 2020),), 0)


# continuity: without assumed excellence, a coming year needs a flag


def test_coming_years_count_as_excellent_only_with_a_flag_when_nothing_is_assumed():
    """BK_TP and HTXSNV in 2019, planning from 2020, no year assumed excellent: every
    year 2020–2023 of the window before a 2024 proposal needs a flag (CO_TP implies
    HTXSNV): 4 × 3 = 12. Without the family: 2 BK_TP (2)."""
    p = problem(
        [("BK_TP", 2019), ("HTXSNV", 2019)],
        "BK_TTG",
        2020,
        future_years_excellent=False,
        assume_unknown_years_excellent=False,
    )
    flags = tuple((year, "CO_TP") for year in range(2020, 2024))
    assert optimum(p).awards == flags
    assert optimum(p) == Optimum((("BK_TTG", 2024),), 12)
    assert optimum(p, without=["continuity"]) == Optimum((("BK_TTG", 2024),), 2)


# breaches: (explanations) a rule-breaking candidate is closed while its rule holds


def test_with_every_rule_in_force_the_explaining_model_answers_as_the_plan_does():
    """The model that explains a missing answer keeps the candidates that break a
    rule (too early, no option met, a flag in a year without flags); with every
    guard in force they stay closed and the answer is the plan's own (2021, 2).
    Without the family they open: a proposal in 2019 with nothing added."""
    p = problem([("BK_TP", 2015)], "BK_TTG", 2019, no_flag_years=(2019,))
    planned = optimum(p)
    assert optimum(p, explain=True) == planned
    assert planned is not None and planned.proposals == (("BK_TTG", 2021),)
    assert optimum(p, explain=True, without=["breaches"]) == Optimum((("BK_TTG", 2019),), 0)


# one_window and rung_order, alone on the variables


def chosen_windows(p: PlanProblem, families: Sequence[str], sense: str) -> int:
    """The fewest or most windows of the lower rung chosen at once."""
    model = cp_model.CpModel()
    hv = add_holder_variables(model, p)
    if "one_window" in families:
        for rv in hv.rungs:
            plan_constraints.one_window(model, hv, rv)
    count = sum(c.var for c in hv.rungs[0].choices)
    model.minimize(count) if sense == "min" else model.maximize(count)
    solver = cp_model.CpSolver()
    assert solver.solve(model) == cp_model.OPTIMAL
    return round(solver.objective_value)


def test_a_reached_rung_has_exactly_one_window():
    """HCLD3 from BK_TP 2018: the chain is BK_TTG then HCLD3. BK_TTG, the lower rung,
    is proposed on exactly one of its candidate windows; without the family, on none
    or on all of them."""
    p = problem([("BK_TP", 2018)], "HCLD3", 2020)
    assert [r.code for r in p.chain] == ["BK_TTG", "HCLD3"]
    assert chosen_windows(p, ["one_window"], "min") == 1
    assert chosen_windows(p, ["one_window"], "max") == 1
    assert chosen_windows(p, [], "min") == 0
    model = cp_model.CpModel()
    assert chosen_windows(p, [], "max") == len(add_holder_variables(model, p).rungs[0].choices)


def closest_rungs(p: PlanProblem, families: Sequence[str]) -> int:
    """The least (upper rung's year − lower rung's year) the families allow."""
    model = cp_model.CpModel()
    hv = add_holder_variables(model, p)
    for rv in hv.rungs:
        plan_constraints.one_window(model, hv, rv)
    if "rung_order" in families:
        plan_constraints.rung_order(model, hv, Guards(model))
    lower, upper = hv.rungs
    model.minimize(upper.proposal_expr() - lower.proposal_expr())
    solver = cp_model.CpSolver()
    assert solver.solve(model) == cp_model.OPTIMAL
    return round(solver.objective_value)


def test_the_rungs_are_climbed_in_order_and_one_a_year():
    """With `one_rung_a_year`, HCLD3 comes at least a year after BK_TTG; without it,
    in the same year at the earliest; without the family, as early as the first
    HCLD3 window allows, before the last BK_TTG one."""
    p = problem([("BK_TP", 2018)], "HCLD3", 2020)
    assert closest_rungs(p, ["rung_order"]) == 1
    same_year = problem([("BK_TP", 2018)], "HCLD3", 2020, one_rung_a_year=False)
    assert closest_rungs(same_year, ["rung_order"]) == 0
    model = cp_model.CpModel()
    lower, upper = add_holder_variables(model, p).rungs
    earliest_upper = min(c.candidate.proposal for c in upper.choices)
    latest_lower = max(c.candidate.proposal for c in lower.choices)
    assert earliest_upper < latest_lower
    assert closest_rungs(p, []) == earliest_upper - latest_lower
