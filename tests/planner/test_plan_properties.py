"""The CP-SAT planner against an exhaustive search on many small random histories.

tests/exhaustive_search.py knows the rules only as docs/domain.md §3 states
them and tries every combination of yearly awards: the planner must find the same
earliest year, the same least effort and the same later, cheaper alternatives,
and every plan it returns must be eligible, rung by rung, for the checker.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.catalogue import default_catalogue
from graph.models import Achievement
from planner.check.checker import check
from planner.check.holder import HolderProfile
from planner.plan.problem import compile_problem
from planner.plan.request import PlanRequest, validate_request
from planner.plan.single import pareto_frontier, plan
from planner.rules.book import default_book
from planner.settings import Settings, WindowConvention
from tests.examples import examples as scaled
from tests.exhaustive_search import Holder, exhaustive_plans

FROM = 2020
PAST = range(2010, FROM)
COLLECTIVE_YEARS = [(), (), (), ("BK_TP",), ("CO_TP",), ("CO_TP", "CO_CP"), ("TTLDXS",), ("CO_BO",)]
FLAGLESS_YEARS = [(), (), (), ("BK_TP",), ("TTLDXS",)]
INDIVIDUAL_YEARS = [(), (), ("BK_TP",), ("SKKN_CS",), ("SKKN_TP",), ("BK_TP", "SKKN_TP")]
IMPLY_EXCELLENT = {"CO_TP", "CO_CP", "TTLDXS"}
RUNGS = ["BK_TP", "BK_TTG", "HCLD3", "HCLD2"]
TARGETS = ["BK_TTG", "HCLD3", "HCLD2", "HCLD1"]


@st.composite
def cases(draw, kind: str):
    flag_eligible = kind == "collective" and draw(st.integers(0, 4)) > 0
    founded = draw(st.sampled_from([None, None, 2008, 2011, 2013]))
    menu = (
        INDIVIDUAL_YEARS
        if kind == "individual"
        else COLLECTIVE_YEARS
        if flag_eligible
        else FLAGLESS_YEARS
    )
    record: list[tuple[str, int]] = []
    for year in PAST:
        awards = draw(st.sampled_from(menu))
        record += [(code, year) for code in awards]
        if not set(awards) & IMPLY_EXCELLENT and draw(st.integers(0, 7)) == 0:
            record.append(("HTTNV", year))
    current = draw(st.sampled_from([None, *RUNGS]))
    if current:
        year = draw(st.integers(2011, 2019))
        if (current, year) not in record:
            record.append((current, year))
    rank = RUNGS.index(current) + 1 if current else 1
    target = TARGETS[min(len(TARGETS) - 1, rank - 1 + draw(st.sampled_from([0, 0, 0, 1])))]
    if draw(st.integers(0, 6)) == 0:
        record.append(("HTTNV", draw(st.sampled_from([FROM, FROM + 1, FROM + 2]))))
    if kind == "collective" and draw(st.integers(0, 9)) == 0:
        record.append(("BK_TP", FROM))
    no_flag = (
        frozenset(draw(st.lists(st.integers(FROM, FROM + 5), max_size=2)))
        if flag_eligible and draw(st.integers(0, 3)) == 0
        else frozenset()
    )
    shift = 1 if draw(st.integers(0, 2)) == 0 else 0
    horizon = 6 if kind == "collective" else 5
    return Holder(kind, flag_eligible, founded), tuple(record), target, horizon, no_flag, shift


def planner_request(holder, record, target, horizon, no_flag, shift) -> PlanRequest:
    window = WindowConvention.AFTER_BASE_YEAR if shift else WindowConvention.FROM_BASE_YEAR
    return PlanRequest(
        holder=HolderProfile(
            id="h",
            name="H",
            kind=holder.kind,
            flag_eligible=holder.flag_eligible,
            founded=holder.founded,
        ),
        history=tuple(Achievement(holder="h", award=a, year=y) for a, y in record),
        target=target,
        from_year=FROM,
        horizon=horizon,
        no_flag_years=tuple(sorted(no_flag)),
        settings=Settings(window=window),
    )


def agree(case, oracle=exhaustive_plans) -> None:
    """The planner's Pareto front is the oracle's (tests/exhaustive_search.py, or
    tests/chain_search.py for long chains), and every plan of both is checked."""
    holder, record, target, horizon, no_flag, shift = case
    expected = oracle(holder, record, target, FROM, FROM + horizon, shift, no_flag)
    request = planner_request(*case)
    result = plan(request)
    assert [(p.year, p.cost) for p in result.plans] == [(f.year, f.cost) for f in expected]
    assert result.feasible == bool(expected)
    if not expected:
        assert result.reasons, "a plan that cannot be made says why"
    for found in result.plans:
        record_with_plan = list(request.history) + [
            Achievement(holder="h", award=s.award, year=s.year) for s in found.steps
        ]
        for proposal in found.proposals:
            verdict = check(
                request.holder,
                record_with_plan,
                proposal.rung,
                proposal.year,
                settings=request.settings,
                ruleset_id="hanoi-2018",
            )
            assert verdict.eligible, (proposal.rung, proposal.year, verdict.missing_summary().en)
    for found in expected:  # the oracle's own plans are plans the checker accepts
        record_with_plan = list(request.history) + [
            Achievement(holder="h", award=a, year=y) for a, y in found.awards + found.proposals
        ]
        for rung, year in found.proposals:
            assert check(
                request.holder,
                record_with_plan,
                rung,
                year,
                settings=request.settings,
                ruleset_id="hanoi-2018",
            ).eligible


def examples(n: int) -> settings:
    """Derandomized, so CI runs the same cases every time."""
    return settings(
        max_examples=scaled(n),
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow],
    )


@examples(260)
@given(cases("collective"))
def test_collectives_match_the_exhaustive_search(case):
    agree(case)


@examples(80)
@given(cases("individual"))
def test_individuals_match_the_exhaustive_search(case):
    agree(case)


@examples(60)
@given(cases("collective"))
def test_the_trimmed_horizon_changes_no_answer(case):
    """The model stops at the last year that can matter; over a 20-year horizon
    the same question without trimming gives the same Pareto front."""
    request = planner_request(*case).model_copy(update={"horizon": 20})
    ruleset = default_book().select(FROM).ruleset
    target = validate_request(request, ruleset, default_catalogue())
    trimmed = compile_problem(request, target, ruleset, default_catalogue())
    full = compile_problem(request, target, ruleset, default_catalogue(), trim=False)
    assert trimmed.last_year <= full.last_year

    def front(problem):
        return [(f.year, f.cost) for f in pareto_frontier(problem).found]

    assert front(trimmed) == front(full)
