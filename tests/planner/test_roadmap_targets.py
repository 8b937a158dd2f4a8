"""Targets a planner sets: what the record refuses (graph/validate.py) and what the
rules refuse or flag (planner/roadmap/targets.py)."""

from __future__ import annotations

import pytest

from graph.models import Change, Dataset, RoadmapTarget, RoadmapVersion
from graph.store.embedded import EmbeddedStore
from graph.validate import check_change
from planner.roadmap.targets import check_target, roadmap_table
from planner.roadmap.versions import (
    VersionError,
    adopt_change,
    copy_change,
    find_version,
    letter_version,
    new_version_change,
    remove_target_change,
    target_change,
)


def version(*targets: RoadmapTarget, name="Lộ trình 2026–2030", start=2020, **fields):
    return RoadmapVersion(name=name, from_year=start, targets=targets, **fields)


def reasons(longbien, catalogue, change: Change) -> list[tuple[str, str, str]]:
    return [(p.reason, p.field, p.message("en")) for p in check_change(change, longbien, catalogue)]


def test_an_unknown_award_is_refused_with_the_nearest_codes(longbien, catalogue):
    change = new_version_change(version(RoadmapTarget(holder="phong-y-te", award="BK_TT")))
    [(reason, field, message)] = reasons(longbien, catalogue, change)
    assert (reason, field) == ("unknown_award", "targets[0].award")
    assert "nearest known: BK_TTG" in message


def test_a_target_that_is_not_a_rung_or_not_for_this_holder_is_refused(longbien, catalogue):
    change = new_version_change(
        version(
            RoadmapTarget(holder="phong-y-te", award="CO_TP"),
            RoadmapTarget(holder="phong-y-tx", award="BK_TTG"),
        )
    )
    found = reasons(longbien, catalogue, change)
    assert [(r, f) for r, f, _ in found] == [
        ("not_a_rung", "targets[0].award"),
        ("unknown_holder", "targets[1].holder"),
    ]
    assert "BK_TP → BK_TTG → HCLD3 → HCLD2 → HCLD1" in found[0][2]
    assert "phong-y-te" in found[1][2]


def test_a_target_twice_a_by_year_before_the_version_and_a_name_taken(longbien, catalogue):
    stored = longbien.model_copy(update={"roadmaps": [version(name="Dự thảo lần 2")]})
    twice = RoadmapTarget(holder="phong-y-te", award="BK_TTG", by_year=2019)
    change = new_version_change(version(twice, twice, name="dự thảo  lần 2"))
    found = [(p.reason, p.field) for p in check_change(change, stored, catalogue)]
    assert found == [
        ("roadmap_name_taken", "name"),
        ("by_year_before_version", "targets[0].by_year"),
        ("target_twice", "targets[1].award"),
        ("by_year_before_version", "targets[1].by_year"),
    ]


def test_only_one_version_is_adopted_and_adopting_another_lets_the_first_go(longbien, catalogue):
    first = version(name="A", adopted=True)
    stored = longbien.model_copy(update={"roadmaps": [first, version(name="B")]})
    both = Change(replace_roadmaps=[stored.roadmaps[1].model_copy(update={"adopted": True})])
    assert [p.reason for p in check_change(both, stored, catalogue)] == ["two_adopted"]
    change = adopt_change(stored, stored.roadmaps[1])
    assert check_change(change, stored, catalogue) == []
    assert {v.name: v.adopted for v in change.replace_roadmaps} == {"A": False, "B": True}


def test_a_target_at_or_below_the_current_rung_is_refused_with_the_rung_held(longbien):
    # Phòng Giáo dục holds HCLD2 (2017): HCLD3 is below it, HCLD2 is it.
    for award in ("HCLD3", "HCLD2"):
        row = check_target(
            longbien,
            version(),
            RoadmapTarget(holder="phong-giao-duc-dao-tao", award=award),
        )
        assert row.status == "refused"
        assert row.current_rung == "HCLD2" and row.current_year == 2017
        assert "already holds" in row.reasons[0].en and "HCLD2" in row.reasons[0].en


def test_a_rung_the_ruleset_sets_no_standard_for_is_refused(longbien):
    row = check_target(longbien, version(), RoadmapTarget(holder="phong-noi-vu", award="BK_TP"))
    assert row.status == "refused"
    assert "sets no standard for BK_TP" in row.reasons[0].en


