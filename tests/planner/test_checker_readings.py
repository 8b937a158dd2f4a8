"""The readings the law leaves open, each a setting the verdict names, and the
warnings a verdict must carry."""

import pytest

from graph.catalogue import default_catalogue
from graph.models import Achievement, Unit
from planner.check.checker import check
from planner.check.evaluation import NoRuleError, RuleNotEnteredError
from planner.check.holder import HolderProfile
from planner.check.standing import standing
from planner.rules.book import default_book
from planner.settings import FlagIneligibleRoute, Settings

WARD = Unit(id="phuong-x", name="Phường X", kind="ward")


def achievements(*pairs: tuple[str, int], **fields) -> list[Achievement]:
    return [Achievement(holder=WARD.id, award=code, year=year, **fields) for code, year in pairs]


def test_a_2025_proposal_is_answered_with_a_visible_warning_never_silently():
    """Since 2024 the 2022 Law answers; its collective BK_TTG is not entered, so
    the answer is that, never the 2018 numbers. Asked under hanoi-2018, the
    answer says those rules are not in force for 2025."""
    history = achievements(("BK_TP", 2018), ("CO_TP", 2020))
    with pytest.raises(RuleNotEnteredError) as caught:
        check(WARD, history, "BK_TTG", 2025)
    assert caught.value.ruleset_id == "luat-2022"
    assert "Quy định chưa được nhập" in caught.value.words.vi
    assert "Điều 73 khoản 2" in caught.value.words.vi
    v = check(WARD, history, "BK_TTG", 2025, ruleset_id="hanoi-2018")
    assert v.eligible
    assert v.ruleset.id == "hanoi-2018"
    assert any("not in force for 2025" in w.en for w in v.warnings)
    assert any("No verified ruleset covers proposal year 2025" in w.en for w in v.warnings)
    assert any("Chưa có bộ tiêu chuẩn đã kiểm chứng" in w("vi") for w in v.warnings)
    assert v.as_json("en")["warnings"]


def test_a_2016_proposal_follows_nd65_and_says_its_numbers_are_unverified():
    history = achievements(("BK_TP", 2010), ("BK_TP", 2012), ("BK_TP", 2013))
    v = check(WARD, history, "BK_TTG", 2016)
    assert v.ruleset.id == "nd65-2014" and not v.ruleset.verified
    assert not v.eligible  # under Decree 65/2014 two certificates are no substitute for a flag
    assert any("not checked against the legal text" in w.en for w in v.warnings)
    assert all(not r.verified for r in v.requirements)


def test_a_rung_the_ruleset_does_not_know_is_an_error_not_a_verdict():
    with pytest.raises(NoRuleError) as caught:
        check(WARD, achievements(("HCLD3", 2008)), "HCLD2", 2016)
    assert "nd65-2014 has no standard for HCLD2" in caught.value.words.en


def test_an_achievement_already_used_for_another_proposal_is_not_counted_again():
    history = [
        *achievements(("BK_TP", 2014)),
        *achievements(("CO_TP", 2016), used_by="HCLD3/2018"),
    ]
    v = check(WARD, history, "BK_TTG", 2020)
    assert not v.eligible
    assert [(e.award, e.role) for e in v.not_counted] == [("CO_TP", "already_used")]
    assert check(
        WARD, history, "BK_TTG", 2020, settings=Settings(count_used_achievements=True)
    ).eligible


def test_a_thematic_certificate_does_not_accumulate_in_hanoi_but_does_nationally():
    history = [
        *achievements(("BK_TP", 2013), ("BK_TP", 2015)),
        *achievements(("BK_TP", 2017), basis="thematic", decision_no="12/QĐ-UBND"),
    ]
    assert not check(WARD, history, "BK_TTG", 2020).eligible
    assert check(WARD, history, "BK_TTG", 2020, ruleset_id="nd91-2017").eligible


def test_ministry_flags_can_be_made_to_count_in_hanoi_by_setting():
    history = achievements(("BK_TP", 2013), ("CO_BO", 2016))
    assert not check(WARD, history, "BK_TTG", 2020).eligible
    v = check(WARD, history, "BK_TTG", 2020, settings=Settings(ministry_awards_count=True))
    assert v.eligible and v.settings["ministry_awards_count"] is True


def test_a_repeat_award_cannot_rest_on_what_came_before_the_previous_one():
    history = achievements(("BK_TP", 2008), ("CO_TP", 2010), ("BK_TTG", 2012))
    v = check(WARD, history, "BK_TTG", 2020)
    assert not v.eligible
    assert v.requirement("base").status == "missing"
    assert "after 2012" in v.requirement("base").finding.en
    lenient = Settings(repeat_award_needs_new_base=False)
    assert check(WARD, history, "BK_TTG", 2020, settings=lenient).eligible


def test_the_flag_ineligible_route_is_only_for_collectives_that_cannot_receive_flags():
    history = achievements(("BK_TTG", 2014), ("BK_TP", 2016), ("BK_TP", 2018))
    assert not check(WARD, history, "HCLD3", 2020).eligible
    no_flags = WARD.model_copy(update={"flag_eligible": False})
    assert check(no_flags, history, "HCLD3", 2020).eligible
    lenient = Settings(flag_ineligible_route=FlagIneligibleRoute.ANY_COLLECTIVE)
    v = check(WARD, history, "HCLD3", 2020, settings=lenient)
    assert v.eligible
    assert "not eligible for flags" in v.requirement("window_achievements").statement.en


def test_the_founding_age_can_be_switched_off():
    young = WARD.model_copy(update={"founded": 2015})
    history = achievements(("BK_TTG", 2014), ("CO_TP", 2016), ("CO_TP", 2018))
    assert not check(young, history, "HCLD3", 2020).eligible
    v = check(young, history, "HCLD3", 2020, settings=Settings(founding_age=False))
    assert v.eligible and v.requirement("operating_age") is None


def test_a_verdict_names_its_ruleset_and_every_setting():
    v = check(WARD, achievements(("BK_TP", 2014), ("CO_TP", 2016)), "BK_TTG", 2020)
    data = v.as_json("vi")
    assert data["ruleset"]["id"] == "hanoi-2018"
    assert set(data["settings"]) == set(Settings.model_fields)
    assert data["requirements"][0]["citation"].startswith("PL4 (Hà Nội), mục 1")
    assert {r["status"] for r in data["requirements"]} <= {"met", "assumed"}


@pytest.mark.parametrize(
    ("history", "current", "following"),
    [
        ((), None, "BK_TTG"),
        ((("CO_TP", 2017),), None, "BK_TTG"),
        ((("BK_TP", 2015),), "BK_TP", "BK_TTG"),
        ((("BK_TP", 2010), ("BK_TTG", 2014), ("CO_TP", 2016)), "BK_TTG", "HCLD3"),
        ((("HCLD3", 2003), ("BK_TTG", 2010)), "HCLD3", "HCLD2"),
        ((("HCLD1", 2019),), "HCLD1", None),
    ],
)
def test_the_current_rung_and_the_next_target_come_from_the_history(history, current, following):
    place = standing(
        HolderProfile.of(WARD),
        achievements(*history),
        default_book().get("hanoi-2018"),
        default_catalogue(),
    )
    assert (place.current_rung, place.next_target) == (current, following)
