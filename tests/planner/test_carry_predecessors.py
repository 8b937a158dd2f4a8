"""A merged unit's predecessors' history is a setting (`carry_predecessors`): by
default carried for proposal years up to 2023 (the old practice) and not from
2024, and a verdict that counts it names the setting and its basis."""

from __future__ import annotations

from graph.models import Achievement, Dataset, Discipline, LineageEvent, Unit
from planner.audit.document import holder_record
from planner.check.checker import check
from planner.settings import Settings, settings_text

OLD = Unit(
    id="phuong-cu",
    name="Phường Cũ",
    kind="ward",
    lineage=(LineageEvent(kind="merged_into", other="phuong-moi", year=2025),),
)
NEW = Unit(id="phuong-moi", name="Phường Mới", kind="ward")
DATA = Dataset(
    units=[OLD, NEW],
    achievements=[
        Achievement(holder="phuong-cu", award="BK_TP", year=2016),
        Achievement(holder="phuong-cu", award="CO_TP", year=2018),
        Achievement(holder="phuong-moi", award="HTXSNV", year=2019),
    ],
    disciplines=[Discipline(holder="phuong-cu", year=2017, end_year=2017, form="Khiển trách")],
)


def test_up_to_2023_a_merged_unit_carries_its_predecessors_by_default():
    holder, history = holder_record(DATA, "phuong-moi", 2023, Settings())
    assert holder.carried_from == ("phuong-cu",)
    assert {a.holder for a in history} == {"phuong-cu", "phuong-moi"}
    assert [d.holder for d in holder.disciplines] == ["phuong-cu"]


def test_from_2024_it_does_not_by_default():
    holder, history = holder_record(DATA, "phuong-moi", 2024, Settings())
    assert holder.carried_from == ()
    assert {a.holder for a in history} == {"phuong-moi"}
    assert holder.disciplines == ()


def test_the_setting_overrides_the_year_either_way():
    on, _ = holder_record(DATA, "phuong-moi", 2026, Settings(carry_predecessors=True))
    off, _ = holder_record(DATA, "phuong-moi", 2021, Settings(carry_predecessors=False))
    assert on.carried_from == ("phuong-cu",) and off.carried_from == ()


def test_a_verdict_resting_on_predecessors_names_the_setting_and_its_basis():
    holder, history = holder_record(DATA, "phuong-moi", 2022, Settings())
    verdict = check(holder, history, "BK_TTG", 2022, ruleset_id="hanoi-2018")
    assert verdict.eligible  # BK_TP 2016 and CO_TP 2018 of the former ward
    carried = [w for w in verdict.warnings if "carry_predecessors" in w.en]
    assert len(carried) == 1
    assert "phuong-cu" in carried[0].vi and "Hội đồng Thi đua" in carried[0].vi
    assert "carry_predecessors=true" in settings_text(verdict.settings)


def test_a_verdict_without_them_says_the_setting_was_off():
    holder, history = holder_record(DATA, "phuong-moi", 2024, Settings())
    verdict = check(holder, history, "BK_TTG", 2024, ruleset_id="hanoi-2018")
    assert not verdict.eligible
    assert not [w for w in verdict.warnings if "carry_predecessors" in w.en]
    assert "carry_predecessors=false" in settings_text(verdict.settings)
