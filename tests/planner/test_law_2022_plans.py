"""The 2022 Law's individual routes, checked and planned exactly.

tests/exhaustive_search.py types the routes of ../shared/law-2022.md in again
(`LAW_2022`: a run of HTTNV or better with years of HTXSNV inside it, counts of
emulation-fighter titles, awards not for annual work counting for nothing) and
tries every combination of yearly awards: the planner under `luat-2022` must
find the same Pareto front, and every plan of both must pass the checker. A
second, made-up ruleset gives two rungs two routes each, so that the merge of
the routes' fronts is held to the same search.
"""

from __future__ import annotations

import shutil

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.models import Achievement, Basis
from planner.check.checker import check
from planner.check.holder import HolderProfile
from planner.plan.request import PlanRequest
from planner.plan.single import plan
from planner.rules.book import RulesetBook, load_rulesets
from planner.rules.files import rules_dir
from planner.settings import Settings, WindowConvention
from tests.chain_search import route_chain_plans
from tests.examples import examples as scaled
from tests.exhaustive_search import LAW_2022, THEMATIC, Route, route_eligible, route_plans

FROM = 2025
PAST = range(2015, FROM)
YEARS = [(), ("BK_TP",), ("CSTD_CS",), ("CSTD_CS",), ("CSTD_CS",), ("CSTD_TP",), ("BK_BO",)]
YEARS += [("BK_TP", "CSTD_CS"), ("CSTD_CS", "CSTD_TP"), ("CSTD_CS" + THEMATIC,)]
RATINGS = [None, None, "HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTNV"]
RUNGS = ["BK_TP", "BK_TTG", "HCLD3"]
TARGETS = ["BK_TTG", "HCLD3", "HCLD2"]

# Two rungs of two routes each (made up; the numbers mean nothing legally).
TWO_ROUTES: dict[str, tuple[Route, ...]] = {
    "BK_TTG": (*LAW_2022["BK_TTG"], Route(("BK_TP",), ({"CSTD_TP": 1},), "HTXSNV", False, 0, 3)),
    "HCLD3": (
        *LAW_2022["HCLD3"],
        Route(("BK_TTG",), ({"CSTD_TP": 2},), "HTTNV", True, 3, 4),
    ),
    "HCLD2": LAW_2022["HCLD2"],
}


def _route_yaml(route: Route, cite: dict) -> dict:
    return {
        "base": [{"award": b, "cite": [cite], "verified": False} for b in route.bases],
        "continuity": {
            "rating": route.rating,
            "or_better": route.or_better,
            **({"higher": {"rating": "HTXSNV", "min_years": route.higher}} if route.higher else {}),
            "gap_years": route.gap,
            "cite": [cite],
            "verified": False,
        },
        "window_options": {"any_of": list(route.options), "cite": [cite], "verified": False},
    }


@pytest.fixture(scope="module")
def two_routes_book(tmp_path_factory) -> RulesetBook:
    """The shipped rulesets and `two-routes`, written from TWO_ROUTES."""
    target = tmp_path_factory.mktemp("rules")
    for path in rules_dir().glob("*.yaml"):
        shutil.copy(path, target / path.name)
    cite = {"document": "made up for a test"}
    ruleset = {
        "id": "two-routes",
        "title": {"vi": "Hai tuyến (thử)", "en": "Two routes (test)"},
        "jurisdiction": "test",
        "period": {"first": 2024},
        "accumulation": {
            "ministry_awards_count": True,
            "ministry_equivalents": {"CO_BO": "CO_TP", "BK_BO": "BK_TP"},
            "basis": ["annual"],
            "cite": [cite],
            "verified": False,
        },
        "individual": {
            rung: {"routes": [_route_yaml(r, cite) for r in routes]}
            for rung, routes in TWO_ROUTES.items()
        },
    }
    (target / "two-routes.yaml").write_text(yaml.safe_dump(ruleset, allow_unicode=True))
    return load_rulesets(target)


@st.composite
def cases(draw):
    record: list[tuple[str, int]] = []
    for year in PAST:
        record += [(code, year) for code in draw(st.sampled_from(YEARS))]
        rating = draw(st.sampled_from(RATINGS))
        if rating:
            record.append((rating, year))
    current = draw(st.sampled_from([None, *RUNGS]))
    if current:
        year = draw(st.integers(2015, 2020))
        thematic = current != "BK_TP" and draw(st.integers(0, 4)) == 0
        record.append((current + THEMATIC if thematic else current, year))
    rank = RUNGS.index(current) + 1 if current else 1
    target = TARGETS[min(len(TARGETS) - 1, rank - 1 + draw(st.sampled_from([0, 0, 1])))]
    if draw(st.integers(0, 4)) == 0:
        rating = draw(st.sampled_from(["HTTNV", "HTNV"]))
        record.append((rating, draw(st.sampled_from([FROM, FROM + 1, FROM + 2]))))
    shift = 1 if draw(st.integers(0, 3)) == 0 else 0
    return tuple(dict.fromkeys(record)), target, shift


