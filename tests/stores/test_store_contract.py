"""What every store promises, run against each store kind (see conftest)."""

from __future__ import annotations

import unicodedata

import pytest

from graph.models import (
    Achievement,
    Change,
    Dataset,
    EmulationBlock,
    LineageEvent,
    Person,
    Score,
    Unit,
)
from graph.problems import Rejected
from tests.sample_records import every_model


def test_store_round_trips_every_model(empty_store):
    data = every_model()
    empty_store.apply(Change(add=data))
    assert empty_store.snapshot() == data


def test_history_is_sorted_by_year_and_carries_merged_units_on_request(empty_store):
    empty_store.apply(Change(add=every_model()))
    assert [(a.award, a.year) for a in empty_store.history("phuong-a")] == [
        ("BK_TP", 2016),
        ("CO_TP", 2016),
    ]
    with_merged = empty_store.history("phuong-a", with_predecessors=True)
    assert {(a.holder, a.year) for a in with_merged} == {("phuong-a", 2016), ("phuong-b", 2018)}


def test_lookup_of_units_and_people(empty_store):
    empty_store.apply(Change(add=every_model()))
    assert empty_store.unit("ban-x").flag_eligible is False
    assert empty_store.person("nguyen-van-a").unit == "phuong-a"
    assert empty_store.unit("nowhere") is None
    assert [u.id for u in empty_store.units()] == ["quan", "phuong-a", "phuong-b", "ban-x"]


def test_removing_and_correcting_in_one_change(empty_store):
    empty_store.apply(Change(add=every_model()))
    wrong = Achievement(holder="phuong-b", award="BK_TP", year=2018, used_by="de-nghi-2023")
    right = Achievement(holder="phuong-b", award="BK_TP", year=2017)
    renamed = Unit(
        id="ban-x", name="Ban X (tên mới)", kind="party_body", parent="quan", flag_eligible=True
    )
    empty_store.apply(
        Change(
            add=Dataset(achievements=[right]),
            remove_achievements=[wrong.key],
            replace_units=[renamed],
        )
    )
    assert [a.year for a in empty_store.history("phuong-b")] == [2017]
    assert empty_store.unit("ban-x").name == "Ban X (tên mới)"


@pytest.mark.parametrize(
    ("achievement", "reason"),
    [
        (Achievement(holder="phuong-a", award="CO_TPP", year=2019), "unknown_award"),
        (Achievement(holder="phuong-z", award="CO_TP", year=2019), "unknown_holder"),
        (Achievement(holder="phuong-a", award="CO_TP", year=2016), "duplicate_in_store"),
        (Achievement(holder="phuong-a", award="SKKN_TP", year=2019), "individual_only"),
        (Achievement(holder="nguyen-van-a", award="CO_TP", year=2019), "collective_only"),
        (Achievement(holder="ban-x", award="CO_TP", year=2019), "flag_ineligible"),
        (Achievement(holder="phuong-a", award="BK_TP", year=2001), "before_founding"),
        (Achievement(holder="nguyen-van-a", award="HTTNV", year=2019), "conflicting_rating"),
        (Achievement(holder="phuong-a", award="HTTNV", year=2016), "implied_rating"),
    ],
)
def test_bad_achievement_is_refused_and_nothing_changes(empty_store, achievement, reason):
    empty_store.apply(Change(add=every_model()))
    before = empty_store.snapshot()
    good = Achievement(holder="phuong-a", award="BK_TP", year=2020)
    with pytest.raises(Rejected) as refused:
        empty_store.apply(Change(add=Dataset(achievements=[good, achievement])))
    assert [(p.reason, p.index) for p in refused.value.problems] == [(reason, 1)]
    assert empty_store.snapshot() == before


def test_refusal_names_the_nearest_known_award_codes(empty_store):
    empty_store.apply(Change(add=every_model()))
    with pytest.raises(Rejected) as refused:
        empty_store.apply(
            Change(
                add=Dataset(achievements=[Achievement(holder="phuong-a", award="BKTP", year=2019)])
            )
        )
    message = refused.value.problems[0].message("en")
    assert message == (
        "achievements[0], field `award`: unknown award code “BKTP”; "
        "nearest known: BK_TP, BK_TTG, SKKN_TP"
    )


