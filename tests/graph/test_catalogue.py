"""The award catalogue (data/awards.yaml): the ladder is its `rung:` field, read,
not typed a second time in code; the targets the pages and the CLI offer are the
rungs a ruleset has a standard for (planner.check.standing.plannable_targets)."""

from __future__ import annotations

import pytest

from graph.catalogue import default_catalogue, load_catalogue
from graph.datafiles import data_dir
from planner.check.standing import plannable_targets
from planner.rules.book import default_book

AWARDS = data_dir() / "awards.yaml"


def test_the_ladder_is_the_rung_field_of_the_data():
    assert default_catalogue().ladder() == ("BK_TP", "BK_TTG", "HCLD3", "HCLD2", "HCLD1")


def test_a_rung_moved_in_the_data_moves_on_the_ladder(tmp_path):
    text = AWARDS.read_text(encoding="utf-8")
    swapped = text.replace(
        "code: HCLD2, category: order, level: state, holders: both, rung: 4",
        "code: HCLD2, category: order, level: state, holders: both, rung: 5",
    ).replace(
        "code: HCLD1, category: order, level: state, holders: both, rung: 5",
        "code: HCLD1, category: order, level: state, holders: both, rung: 4",
    )
    assert swapped != text
    path = tmp_path / "awards.yaml"
    path.write_text(swapped, encoding="utf-8")
    assert load_catalogue(path).ladder()[-2:] == ("HCLD1", "HCLD2")


def test_two_awards_on_one_rung_are_refused_with_both_named(tmp_path):
    text = AWARDS.read_text(encoding="utf-8")
    path = tmp_path / "awards.yaml"
    path.write_text(text.replace("holders: both, rung: 4", "holders: both, rung: 3"), "utf-8")
    with pytest.raises(ValueError) as caught:
        load_catalogue(path)
    assert "rung 3 is held by HCLD2, HCLD3" in str(caught.value)
    assert "rung 4 is expected next" in str(caught.value)


@pytest.mark.parametrize(
    ("ruleset", "kind", "targets"),
    [
        ("hanoi-2018", "collective", ["BK_TTG", "HCLD3", "HCLD2", "HCLD1"]),
        ("hanoi-2018", "individual", ["BK_TTG", "HCLD3", "HCLD2", "HCLD1"]),
        ("nd65-2014", "collective", ["BK_TTG", "HCLD3"]),
        ("nd65-2014", "individual", []),
    ],
)
def test_the_targets_offered_are_the_rungs_the_ruleset_has_a_standard_for(ruleset, kind, targets):
    book = default_book()
    assert plannable_targets(kind, book.get(ruleset), default_catalogue()) == targets


def test_a_sentence_names_its_awards_and_keeps_its_ratings():
    names = default_catalogue()
    said = names.spelled_out("thêm 1 CO_TP trong 2018–2019, hoặc thêm 2 BK_TP; liên tục HTXSNV")
    assert said == (
        "thêm 1 Cờ thi đua của UBND Thành phố trong 2018–2019, hoặc thêm 2 Bằng khen của Chủ "
        "tịch UBND Thành phố; liên tục HTXSNV"
    )
    assert names.spelled_out("BK_TTG 2014", "en") == "Prime Minister's certificate of merit 2014"
    assert names.spelled_out("BK_TPX, XBK_TP") == "BK_TPX, XBK_TP"  # only whole codes
