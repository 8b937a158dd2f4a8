"""The chain search (tests/chain_search.py) against the exhaustive search.

The chain search is the baseline the CP-SAT planner is compared with on long
chains, where the exhaustive search cannot run; here, on the small histories of
the planner's property tests, it must give the exhaustive search's Pareto front,
and every plan it returns must be one the exhaustive search's own evaluator
accepts, rung by rung.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.chain_search import chain_plans
from tests.exhaustive_search import EFFORT, Holder, eligible, exhaustive_plans
from tests.planner.test_plan_properties import FROM, cases, examples


def accepted(holder, record, found, shift) -> bool:
    done = (*record, *found.awards)
    for rung, year in found.proposals:
        if not eligible(holder, done, rung, year, shift):
            return False
        done = (*done, (rung, year))
    return True


@examples(300)
@given(st.one_of(cases("collective"), cases("individual")))
def test_the_chain_search_finds_the_exhaustive_front(case):
    holder, record, target, horizon, no_flag, shift = case
    last = FROM + horizon
    expected = exhaustive_plans(holder, record, target, FROM, last, shift, no_flag)
    found = chain_plans(holder, record, target, FROM, last, shift, no_flag)
    assert [(f.year, f.cost) for f in found] == [(f.year, f.cost) for f in expected]
    for plan in found:
        assert accepted(holder, record, plan, shift), plan
        assert plan.proposals[-1] == (target, plan.year)
        assert sum(EFFORT[code] for code, _ in plan.awards) == plan.cost


def test_phong_y_te_to_hcld1():
    """The four-rung chain of docs/planner.md §12, beyond the exhaustive search's reach:
    BK_TTG 2023, HCLD3 2028, HCLD2 2033, HCLD1 2038, effort 27, nothing cheaper later."""
    record = (("BK_TP", 2018), ("TTLDXS", 2019))
    holder = Holder("collective")
    front = chain_plans(holder, record, "HCLD1", 2020, 2050)
    assert [(f.year, f.cost) for f in front] == [(2038, 27)]
    assert front[0].proposals == (
        ("BK_TTG", 2023),
        ("HCLD3", 2028),
        ("HCLD2", 2033),
        ("HCLD1", 2038),
    )
    assert accepted(holder, record, front[0], 0)
