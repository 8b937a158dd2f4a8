"""Roadmap versions in both stores: a version with its targets and plan reads back
as written; edits, adoption and removal go through the validator; nothing is written
when a change is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.models import (
    Change,
    Dataset,
    PlannedStep,
    PlannedTarget,
    RoadmapPlan,
    RoadmapTarget,
    RoadmapVersion,
)
from graph.problems import Rejected
from tests.sample_records import every_model


def a_version(name: str = "Lộ trình 2026–2030", **fields) -> RoadmapVersion:
    return RoadmapVersion(
        name=name,
        from_year=2026,
        to_year=2030,
        note="dự thảo\nlần 1",
        created_by="Nguyễn Thị B",
        created_at=dt.date(2026, 3, 2),
        targets=(
            RoadmapTarget(
                holder="phuong-a",
                award="BK_TTG",
                by_year=2027,
                priority=3,
                note="Phấn đấu 01 Cờ thi đua TP",
                set_by="Nguyễn Thị B",
                set_at=dt.date(2026, 3, 2),
            ),
            RoadmapTarget(holder="nguyen-van-a", award="BK_TTG"),
        ),
        plan=RoadmapPlan(
            planned_at=dt.date(2026, 3, 3),
            from_year=2026,
            horizon=10,
            ruleset="hanoi-2018",
            settings='{"window":"from_base_year"}',
            quotas='{"block":{"CO_TP":1},"council":{}}',
            status="OPTIMAL",
            gap=0.0,
            targets=(
                PlannedTarget(
                    holder="phuong-a",
                    award="BK_TTG",
                    priority=3,
                    by_year=2027,
                    reached=True,
                    year=2027,
                    cost=3,
                ),
                PlannedTarget(
                    holder="nguyen-van-a",
                    award="BK_TTG",
                    priority=2,
                    reached=False,
                    alone_year=2031,
                    note="không đạt",
                ),
            ),
            steps=(
                PlannedStep(
                    holder="phuong-a", year=2026, award="CO_TP", kind="achievement", effort=3
                ),
                PlannedStep(holder="phuong-a", year=2027, award="BK_TTG", kind="proposal"),
            ),
        ),
        **fields,
    )


def test_a_version_with_its_targets_and_plan_round_trips(empty_store):
    empty_store.apply(Change(add=every_model()))
    version = a_version()
    empty_store.apply(Change(add=Dataset(roadmaps=[version, a_version("Dự thảo lần 2")])))
    data = empty_store.snapshot()
    assert data.roadmaps == [version, a_version("Dự thảo lần 2")]
    assert data.model_copy(update={"roadmaps": []}) == every_model()


def test_edit_adopt_and_remove_keep_the_order_and_one_adopted(empty_store):
    empty_store.apply(Change(add=every_model()))
    first, second = a_version(), a_version("Dự thảo lần 2")
    empty_store.apply(Change(add=Dataset(roadmaps=[first, second])))
    edited = first.model_copy(update={"targets": first.targets[:1], "plan": None, "adopted": True})
    empty_store.apply(Change(replace_roadmaps=[edited]))
    assert empty_store.snapshot().roadmaps == [edited, second]
    with pytest.raises(Rejected) as refused:
        empty_store.apply(Change(replace_roadmaps=[second.model_copy(update={"adopted": True})]))
    assert [p.reason for p in refused.value.problems] == ["two_adopted"]
    assert empty_store.snapshot().roadmaps == [edited, second]
    empty_store.apply(Change(remove_roadmaps=[edited.name]))
    assert empty_store.snapshot().roadmaps == [second]


def test_a_refused_version_writes_nothing(empty_store):
    empty_store.apply(Change(add=every_model()))
    bad = a_version().model_copy(
        update={"targets": (RoadmapTarget(holder="phuong-z", award="BK_TTG"),)}
    )
    with pytest.raises(Rejected) as refused:
        empty_store.apply(Change(add=Dataset(roadmaps=[bad])))
    assert [p.reason for p in refused.value.problems] == ["unknown_holder"]
    with pytest.raises(Rejected):
        empty_store.apply(Change(remove_roadmaps=["Không có"]))
    assert empty_store.snapshot().roadmaps == []


def test_replace_and_clear_carry_the_versions(empty_store):
    data = every_model().model_copy(update={"roadmaps": [a_version(adopted=True)]})
    empty_store.replace(data)
    assert empty_store.snapshot() == data
    empty_store.clear()
    assert empty_store.snapshot().roadmaps == []
