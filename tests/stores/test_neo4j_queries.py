"""The Cypher queries of docs/neo4j.md, run on the Long Biên set."""

from __future__ import annotations

import pytest

from graph.lineage import predecessors
from graph.models import Change, Dataset, LineageEvent, Unit
from graph.store.neo4j.queries import (
    InheritedAchievement,
    Predecessor,
    lineage_of_merged_ward,
    unit_history_as_paths,
)
from planner.check.checker import check
from planner.check.shortlist import within_one_achievement


def shortlist(store, year: int) -> list[tuple[str, str]]:
    """Units one achievement short of HCLD3 in `year`: the store hands over the
    records, the checker answers (no rule in Cypher)."""
    records = [(unit, store.history(unit.id)) for unit in store.units()]
    return [(u.id, u.name) for u in within_one_achievement(records, "HCLD3", year)]


@pytest.fixture
def longbien_neo4j(neo4j_store, longbien):
    neo4j_store.apply(Change(add=longbien))
    return neo4j_store


def test_a_units_history_as_paths_is_its_own_record_before_any_merger(longbien_neo4j):
    assert unit_history_as_paths(longbien_neo4j, "phong-y-te") == [
        InheritedAchievement(2018, "BK_TP", "phong-y-te", ("phong-y-te",)),
        InheritedAchievement(2019, "TTLDXS", "phong-y-te", ("phong-y-te",)),
    ]


def test_a_merged_wards_history_comes_down_the_merger(longbien_neo4j, ward_merger):
    longbien_neo4j.apply(ward_merger)
    paths = unit_history_as_paths(longbien_neo4j, "phuong-bo-de-2025")
    assert [(p.year, p.award, p.holder) for p in paths] == [
        (a.year, a.award, a.holder)
        for a in longbien_neo4j.history("phuong-bo-de-2025", with_predecessors=True)
    ]
    assert (
        InheritedAchievement(
            2015, "BK_TTG", "phuong-ngoc-lam", ("phuong-bo-de-2025", "phuong-ngoc-lam")
        )
        in paths
    )


def test_units_within_one_achievement_of_hcld3_in_2020(longbien_neo4j):
    """Centre and Ngọc Lâm hold a BK_TTG five years back and one CO_TP since; the
    units already eligible and those whose BK_TTG is too recent are left out."""
    assert shortlist(longbien_neo4j, 2020) == [
        ("tt-boi-duong-chinh-tri", "Trung tâm Bồi dưỡng chính trị"),
        ("phuong-ngoc-lam", "Phường Ngọc Lâm"),
    ]


def test_the_checker_agrees_the_shortlist_is_not_yet_eligible(longbien_neo4j):
    for unit_id, _ in shortlist(longbien_neo4j, 2020):
        unit = longbien_neo4j.unit(unit_id)
        verdict = check(unit, longbien_neo4j.history(unit.id), "HCLD3", 2020)
        assert not verdict.eligible


def test_by_2022_the_recent_bk_ttg_holders_join_the_shortlist(longbien_neo4j):
    assert [unit_id for unit_id, _ in shortlist(longbien_neo4j, 2022)] == [
        "van-phong-quan-uy",
        "tt-boi-duong-chinh-tri",
        "phuong-gia-thuy",
        "phuong-ngoc-lam",
    ]


def test_the_lineage_of_a_merged_ward_matches_what_history_walks(longbien_neo4j, ward_merger):
    longbien_neo4j.apply(ward_merger)
    # And, made up for the test, a name Ngọc Lâm had before: a second step.
    longbien_neo4j.apply(
        Change(
            add=Dataset(units=[Unit(id="phuong-ngoc-lam-cu", name="Phường Ngọc Lâm (tên cũ)")]),
            replace_units=[
                longbien_neo4j.unit("phuong-ngoc-lam").model_copy(
                    update={
                        "lineage": (
                            *longbien_neo4j.unit("phuong-ngoc-lam").lineage,
                            LineageEvent(kind="renamed", other="phuong-ngoc-lam-cu", year=2003),
                        )
                    }
                )
            ],
        )
    )
    lineage = lineage_of_merged_ward(longbien_neo4j, "phuong-bo-de-2025")
    assert lineage == [
        Predecessor("phuong-bo-de", 1, (("MERGED_INTO", 2025),)),
        Predecessor("phuong-gia-thuy", 1, (("MERGED_INTO", 2025),)),
        Predecessor("phuong-ngoc-lam", 1, (("MERGED_INTO", 2025),)),
        Predecessor("phuong-ngoc-lam-cu", 2, (("MERGED_INTO", 2025), ("RENAMED_FROM", 2003))),
    ]
    walked = predecessors(longbien_neo4j.units(), "phuong-bo-de-2025")
    assert sorted(p.unit_id for p in lineage) == sorted(walked)
