"""Why not: the fast explanation (planner/plan/core.py with planner/plan/relaxed.py)
against the plain one (tests/explain_reference.py) on random histories.

Each case is a chain of one to four rungs over a 12- to 15-year horizon, asked
by one of the three years before its earliest plan (or, when it has none, with
no deadline at all). The fast path must name exactly the rules the plain deletion filter on the full
explaining model names, each of them must be needed (the full model has a plan
once it is left out), and for any set of the rules that can bind the two must
agree on whether a plan exists.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from graph.catalogue import default_catalogue
from planner.plan.core import binding_reasons, minimal_core
from planner.plan.problem import PlanProblem, compile_problem
from planner.plan.relaxed import RelaxedQuestion
from planner.plan.request import PlanRequest, validate_request
from planner.plan.single import plan
from planner.rules.book import default_book
from tests.explain_reference import FullModel, reference_core
from tests.planner.test_plan_chains import chain_cases
from tests.planner.test_plan_longbien import request as longbien_request
from tests.planner.test_plan_properties import FROM, examples, planner_request

LADDER = ("BK_TP", "BK_TTG", "HCLD3", "HCLD2", "HCLD1")


def problem_of(request: PlanRequest) -> PlanProblem:
    ruleset = default_book().select(request.from_year, request.ruleset_id).ruleset
    target = validate_request(request, ruleset, default_catalogue())
    return compile_problem(request, target, ruleset, default_catalogue())


def question(case, data) -> PlanProblem | None:
    """The case asked by one of the three years before its earliest plan, with a
    horizon of 12 years (15 for three rungs or more); with no deadline when it has
    no plan at all; None when its earliest plan is in the first year."""
    holder, record, target, _, no_flag, shift = case
    held = [LADDER.index(code) for code, _ in record if code in LADDER]
    rungs = LADDER.index(target) - max(held, default=0)
    horizon = 12 if rungs <= 2 else 15
    request = planner_request(holder, record, target, horizon, no_flag, shift)
    earliest = plan(request.model_copy(update={"alternatives": False}))
    if earliest.feasible:
        if earliest.year == FROM:
            return None
        before = data.draw(st.integers(1, min(3, earliest.year - FROM)), label="years before")
        request = request.model_copy(update={"by_year": earliest.year - before})
    return problem_of(request)


@examples(15)
@given(st.one_of(chain_cases("collective"), chain_cases("individual")), st.data())
def test_the_fast_reasons_are_those_of_the_plain_deletion_filter(case, data):
    problem = question(case, data)
    if problem is None:
        return
    full = FullModel(problem)
    fast = RelaxedQuestion(problem)
    assert fast.rules <= full.rules
    core = minimal_core(problem, fast.rules, fast.infeasible)
    assert core, "a question without a plan has reasons"
    assert core == reference_core(problem, full)
    for key in core:  # each reason is needed: without it the full model has a plan
        assert not full.infeasible(core - {key}), key
    # and for any set of the rules that can bind (the others relaxed), the two
    # agree on whether a plan exists
    rules = sorted(fast.rules, key=repr)
    for _ in range(4):  # all rules but a few, or a few rules only
        some = frozenset(data.draw(st.sets(st.sampled_from(rules), max_size=4), label="rules"))
        chosen = some if data.draw(st.booleans(), label="few") else frozenset(rules) - some
        assert fast.infeasible(chosen) == full.infeasible(chosen), sorted(chosen, key=repr)


def test_phong_y_te_cannot_reach_hcld1_by_2030_and_the_reasons_name_the_climb():
    """BK_TTG rests on the BK_TP of 2018 (2023 at the earliest), HCLD3 on BK_TTG and
    HCLD2 on HCLD3, each five years later: HCLD2 is 2033 at the earliest, so HCLD1
    cannot be proposed by 2030."""
    problem = problem_of(longbien_request("phong-y-te", "HCLD1", by_year=2030))
    reasons, _ = binding_reasons(problem)
    assert [(r.family, r.rung) for r in reasons] == [
        ("deadline", None),
        ("gap", "BK_TTG"),
        ("gap", "HCLD2"),
        ("gap", "HCLD3"),
        ("base", "HCLD2"),
        ("base", "HCLD3"),
    ]
    assert "BK_TP 2018 → 2023" in reasons[1].words.en
