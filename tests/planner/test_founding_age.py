"""The founding age (NĐ 91/2017 Đ.36: HCLD3 for a collective of ten years or more)
is read once, by `planner.check.evaluation.check_age`; the planner takes its first
proposal year from that reading, so the two cannot drift apart."""

from __future__ import annotations

import pytest

from graph.catalogue import default_catalogue
from graph.models import Achievement
from planner.check.evaluation import check_age, find_rule
from planner.check.holder import HolderProfile
from planner.plan.problem import compile_problem
from planner.plan.request import PlanRequest
from planner.plan.single import plan
from planner.rules.book import default_book
from planner.settings import Settings

RULESET = default_book().get("hanoi-2018")


def young_unit(founded: int | None) -> HolderProfile:
    return HolderProfile(id="ubnd-moi", name="Đơn vị mới", kind="collective", founded=founded)


@pytest.mark.parametrize("founded", [None, 2005, 2010, 2012, 2014, 2016])
@pytest.mark.parametrize("founding_age", [True, False])
def test_the_planner_reads_the_founding_age_as_the_checker_does(founded, founding_age):
    holder = young_unit(founded)
    settings = Settings(founding_age=founding_age)
    rule = find_rule(RULESET, holder, "HCLD3")
    request = PlanRequest(holder=holder, target="HCLD3", from_year=2020, settings=settings)
    problem = compile_problem(request, "HCLD3", RULESET, default_catalogue())
    rung = next(r for r in problem.chain if r.code == "HCLD3")
    first = rung.age_year
    assert first == check_age(rule, holder, 2020, settings).earliest_year
    if first is None:
        assert check_age(rule, holder, 2020, settings).status in ("assumed", "not_required")
    else:
        assert first == founded + 10
        assert check_age(rule, holder, first - 1, settings).status == "missing"
        assert check_age(rule, holder, first, settings).status == "met"


def test_a_unit_founded_in_2016_is_planned_for_hcld3_no_earlier_than_2026():
    holder = young_unit(2016)
    history = [
        Achievement(holder=holder.id, award="BK_TTG", year=2017),
        *(Achievement(holder=holder.id, award="HTXSNV", year=y) for y in range(2016, 2020)),
    ]
    result = plan(
        PlanRequest(holder=holder, history=tuple(history), target="HCLD3", from_year=2020)
    )
    assert result.plan is not None
    assert result.plan.year == 2026
    proposal = next(p for p in result.plan.proposals if p.rung == "HCLD3")
    assert proposal.verdict.requirement("operating_age").status == "met"
