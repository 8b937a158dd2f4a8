"""The PL5 roadmap of docs/domain.md §4, planned from 2020 under hanoi-2018."""

from functools import cache

import pytest

from graph.catalogue import default_catalogue
from graph.io.longbien import load_longbien
from graph.models import Achievement
from planner.audit.document import holder_history
from planner.check.checker import check
from planner.check.holder import HolderProfile
from planner.check.standing import standing
from planner.plan.best_case import best_case
from planner.plan.council.synthetic import synthetic_council
from planner.plan.request import PlanError, PlanRequest
from planner.plan.result import PlanResult
from planner.plan.single import plan
from planner.rules.book import default_book
from planner.settings import Settings

# unit → target, then (year, effort) of the plan and of each later, cheaper alternative
ROADMAP = {
    "phong-van-hoa-thong-tin": ("HCLD1", [(2021, 13), (2022, 6)]),
    "phong-giao-duc-dao-tao": ("HCLD1", [(2022, 13), (2023, 9)]),
    "van-phong-quan-uy": ("HCLD3", [(2022, 3)]),
    "tt-boi-duong-chinh-tri": ("HCLD3", [(2021, 1)]),
    "phuong-gia-thuy": ("HCLD3", [(2022, 1)]),
    "phuong-ngoc-lam": ("HCLD3", [(2021, 1)]),
    "phong-tai-nguyen-moi-truong": ("BK_TTG", [(2021, 1)]),
    "phong-y-te": ("BK_TTG", [(2023, 2)]),
    "phuong-phuc-dong": ("BK_TTG", [(2022, 0)]),
}


@cache
def data():
    return load_longbien()


def request(unit_id: str, target: str | None = None, **changes) -> PlanRequest:
    holder = HolderProfile.of(data().unit(unit_id))
    if "flag_eligible" in changes:
        holder = holder.model_copy(update={"flag_eligible": changes.pop("flag_eligible")})
    return PlanRequest(
        holder=holder,
        history=tuple(holder_history(data(), unit_id)),
        target=target,
        from_year=2020,
        **changes,
    )


@cache
def roadmap_plan(unit_id: str) -> PlanResult:
    return plan(request(unit_id, ROADMAP[unit_id][0]))


def added(p) -> list[tuple[str, int]]:
    return [(s.award, s.year) for s in p.steps if s.kind == "achievement"]


@pytest.mark.parametrize(("unit_id", "expected"), ROADMAP.items())
def test_roadmap_years_efforts_and_alternatives(unit_id, expected):
    result = roadmap_plan(unit_id)
    assert result.feasible
    assert [(p.year, p.cost) for p in result.plans] == expected[1]


def test_phong_vhtt_hcld1_in_2021_takes_a_government_flag_in_2020():
    result = roadmap_plan("phong-van-hoa-thong-tin")
    assert added(result.plan) == [("CO_TP", 2020), ("CO_CP", 2020)]
    assert added(result.alternatives[0]) == [("CO_TP", 2020), ("CO_TP", 2021)]


def test_phong_gddt_waits_a_year_for_three_city_flags():
    result = roadmap_plan("phong-giao-duc-dao-tao")
    assert added(result.alternatives[0]) == [("CO_TP", 2020), ("CO_TP", 2021), ("CO_TP", 2022)]


def test_van_phong_quan_uy_needs_one_flag_or_if_flag_ineligible_one_certificate():
    assert added(roadmap_plan("van-phong-quan-uy").plan) == [("CO_TP", 2020)]
    flagless = plan(request("van-phong-quan-uy", "HCLD3", flag_eligible=False))
    assert [(p.year, p.cost) for p in flagless.plans] == [(2022, 1)]
    assert added(flagless.plan) == [("BK_TP", 2020)]


def test_tt_boi_duong_chinh_tri_needs_a_certificate_for_2020():
    assert added(roadmap_plan("tt-boi-duong-chinh-tri").plan) == [("BK_TP", 2020)]


def test_phong_tnmt_rests_on_its_2016_flag():
    proposal = roadmap_plan("phong-tai-nguyen-moi-truong").plan.proposals[0]
    assert proposal.base == "CO_TP 2016"
    assert proposal.window == (2016, 2020)


def test_phong_y_te_cannot_reach_bk_ttg_before_2023():
    result = plan(request("phong-y-te", "BK_TTG", by_year=2022))
    assert not result.feasible
    assert [r.family for r in result.reasons] == ["deadline", "gap"]
    assert "BK_TP 2018 → 2023" in result.reasons[1].words.en
    assert result.reasons[1].citation and "Điều 38" in result.reasons[1].citation
    assert (result.earliest.year, result.earliest.cost) == (2023, 2)


