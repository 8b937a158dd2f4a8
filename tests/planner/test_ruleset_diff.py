"""`rules diff`: what a change of rules does to the Long Biên council."""

from __future__ import annotations

from functools import cache

from graph.io.longbien import load_longbien
from graph.models import Achievement, Dataset, Unit
from planner.audit.ruleset_diff import diff_rulesets


@cache
def diff(a: str = "hanoi-2018", b: str = "nd91-2017", year: int = 2020):
    return diff_rulesets(load_longbien(), a, b, year)


def test_hanoi_against_the_national_reading_in_2020_names_the_units_with_ministry_flags():
    result = diff()
    assert result.compared == 45
    assert [d.holder.id for d in result.differences] == [
        "quan-doan",
        "tt-van-hoa-thong-tin-the-thao",
    ]
    assert {d.change for d in result.differences} == {"grounds"}  # still eligible under both


def test_quan_doan_rests_on_its_youth_union_flag_under_nd91_and_the_reason_is_named():
    quan_doan = diff().differences[0]
    assert (quan_doan.a.eligible, quan_doan.b.eligible) == (True, True)
    assert quan_doan.a.counted == ("CO_TP 2016", "BK_TP 2019")
    assert quan_doan.a.not_counted == ("CO_BO 2015", "CO_BO 2018")
    assert quan_doan.b.counted == ("CO_BO 2015 (→ CO_TP)", "CO_TP 2016")
    kinds = [r.kind for r in quan_doan.requirements]
    assert kinds == ["window_achievements", "accumulation"]
    accumulation = quan_doan.requirements[1]
    assert "recorded, not counted" in accumulation.side("a").en
    assert "count as the city's" in accumulation.side("b").en
    assert "Nghị định 91/2017/NĐ-CP" in accumulation.side("b").en
    assert "không tính: CO_BO 2015, CO_BO 2018" in quan_doan.a.words().vi


def test_an_outcome_change_comes_first_with_both_answers_and_the_requirement():
    result = diff("hanoi-2018", "nd65-2014")
    outcome = [d for d in result.differences if d.change == "outcome"]
    assert result.differences[: len(outcome)] == tuple(outcome)
    bo_de = next(d for d in result.differences if d.holder.id == "phuong-bo-de")
    assert (bo_de.a.eligible, bo_de.b.eligible) == (True, False)
    assert bo_de.b.plan_year == 2021
    [window] = bo_de.requirements
    assert window.kind == "window_achievements"
    assert "1 CO_TP or 2 BK_TP" in window.side("a").en
    assert "2 BK_TP" not in window.side("b").en
    viet_hung = next(d for d in result.differences if d.holder.id == "phuong-viet-hung")
    assert viet_hung.b.no_rule is not None and viet_hung.requirements[0].kind == "rule"
    assert any("2014–2017" in w.en for w in result.warnings)  # nd65 does not cover 2020


def test_the_same_ruleset_twice_differs_nowhere():
    assert diff("hanoi-2018", "hanoi-2018").differences == ()


def test_a_holder_at_the_top_of_the_ladder_is_not_compared():
    data = Dataset(
        units=[Unit(id="x", name="X")],
        achievements=[Achievement(holder="x", award="HCLD1", year=2015)],
    )
    assert diff_rulesets(data, "hanoi-2018", "nd91-2017", 2020).compared == 0


def test_the_json_names_both_answers_side_by_side():
    out = diff().as_json("en")
    first = out["differences"][0]
    assert (out["a"], out["b"], out["year"], out["differ"]) == ("hanoi-2018", "nd91-2017", 2020, 2)
    assert first["a"]["ruleset"] == "hanoi-2018" and first["b"]["ruleset"] == "nd91-2017"
    assert first["requirements"][0]["requirement"] == "window_achievements"
