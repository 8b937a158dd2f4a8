"""Named settings with the domain's defaults, and which ruleset answers for a year."""

import pytest

from planner.rules.book import default_book
from planner.settings import SettingError, Settings, WindowConvention, with_overrides


def test_defaults_are_those_of_the_domain_guide():
    settings = Settings()
    assert settings.window is WindowConvention.FROM_BASE_YEAR
    assert settings.assume_unknown_years_excellent
    assert settings.flag_outranks_certificate
    assert settings.founding_age
    assert settings.exclusive_each_year() == [("CO_TP", "BK_TP"), ("SKKN_CS", "SKKN_TP")]
    assert settings.same_year_companions() == {"CO_CP": "CO_TP"}
    assert settings.effort == {
        "BK_TP": 1,
        "CO_TP": 3,
        "CO_CP": 10,
        "SKKN_CS": 1,
        "SKKN_TP": 3,
        "CSTD_CS": 1,
        "CSTD_TP": 3,
    }


def test_resolved_settings_fill_in_the_gap_and_the_accumulation_of_the_ruleset():
    book = default_book()
    assert Settings().resolved(book.get("hanoi-2018"))["gap_years"] == 5
    assert Settings().resolved(book.get("hanoi-2018"))["ministry_awards_count"] is False
    assert Settings().resolved(book.get("nd91-2017"))["ministry_awards_count"] is True
    forced = Settings(ministry_awards_count=True, gap_years=6).resolved(book.get("hanoi-2018"))
    assert (forced["ministry_awards_count"], forced["gap_years"]) == (True, 6)


def test_settings_are_changed_by_name():
    changed = with_overrides(
        Settings(), ["window=after_base_year", "gap-years=6", "founding_age=false"]
    )
    assert changed.window is WindowConvention.AFTER_BASE_YEAR
    assert changed.gap_years == 6
    assert changed.founding_age is False


def test_an_unknown_setting_names_the_nearest():
    with pytest.raises(SettingError) as caught:
        with_overrides(Settings(), ["fonding_age=false"])
    assert "founding_age" in caught.value.words.en
    assert "không có thiết lập" in caught.value.words.vi


def test_a_bad_setting_value_is_refused():
    with pytest.raises(SettingError) as caught:
        with_overrides(Settings(), ["window=from_decision"])
    assert "window" in caught.value.words.en


def test_hanoi_2018_answers_for_2020_without_warning():
    selection = default_book().select(2020)
    assert selection.ruleset.id == "hanoi-2018"
    assert selection.warnings == ()


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_a_year_of_law_06_2022_carries_a_visible_warning(year):
    selection = default_book().select(year)
    text = " ".join(w.en for w in selection.warnings)
    assert "No verified ruleset covers proposal year" in text
    assert "06/2022/QH15" in text
    assert any("Chưa có bộ tiêu chuẩn đã kiểm chứng" in w.vi for w in selection.warnings)


def test_a_year_under_the_unverified_nd65_ruleset_warns_too():
    selection = default_book().select(2016)
    assert selection.ruleset.id == "nd65-2014"
    assert any("not checked against the legal text" in w.en for w in selection.warnings)


def test_a_ruleset_asked_for_outside_its_period_warns():
    selection = default_book().select(2016, "hanoi-2018")
    assert any("outside the period of ruleset hanoi-2018" in w.en for w in selection.warnings)
