"""Totals and the ranking: equal totals share a rank, the ranks they take up are
skipped, and every tie is said in words."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.models import Dataset, Score
from planner.scoring.ranking import competition_ranking, ranking
from planner.scoring.round import scoring_round
from planner.scoring.totals import WardTotal, ward_totals
from tests.score_fixtures import full_year


def total(ward: str, points: str, name: str | None = None) -> WardTotal:
    value = Decimal(points)
    return WardTotal(
        ward=ward,
        name=name or ward,
        points=value,
        conventional_points=value * 10,
        by_criterion={},
    )


def with_scores(longbien: Dataset, scores) -> Dataset:
    return longbien.model_copy(update={"scores": list(scores)})


def test_equal_totals_share_a_rank_and_the_next_rank_is_skipped():
    rows, ties = competition_ranking(
        [
            total("phuong-a", "3.5", "Phường A"),
            total("phuong-c", "4", "Phường C"),
            total("phuong-b", "4", "Phường B"),
            total("phuong-d", "4.75", "Phường D"),
        ]
    )
    assert [(r.rank, r.total.ward, r.tied) for r in rows] == [
        (1, "phuong-d", False),
        (2, "phuong-b", True),
        (2, "phuong-c", True),
        (4, "phuong-a", False),
    ]
    [tie] = ties
    assert (tie.rank, tie.wards, tie.points, tie.next_rank) == (
        2,
        ("phuong-b", "phuong-c"),
        Decimal(4),
        4,
    )
    assert tie.words("vi") == (
        "Phường B và Phường C cùng xếp hạng 2 vì có tổng điểm bằng nhau: 4 điểm (40 điểm quy "
        "ước). Không có hạng 3; phường tiếp theo xếp hạng 4."
    )
    assert tie.words("en") == (
        "Phường B and Phường C share rank 2 because their totals are equal: 4 points (40 "
        "conventional points). No ward is ranked 3; the next ward is ranked 4."
    )


def test_a_three_way_tie_at_the_bottom_has_no_next_rank():
    rows, ties = competition_ranking(
        [total("a", "2"), total("b", "1.5"), total("c", "1.5"), total("d", "1.5")]
    )
    assert [r.rank for r in rows] == [1, 2, 2, 2]
    assert ties[0].next_rank is None
    assert ties[0].words("en") == (
        "b, c and d share rank 2 because their totals are equal: 1.5 points (15 conventional "
        "points)."
    )


def test_a_three_way_tie_in_the_middle_skips_two_ranks():
    rows, ties = competition_ranking(
        [total("a", "2"), total("b", "1"), total("c", "1"), total("d", "1"), total("e", "0.5")]
    )
    assert [r.rank for r in rows] == [1, 2, 2, 2, 5]
    assert ties[0].words("en").endswith("No ward is ranked 3–4; the next ward is ranked 5.")


def test_a_tie_on_points_with_different_conventional_totals_does_not_claim_them_equal():
    a = total("a", "2")
    b = total("b", "2").model_copy(update={"conventional_points": Decimal(25)})
    [tie] = competition_ranking([a, b])[1]
    assert tie.words("en") == "a and b share rank 1 because their totals are equal: 2 points."


def scores_of(longbien: Dataset, ward: str, points: str) -> list[Score]:
    """Every criterion of 2020 scored for `ward`, `points` each."""
    return [
        Score(year=2020, ward=ward, criterion=c.key, scorer=c.scorer, points=Decimal(points))
        for c in longbien.bonus_criteria
    ]


def test_totals_add_points_and_conventional_points_per_criterion(longbien):
    data = with_scores(longbien, scores_of(longbien, "phuong-bo-de", "0.5"))
    by_ward = {t.ward: t for t in ward_totals(scoring_round(data, 2020))}
    bo_de = by_ward["phuong-bo-de"]
    assert (bo_de.points, bo_de.conventional_points, bo_de.missing) == (
        Decimal("2.5"),
        Decimal("25"),
        (),
    )
    assert by_ward["phuong-ngoc-lam"].points == 0
    assert len(by_ward["phuong-ngoc-lam"].missing) == 5


def test_a_ranking_with_scores_missing_is_provisional(longbien):
    sent = [s for s in scores_of(longbien, "phuong-bo-de", "0.5") if s.criterion[-4:] != "II.3"]
    result = ranking(scoring_round(with_scores(longbien, sent), 2020))
    assert result.missing_scores == 5 * 7 - 4
    assert not result.complete
    assert result.provisional("en") == (
        "Provisional ranking: 31 scores of 7 wards have not arrived; they are not in the "
        "totals yet."
    )
    assert result.rows[0].total.ward == "phuong-bo-de"


def independent_ranks(scores) -> dict[str, int]:
    """Competition ranks from the definition: 1 + the number of wards with a
    strictly higher total."""
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for score in scores:
        totals[score.ward] += score.points
    return {w: 1 + sum(1 for other in totals.values() if other > t) for w, t in totals.items()}


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("tie_sizes", [(2,), (3, 2), (2, 2)])
def test_a_full_synthetic_year_is_ranked_correctly(longbien, seed, tie_sizes):
    year = full_year(longbien, 2020, seed=seed, tie_sizes=tie_sizes)
    assert len(year.scores) == 7 * 5
    result = ranking(scoring_round(with_scores(longbien, year.scores), 2020))
    assert result.complete and result.provisional is None
    assert {r.total.ward: r.rank for r in result.rows} == independent_ranks(year.scores)
    ranks = {r.total.ward: r.rank for r in result.rows}
    for group in year.ties:
        assert len({ranks[w] for w in group}) == 1, f"{group} were tied on purpose"
        assert any(set(group) <= set(tie.wards) for tie in result.ties)
    conventional = {r.total.ward: r.total.conventional_points for r in result.rows}
    assert all(conventional[r.total.ward] == r.total.points * 10 for r in result.rows)


def test_the_fixture_ties_wards_by_different_routes(longbien):
    year = full_year(longbien, 2020, seed=3, tie_sizes=(2,))
    [(first, second)] = year.ties
    vectors = defaultdict(dict)
    for score in year.scores:
        vectors[score.ward][score.criterion] = score.points
    assert sum(vectors[first].values()) == sum(vectors[second].values())
    assert vectors[first] != vectors[second]


@given(st.lists(st.integers(min_value=0, max_value=20), min_size=1, max_size=12))
def test_ranks_follow_the_competition_rule(steps):
    totals = [total(f"w{i:02d}", str(Decimal(s) / 4)) for i, s in enumerate(steps)]
    rows, ties = competition_ranking(totals)
    points = {t.ward: t.points for t in totals}
    for row in rows:
        assert row.rank == 1 + sum(1 for p in points.values() if p > points[row.total.ward])
        assert row.tied == (sum(1 for p in points.values() if p == points[row.total.ward]) > 1)
    assert [r.rank for r in rows] == sorted(r.rank for r in rows)
    assert sorted(w for tie in ties for w in tie.wards) == sorted(
        r.total.ward for r in rows if r.tied
    )
