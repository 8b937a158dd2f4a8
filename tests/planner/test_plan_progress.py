"""A single plan reports each solve: what a face shows while it takes more than a second."""

from graph.models import Achievement
from planner.check.holder import HolderProfile
from planner.plan.request import PlanRequest
from planner.plan.single import no_plan_words, plan
from planner.plan.whatif import Scenario, what_if


def request(**changes) -> PlanRequest:
    """Phòng Y tế's record (BK_TP 2018, TTLDXS 2019), HCLD1 from 2020: four rungs."""
    holder = HolderProfile(id="y-te", name="Phòng Y tế", kind="collective")
    history = (
        Achievement(holder="y-te", award="BK_TP", year=2018),
        Achievement(holder="y-te", award="TTLDXS", year=2019),
    )
    base = PlanRequest(holder=holder, history=history, target="HCLD1", from_year=2020)
    return base.model_copy(update=changes)


def test_every_solve_is_reported_with_the_earliest_plan_so_far():
    heard = []
    result = plan(request(), progress=heard.append)
    assert [p.solves for p in heard] == list(range(1, result.stats.solves + 1))
    assert (heard[-1].year, heard[-1].cost) == (result.plan.year, result.plan.cost) == (2038, 27)
    assert all(a.seconds <= b.seconds for a, b in zip(heard, heard[1:], strict=False))


def test_a_question_without_answer_reports_the_search_for_the_earliest_plan_too():
    # BK_TTG by 2022 has no answer (2023 at the earliest); a four-rung question with a
    # deadline spends seconds explaining why (docs/planner.md), not in the search reported
    heard = []
    result = plan(request(target="BK_TTG", by_year=2022), progress=heard.append)
    assert not result.feasible
    assert heard and heard[-1].year == result.earliest.year == 2023


def test_a_what_if_reports_the_solves_of_both_plans():
    heard = []
    answer = what_if(request(), Scenario(no_flag_years=(2021,)), progress=heard.append)
    solves = answer.baseline.stats.solves + answer.scenario.stats.solves
    assert len(heard) == solves


def test_a_plan_cancelled_before_any_plan_proves_nothing():
    result = plan(request(), should_stop=lambda: True)
    assert result.cancelled and result.plan is None and not result.reasons
    assert no_plan_words(result).vi.startswith("Đã dừng")
    assert not plan(request()).cancelled


def test_a_cancelled_what_if_stops_both_plans():
    answer = what_if(request(), Scenario(no_flag_years=(2021,)), should_stop=lambda: True)
    assert answer.baseline.cancelled and answer.scenario.cancelled