def test_phuong_phuc_dong_needs_nothing_new_and_proposes_in_2022():
    result = roadmap_plan("phuong-phuc-dong")
    assert result.plan.steps[-1].kind == "proposal"
    assert added(result.plan) == []


@pytest.mark.parametrize("unit_id", ROADMAP)
def test_every_plan_is_eligible_step_by_step_for_the_checker(unit_id):
    result = roadmap_plan(unit_id)
    holder = result.holder
    history = list(holder_history(data(), unit_id))
    for p in result.plans:
        assert p.cost == sum(s.effort for s in p.steps)
        record = history + [
            Achievement(holder=holder.id, award=s.award, year=s.year) for s in p.steps
        ]
        for proposal in p.proposals:
            assert check(holder, record, proposal.rung, proposal.year).eligible


def test_steps_carry_reasons_in_both_languages():
    alternative = roadmap_plan("phong-van-hoa-thong-tin").alternatives[0]
    first = alternative.steps[0]
    assert first.reason.vi == "CO_TP 2020: cờ thứ 3 của 4 cần cho HCLD1 trong 2014–2021"
    assert first.reason.en == "CO_TP 2020: flag 3 of 4 needed for HCLD1 in 2014–2021"
    companion = roadmap_plan("phong-van-hoa-thong-tin").plan.steps[0]
    assert companion.reason.en.startswith("CO_TP 2020: comes with CO_CP 2020")


def test_assumptions_are_listed_apart_from_the_steps():
    result = roadmap_plan("phong-y-te")
    texts = [a.en for a in result.assumptions]
    assert "Every year 2020–2022 is rated HTXSNV (planning assumption)." in texts
    assert "At most one of CO_TP/BK_TP a year." in texts
    assert result.plan.assumed_years == (2020, 2021, 2022)
    assert all(s.award != "HTXSNV" for s in result.plan.steps)


def test_a_unit_two_rungs_below_its_target_proposes_the_rung_between():
    # Gia Thuỵ without its BK_TTG: it holds only a flag, so HCLD3 needs BK_TTG first.
    base = request("phuong-gia-thuy", "HCLD3")
    history = tuple(a for a in base.history if a.award != "BK_TTG")
    result = plan(base.model_copy(update={"history": history}))
    assert result.chain == ("BK_TTG", "HCLD3")
    steps = [(s.award, s.year, s.kind) for s in result.plan.steps if s.kind == "proposal"]
    assert [s[0] for s in steps] == ["BK_TTG", "HCLD3"]
    bk_ttg, hcld3 = steps[0][1], steps[1][1]
    assert hcld3 >= bk_ttg + 5
    intermediate = next(s for s in result.plan.steps if s.award == "BK_TTG")
    assert "an intermediate rung, the base for HCLD3" in intermediate.reason.en


def test_the_target_defaults_to_the_next_rung():
    result = plan(request("phong-y-te"))
    assert result.target == "BK_TTG"


def test_a_target_the_ruleset_does_not_know_is_refused_in_words():
    with pytest.raises(PlanError) as error:
        plan(request("phong-y-te", "CO_TTP"))
    assert "CO_TTP" in error.value.words("en")


def test_a_deadline_before_the_start_is_refused():
    with pytest.raises(PlanError):
        plan(request("phong-y-te", "BK_TTG", by_year=2019))


def test_a_single_plan_is_fast():
    result = roadmap_plan("phong-giao-duc-dao-tao")
    assert result.stats is not None and result.stats.solves <= 6


@pytest.mark.parametrize("future_years_excellent", [True, False])
def test_the_plan_agrees_with_the_audits_best_case_for_every_unit(future_years_excellent):
    """The audit's closed-form best case (planner/plan/best_case.py) and the planner
    answer the same question where both apply: year and effort of the first plan,
    with coming years assumed excellent or not (planner.check.ratings.assumed_future_ratings)."""
    settings = Settings(future_years_excellent=future_years_excellent)
    catalogue = default_catalogue()
    ruleset = default_book().select(2020).ruleset
    for dataset in (data(), synthetic_council(60, seed=5)):
        for unit in dataset.units:
            holder = HolderProfile.of(unit)
            history = holder_history(dataset, unit.id)
            target = standing(holder, history, ruleset, catalogue).next_target
            if target is None:
                continue
            result = plan(
                PlanRequest(
                    holder=holder,
                    history=tuple(history),
                    target=target,
                    from_year=2020,
                    horizon=15,
                    alternatives=False,
                    settings=settings,
                )
            )
            best = best_case(holder, history, target, 2020, ruleset, settings, catalogue)
            expected = (best.year, best.effort if best.year else None)
            assert (result.year, result.cost) == expected, unit.id