def test_a_by_year_before_the_earliest_year_is_flagged_with_the_planners_reasons(longbien):
    # Phòng Y tế: base BK_TP 2018, five years of HTXSNV from the base year → 2023 at the
    # earliest; the letter asked for 2022 (domain §4). Kept, but flagged, with the reasons.
    target = RoadmapTarget(holder="phong-y-te", award="BK_TTG", by_year=2022)
    row = check_target(longbien, version(), target)
    assert row.status == "flagged"
    assert (row.earliest_year, row.effort) == (2023, 2)
    text = " ".join(r.en for r in row.reasons)
    assert "cannot be proposed by 2022" in text
    assert "base BK_TP 2018 → 2023 at the earliest" in text


def test_a_reachable_by_year_is_ok_with_its_earliest_year_and_effort(longbien):
    target = RoadmapTarget(holder="phong-tai-nguyen-moi-truong", award="BK_TTG", by_year=2022)
    row = check_target(longbien, version(), target)
    assert (row.status, row.earliest_year, row.effort, row.reasons) == ("ok", 2021, 1, ())


def test_the_letters_roadmap_becomes_a_version_and_its_table_says_each_row(longbien):
    letter = letter_version(longbien)
    assert letter.name == "PL5 2020–2023" and (letter.from_year, letter.to_year) == (2020, 2023)
    assert len(letter.targets) == 9 and {t.priority for t in letter.targets} == {2}
    rows = {r.target.holder: r for r in roadmap_table(longbien, letter)}
    assert rows["phong-y-te"].status == "flagged"
    assert rows["tt-boi-duong-chinh-tri"].status == "flagged"  # by 2020: 2021 at the earliest
    assert rows["phong-van-hoa-thong-tin"].earliest_year == 2021
    assert sum(r.status == "ok" for r in rows.values()) == 7


def test_edits_go_through_the_store_and_an_edit_drops_a_stale_plan(tmp_path, longbien):
    store = EmbeddedStore(tmp_path / "store.json")
    store.replace(longbien)
    letter = letter_version(longbien)
    store.apply(new_version_change(letter))
    stored = find_version(store.snapshot(), "pl5 2020–2023")
    edited = RoadmapTarget(holder="phong-y-te", award="BK_TTG", by_year=2023, priority=3)
    store.apply(target_change(stored, edited))
    stored = find_version(store.snapshot(), None)
    assert stored.target("phong-y-te") == edited and len(stored.targets) == 9
    store.apply(remove_target_change(stored, "phong-y-te", "BK_TTG"))
    store.apply(copy_change(find_version(store.snapshot(), None), "Dự thảo lần 2", by="an"))
    data = store.snapshot()
    assert [v.name for v in data.roadmaps] == ["PL5 2020–2023", "Dự thảo lần 2"]
    assert data.roadmaps[1].copied_from == "PL5 2020–2023" and len(data.roadmaps[1].targets) == 8
    with pytest.raises(VersionError):
        remove_target_change(data.roadmaps[1], "phong-y-te", "BK_TTG")
    with pytest.raises(VersionError, match="name the roadmap version"):
        find_version(data, None)
    assert Dataset.model_validate(data.model_dump()) == data


def test_the_same_name_twice_is_refused_however_it_is_written(longbien, catalogue):
    stored = longbien.model_copy(update={"roadmaps": [version(name="Lộ trình 2026–2030")]})
    for name in ("Lộ trình 2026–2030", "LỘ TRÌNH 2026–2030"):
        change = new_version_change(version(name=name))
        assert [p.reason for p in check_change(change, stored, catalogue)] == ["roadmap_name_taken"]
    twice = Change(add=Dataset(roadmaps=[version(name="B"), version(name="B")]))
    assert [p.reason for p in check_change(twice, longbien, catalogue)] == ["roadmap_name_taken"]


def test_a_control_character_in_a_targets_note_is_refused_at_its_version(longbien, catalogue):
    stored = longbien.model_copy(update={"roadmaps": [version()]})
    hostile = RoadmapTarget(holder="phong-y-te", award="BK_TTG", note="a\x1b[2Jb")
    change = target_change(stored.roadmaps[0], hostile)
    [problem] = check_change(change, stored, catalogue)
    assert (problem.reason, problem.collection, problem.field) == (
        "control_character",
        "replace_roadmaps",
        "targets",
    )
    line_breaks = target_change(stored.roadmaps[0], hostile.model_copy(update={"note": "a\n\tb"}))
    assert check_change(line_breaks, stored, catalogue) == []
