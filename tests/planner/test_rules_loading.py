"""The rulesets in data/rules load, carry their citations, and a broken one is
refused with the file, the line and the path of every problem."""

from pathlib import Path

import pytest

from planner.rules.book import default_book, load_rulesets
from planner.rules.files import load_ruleset, rules_dir
from planner.rules.problems import RulesetError

SHIPPED = rules_dir()


def test_the_three_rulesets_of_the_issue_are_shipped():
    assert {"hanoi-2018", "nd91-2017", "nd65-2014"} <= set(default_book().ids())


@pytest.mark.parametrize("ruleset_id", ["hanoi-2018", "nd91-2017"])
def test_rulesets_quoted_in_pl3_are_verified_for_collectives_and_individuals(ruleset_id):
    ruleset = default_book().get(ruleset_id)
    assert ruleset.verified
    assert set(ruleset.collective) == {"BK_TTG", "HCLD3", "HCLD2", "HCLD1"}
    assert set(ruleset.individual) == {"BK_TTG", "HCLD3", "HCLD2", "HCLD1"}


def test_nd65_is_shipped_unverified_because_the_seed_does_not_quote_it():
    nd65 = default_book().get("nd65-2014")
    assert not nd65.verified
    assert all(not r.verified for r in nd65.requirements())


def test_every_requirement_cites_a_document():
    for ruleset in default_book():
        for requirement in ruleset.requirements():
            assert requirement.cite
            assert all(c.document for c in requirement.cite)


def test_hanoi_hcld3_cites_decree_91_article_24_point_b_for_the_founding_age():
    rule = default_book().get("hanoi-2018").collective["HCLD3"]
    assert rule.operating_age is not None and rule.operating_age.min_years == 10
    assert "Nghị định 91/2017/NĐ-CP, Điều 24 điểm b" in rule.operating_age.citation_text()


def test_hanoi_ladder_numbers_follow_pl4():
    hanoi = default_book().get("hanoi-2018").collective
    counts = {
        target: [{t.awards[0]: t.count for t in o.terms} for o in rule.window_options.any_of]
        for target, rule in hanoi.items()
    }
    assert counts == {
        "BK_TTG": [{"CO_TP": 1}, {"BK_TP": 2}],
        "HCLD3": [{"CO_TP": 2}, {"CO_TP": 1, "BK_TP": 1}],
        "HCLD2": [{"CO_CP": 1, "CO_TP": 1}, {"CO_TP": 3}],
        "HCLD1": [{"CO_CP": 1, "CO_TP": 2}, {"CO_TP": 4}],
    }
    assert "PL4 (Hà Nội), mục 1" in hanoi["HCLD1"].window_options.citation_text()


def test_only_the_city_awards_accumulate_under_hanoi_and_all_under_nd91():
    book = default_book()
    assert book.get("hanoi-2018").accumulation.ministry_awards_count is False
    assert "Lưu ý dưới PL3" in book.get("hanoi-2018").accumulation.citation_text()
    assert book.get("nd91-2017").accumulation.ministry_awards_count is True


def test_effective_periods_are_proposal_years():
    book = default_book()
    assert book.get("hanoi-2018").period.text() == "2018–2023"
    assert 2020 in book.get("hanoi-2018").period
    assert 2024 not in book.get("hanoi-2018").period


# broken files --------------------------------------------------------------------------


