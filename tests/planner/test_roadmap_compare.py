"""Two versions side by side: the targets and planned years that differ, and why."""

from __future__ import annotations

from graph.models import RoadmapTarget
from planner.plan.council.model import Quotas
from planner.roadmap.compare import compare_versions
from planner.roadmap.council import plan_version
from planner.roadmap.versions import copy_change, letter_version, target_change
from tests.planner.test_roadmap_conflicts import roadmap, two_wards


def planned(data, version, **options):
    return version.model_copy(update={"plan": plan_version(data, version, **options).record})


def test_a_changed_by_year_is_the_difference_and_its_own_reason():
    data = two_wards()
    first = planned(data, roadmap(3, 2))
    copy = copy_change(first, "Dự thảo lần 2").add.roadmaps[0]
    later = RoadmapTarget(holder="phuong-b", award="BK_TTG", by_year=2022, priority=2)
    second = target_change(copy, later).replace_roadmaps[0]
    assert second.plan is None  # edited: the copied plan no longer fits its targets
    unplanned = compare_versions(data, first, second)
    assert (unplanned.left_planned, unplanned.right_planned) == (True, False)
    comparison = compare_versions(data, first, planned(data, second))
    [row] = comparison.differences
    assert (row.holder, row.change, row.fields) == ("phuong-b", "changed", ("by_year",))
    # by 2021 it was left out (the one flag of 2020 went to Phường A); by 2022 it is planned
    assert (row.left_year, row.right_year) == (None, 2022)
    assert [w.en for w in row.why] == ["by-year: 2021 → 2022"]
    assert comparison.context == ()


def test_a_year_moved_by_another_targets_change_is_put_down_to_the_block_quotas():
    data = two_wards()
    first = planned(data, roadmap(3, 2))
    # Phường B's priority rises above A's: B takes the 2020 flag, A is left out.
    second = planned(data, roadmap(3, 4).model_copy(update={"name": "B trước"}))
    rows = {r.holder: r for r in compare_versions(data, first, second).differences}
    assert (rows["phuong-a"].left_year, rows["phuong-a"].right_year) == (2021, None)
    assert rows["phuong-a"].change == "same"
    assert "the targets of Phường B changed" in rows["phuong-a"].why[0].en
    assert [w.en for w in rows["phuong-b"].why][0] == "priority: 2 → 4"


def test_plans_made_under_other_quotas_say_so():
    data = two_wards()
    first = planned(data, roadmap(3, 2))
    second = planned(data, roadmap(3, 2), quotas=Quotas(block={"CO_TP": 2}))
    comparison = compare_versions(data, first, second)
    assert any("another quotas" in w.en for w in comparison.context)
    [row] = comparison.differences
    assert row.holder == "phuong-b" and row.right_year == 2021
    assert "the two plans were made under other conditions" in [w.en for w in row.why]


def test_added_and_removed_targets(longbien):
    letter = letter_version(longbien)
    other = letter.model_copy(
        update={
            "name": "Khác",
            "targets": (
                *letter.targets[1:],
                RoadmapTarget(holder="phong-noi-vu", award="BK_TTG", by_year=2026),
            ),
        }
    )
    changes = {r.holder: r.change for r in compare_versions(longbien, letter, other).differences}
    assert changes == {"phong-van-hoa-thong-tin": "removed", "phong-noi-vu": "added"}
