"""The record commands, as an officer types them."""

from __future__ import annotations

import json

import pytest

from tests.cli import run

pytestmark = pytest.mark.usefixtures("own_embedded_store")


def test_load_is_idempotent(capsys):
    assert run(capsys, "--lang", "en", "load")[1].startswith("Loaded Long Biên 2020: 45 units")
    code, out, _ = run(capsys, "--lang", "en", "load")
    assert code == 0 and "already holds" in out


def test_history_of_phong_y_te_shows_its_certificate_and_title(capsys):
    run(capsys, "load")
    code, out, _ = run(capsys, "history", "phong-y-te")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Phòng Y tế (phong-y-te)"
    assert lines[3].startswith("2018  BK_TP ")
    assert lines[4].startswith("2019  TTLDXS")


def test_history_by_the_name_the_letter_uses_and_as_json(capsys):
    run(capsys, "load")
    code, out, _ = run(capsys, "history", "Phòng Y tế", "--json")
    assert code == 0
    assert [(a["award"], a["year"]) for a in json.loads(out)["achievements"]] == [
        ("BK_TP", 2018),
        ("TTLDXS", 2019),
    ]


def test_history_of_an_unknown_unit_says_what_to_do(capsys):
    run(capsys, "load")
    code, _, err = run(capsys, "history", "phong-y-tee")
    assert code == 2
    assert "phong-y-te" in err and "khencao units" in err


def test_units_lists_the_wards_in_vietnamese(capsys):
    run(capsys, "load")
    code, out, _ = run(capsys, "units", "--kind", "ward")
    assert code == 0
    assert "Phường Việt Hưng" in out and "Phường, xã" in out
    assert len(out.splitlines()) == 2 + 7


def test_units_on_an_empty_store_points_to_load(capsys):
    assert "khencao load" in run(capsys, "units")[1]


def test_import_refusal_lists_problems_and_exits_1(capsys, tmp_path):
    run(capsys, "load")
    bad = tmp_path / "achievements.csv"
    bad.write_text("holder,award,year\nphong-y-te,CO_TP,2100\nphong-y-te,XX,2020\n", "utf-8")
    code, out, _ = run(capsys, "--json", "import", str(bad))
    assert code == 1
    report = json.loads(out)
    assert report["ok"] is False
    assert [(p["row"], p["field"], p["reason"]) for p in report["problems"]] == [
        (2, "year", "future_year"),  # a proposal year is not an achievement year
        (3, "award", "unknown_award"),
    ]


def test_import_then_export_in_each_format(capsys, tmp_path):
    run(capsys, "load")
    good = tmp_path / "achievements.csv"
    good.write_text("holder,award,year\nphong-y-te,BK_TP,2020\n", "utf-8")
    assert run(capsys, "import", str(good))[0] == 0
    for fmt, target in (("xlsx", "out.xlsx"), ("json", "out.json"), ("csv", "out")):
        code, out, _ = run(capsys, "--json", "export", fmt, "-o", str(tmp_path / target))
        assert code == 0 and json.loads(out)["ok"] is True
    exported = json.loads((tmp_path / "out.json").read_text("utf-8"))
    assert {"holder": "phong-y-te", "award": "BK_TP", "year": 2020}.items() <= next(
        a for a in exported["achievements"] if a["year"] == 2020
    ).items()
