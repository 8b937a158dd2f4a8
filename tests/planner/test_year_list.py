"""The year's list (planner/audit/year_list.py): who may be proposed now, in three
groups, each with its reason in one line, and the list as an attachable document."""

from __future__ import annotations

import pytest

from graph.catalogue import default_catalogue
from graph.io.documents.model import Paragraph, Table
from graph.io.longbien import load_longbien
from graph.models import Achievement
from planner import year_list, year_list_document

THUONG_THANH = "phuong-thuong-thanh"


@pytest.fixture(scope="module")
def data():
    return load_longbien()


def names(answer, group: str) -> list[str]:
    return [c.holder.name for c in answer.group(group)]


def test_every_2020_proposal_of_the_letter_is_eligible_on_assumed_years(data):
    answer = year_list(data, 2020)
    proposed = {
        data.unit(t.holder).name
        for t in data.targets
        if t.section == "proposal" and t.plan_year == 2020
    }
    assert names(answer, "eligible") == []
    assert set(names(answer, "assumed")) == proposed
    assert all(c.verdict.rests_on_assumptions for c in answer.group("assumed"))


def test_almost_is_one_achievement_short_and_says_which(data):
    answer = year_list(data, 2020)
    almost = {c.holder.name: c for c in answer.group("almost")}
    ngoc_lam = almost["Phường Ngọc Lâm"]
    assert ngoc_lam.target == "HCLD3" and not ngoc_lam.verdict.eligible
    assert ngoc_lam.reason(default_catalogue()) == (
        "thêm 1 Cờ thi đua của UBND Thành phố trong 2015–2019, hoặc thêm 1 Bằng khen của Chủ "
        "tịch UBND Thành phố"
    )
    # Phòng Y tế lacks years as well as an achievement: not “almost”.
    assert "Phòng Y tế" not in almost


def test_recorded_ratings_move_thuong_thanh_to_the_plain_yes(data):
    rated = [Achievement(holder=THUONG_THANH, award="HTXSNV", year=y) for y in range(2003, 2020)]
    rated = [a for a in rated if a.year != 2017]  # 2017 holds flags, which imply HTXSNV
    richer = data.model_copy(update={"achievements": [*data.achievements, *rated]})
    answer = year_list(richer, 2020)
    assert names(answer, "eligible") == ["Phường Thượng Thanh"]
    (plain,) = answer.group("eligible")
    assert plain.conclusion() == "đủ điều kiện"
    assert plain.conclusion("en") == "eligible"


def test_rows_go_by_group_then_from_the_top_of_the_ladder(data):
    answer = year_list(data, 2020)
    ladder = default_catalogue().ladder()
    for group in ("assumed", "almost"):
        rungs = [ladder.index(c.target) for c in answer.group(group)]
        assert rungs == sorted(rungs, reverse=True)
    assert [c.group for c in answer.candidates] == sorted(
        (c.group for c in answer.candidates), key=("eligible", "assumed", "almost").index
    )


def test_a_year_with_no_record_gives_an_empty_list_and_still_a_document(data):
    answer = year_list(data, 1995)
    assert answer.candidates == ()
    document = year_list_document(data, answer)
    assert [b.text for b in document.blocks if isinstance(b, Paragraph)][-1] == "Không có."


def test_the_document_has_one_table_per_group_with_the_assumption_named(data):
    answer = year_list(data, 2020)
    document = year_list_document(data, answer, lang="en")
    assert document.landscape
    sections = [
        b.text for b in document.blocks if isinstance(b, Paragraph) and b.style == "section"
    ]
    assert sections == [
        "1. Eligible (0)",
        f"2. Eligible on assumptions ({len(answer.group('assumed'))})",
        f"3. One achievement short ({len(answer.group('almost'))})",
    ]
    rows = [r.cells for b in document.blocks if isinstance(b, Table) for r in b.rows]
    thuong_thanh = next(r for r in rows if r[1] == "Phường Thượng Thanh")
    assert thuong_thanh[2:4] == (
        "Labour Order, second class",
        "eligible (assuming 16 years of HTXSNV)",
    )


def test_a_rung_whose_rule_is_not_entered_is_listed_not_dropped(data):
    """In 2026 luat-2022 answers and has no collective rung entered: the list must
    say who could not be answered and where to look, never a silent "nobody"."""
    answer = year_list(data, 2026)
    assert answer.ruleset == "luat-2022"
    assert answer.candidates == ()
    collective = [u.id for u in data.units if u.kind != "district" and u.id in HELD]
    assert {n.holder.id for n in answer.not_entered} == set(collective)
    by_target = {n.target: n.reason("vi") for n in answer.not_entered}
    assert "Điều 73 khoản 2" in by_target["BK_TTG"]
    document = year_list_document(data, answer)
    texts = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    assert any(t.startswith("4. Chưa trả lời được (") for t in texts)


HELD = {a.holder for a in load_longbien().achievements}
