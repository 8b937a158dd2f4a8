"""What a record itself accepts, before any store sees it: years, names, points,
text, and how a model's refusal is worded (issue 11)."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest
from pydantic import ValidationError

from graph.catalogue import default_catalogue
from graph.io.longbien import load_longbien
from graph.lineage import predecessors
from graph.models import (
    Achievement,
    Change,
    Dataset,
    LineageEvent,
    Person,
    Score,
    Target,
    Unit,
    well_formed_points,
)
from graph.names import fold
from graph.problems import Problem
from graph.record_errors import model_problems
from graph.validate import check_change
from planner.check.holder import HolderProfile

ROW = Problem(reason="", file="so-lieu.json", row=4)


def refused(model, **values) -> list[Problem]:
    """The problems a reader reports for `values` built as `model`, at row 4."""
    with pytest.raises(ValidationError) as error:
        model.model_validate(values)
    return model_problems(error.value, ROW, columns=tuple(model.model_fields))


def reasons(model, **values) -> list[tuple[str, str | None]]:
    return [(p.reason, p.field) for p in refused(model, **values)]


ACHIEVEMENT = dict(holder="phuong-a", award="BK_TP")


@pytest.mark.parametrize("year", [True, False, "２０１６", "٢٠١٦", "2_016", "20l9", 2019.0, "", []])
def test_what_is_not_a_year_in_ascii_digits_is_refused_as_not_a_year(year):
    assert reasons(Achievement, **ACHIEVEMENT, year=year) == [("not_a_year", "year")]


@pytest.mark.parametrize(
    "year",
    [10**5000, "1" * 5000, 1944, 2101, -2019, "20199"],
    ids=["5000-digit int", "5000-digit text", "1944", "2101", "-2019", "20199"],
)
def test_a_year_outside_1945_2100_is_refused_even_with_5000_digits(year):
    [problem] = refused(Achievement, **ACHIEVEMENT, year=year)
    assert (problem.reason, problem.field) == ("year_range", "year")
    assert problem.message("vi").startswith("so-lieu.json, dòng 4, trường `year`: ")
    assert len(problem.message("en")) < 300


def test_a_year_written_as_text_in_ascii_digits_is_read():
    assert Achievement(**ACHIEVEMENT, year=" 2019 ").year == 2019


def test_every_year_field_refuses_true():
    assert reasons(LineageEvent, kind="renamed", other="x", year=True) == [("not_a_year", "year")]
    assert reasons(Unit, id="x", name="X", founded=True) == [("not_a_year", "founded")]
    assert reasons(
        Target, holder="x", award="BK_TP", section="roadmap", order=1, plan_year=2020, by_year=True
    ) == [("not_a_year", "by_year")]
    assert reasons(HolderProfile, id="x", name="X", kind="collective", founded=True) == [
        ("not_a_year", "founded")
    ]


def test_a_number_where_text_belongs_is_a_worded_problem_at_its_field():
    [problem] = refused(Achievement, **ACHIEVEMENT, year=2019, note=5)
    assert (problem.reason, problem.field, problem.value) == ("not_text", "note", "5")
    assert problem.message("vi") == (
        "so-lieu.json, dòng 4, trường `note`: ở đây cần ghi chữ, không phải 5"
    )


def test_a_list_as_basis_and_an_unknown_field_are_worded():
    assert reasons(Achievement, **ACHIEVEMENT, year=2019, basis=[], colour="red") == [
        ("not_one_of", "basis"),
        ("unknown_column", "colour"),
    ]
    [basis, _] = refused(Achievement, **ACHIEVEMENT, year=2019, basis=[], colour="red")
    assert basis.message("vi").endswith("giá trị: 'annual', 'thematic', 'extraordinary'")


def test_an_id_with_capitals_or_accents_is_refused_as_not_an_id():
    assert reasons(Unit, id="Phòng-Y-tế", name="Phòng Y tế") == [("not_an_id", "id")]


def test_names_and_aliases_are_stored_composed():
    decomposed = unicodedata.normalize("NFD", "Phường Gia Thụy")
    unit = Unit(id="gia-thuy", name=decomposed, aliases=(decomposed + " cũ",))
    person = Person(id="a", name=unicodedata.normalize("NFD", "Nguyễn Thị Ánh"), unit="gia-thuy")
    profile = HolderProfile(id="gia-thuy", name=decomposed, kind="collective")
    assert unit.name == profile.name == "Phường Gia Thụy"
    assert unit.aliases == ("Phường Gia Thụy cũ",)
    assert person.name == "Nguyễn Thị Ánh"


@pytest.mark.parametrize("points", ["NaN", "Infinity", "-Infinity", "sNaN"])
def test_points_that_are_not_a_finite_number_are_refused_by_the_model(points):
    score = dict(year=2020, ward="w", criterion="c", scorer="s")
    assert reasons(Score, **score, points=points) == [("invalid", "points")]


@pytest.mark.parametrize(
    ("points", "ok"),
    [
        ("1.5", True),
        ("0.25", True),
        ("1.50", True),
        ("1.500", True),
        ("9999.99", True),
        ("0", True),
        ("1.255", False),
        ("1e-999999", False),
        ("1e999999", False),
        ("10000", False),
        ("NaN", False),
    ],
)
def test_points_have_at_most_two_decimals_and_stay_below_ten_thousand(points, ok):
    assert well_formed_points(Decimal(points)) is ok


def test_the_problem_shows_a_control_character_without_printing_it():
    unit = Unit(id="phuong-c", name="Phường\x1b[31mC")
    [problem] = check_change(Change(add=Dataset(units=[unit])), Dataset(), default_catalogue())
    assert problem.message("en") == (
        "units[0], field `name`: a control character (U+001B) stands at position 7; remove it"
    )
    assert "\x1b" not in problem.message("vi")


def test_a_refused_value_is_shown_escaped_and_cut():
    problem = Problem(reason="not_a_year", value="\x07" + "9" * 1000)
    message = problem.message("en")
    assert message.startswith("“\\x079999") and "\x07" not in message
    assert len(message) < 260


def test_no_two_long_bien_units_share_a_name_or_alias():
    owners: dict[str, str] = {}
    for unit in load_longbien().units:
        for name in {fold(n) for n in (unit.name, *unit.aliases)}:
            assert owners.setdefault(name, unit.id) == unit.id, name


def test_predecessors_of_a_circular_record_stored_before_end_and_count_each_unit_once():
    """A record written before circular lineage was refused: A merged into B, B into
    A, and B renamed from C, C merged into B."""

    def unit(unit_id, *events):
        return Unit(id=unit_id, name=unit_id.upper(), lineage=tuple(events))

    def event(kind, other):
        return LineageEvent(kind=kind, other=other, year=2025)

    units = [
        unit("a", event("merged_into", "b")),
        unit("b", event("merged_into", "a"), event("renamed", "c")),
        unit("c", event("merged_into", "b")),
        unit("d", event("merged_into", "d")),
    ]
    assert predecessors(units, "a") == ["b", "c"]
    assert predecessors(units, "b") == ["c", "a"]
    assert predecessors(units, "d") == []


@pytest.mark.parametrize("order", [0, 10**30, 100_001])
def test_an_appendix_position_outside_one_to_a_hundred_thousand_is_refused(order):
    [problem] = refused(
        Target, holder="a", award="HCLD3", section="roadmap", order=order, plan_year=2020
    )
    assert (problem.reason, problem.field) == ("out_of_range", "order")
    assert "nằm ngoài khoảng cho phép" in problem.message("vi")


def test_an_achievement_after_this_calendar_year_is_refused_in_words(monkeypatch):
    """A proposal year is not an achievement year: next year is refused, this year is
    taken (the year under way), and a target may still name a later year."""
    monkeypatch.setattr("graph.validate.this_year", lambda: 2020)
    unit = Unit(id="phuong-a", name="Phường A")
    change = Change(
        add=Dataset(
            units=[unit],
            achievements=[
                Achievement(holder="phuong-a", award="BK_TP", year=2020),
                Achievement(holder="phuong-a", award="HTXSNV", year=2021),
            ],
            targets=[
                Target(
                    holder="phuong-a",
                    award="BK_TTG",
                    section="roadmap",
                    order=1,
                    plan_year=2020,
                    by_year=2022,
                )  # fmt: skip
            ],
        )
    )
    [problem] = check_change(change, Dataset(), default_catalogue())
    assert (problem.reason, problem.index, problem.field) == ("future_year", 1, "year")
    assert problem.message("vi") == (
        "achievements[1], trường `year`: năm 2021 chưa đến (nay là năm 2020): thành tích chỉ "
        "ghi cho năm đã qua hoặc đang diễn ra; năm dự kiến đề nghị khen không phải là năm đạt "
        "thành tích"
    )
