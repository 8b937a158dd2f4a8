"""A yes that rests on assumed years says so wherever a verdict is read: its
conclusion, the eligibility sheet, the audit, `khencao check` and its JSON
(issue 14, Build 4). Phường Thượng Thanh → HCLD2 in 2020 is the case: its base is
HCLD3 2003, its window 2003–2019 holds 17 years, the letter records a rating for
none of them, and only 2017 (a Government and a city flag) implies HTXSNV."""

from __future__ import annotations

import json

import pytest

from graph.io.longbien import load_longbien
from graph.models import Achievement
from planner import (
    audit,
    check,
    eligibility_sheet,
    holder_history,
    target_cases,
)
from ui.cli.main import main

UNIT = "phuong-thuong-thanh"
ASSUMED = [y for y in range(2003, 2020) if y != 2017]


@pytest.fixture(scope="module")
def data():
    return load_longbien()


def verdict_of(data, history=None):
    history = holder_history(data, UNIT) if history is None else history
    return check(data.unit(UNIT), history, "HCLD2", 2020)


def test_thuong_thanh_is_eligible_on_sixteen_assumed_htxsnv_years(data):
    verdict = verdict_of(data)
    assert verdict.eligible and verdict.rests_on_assumptions
    assert verdict.assumed_years == ASSUMED
    assert verdict.conclusion.vi == "ĐỦ ĐIỀU KIỆN (giả định 16 năm HTXSNV)"
    assert verdict.conclusion.en == "ELIGIBLE (assuming 16 years of HTXSNV)"
    assert verdict.said(2020).vi == "đủ điều kiện năm 2020 (giả định 16 năm HTXSNV)"
    shown = verdict.as_json("en")
    assert shown["assumed_years"] == ASSUMED
    assert shown["rests_on_assumptions"] is True
    assert shown["conclusion"] == "ELIGIBLE (assuming 16 years of HTXSNV)"


def test_with_every_year_rated_the_yes_is_plain(data):
    rated = [Achievement(holder=UNIT, award="HTXSNV", year=y) for y in ASSUMED]
    verdict = verdict_of(data, [*holder_history(data, UNIT), *rated])
    assert verdict.eligible and not verdict.rests_on_assumptions
    assert verdict.conclusion.vi == "ĐỦ ĐIỀU KIỆN"
    assert verdict.as_json()["assumptions"] is None


def test_a_no_is_never_dressed_with_assumptions(data):
    verdict = check(data.unit("phong-y-te"), holder_history(data, "phong-y-te"), "BK_TTG", 2020)
    assert not verdict.eligible and verdict.assumed_years
    assert verdict.conclusion.vi == "CHƯA ĐỦ ĐIỀU KIỆN"


def test_the_eligibility_sheet_names_the_assumption_in_summary_and_detail(data):
    sheet = eligibility_sheet(data, target_cases(data, 2020))
    summary = sheet.tables()[0]
    row = next(r.cells for r in summary.rows if r.cells[1] == "Phường Thượng Thanh")
    assert row[4] == "ĐỦ ĐIỀU KIỆN (giả định 16 năm HTXSNV)"
    headings = [b.text for b in sheet.blocks if getattr(b, "style", "") == "section"]
    assert any(
        h.startswith("2.") and "Phường Thượng Thanh" in h and h.endswith("(giả định 16 năm HTXSNV)")
        for h in headings
    )


def test_the_audit_row_says_the_yes_rests_on_assumed_years(data):
    row = audit(data).row(UNIT, "proposal")
    assert "giả định 16 năm HTXSNV" in row.summary.vi
    assert "assuming 16 years of HTXSNV" in row.summary.en


def test_khencao_check_prints_the_assumption_and_its_json_the_years(data, tmp_path, capsys):
    unit = data.unit(UNIT)
    history = {
        "holder": {"id": unit.id, "name": unit.name, "kind": "collective"},
        "achievements": [{"award": a.award, "year": a.year} for a in holder_history(data, UNIT)],
    }
    path = tmp_path / "thuong-thanh.json"
    path.write_text(json.dumps(history, ensure_ascii=False), encoding="utf-8")
    argv = ["check", "--history", str(path), "--target", "HCLD2", "--year", "2020"]
    assert main(argv) == 0
    assert "Kết luận: ĐỦ ĐIỀU KIỆN (giả định 16 năm HTXSNV)" in capsys.readouterr().out
    assert main(["--lang", "en", *argv, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["assumed_years"] == ASSUMED
    assert shown["rests_on_assumptions"] is True
    assert shown["conclusion"] == "ELIGIBLE (assuming 16 years of HTXSNV)"