def test_unknown_parent_and_duplicate_unit_are_refused(empty_store):
    empty_store.apply(Change(add=every_model()))
    with pytest.raises(Rejected) as refused:
        empty_store.apply(
            Change(
                add=Dataset(
                    units=[
                        Unit(id="phuong-c", name="Phường C", parent="huyen-khac"),
                        Unit(id="phuong-a", name="Phường A lần hai"),
                    ]
                )
            )
        )
    assert [(p.reason, p.field) for p in refused.value.problems] == [
        ("duplicate_in_store", "id"),
        ("unknown_unit", "parent"),
    ]


def test_removing_what_is_not_there_is_refused(empty_store):
    with pytest.raises(Rejected) as refused:
        empty_store.apply(Change(remove_achievements=["phuong-a/CO_TP/2016/annual"]))
    assert refused.value.problems[0].reason == "not_found"


def test_clear_empties_the_store(longbien_store):
    longbien_store.clear()
    assert longbien_store.snapshot().is_empty()


def test_the_longbien_set_loads_whole(longbien_store, longbien):
    assert longbien_store.snapshot() == longbien
    assert [(a.award, a.year) for a in longbien_store.history("phong-y-te")] == [
        ("BK_TP", 2018),
        ("TTLDXS", 2019),
    ]


@pytest.mark.parametrize(
    ("score", "reason"),
    [
        (dict(ward="phuong-z"), "unknown_ward"),
        (dict(ward="ban-x"), "unknown_ward"),
        (dict(criterion="2020/khoi-phuong/I.9"), "unknown_criterion"),
        (dict(scorer="quan"), "not_the_scorer"),
        (dict(points="1.75"), "above_maximum"),
        (dict(year=2021), "criterion_year"),
        (dict(ward="phuong-a"), "duplicate_in_store"),
    ],
)
def test_bad_score_is_refused_and_nothing_changes(empty_store, score, reason):
    empty_store.apply(Change(add=every_model()))
    before = empty_store.snapshot()
    fields = (
        dict(
            year=2020,
            ward="phuong-b",
            criterion="2020/khoi-phuong/I.1",
            scorer="ban-x",
            points="1.5",
        )
        | score
    )
    with pytest.raises(Rejected) as refused:
        empty_store.apply(Change(add=Dataset(scores=[Score(**fields)])))
    assert [p.reason for p in refused.value.problems] == [reason]
    assert empty_store.snapshot() == before


# what the record refuses (issue 11) ---------------------------------------------------


def refusal(store, change: Change) -> list[tuple[str, str | None, int | None]]:
    """(reason, field, index) of each problem the store refuses `change` for; the
    store must be left as it was."""
    before = store.snapshot()
    with pytest.raises(Rejected) as refused:
        store.apply(change)
    assert store.snapshot() == before
    return [(p.reason, p.field, p.index) for p in refused.value.problems]


@pytest.mark.parametrize(
    ("records", "field"),
    [
        (dict(units=[Unit(id="phuong-c", name="Phường\x00C")]), "name"),
        (
            dict(units=[Unit(id="phuong-c", name="Phường C", aliases=("P. C", "P.\x1b[2JC"))]),
            "aliases",
        ),
        (
            dict(
                units=[
                    Unit(
                        id="phuong-c",
                        name="Phường C",
                        lineage=(
                            LineageEvent(
                                kind="merged_into", other="phuong-a", year=2025, note="\x07"
                            ),
                        ),
                    )
                ]
            ),
            "lineage",
        ),
        (
            dict(people=[Person(id="tran-b", name="Trần B", unit="quan", position="\x07")]),
            "position",
        ),
        (
            dict(achievements=[Achievement(holder="ban-x", award="GK", year=2020, note="a\x1bb")]),
            "note",
        ),
        (
            dict(
                achievements=[
                    Achievement(holder="ban-x", award="GK", year=2020, decision_no="12\x85/QĐ")
                ]
            ),
            "decision_no",
        ),
        (dict(blocks=[EmulationBlock(id="khoi-x", name="Khối\x0bX")]), "name"),
    ],
)
def test_a_control_character_is_refused_at_its_field(empty_store, records, field):
    empty_store.apply(Change(add=every_model()))
    assert refusal(empty_store, Change(add=Dataset(**records))) == [("control_character", field, 0)]


