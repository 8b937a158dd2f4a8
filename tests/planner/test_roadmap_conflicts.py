"""A by-year is a deadline of the council model: two deadlines that one flag a year
cannot both meet are named, with what the one left out would need."""

from __future__ import annotations

from graph.models import (
    Achievement,
    Dataset,
    EmulationBlock,
    RoadmapTarget,
    RoadmapVersion,
    Unit,
)
from planner.plan.council.model import Quotas
from planner.roadmap.council import plan_version


def two_wards() -> Dataset:
    """Two wards of one block, each with a city certificate (BK_TP) in 2015 and five
    excellent years since. BK_TTG on that base needs, in the window besides the base,
    1 CO_TP or 2 BK_TP (hanoi-2018). Proposed in 2021, the window is 2015–2020 and the
    plan may add awards from 2020 only: one award in one year, so only a CO_TP 2020
    will do (two BK_TP need two years). One CO_TP a block a year: one ward only."""
    units = [
        Unit(id=f"phuong-{x}", name=f"Phường {x.upper()}", kind="ward", block="khoi-1")
        for x in ("a", "b")
    ]
    achievements = [Achievement(holder=u.id, award="BK_TP", year=2015) for u in units]
    achievements += [
        Achievement(holder=u.id, award="HTXSNV", year=y) for u in units for y in range(2015, 2020)
    ]
    return Dataset(
        blocks=[EmulationBlock(id="khoi-1", name="Khối 1")], units=units, achievements=achievements
    )


def roadmap(priority_a: int, priority_b: int) -> RoadmapVersion:
    return RoadmapVersion(
        name="Thử",
        from_year=2020,
        targets=(
            RoadmapTarget(holder="phuong-a", award="BK_TTG", by_year=2021, priority=priority_a),
            RoadmapTarget(holder="phuong-b", award="BK_TTG", by_year=2021, priority=priority_b),
        ),
    )


def test_two_deadlines_under_one_flag_a_year_the_higher_priority_holds():
    planned = plan_version(two_wards(), roadmap(3, 2), quotas=Quotas(block={"CO_TP": 1}))
    years = {
        o.holder.id: (o.reached, o.plan.year if o.plan else None) for o in planned.result.outcomes
    }
    assert years == {"phuong-a": (True, 2021), "phuong-b": (False, None)}
    [conflict] = planned.conflicts
    assert (conflict.holder, conflict.cause, conflict.by_year) == ("phuong-b", "quotas", 2021)
    assert conflict.competitors == ("Phường A",)
    needs = {n.kind: n for n in conflict.needs}
    # more quota: a second CO_TP for the block in 2020
    assert (needs["quota"].award, needs["quota"].year, needs["quota"].scope) == (
        "CO_TP",
        2020,
        "block",
    )
    # a later year: CO_TP 2021 (or BK_TP 2020 and 2021) → 2022
    assert needs["later_year"].year == 2022
    # dropping the other ward's target frees the flag
    assert needs["drop"].holder == "phuong-a"
    assert [n.kind for n in conflict.needs] == ["quota", "later_year", "drop"]


def test_the_priority_decides_who_keeps_the_deadline():
    planned = plan_version(two_wards(), roadmap(1, 5))
    reached = {o.holder.id for o in planned.result.outcomes if o.reached}
    assert reached == {"phuong-b"}
    assert [c.holder for c in planned.conflicts] == ["phuong-a"]


def test_two_flags_a_year_meet_both_deadlines_and_nothing_conflicts():
    planned = plan_version(two_wards(), roadmap(3, 2), quotas=Quotas(block={"CO_TP": 2}))
    assert all(o.reached for o in planned.result.outcomes)
    assert planned.conflicts == ()


def test_a_deadline_the_rules_cannot_meet_is_not_blamed_on_the_quotas(longbien):
    version = RoadmapVersion(
        name="Y tế",
        from_year=2020,
        targets=(RoadmapTarget(holder="phong-y-te", award="BK_TTG", by_year=2022),),
    )
    [conflict] = plan_version(longbien, version).conflicts
    assert conflict.cause == "rules" and conflict.earliest_alone == 2023
    assert [n.kind for n in conflict.needs] == ["later_year"]
    assert any("base BK_TP 2018 → 2023" in r.en for r in conflict.reasons)


def test_the_plan_kept_in_the_version_holds_every_target_and_step():
    planned = plan_version(two_wards(), roadmap(3, 2))
    record = planned.record
    assert (record.from_year, record.ruleset, record.status) == (2020, "hanoi-2018", "OPTIMAL")
    assert [(t.holder, t.reached, t.year) for t in record.targets] == [
        ("phuong-a", True, 2021),
        ("phuong-b", False, None),
    ]
    assert [(s.holder, s.year, s.award, s.kind) for s in record.steps] == [
        ("phuong-a", 2020, "CO_TP", "achievement"),
        ("phuong-a", 2021, "BK_TTG", "proposal"),
    ]
    assert '"CO_TP":1' in record.quotas


def test_a_persons_target_is_planned_in_their_units_block():
    from tests.sample_records import every_model

    version = RoadmapVersion(
        name="Cá nhân",
        from_year=2020,
        targets=(RoadmapTarget(holder="nguyen-van-a", award="BK_TTG"),),
    )
    [outcome] = plan_version(every_model(), version).result.outcomes
    assert (outcome.holder.kind, outcome.block, outcome.reached) == (
        "individual",
        "khoi-phuong",
        True,
    )
