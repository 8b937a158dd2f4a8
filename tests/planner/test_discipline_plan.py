"""The planner honours a disciplinary measure as the checker does (Decree 152/2025
Art. 4.3): the earliest plan moves after the term, and on small random histories
it agrees with the exhaustive search (tests/exhaustive_search.py)."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from graph.models import Achievement, Discipline
from planner.check.checker import check_under
from planner.check.holder import HolderProfile
from planner.plan.request import PlanRequest
from planner.plan.single import plan
from planner.rules.book import RulesetBook, default_book
from planner.settings import Settings, WindowConvention
from tests.exhaustive_search import exhaustive_plans
from tests.planner.test_discipline_checker import restarting
from tests.planner.test_plan_properties import FROM, cases, examples

RESTARTING = restarting(default_book().get("hanoi-2018"))
BOOK = RulesetBook([RESTARTING])


def measure(holder_id: str, year: int, end: int | None) -> Discipline:
    return Discipline(
        holder=holder_id, year=year, end_year=end, form="Cảnh cáo", decision_no="9/QĐ"
    )


def y_te(*measures: Discipline) -> HolderProfile:
    return HolderProfile(id="y-te", name="Phòng Y tế", kind="collective", disciplines=measures)


# BK_TP 2017, a flag 2018: without discipline BK_TTG can be proposed in 2022 at no cost
RECORD = tuple(
    Achievement(holder="y-te", award=code, year=year)
    for code, year in (("BK_TP", 2017), ("CO_TP", 2018))
)


def bk_ttg_plan(holder: HolderProfile, **options):
    request = PlanRequest(
        holder=holder,
        history=RECORD,
        target="BK_TTG",
        from_year=2020,
        horizon=12,
        ruleset_id=RESTARTING.id,
        settings=Settings(**options),
    )
    return plan(request, book=BOOK)


def test_without_discipline_the_plan_is_the_record_as_it_stands():
    result = bk_ttg_plan(y_te())
    assert (result.plan.year, result.plan.cost) == (2022, 0)


def test_the_earliest_plan_moves_after_the_term():
    result = bk_ttg_plan(y_te(measure("y-te", 2019, 2020)))
    # a new base from 2021 (BK_TP, effort 1) and five years from it: 2026, then a
    # flag or a second certificate in the window
    assert result.plan.year == 2026
    assert all(step.year >= 2021 for step in result.plan.steps)
    for proposal in result.plan.proposals:
        assert proposal.verdict.eligible


def test_when_the_base_stands_only_the_window_moves():
    result = bk_ttg_plan(y_te(measure("y-te", 2019, 2020)), discipline_voids_base=False)
    assert result.plan.year == 2026  # the window 2021–2025 on the base of 2017
    assert all(step.award != "BK_TP" or step.year >= 2021 for step in result.plan.steps)


def test_an_open_measure_leaves_no_plan_and_names_it():
    result = bk_ttg_plan(y_te(measure("y-te", 2020, None)))
    assert not result.feasible
    assert any("kỷ luật" in reason.words.vi for reason in result.reasons)


def test_a_plan_the_planner_gives_is_one_the_checker_accepts_after_a_term():
    holder = y_te(measure("y-te", 2018, 2019))
    result = bk_ttg_plan(holder)
    for found in [result.plan, *result.alternatives]:
        record = [
            *RECORD,
            *(Achievement(holder="y-te", award=s.award, year=s.year) for s in found.steps),
        ]
        verdict = check_under(RESTARTING, holder, record, "BK_TTG", found.year)
        assert verdict.eligible


@st.composite
def disciplined_cases(draw):
    case = draw(cases(draw(st.sampled_from(["collective", "individual"]))))
    holder, record, target, horizon, no_flag, shift = case
    end = draw(st.integers(FROM - 6, FROM + 1))
    pending = draw(st.integers(0, 5)) == 0
    voids = draw(st.booleans())
    oracle_holder = replace(holder, counts_from=end + 1, voids_base=voids, pending=pending)
    return oracle_holder, record, target, horizon, no_flag, shift, end


@given(disciplined_cases())
@examples(40)
def test_the_planner_agrees_with_the_exhaustive_search_under_discipline(case):
    holder, record, target, horizon, no_flag, shift, end = case
    expected = exhaustive_plans(holder, record, target, FROM, FROM + horizon, shift, no_flag)
    profile = HolderProfile(
        id="h",
        name="H",
        kind=holder.kind,
        flag_eligible=holder.flag_eligible,
        founded=holder.founded,
        disciplines=(measure("h", min(end, FROM - 1), None if holder.pending else end),),
    )
    window = WindowConvention.AFTER_BASE_YEAR if shift else WindowConvention.FROM_BASE_YEAR
    request = PlanRequest(
        holder=profile,
        history=tuple(Achievement(holder="h", award=a, year=y) for a, y in record),
        target=target,
        from_year=FROM,
        horizon=horizon,
        no_flag_years=tuple(sorted(no_flag)),
        ruleset_id=RESTARTING.id,
        settings=Settings(window=window, discipline_voids_base=holder.voids_base),
    )
    result = plan(request, book=BOOK)
    assert [(p.year, p.cost) for p in result.plans] == [(f.year, f.cost) for f in expected]
    if not expected:
        assert result.reasons, "a plan that cannot be made says why"