def test_a_note_may_hold_tabs_and_line_breaks(empty_store):
    empty_store.apply(Change(add=every_model()))
    note = "Dòng một\r\n\tDòng hai"
    empty_store.apply(
        Change(
            add=Dataset(
                achievements=[Achievement(holder="ban-x", award="GK", year=2020, note=note)]
            )
        )
    )
    assert [a.note for a in empty_store.history("ban-x") if a.award == "GK"] == [note]


def test_a_name_typed_decomposed_is_stored_composed(empty_store):
    decomposed = unicodedata.normalize("NFD", "Phòng Y tế")
    assert decomposed != "Phòng Y tế"
    empty_store.apply(Change(add=Dataset(units=[Unit(id="phong-y-te", name=decomposed)])))
    assert empty_store.unit("phong-y-te").name == "Phòng Y tế"


@pytest.mark.parametrize(
    ("unit", "field"),
    [
        (Unit(id="phuong-c", name="phường  a"), "name"),
        (Unit(id="phuong-c", name=unicodedata.normalize("NFD", "PHƯỜNG A")), "name"),
        (Unit(id="phuong-c", name="Phường C", aliases=("P. A",)), "aliases"),
        (Unit(id="phuong-c", name="Phường A cũ"), "name"),
    ],
)
def test_a_second_unit_with_a_name_already_taken_is_refused_naming_the_first(
    empty_store, unit, field
):
    empty_store.apply(Change(add=every_model()))
    before = empty_store.snapshot()
    with pytest.raises(Rejected) as refused:
        empty_store.apply(Change(add=Dataset(units=[unit])))
    [problem] = refused.value.problems
    assert (problem.reason, problem.field, problem.params["other"]) == (
        "name_taken",
        field,
        "phuong-a",
    )
    assert "Phường A" in problem.message("vi")
    assert empty_store.snapshot() == before


def test_two_new_units_of_one_name_are_refused_and_a_rename_may_reuse_a_name(empty_store):
    empty_store.apply(Change(add=every_model()))
    twins = [Unit(id="to-1", name="Tổ dân phố số 1"), Unit(id="to-1b", name="Tổ dân phố số 1")]
    assert refusal(empty_store, Change(add=Dataset(units=twins))) == [("name_taken", "name", 1)]
    # Ban X takes the name Phường A had, while Phường A takes a new one: one change.
    empty_store.apply(
        Change(
            replace_units=[
                empty_store.unit("phuong-a").model_copy(
                    update={"name": "Phường A mới", "aliases": ()}
                ),
                empty_store.unit("ban-x").model_copy(update={"name": "Phường A"}),
            ]
        )
    )
    assert empty_store.unit("ban-x").name == "Phường A"


def test_two_people_of_one_name_are_refused_in_one_unit_and_allowed_in_two(empty_store):
    empty_store.apply(Change(add=every_model()))
    same_unit = Person(id="nguyen-van-a-2", name="Nguyễn  văn A", unit="phuong-a")
    assert refusal(empty_store, Change(add=Dataset(people=[same_unit]))) == [
        ("person_name_taken", "name", 0)
    ]
    other_unit = Person(id="nguyen-van-a-2", name="Nguyễn Văn A", unit="phuong-b")
    empty_store.apply(Change(add=Dataset(people=[other_unit])))
    assert empty_store.person("nguyen-van-a-2").unit == "phuong-b"


@pytest.mark.parametrize("points", ["1e-999999", "1.255", "0.001", "1e999999"])
def test_a_score_that_is_not_points_of_two_decimals_is_refused(empty_store, points):
    empty_store.apply(Change(add=every_model()))
    score = Score(
        year=2020, ward="phuong-b", criterion="2020/khoi-phuong/I.1", scorer="ban-x", points=points
    )
    assert refusal(empty_store, Change(add=Dataset(scores=[score]))) == [
        ("points_precision", "points", 0)
    ]


def merged(unit_id: str, into: str) -> LineageEvent:
    return LineageEvent(kind="merged_into", other=into, year=2025)