def write_ruleset(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def copy_of_hanoi(tmp_path: Path, replace: str, by: str) -> Path:
    text = (SHIPPED / "hanoi-2018.yaml").read_text(encoding="utf-8")
    assert replace in text
    return write_ruleset(tmp_path, "hanoi-2018.yaml", text.replace(replace, by, 1))


def messages(error: RulesetError, lang: str = "en") -> list[str]:
    return [p.message(lang) for p in error.problems]


def test_an_unknown_award_code_names_the_line_the_path_and_the_nearest_codes(tmp_path):
    path = copy_of_hanoi(tmp_path, "- {CO_TP: 2}", "- {CO_TTP: 2}")
    with pytest.raises(RulesetError) as caught:
        load_ruleset(path)
    [problem] = caught.value.problems
    assert problem.field == "collective.HCLD3.window_options.any_of[0].CO_TTP"
    assert problem.row == _line_of(path, "CO_TTP")
    text = problem.message("en")
    assert text.startswith(f"hanoi-2018.yaml, line {problem.row}")
    assert "unknown award code “CO_TTP”" in text and "nearest known: CO_TP" in text
    assert "gần nhất là: CO_TP" in problem.message("vi")


def test_a_count_that_is_not_a_number_is_placed_on_its_code(tmp_path):
    path = copy_of_hanoi(tmp_path, "- {CO_TP: 4}", "- {CO_TP: four}")
    with pytest.raises(RulesetError) as caught:
        load_ruleset(path)
    [problem] = caught.value.problems
    assert problem.field == "collective.HCLD1.window_options.any_of[1].CO_TP"
    assert problem.row == _line_of(path, "CO_TP: four")
    assert "phải là số nguyên" in problem.message("vi")


def test_a_missing_field_is_named(tmp_path):
    path = copy_of_hanoi(
        tmp_path,
        "    continuity: {rating: HTXSNV, gap_years: 5, cite: "
        "[*pl4_c_hcld2, *nd91_c_hcld2], verified: true}\n",
        "",
    )
    with pytest.raises(RulesetError) as caught:
        load_ruleset(path)
    [problem] = caught.value.problems
    assert problem.field == "collective.HCLD2.continuity"
    assert "a value is required" in problem.message("en")


def test_a_typo_in_a_field_name_is_refused_not_ignored(tmp_path):
    path = copy_of_hanoi(tmp_path, "operating_age: {min_years: 10", "operating_age: {min_year: 10")
    with pytest.raises(RulesetError) as caught:
        load_ruleset(path)
    fields = {p.field for p in caught.value.problems}
    assert "collective.HCLD3.operating_age.min_year" in fields


def test_a_flag_in_the_options_of_a_flag_ineligible_collective_is_refused(tmp_path):
    path = copy_of_hanoi(tmp_path, "        - {BK_TP: 3}", "        - {CO_TP: 3}")
    with pytest.raises(RulesetError) as caught:
        load_ruleset(path)
    [problem] = caught.value.problems
    assert problem.field == "collective.HCLD1.flag_ineligible_options.any_of[0].CO_TP"
    assert "is a flag" in problem.message("en")


def test_a_flag_asked_of_an_individual_is_refused(tmp_path):
    path = copy_of_hanoi(tmp_path, "        - {SKKN_TP: 2}", "        - {CO_TP: 2}")
    with pytest.raises(RulesetError) as caught:
        load_ruleset(path)
    assert "CO_TP is not awarded to individuals" in messages(caught.value)[0]


def test_a_rung_that_is_not_on_the_ladder_is_refused(tmp_path):
    path = copy_of_hanoi(tmp_path, "\n  HCLD2:\n", "\n  GK:\n")
    with pytest.raises(RulesetError) as caught:
        load_ruleset(path)
    assert any("“GK” is not a rung" in m for m in messages(caught.value))


def test_broken_yaml_gives_the_line(tmp_path):
    path = copy_of_hanoi(tmp_path, "  HCLD2:\n    base:", "  HCLD2:\n    base: [")
    with pytest.raises(RulesetError) as caught:
        load_ruleset(path)
    [problem] = caught.value.problems
    assert problem.reason == "yaml_syntax" and problem.row is not None
    assert problem.message("vi").startswith("hanoi-2018.yaml, dòng")


def test_a_key_written_twice_is_refused(tmp_path):
    path = copy_of_hanoi(tmp_path, "precedence: 10", "precedence: 10\nprecedence: 0")
    with pytest.raises(RulesetError) as caught:
        load_ruleset(path)
    [problem] = caught.value.problems
    assert problem.reason == "duplicate_key" and problem.field == "precedence"


def test_the_id_must_match_the_file_name(tmp_path):
    text = (SHIPPED / "hanoi-2018.yaml").read_text(encoding="utf-8")
    path = write_ruleset(tmp_path, "hanoi-2019.yaml", text)
    with pytest.raises(RulesetError) as caught:
        load_ruleset(path)
    assert "differs from the file name “hanoi-2019”" in messages(caught.value)[0]


def test_one_broken_file_refuses_the_shelf_and_names_every_problem(tmp_path):
    copy_of_hanoi(tmp_path, "- {BK_TP: 2}", "- {BK_TPP: 2}")
    text = (SHIPPED / "nd91-2017.yaml").read_text(encoding="utf-8")
    write_ruleset(tmp_path, "nd91-2017.yaml", text.replace("gap_years: 5", "gap_years: 0", 1))
    with pytest.raises(RulesetError) as caught:
        load_rulesets(tmp_path)
    files = {p.file for p in caught.value.problems}
    assert files == {"hanoi-2018.yaml", "nd91-2017.yaml"}


def test_an_empty_folder_is_not_a_shelf(tmp_path):
    with pytest.raises(RulesetError) as caught:
        load_rulesets(tmp_path)
    assert "no ruleset" in messages(caught.value)[0]


def _line_of(path: Path, text: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if text in line:
            return number
    raise AssertionError(f"{text!r} not in {path}")