def achievement(code: str, year: int) -> Achievement:
    if code.endswith(THEMATIC):
        return Achievement(
            holder="p", award=code.removesuffix(THEMATIC), year=year, basis=Basis.THEMATIC
        )
    return Achievement(holder="p", award=code, year=year)


PERSON = HolderProfile(id="p", name="P", kind="individual")


def agree(case, routes, ruleset_id: str, book: RulesetBook | None = None, horizon: int = 6) -> None:
    record, target, shift = case
    expected = route_plans(record, target, FROM, FROM + horizon, routes, shift)
    window = WindowConvention.AFTER_BASE_YEAR if shift else WindowConvention.FROM_BASE_YEAR
    request = PlanRequest(
        holder=PERSON,
        history=tuple(achievement(a, y) for a, y in record),
        target=target,
        from_year=FROM,
        horizon=horizon,
        ruleset_id=ruleset_id,
        settings=Settings(window=window),
    )
    result = plan(request, book=book)
    assert [(p.year, p.cost) for p in result.plans] == [(f.year, f.cost) for f in expected]
    if not expected:
        assert result.reasons, "a plan that cannot be made says why"
    for found in expected:  # the search's own plans are plans the checker accepts
        done = [*request.history, *(achievement(a, y) for a, y in found.awards + found.proposals)]
        for rung, year in found.proposals:
            verdict = check(
                PERSON,
                done,
                rung,
                year,
                settings=request.settings,
                ruleset_id=ruleset_id,
                book=book,
            )
            assert verdict.eligible, (rung, year, verdict.missing_summary().en)


def examples(n: int) -> settings:
    return settings(
        max_examples=scaled(n),
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow],
    )


@examples(60)
@given(cases())
def test_the_2022_law_routes_are_planned_as_the_exhaustive_search_plans_them(case):
    agree(case, LAW_2022, "luat-2022")


@examples(40)
@given(cases())
def test_a_rung_of_two_routes_is_planned_by_the_cheaper_route(two_routes_book, case):
    agree(case, TWO_ROUTES, "two-routes", two_routes_book, horizon=5)  # 8 bundles a year


@examples(200)
@given(cases(), st.integers(FROM, FROM + 4))
def test_the_checker_agrees_with_the_exhaustive_search_on_every_verdict(case, year):
    record, target, shift = case
    window = WindowConvention.AFTER_BASE_YEAR if shift else WindowConvention.FROM_BASE_YEAR
    history = [achievement(a, y) for a, y in record if y < year]
    verdict = check(
        PERSON, history, target, year, settings=Settings(window=window), ruleset_id="luat-2022"
    )
    past = tuple((a, y) for a, y in record if y < year)
    assert verdict.eligible == route_eligible(past, LAW_2022, target, year, shift)


@examples(25)
@given(cases())
def test_the_chain_search_agrees_with_the_exhaustive_search_on_the_new_shape(case):
    record, target, shift = case
    for routes in (LAW_2022, TWO_ROUTES):
        expected = route_plans(record, target, FROM, FROM + 5, routes, shift)
        found = route_chain_plans(record, target, FROM, FROM + 5, routes, shift)
        assert [(f.year, f.cost) for f in found] == [(f.year, f.cost) for f in expected]


@examples(30)
@given(cases())
def test_long_climbs_under_the_2022_law_are_planned_as_the_chain_search_plans_them(case):
    """Three rungs over 16 years (BK_TP → BK_TTG → HCLD3 → HCLD2): beyond the
    exhaustive search, within the chain search's reach."""
    record, _target, shift = case
    horizon = 16
    expected = route_chain_plans(record, "HCLD2", FROM, FROM + horizon, LAW_2022, shift)
    window = WindowConvention.AFTER_BASE_YEAR if shift else WindowConvention.FROM_BASE_YEAR
    request = PlanRequest(
        holder=PERSON,
        history=tuple(achievement(a, y) for a, y in record),
        target="HCLD2",
        from_year=FROM,
        horizon=horizon,
        ruleset_id="luat-2022",
        settings=Settings(window=window),
    )
    result = plan(request)
    assert [(p.year, p.cost) for p in result.plans] == [(f.year, f.cost) for f in expected]