@pytest.mark.parametrize(
    ("units", "expected"),
    [
        (
            [Unit(id="phuong-c", name="Phường C", lineage=(merged("phuong-c", "phuong-c"),))],
            [("lineage_self", "lineage", 0)],
        ),
        (
            [
                Unit(
                    id="phuong-c",
                    name="Phường C",
                    lineage=(LineageEvent(kind="renamed", other="phuong-c", year=2020),),
                )
            ],
            [("lineage_self", "lineage", 0)],
        ),
        (
            [
                Unit(id="phuong-c", name="Phường C", lineage=(merged("phuong-c", "phuong-d"),)),
                Unit(id="phuong-d", name="Phường D", lineage=(merged("phuong-d", "phuong-c"),)),
            ],
            [("lineage_cycle", "lineage", 0), ("lineage_cycle", "lineage", 1)],
        ),
        (
            [
                Unit(id="phuong-c", name="Phường C", parent="phuong-d"),
                Unit(id="phuong-d", name="Phường D", parent="phuong-c"),
            ],
            [("parent_cycle", "parent", 0), ("parent_cycle", "parent", 1)],
        ),
        (
            [Unit(id="phuong-c", name="Phường C", parent="phuong-c")],
            [("parent_cycle", "parent", 0)],
        ),
    ],
)
def test_impossible_lineage_and_parents_in_one_change_are_refused(empty_store, units, expected):
    empty_store.apply(Change(add=every_model()))
    assert refusal(empty_store, Change(add=Dataset(units=units))) == expected


def test_a_correction_that_closes_a_circle_with_the_stored_record_is_refused(empty_store):
    """Phường B merged into Phường A is stored; Phường A into Phường B would let
    each inherit the other's awards."""
    empty_store.apply(Change(add=every_model()))
    phuong_a = empty_store.unit("phuong-a")
    back = phuong_a.model_copy(update={"lineage": (merged("phuong-a", "phuong-b"),)})
    [(reason, field, _)] = refusal(empty_store, Change(replace_units=[back]))
    assert (reason, field) == ("lineage_cycle", "lineage")
    with pytest.raises(Rejected) as refused:
        empty_store.apply(Change(replace_units=[back]))
    assert "phuong-a → phuong-b → phuong-a" in refused.value.problems[0].message("en")
    above_its_parent = empty_store.unit("quan").model_copy(update={"parent": "phuong-a"})
    assert refusal(empty_store, Change(replace_units=[above_its_parent])) == [
        ("parent_cycle", "parent", 0)
    ]


# Replacing the whole record (`khencao load --replace`) -----------------------------


def test_replace_makes_the_new_record_the_whole_record(longbien_store):
    longbien_store.replace(every_model())
    assert longbien_store.snapshot() == every_model()
    assert longbien_store.unit("phong-y-te") is None


def test_replace_checks_the_new_record_as_if_the_store_were_empty(longbien_store, longbien):
    """The same set again is no duplicate: it replaces what was there."""
    longbien_store.replace(longbien)
    assert longbien_store.snapshot() == longbien


@pytest.mark.parametrize(
    ("achievement", "reason"),
    [
        (Achievement(holder="phuong-khong-co", award="CO_TP", year=2019), "unknown_holder"),
        (Achievement(holder="phuong-a", award="CO_TPP", year=2019), "unknown_award"),
        (Achievement(holder="phuong-a", award="HTTNV", year=2016), "implied_rating"),
    ],
)
def test_replace_with_a_bad_record_keeps_the_old_record(longbien_store, achievement, reason):
    before = longbien_store.snapshot()
    incoming = every_model().merged(Dataset(achievements=[achievement]))
    with pytest.raises(Rejected) as refused:
        longbien_store.replace(incoming)
    assert [p.reason for p in refused.value.problems] == [reason]
    assert refused.value.problems[0].index == len(incoming.achievements) - 1
    assert longbien_store.snapshot() == before


def test_a_change_after_a_replace_lands_on_the_new_record(longbien_store):
    longbien_store.replace(every_model())
    longbien_store.apply(
        Change(add=Dataset(achievements=[Achievement(holder="phuong-a", award="GK", year=2021)]))
    )
    assert longbien_store.history("phuong-a")[-1].award == "GK"
