"""What-if questions on the Long Biên roadmap."""

import pytest

from graph.catalogue import default_catalogue
from planner.plan.request import PlanError
from planner.plan.single import plan
from planner.plan.whatif import Hypothetical, Scenario, apply_scenario, what_if
from planner.settings import WindowConvention
from tests.planner.test_plan_longbien import request


def test_hcld3_by_2022_for_gia_thuy_is_yes_with_the_plan():
    answer = what_if(request("phuong-gia-thuy", "HCLD3"), Scenario(by_year=2022))
    assert answer.scenario.feasible
    assert answer.answer.en == "Yes: propose HCLD3 in 2022 · 1 (BK_TP 2020)."


def test_hcld3_by_2021_for_van_phong_quan_uy_is_no_with_the_binding_rules():
    answer = what_if(request("van-phong-quan-uy", "HCLD3"), Scenario(by_year=2021))
    result = answer.scenario
    assert not result.feasible
    assert [r.family for r in result.reasons] == ["deadline", "gap"]
    assert "base BK_TTG 2017 → 2022 at the earliest" in result.reasons[1].words.en
    assert answer.answer.en.startswith("No. HCLD3 cannot be proposed by 2021.")
    assert "Earliest: 2022 · 3 (CO_TP 2020)" in answer.answer.en


def test_no_flag_in_2020_and_2021_pushes_phong_gddt_to_2024():
    answer = what_if(
        request("phong-giao-duc-dao-tao", "HCLD1"), Scenario(no_flag_years=(2020, 2021))
    )
    assert [(p.year, p.cost) for p in answer.scenario.plans] == [(2023, 13), (2025, 9)]
    assert (answer.baseline.year, answer.baseline.cost) == (2022, 13)


def test_a_deadline_missed_because_flags_are_out_names_those_years():
    answer = what_if(
        request("phong-giao-duc-dao-tao", "HCLD1"),
        Scenario(no_flag_years=(2020, 2021, 2022), by_year=2023),
    )
    families = [(r.family, r.year) for r in answer.scenario.reasons]
    assert ("deadline", None) in families
    assert {("no_flag", 2020), ("no_flag", 2021), ("no_flag", 2022)} <= set(families)


def test_removing_the_2016_city_flag_makes_ngoc_lam_need_two_awards():
    answer = what_if(
        request("phuong-ngoc-lam", "HCLD3"),
        Scenario(remove=(Hypothetical(award="CO_TP", year=2016),)),
    )
    assert (answer.scenario.year, answer.scenario.cost) == (2022, 4)


def test_an_added_httnv_year_breaks_the_run_and_says_so():
    answer = what_if(
        request("phong-y-te", "BK_TTG"),
        Scenario(add=(Hypothetical(award="HTTNV", year=2021),), by_year=2025),
    )
    assert not answer.scenario.feasible
    assert ("break", 2021) in [(r.family, r.year) for r in answer.scenario.reasons]
    assert answer.scenario.earliest.year == 2027


def test_a_cheaper_government_flag_changes_the_alternatives():
    answer = what_if(request("phong-van-hoa-thong-tin", "HCLD1"), Scenario(effort={"CO_CP": 2}))
    assert [(p.year, p.cost) for p in answer.scenario.plans] == [(2021, 5)]


def test_the_other_window_convention_moves_phuc_dong_a_year():
    result = plan(
        apply_scenario(
            request("phuong-phuc-dong", "BK_TTG"),
            Scenario(window=WindowConvention.AFTER_BASE_YEAR),
            default_catalogue(),
        )
    )
    assert (result.year, result.cost) == (2023, 0)


def test_the_national_ruleset_counts_a_ministry_flag():
    base = request("phong-y-te", "BK_TTG")
    scenario = Scenario(add=(Hypothetical(award="CO_BO", year=2019),), ruleset_id="nd91-2017")
    answer = what_if(base, scenario)
    assert (answer.scenario.year, answer.scenario.cost) == (2023, 0)
    hanoi = what_if(base, scenario.model_copy(update={"ruleset_id": None}))
    assert (hanoi.scenario.year, hanoi.scenario.cost) == (2023, 2)


def test_a_setting_changed_by_name_applies():
    answer = what_if(
        request("van-phong-quan-uy", "HCLD3"), Scenario(settings=("founding_age=false",))
    )
    assert answer.scenario.settings["founding_age"] is False


def test_impossible_changes_are_refused_all_at_once():
    with pytest.raises(PlanError) as error:
        what_if(
            request("phong-y-te", "BK_TTG"),
            Scenario(
                remove=(Hypothetical(award="CO_TP", year=2015),),
                add=(Hypothetical(award="SKKN_TP", year=2020),),
                settings=("no_such_setting=1",),
            ),
        )
    assert len(error.value.problems) == 3


def test_a_flag_for_a_collective_without_flags_is_refused():
    with pytest.raises(PlanError):
        what_if(
            request("phuong-phuc-dong", "BK_TTG"),
            Scenario(flag_eligible=False),
        )


def test_the_answer_lists_the_changes_in_both_languages():
    answer = what_if(
        request("phuong-gia-thuy", "HCLD3"),
        Scenario(no_flag_years=(2021,), add=(Hypothetical(award="BK_TP", year=2020),)),
    )
    assert [c.en for c in answer.changes] == ["add BK_TP 2020", "no flag in 2021"]
    assert [c.vi for c in answer.changes] == ["thêm BK_TP 2020", "không có cờ năm 2021"]
    assert answer.as_json("en")["baseline"] == {"year": 2022, "cost": 1}


def test_without_assumed_excellent_years_every_coming_year_needs_a_flag():
    answer = what_if(
        request("phong-y-te", "BK_TTG"),
        Scenario(settings=("future_years_excellent=false", "assume_unknown_years_excellent=false")),
    )
    result = answer.scenario
    assert (result.year, result.cost) == (2024, 12)
    kept = [s for s in result.plan.steps if s.award == "CO_TP"][1]
    assert kept.reason.en.startswith("CO_TP 2021: keeps 2021 rated HTXSNV")
    assert not any("HTXSNV (planning assumption)" in a.en for a in result.assumptions)
