"""The planning assumptions are data (data/planning.yaml), checked on load; the
code keeps only the names of the settings that switch them."""

from __future__ import annotations

import pytest

from graph.datafiles import data_dir
from planner.rules.assumptions import PLANNING_FILE, load_assumptions
from planner.rules.problems import RulesetError
from planner.settings import Settings, toggle_names

SOURCE = data_dir() / PLANNING_FILE


def edited(tmp_path, old: str, new: str):
    text = SOURCE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / PLANNING_FILE
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def refusal(path) -> list[str]:
    with pytest.raises(RulesetError) as caught:
        load_assumptions(path, toggle_names())
    return [p.message("en") for p in caught.value.problems]


def test_the_defaults_are_those_of_the_domain_guide():
    settings = Settings()
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


def test_a_setting_switched_off_drops_its_assumption_only():
    settings = Settings(one_city_award_a_year=False, government_flag_needs_city_flag=False)
    assert settings.exclusive_each_year() == [("SKKN_CS", "SKKN_TP")]
    assert settings.same_year_companions() == {}


def test_an_assumption_changed_in_the_data_changes_the_plan_inputs(tmp_path):
    path = edited(tmp_path, "codes: [CO_TP, BK_TP]", "codes: [CO_TP, BK_TP, BK_BO]")
    loaded = load_assumptions(path, toggle_names())
    assert loaded.exclusive_each_year({"one_city_award_a_year"}) == [("CO_TP", "BK_TP", "BK_BO")]


def test_a_mistyped_code_is_refused_at_its_line_with_the_nearest_code(tmp_path):
    path = edited(tmp_path, "with: CO_TP", "with: CO_TTP")
    [message] = refusal(path)
    line = SOURCE.read_text(encoding="utf-8").splitlines().index("    with: CO_TP") + 1
    assert message.startswith(f"{PLANNING_FILE}, line {line}, at `only_with.government_flag")
    assert "CO_TTP" in message and "CO_TP" in message.split("CO_TTP", 1)[1]


def test_an_assumption_keyed_by_no_setting_is_refused_with_the_settings_named(tmp_path):
    path = edited(tmp_path, "  one_initiative_a_year:", "  one_inititive_a_year:")
    [message] = refusal(path)
    assert "“one_inititive_a_year” is not a setting" in message
    assert "one_initiative_a_year" in message


def test_a_negative_effort_and_a_missing_reason_are_refused_each_in_its_place(tmp_path):
    path = edited(tmp_path, "CO_CP: 10", "CO_CP: -10")
    text = path.read_text(encoding="utf-8")
    cut = text.index("    why: >-\n      The city gives")
    path.write_text(text[:cut] + text[text.index("  one_initiative_a_year:") :], "utf-8")
    messages = refusal(path)
    assert any("effort.weights.CO_CP" in m and "greater than or equal to 0" in m for m in messages)
    assert any("one_of_a_year.one_city_award_a_year.why" in m for m in messages)


def test_a_code_written_twice_in_a_group_is_refused(tmp_path):
    path = edited(tmp_path, "codes: [SKKN_CS, SKKN_TP]", "codes: [SKKN_CS, SKKN_CS]")
    [message] = refusal(path)
    assert "one_of_a_year.one_initiative_a_year.codes[1]" in message
    assert "SKKN_CS is written twice" in message
