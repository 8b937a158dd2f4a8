"""`khencao rules test` and `khencao rules diff` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.rules.casebook import casebook_dir
from ui.cli.main import main

PL5 = str(casebook_dir() / "pl5-hanoi-2018.yaml")

pytestmark = pytest.mark.usefixtures("own_embedded_store")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_pl5_case_book_agrees_with_hanoi_2018(capsys):
    code, out, _ = run(capsys, "rules", "test", PL5, "--ruleset", "hanoi-2018")
    assert code == 0
    assert out.startswith(
        "Sổ tình huống pl5-hanoi-2018.yaml theo bộ tiêu chuẩn hanoi-2018: 27 tình huống, "
        "27 đúng, 0 sai"
    )
    assert "Mọi tình huống đều cho kết quả như mong đợi." in out


def test_a_flipped_expectation_is_listed_with_the_verdicts_reasons_and_exit_5(tmp_path, capsys):
    text = Path(PL5).read_text(encoding="utf-8")
    old = "expect: {eligible: false, earliest_year: 2022}"
    book = tmp_path / "pl5.yaml"
    book.write_text(text.replace(old, "expect: {eligible: false, earliest_year: 2021}"), "utf-8")
    code, out, _ = run(
        capsys, "--lang", "en", "rules", "test", str(book), "--ruleset", "hanoi-2018"
    )
    assert code == 5
    assert "27 cases, 26 agree, 1 disagree" in out
    assert "✘ Case 18 (line " in out and "Phường Phúc Đồng — BK_TTG" in out
    assert "expect.earliest_year: expected 2021, got 2022" in out
    assert "Reasons:" in out and "2022" in out


def test_rules_test_json(capsys):
    code, out, _ = run(capsys, "rules", "test", PL5, "--json")
    data = json.loads(out)
    assert code == 0 and data["ok"] is True
    assert (data["ruleset"], data["cases"], data["failed"]) == ("hanoi-2018", 27, 0)
    assert data["results"][0]["name"] == "Phường Việt Hưng — HCLD1, đề nghị năm 2020"


def test_a_broken_book_is_refused_with_file_case_and_field(tmp_path, capsys):
    book = tmp_path / "sổ.yaml"
    book.write_text(
        "cases:\n  - {holder: phong-y-te, target: BK_TTGG, year: 2022, expect: {eligible: 1}}\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "rules", "test", str(book))
    assert code == 1
    assert "sổ.yaml, tình huống 1, dòng 2, trường `target`: không có mã danh hiệu “BK_TTGG”" in err
    assert "trường `expect.eligible`" in err
    assert "Traceback" not in err


def test_an_unknown_ruleset_is_named_with_the_known_ones(capsys):
    code, _, err = run(capsys, "rules", "test", PL5, "--ruleset", "hanoi-2019")
    assert code == 2
    assert "hanoi-2018" in err


def test_rules_diff_on_long_bien_names_the_units_and_why(capsys):
    code, out, _ = run(
        capsys,
        "--lang",
        "en",
        "rules",
        "diff",
        "hanoi-2018",
        "nd91-2017",
        "--year",
        "2020",
        "--dataset",
        "longbien",
    )
    assert code == 0
    assert out.startswith("hanoi-2018 against nd91-2017, proposal year 2020: 45 holders")
    assert "• Quận Đoàn (Đoàn TNCS Hồ Chí Minh Quận) (quan-doan) — HCLD3" in out
    assert "• Trung tâm Văn hóa – Thông tin và Thể thao (tt-van-hoa-thong-tin-the-thao)" in out
    assert "Differs in What accumulates:" in out
    assert "ministry flags and certificates count as the city's" in out


def test_rules_diff_on_the_store_after_loading(capsys):
    assert main(["load"]) == 0
    capsys.readouterr()
    code, out, _ = run(
        capsys, "rules", "diff", "hanoi-2018", "nd91-2017", "--year", "2020", "--json"
    )
    data = json.loads(out)
    assert code == 0
    assert [d["holder"] for d in data["differences"]] == [
        "quan-doan",
        "tt-van-hoa-thong-tin-the-thao",
    ]


def test_rules_diff_with_an_unknown_ruleset_exits_2(capsys):
    code, _, err = run(capsys, "rules", "diff", "hanoi-2018", "nd92", "--year", "2020")
    assert code == 2 and "nd91-2017" in err
