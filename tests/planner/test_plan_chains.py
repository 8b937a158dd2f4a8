"""The CP-SAT planner against the chain search on chains of up to four rungs.

The exhaustive search (tests/exhaustive_search.py) cannot plan a 30-year climb;
the chain search (tests/chain_search.py) can, and agrees with it wherever both
run (tests/planner/test_chain_search.py). Here the planner must find its Pareto
front (earliest year, least effort, each later and cheaper year) on random
histories whose target is one to four rungs above the holder, over a 30-year
horizon, and every plan of both must pass the checker rung by rung (`agree`).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.chain_search import chain_plans
from tests.exhaustive_search import LADDER, Holder
from tests.planner.test_plan_properties import (
    COLLECTIVE_YEARS,
    FLAGLESS_YEARS,
    FROM,
    IMPLY_EXCELLENT,
    INDIVIDUAL_YEARS,
    agree,
    examples,
)

HORIZON = 30


@st.composite
def chain_cases(draw, kind: str):
    """Ten years of record, the holder at some rung (or none), a target one to four
    rungs above it; now and then a year rated HTTNV, a coming year without flags,
    the other window convention."""
    flag_eligible = kind == "collective" and draw(st.integers(0, 4)) > 0
    founded = draw(st.sampled_from([None, None, 2008, 2011, 2013]))
    menu = (
        INDIVIDUAL_YEARS
        if kind == "individual"
        else COLLECTIVE_YEARS
        if flag_eligible
        else FLAGLESS_YEARS
    )
    rungs = draw(st.integers(1, 4))
    current = draw(st.integers(0, 4 - rungs))  # index in LADDER: 0 is BK_TP (or nothing)
    record: list[tuple[str, int]] = []
    for year in range(FROM - 10, FROM):
        awards = draw(st.sampled_from(menu))
        record += [(code, year) for code in awards]
        if not set(awards) & IMPLY_EXCELLENT and draw(st.integers(0, 9)) == 0:
            record.append(("HTTNV", year))
    if current or draw(st.booleans()):
        held = (LADDER[current], draw(st.integers(FROM - 9, FROM - 1)))
        if held not in record:
            record.append(held)
    if draw(st.integers(0, 6)) == 0:
        record.append(("HTTNV", draw(st.integers(FROM, FROM + 8))))
    no_flag = (
        frozenset(draw(st.lists(st.integers(FROM, FROM + 12), max_size=3)))
        if flag_eligible and draw(st.integers(0, 3)) == 0
        else frozenset()
    )
    shift = 1 if draw(st.integers(0, 3)) == 0 else 0
    target = LADDER[current + rungs]
    return Holder(kind, flag_eligible, founded), tuple(record), target, HORIZON, no_flag, shift


@examples(60)
@given(chain_cases("collective"))
def test_collective_chains_match_the_chain_search(case):
    agree(case, chain_plans)


@examples(40)
@given(chain_cases("individual"))
def test_individual_chains_match_the_chain_search(case):
    agree(case, chain_plans)
