"""Who is one achievement short of a rung is the checker's answer (planner.check.shortlist),
not a copy of the rule in Cypher: rating breaks and the founding age count too."""

from __future__ import annotations

from graph.io.longbien import load_longbien
from graph.models import Achievement
from planner.check.checker import check
from planner.check.shortlist import within_one_achievement


def records(dataset, extra=(), founded=None):
    founded = founded or {}
    found = []
    for unit in dataset.units:
        if unit.id in founded:
            unit = unit.model_copy(update={"founded": founded[unit.id]})
        history = [*dataset.history(unit.id), *(a for a in extra if a.holder == unit.id)]
        found.append((unit, history))
    return found


def shortlisted(found, year=2020) -> list[str]:
    return [unit.id for unit in within_one_achievement(found, "HCLD3", year)]


def test_the_2020_hcld3_shortlist_of_long_bien():
    data = load_longbien()
    assert shortlisted(records(data)) == ["tt-boi-duong-chinh-tri", "phuong-ngoc-lam"]
    assert shortlisted(records(data), 2022) == [
        "van-phong-quan-uy",
        "tt-boi-duong-chinh-tri",
        "phuong-gia-thuy",
        "phuong-ngoc-lam",
    ]


def test_one_more_achievement_makes_each_shortlisted_unit_eligible():
    data = load_longbien()
    for unit, history in records(data):
        if unit.id in shortlisted([(unit, history)]):
            assert not check(unit, history, "HCLD3", 2020).eligible
            more = [*history, Achievement(holder=unit.id, award="CO_TP", year=2019)]
            fits = check(unit, more, "HCLD3", 2020).eligible
            more_bk = [*history, Achievement(holder=unit.id, award="BK_TP", year=2019)]
            assert fits or check(unit, more_bk, "HCLD3", 2020).eligible, unit.id


def test_a_year_rated_below_excellent_takes_a_unit_off_the_shortlist():
    data = load_longbien()
    broken = [Achievement(holder="phuong-ngoc-lam", award="HTTNV", year=2018)]
    assert shortlisted(records(data, broken)) == ["tt-boi-duong-chinh-tri"]


def test_a_unit_founded_less_than_ten_years_before_is_not_shortlisted():
    data = load_longbien()
    young = {"tt-boi-duong-chinh-tri": 2012}
    assert shortlisted(records(data, founded=young)) == ["phuong-ngoc-lam"]
