"""The rules editor's form (ui/app/rules_form.py) and its checks, without the page: a
ruleset becomes one value per field path and comes back equal; a problem lands on the
path of its field."""

from __future__ import annotations

import pytest
import yaml

from planner.rules.book import default_book
from planner.rules.files import check_ruleset_data
from planner.rules.office import copied, ruleset_yaml
from planner.rules.ruleset import RuleModel, Ruleset
from tests.office_rules import COUNT_PATH, RATING_PATH, ROUTE
from ui.app.rules_editor import draft_problems
from ui.app.rules_form import (
    COUNT,
    KEYS,
    VARIANT,
    flatten,
    shape_of,
    unflatten,
    with_item,
    with_key,
    with_variant,
    without_item,
    without_key,
)
from ui.app.rules_widgets import widget_key

SHIPPED = default_book().ids()


@pytest.mark.parametrize("ruleset_id", SHIPPED)
def test_every_shipped_ruleset_goes_through_the_form_and_back_unchanged(ruleset_id):
    ruleset = default_book().get(ruleset_id)
    flat = flatten(ruleset)
    assert Ruleset.model_validate(unflatten(Ruleset, flat)) == ruleset
    assert not any(isinstance(v, dict) for v in flat.values())  # one value a field
    assert any(path.endswith(".quote") for path in flat)


@pytest.mark.parametrize("ruleset_id", SHIPPED)
def test_every_shipped_ruleset_written_as_an_office_file_reads_back_unchanged(ruleset_id):
    ruleset = default_book().get(ruleset_id)
    text = ruleset_yaml(ruleset)
    assert "&id0" not in text and "*id0" not in text  # plain YAML, no aliases to untangle
    assert check_ruleset_data(yaml.safe_load(text), f"{ruleset_id}.yaml") == ruleset


def hanoi_copy() -> dict:
    return flatten(copied(default_book().get("hanoi-2018"), "hanoi-qd"))


def shape_at(path: str):
    """The shape of the field at a path of hanoi-2018 (walking the models)."""
    from ui.app.rules_form import fields_of

    shape = shape_of(Ruleset.model_fields[path.split(".")[0]].annotation)
    for part in path.split(".")[1:]:
        name = part.split("[")[0]
        model = shape.item_shape.model if shape.kind in ("models", "model_map") else shape.model
        if shape.kind == "model_map" and name not in model.model_fields:
            continue  # a map's key (the rung)
        shape = next(s for n, _, s in fields_of(model) if n == name)
        if "[" in part:
            shape = shape.item_shape
    return shape


def test_a_term_added_starts_at_the_lowest_count_the_model_allows():
    flat = hanoi_copy()
    terms = COUNT_PATH.rsplit("[", 1)[0]
    added = with_item(flat, shape_at(terms), terms)
    assert added[terms + COUNT] == 2
    assert added[terms + "[1].count"] == 1 and added[terms + "[1].consecutive_years"] is False
    assert added[terms + "[0].count"] == flat[terms + "[0].count"]


def test_removing_the_first_base_award_moves_the_second_up():
    flat = hanoi_copy()
    base = f"{ROUTE}.base"
    left = without_item(flat, shape_at(base), base, 0)
    assert left[base + COUNT] == 1
    assert left[base + "[0].award"] == "CO_TP"
    assert base + "[1].award" not in left
    ruleset = Ruleset.model_validate(unflatten(Ruleset, left))
    assert ruleset.collective["BK_TTG"].base[0].award == "CO_TP"
    assert len(ruleset.collective["BK_TTG"].base) == 1


def test_a_rung_removed_then_added_again_is_blank_and_refused_until_filled():
    flat = hanoi_copy()
    rungs = shape_of(Ruleset.model_fields["collective"].annotation)
    without = without_key(flat, rungs, "collective", "BK_TTG")
    assert "BK_TTG" not in without["collective" + KEYS]
    assert Ruleset.model_validate(unflatten(Ruleset, without)).rule("collective", "BK_TTG") is None
    again = with_key(without, rungs, "collective", "BK_TTG")
    ruleset, problems = draft_problems(again, default_book(), replace=False, original="hanoi-qd")
    assert ruleset is None
    assert problems and all(p.field.startswith("collective.BK_TTG") for p in problems)


class Unknown(RuleModel):
    look_up: str


class Counted(RuleModel):
    count: int


class Shelf(RuleModel):
    rungs: dict[str, Counted | Unknown] = {}


def test_a_rung_declared_unknown_becomes_a_filled_one():
    flat = flatten(Shelf(rungs={"BK_TTG": Unknown(look_up="Điều 73 khoản 2")}))
    assert flat["rungs.BK_TTG" + VARIANT] == "Unknown"
    shape = shape_of(Shelf.model_fields["rungs"].annotation).item_shape
    filled = with_variant(flat, shape, "rungs.BK_TTG", "Counted")
    filled["rungs.BK_TTG.count"] = 3
    assert Shelf.model_validate(unflatten(Shelf, filled)) == Shelf(
        rungs={"BK_TTG": Counted(count=3)}
    )


class Rung(RuleModel):
    """The 2022 Law's shape of a rung: routes, or a rule not entered yet."""

    routes: tuple[Counted, ...] = ()
    unknown: Unknown | None = None


class Ladder(RuleModel):
    collective: dict[str, Rung] = {}


def test_a_rung_not_entered_is_filled_by_dropping_unknown_and_adding_a_route():
    flat = flatten(Ladder(collective={"BK_TTG": Rung(unknown=Unknown(look_up="Điều 73"))}))
    assert flat["collective.BK_TTG.unknown#present"] is True
    assert flat["collective.BK_TTG.routes#count"] == 0
    flat["collective.BK_TTG.unknown#present"] = False  # the person unticks "not entered"
    routes = shape_of(Rung.model_fields["routes"].annotation)
    flat = with_item(flat, routes, "collective.BK_TTG.routes")
    assert flat["collective.BK_TTG.routes[0].count"] == 0
    flat["collective.BK_TTG.routes[0].count"] = 2
    assert Ladder.model_validate(unflatten(Ladder, flat)) == Ladder(
        collective={"BK_TTG": Rung(routes=(Counted(count=2),))}
    )


@pytest.mark.parametrize(
    ("path", "value", "reason"),
    [
        (COUNT_PATH, -1, "schema"),
        (COUNT_PATH.replace(".count", ".awards"), ["CO_TTP"], "unknown_award"),
        (RATING_PATH, "BK_TP", "not_a_rating"),
        (
            COUNT_PATH.replace("collective.BK_TTG", "individual.HCLD3").replace(
                ".count", ".awards"
            ),
            ["CO_TP"],
            "wrong_holder",
        ),
    ],
)
def test_a_wrong_value_is_refused_at_its_field(path, value, reason):
    flat = hanoi_copy()
    flat[path] = value
    ruleset, problems = draft_problems(flat, default_book(), replace=False, original="hanoi-qd")
    assert ruleset is None or problems
    placed = [p for p in problems if p.reason == reason]
    assert placed, [p.message("en") for p in problems]
    assert all(p.field.startswith(path) for p in placed)


def test_a_requirement_ticked_without_a_quote_is_refused_at_its_tick():
    flat = hanoi_copy()
    requirement = ROUTE.replace("BK_TTG", "HCLD3") + ".operating_age"
    flat[requirement + ".cite[0].quote"] = "  "
    _, problems = draft_problems(flat, default_book(), replace=False, original="hanoi-qd")
    assert [(p.reason, p.field) for p in problems] == [
        ("verified_without_quote", requirement + ".verified")
    ]


def test_a_shipped_id_is_refused_at_the_id():
    flat = hanoi_copy()
    flat["id"] = "nd91-2017"
    _, problems = draft_problems(flat, default_book(), replace=False, original="hanoi-qd")
    assert [(p.reason, p.field) for p in problems] == [("shipped_id", "id")]


def test_widget_keys_are_css_safe_and_differ_by_ruleset_and_path():
    a = widget_key("luat-2022-hn", COUNT_PATH)
    assert a.replace("_", "").isalnum()
    assert a != widget_key("luat-2022-hn", COUNT_PATH.replace("any_of[0]", "any_of[1]"))
    assert a != widget_key("hanoi-qd", COUNT_PATH)
    assert widget_key("x", "sources.ghi chú") != widget_key("x", "sources.ghi_chú")
