"""`khencao check` and `khencao audit` from the command line."""

import json
from pathlib import Path

import pytest

from planner.rules.files import rules_dir
from ui.cli.main import main

Y_TE = {
    "holder": {
        "id": "phong-y-te",
        "name": "Phòng Y tế",
        "kind": "collective",
        "flag_eligible": True,
    },
    "achievements": [{"award": "BK_TP", "year": 2018}, {"award": "TTLDXS", "year": 2019}],
}


def write(tmp_path: Path, payload, name: str = "history.json") -> Path:
    path = tmp_path / name
    text = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def check_file(
    capsys, path: Path, *extra: str, target: str = "BK_TTG", year: int = 2022, lang: str = "vi"
) -> tuple[int, str, str]:
    """`khencao --lang LANG check --history PATH --target TARGET --year YEAR EXTRA…`"""
    return run(
        capsys,
        "--lang",
        lang,
        "check",
        "--history",
        str(path),
        "--target",
        target,
        "--year",
        str(year),
        *extra,
    )


def test_check_a_history_file_prints_json_with_eligible_requirements_and_missing(tmp_path, capsys):
    code, out, _ = check_file(capsys, write(tmp_path, Y_TE), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["eligible"] is False
    assert [r["kind"] for r in data["requirements"]] == [
        "base",
        "continuity",
        "window_achievements",
    ]
    assert [r["status"] for r in data["requirements"]] == ["met", "missing", "missing"]
    assert any("2023" in m for m in data["missing"])
    assert data["ruleset"]["id"] == "hanoi-2018"
    assert data["settings"]["window"] == "from_base_year"


def test_the_global_json_flag_before_the_subcommand_works_too(tmp_path, capsys):
    path = write(tmp_path, Y_TE)
    code, out, _ = run(
        capsys,
        "--json",
        "--lang",
        "en",
        "check",
        "--history",
        str(path),
        "--target",
        "BK_TTG",
        "--year",
        "2023",
    )
    assert code == 0
    data = json.loads(out)
    assert data["eligible"] is False
    assert data["missing"] == ["1 more CO_TP in 2018–2022, or 2 more BK_TP"]


def test_check_without_target_uses_the_next_rung(tmp_path, capsys):
    payload = {
        **Y_TE,
        "achievements": [{"award": "BK_TP", "year": 2014}, {"award": "CO_TP", "year": 2016}],
    }
    code, out, _ = run(
        capsys, "check", "--history", str(write(tmp_path, payload)), "--year", "2020", "--json"
    )
    data = json.loads(out)
    assert code == 0 and data["target"] == "BK_TTG" and data["eligible"] is True
    assert data["standing"] == {
        "current_rung": "BK_TP",
        "current_year": 2014,
        "next_target": "BK_TTG",
    }


def test_check_reads_as_a_report_in_vietnamese(tmp_path, capsys):
    code, out, _ = check_file(capsys, write(tmp_path, Y_TE))
    assert code == 0
    assert "Kết luận: CHƯA ĐỦ ĐIỀU KIỆN" in out
    assert "[thiếu] Liên tục HTXSNV" in out
    assert "Còn thiếu: thêm 1 CO_TP trong 2018–2021, hoặc thêm 2 BK_TP" in out
    assert "Bộ tiêu chuẩn: hanoi-2018" in out
    assert "window=from_base_year" in out


def test_check_for_2025_prints_the_warning_first(tmp_path, capsys):
    """2025 is answered by luat-2022, which has not entered the collective BK_TTG:
    exit 6 and the article to look up. Under hanoi-2018, asked for, the warning
    that its rules are not in force comes first."""
    code, out, _ = check_file(capsys, write(tmp_path, Y_TE), year=2025, lang="en")
    assert code == 6
    assert out.startswith("The rule is not entered yet")
    assert "Điều 73 khoản 2" in out
    path = write(tmp_path, Y_TE)
    code, out, _ = check_file(capsys, path, "--ruleset", "hanoi-2018", year=2025, lang="en")
    assert code == 0
    assert out.splitlines()[1].startswith("⚠ WARNING: Proposal year 2025 is outside")
    assert "not in force for 2025" in out.splitlines()[1]


def test_the_window_convention_is_chosen_on_the_command_line(tmp_path, capsys):
    payload = {
        "holder": {
            "id": "phong-tckh",
            "name": "Phòng TCKH",
            "kind": "collective",
            "flag_eligible": True,
        },
        "achievements": [
            {"award": "BK_TTG", "year": 2015},
            {"award": "CO_TP", "year": 2017},
            {"award": "BK_TP", "year": 2018},
        ],
    }
    path = write(tmp_path, payload)
    _, out, _ = check_file(capsys, path, "--json", target="HCLD3", year=2020)
    assert json.loads(out)["eligible"] is True
    _, out, _ = check_file(
        capsys, path, "--window", "after_base_year", "--json", target="HCLD3", year=2020
    )
    data = json.loads(out)
    assert data["eligible"] is False and data["earliest_year_without_new"] == 2021


def test_other_settings_are_set_by_name(tmp_path, capsys):
    _, out, _ = check_file(
        capsys,
        write(tmp_path, Y_TE),
        "--set",
        "gap_years=4",
        "--set",
        "ministry_awards_count=true",
        "--json",
        year=2023,
    )
    data = json.loads(out)
    assert data["settings"]["gap_years"] == 4
    assert data["settings"]["ministry_awards_count"] is True


def test_an_unknown_setting_is_refused_with_the_nearest_name(tmp_path, capsys):
    code, _, err = check_file(capsys, write(tmp_path, Y_TE), "--set", "gap=4")
    assert code != 0 and "gap_years" in err


def test_bad_history_rows_are_each_named_by_file_row_and_field(tmp_path, capsys):
    payload = {
        **Y_TE,
        "achievements": [
            {"award": "BK_TP", "year": 2018},
            {"award": "BK_TTP", "year": 2019},
            {"award": "CO_TP", "year": "20l9"},
            {"year": 2017},
            {"award": "SKKN_TP", "year": 2016},
            {"award": "CO_TP", "year": 20199},
        ],
    }
    path = write(tmp_path, payload)
    code, out, _ = check_file(capsys, path, "--json", lang="en")
    assert code == 1
    problems = json.loads(out)["problems"]
    assert [(p["reason"], p["field"]) for p in problems] == [
        ("unknown_award", "award"),
        ("not_a_year", "year"),
        ("missing", "award"),
        ("individual_only", "award"),
        ("year_range", "year"),
    ]
    messages = [p["message"] for p in problems]
    assert messages[0].startswith(
        f"{path.name}, achievements[1], field `award`: unknown award "
        "code “BK_TTP”; nearest known: BK_TP, BK_TTG"
    )
    assert messages[1].startswith(f"{path.name}, achievements[2], field `year`")
    assert "achievements[5]" in messages[4]


def test_bad_history_rows_in_text_go_to_stderr_with_a_non_zero_exit(tmp_path, capsys):
    payload = {
        "holder": {
            "id": "to-dan-pho",
            "name": "Tổ dân phố",
            "kind": "collective",
            "flag_eligible": False,
        },
        "achievements": [{"award": "CO_TP", "year": 2018}],
    }
    code, out, err = check_file(capsys, write(tmp_path, payload))
    assert code == 1 and out == ""
    assert "Không kiểm tra được: tệp lịch sử có lỗi (1):" in err
    assert "achievements[0], trường `award`" in err
    assert "không thuộc đối tượng tặng cờ thi đua" in err


def test_a_history_file_that_is_not_json_gives_the_line(tmp_path, capsys):
    path = write(tmp_path, '{"holder": {"id": "x",\n "name": }')
    code, out, _ = check_file(capsys, path, "--json", lang="en")
    assert code == 1
    assert "line 2" in json.loads(out)["problems"][0]["message"]


def test_a_history_file_with_a_bad_holder_names_the_field(tmp_path, capsys):
    payload = {"holder": {"id": "x", "name": "X", "kind": "team"}, "achievements": []}
    code, out, _ = check_file(capsys, write(tmp_path, payload), "--json")
    assert code == 1
    assert json.loads(out)["problems"][0]["field"] == "holder.kind"


def test_a_malformed_ruleset_stops_the_check_with_file_line_and_path(tmp_path, capsys):
    rules = tmp_path / "rules"
    rules.mkdir()
    text = (rules_dir() / "hanoi-2018.yaml").read_text(encoding="utf-8")
    (rules / "hanoi-2018.yaml").write_text(
        text.replace("gap_years: 5", "gap_years: -5", 1), encoding="utf-8"
    )
    code, _, err = check_file(capsys, write(tmp_path, Y_TE), "--rules-dir", str(rules), lang="en")
    assert code == 1
    assert "hanoi-2018.yaml, line" in err
    assert "at `collective.BK_TTG.continuity.gap_years`" in err


def test_an_unknown_code_in_a_ruleset_names_the_nearest_known_code(tmp_path, capsys):
    rules = tmp_path / "rules"
    rules.mkdir()
    text = (rules_dir() / "nd91-2017.yaml").read_text(encoding="utf-8")
    (rules / "nd91-2017.yaml").write_text(
        text.replace("{award: HCLD2,", "{award: HCLD_2,", 1), encoding="utf-8"
    )
    code, out, _ = run(
        capsys,
        "--lang",
        "en",
        "audit",
        "--dataset",
        "longbien",
        "--rules-dir",
        str(rules),
        "--json",
    )
    assert code == 1
    [problem] = json.loads(out)["problems"]
    assert problem["field"] == "collective.HCLD1.base[0].award"
    assert "unknown award code “HCLD_2”" in problem["message"]
    assert "nearest known: HCLD2" in problem["message"]


def test_an_unknown_ruleset_id_lists_the_known_ones(tmp_path, capsys):
    code, _, err = check_file(capsys, write(tmp_path, Y_TE), "--ruleset", "hanoi-2019", lang="en")
    assert code == 2 and "hanoi-2018" in err


def test_check_needs_a_holder_or_a_history_file(capsys):
    code, _, err = run(capsys, "check", "--target", "BK_TTG", "--year", "2022")
    assert code == 2 and "--history" in err


def test_audit_of_long_bien_reports_the_findings(capsys):
    code, out, _ = run(capsys, "audit", "--dataset", "longbien")
    assert code == 0
    assert "18 mục, 16 phù hợp, 2 phát hiện" in out
    finding_lines = [line for line in out.splitlines() if "PHÁT HIỆN" in line]
    assert any("Phòng Y tế" in line and "2022" in line and "2023" in line for line in finding_lines)


def test_audit_findings_only_lists_the_two_findings_in_english(capsys):
    code, out, _ = run(capsys, "--lang", "en", "audit", "--dataset", "longbien", "--findings-only")
    assert code == 0
    assert "Findings (2):" in out and "Agreements" not in out
    assert "Phòng Y tế — BK_TTG: planned for BK_TTG in 2022" in out


def test_audit_of_an_empty_store_says_what_to_do(tmp_path, capsys):
    code, out, _ = run(capsys, "--store-path", str(tmp_path / "empty.json"), "audit")
    assert code == 0 and "--dataset longbien" in out


def test_audit_json_under_after_base_year_shows_phong_tckh(capsys):
    code, out, _ = run(
        capsys, "audit", "--dataset", "longbien", "--window", "after_base_year", "--json"
    )
    assert code == 0
    data = json.loads(out)
    row = next(r for r in data["rows"] if r["holder"] == "phong-tai-chinh-ke-hoach")
    assert (row["outcome"], row["earliest_without_new"]) == ("finding", 2021)
    assert data["settings"]["window"] == "after_base_year"
    assert any(c["holder"] == "phong-tai-chinh-ke-hoach" for c in data["window_changes"])


@pytest.fixture
def store_path(tmp_path, capsys) -> str:
    path = tmp_path / "store.json"
    assert main(["--store-path", str(path), "load"]) == 0
    capsys.readouterr()
    return str(path)


def test_check_a_unit_of_the_store(store_path, capsys):
    code, out, _ = run(
        capsys,
        "--store-path",
        store_path,
        "check",
        "phuong-phuc-dong",
        "--target",
        "BK_TTG",
        "--year",
        "2022",
        "--json",
    )
    assert code == 0
    data = json.loads(out)
    assert data["eligible"] is True and data["base"]["award"] == "CO_TP"


def test_audit_the_store(store_path, capsys):
    code, out, _ = run(capsys, "--store-path", store_path, "--json", "audit")
    assert code == 0
    assert json.loads(out)["counts"] == {"rows": 18, "agreements": 16, "findings": 2}


# the history file goes through the store's validator (issue 11) ----------------------

HCLD3_ON_ONE_FLAG = {
    "holder": {"id": "phuong-x", "name": "Phường X", "kind": "collective"},
    "achievements": [
        {"award": "BK_TTG", "year": 2014},
        {"award": "CO_TP", "year": 2019},
    ],
}


def test_one_city_flag_is_not_enough_for_hcld3(tmp_path, capsys):
    code, out, _ = check_file(
        capsys, write(tmp_path, HCLD3_ON_ONE_FLAG), "--json", target="HCLD3", year=2020
    )
    assert code == 0 and json.loads(out)["eligible"] is False


def test_a_flag_listed_twice_is_refused_not_counted_twice(tmp_path, capsys):
    rows = HCLD3_ON_ONE_FLAG["achievements"]
    payload = {**HCLD3_ON_ONE_FLAG, "achievements": [*rows, {"award": "CO_TP", "year": 2019}]}
    path = write(tmp_path, payload)
    code, out, _ = check_file(capsys, path, "--json", target="HCLD3", year=2020, lang="en")
    assert code == 1
    [problem] = json.loads(out)["problems"]
    assert (problem["reason"], problem["field"]) == ("duplicate_in_input", "award")
    assert problem["message"] == (
        f"{path.name}, achievements[2], field `award`: duplicate record: "
        "“phuong-x/CO_TP/2019/annual” also stands at row [1]"
    )
    code, _, err = run(capsys, "plan", "--history", str(path), "--target", "HCLD3")
    assert code == 1 and "achievements[2]" in err


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            [{"award": "HTXSNV", "year": 2019}, {"award": "HTTNV", "year": 2019}],
            [("conflicting_rating", "award")],
        ),
        ([{"award": "BK_TP", "year": 2019, "note": 5}], [("not_text", "note")]),
        ([{"award": "BK_TP", "year": 2019, "basis": []}], [("not_one_of", "basis")]),
        ([{"award": "BK_TP", "year": True}], [("not_a_year", "year")]),
        ([{"award": "BK_TP", "year": "２０１９"}], [("not_a_year", "year")]),
        (
            [{"award": "BK_TP", "year": 2019, "note": "\x1b]0;pwned\x07"}],
            [("control_character", "note")],
        ),
        ([{"award": "BK_TP", "year": 2001}], [("before_founding", "year")]),
        (["BK_TP 2019"], [("wrong_shape", None)]),
    ],
)
def test_a_history_file_is_refused_as_the_store_refuses(tmp_path, capsys, rows, expected):
    payload = {**Y_TE, "holder": {**Y_TE["holder"], "founded": 2005}, "achievements": rows}
    code, out, _ = check_file(capsys, write(tmp_path, payload), "--json", lang="en")
    assert code == 1
    problems = json.loads(out)["problems"]
    assert [(p["reason"], p["field"]) for p in problems] == expected
    assert all(p["message"].startswith("history.json, ") for p in problems)
    assert all("\x1b" not in p["message"] for p in problems)


def test_a_holder_id_the_store_would_refuse_is_refused(tmp_path, capsys):
    payload = {**Y_TE, "holder": {**Y_TE["holder"], "id": "Phòng Y tế"}}
    code, out, _ = check_file(capsys, write(tmp_path, payload), "--json")
    assert code == 1
    assert [p["field"] for p in json.loads(out)["problems"]] == ["holder.id"]


@pytest.mark.parametrize(
    ("text", "reason", "field"),
    [
        (
            '{"holder": {"id": "a", "name": "A", "kind": "collective"}, '
            '"achievements": [{"award": "BK_TP", "year": 1' + "0" * 5000 + "}]}",
            "year_range",
            "year",
        ),
        ("[" * 100_000 + "]" * 100_000, "json_too_deep", None),
        ('{"holder": ' + '{"a": ' * 50_000 + "1" + "}" * 50_001, "json_too_deep", None),
    ],
    ids=["5000-digit year", "100000-deep list", "50000-deep holder"],
)
def test_a_history_file_python_cannot_read_is_a_sentence_not_a_traceback(
    tmp_path, capsys, text, reason, field
):
    code, out, err = check_file(capsys, write(tmp_path, text), "--json", lang="en")
    assert code == 1
    assert "Traceback" not in err
    [problem] = json.loads(out)["problems"]
    assert (problem["reason"], problem["field"]) == (reason, field)
    assert problem["message"].startswith("history.json")


def test_a_history_file_over_a_megabyte_is_not_parsed(tmp_path, capsys):
    payload = {**Y_TE, "achievements": [{"award": "BK_TP", "year": 2018, "note": "x" * 1_100_000}]}
    code, out, _ = check_file(capsys, write(tmp_path, payload), "--json", lang="en")
    assert code == 1
    assert json.loads(out)["problems"][0]["reason"] == "file_too_large"


def test_a_history_file_with_a_byte_order_mark_and_a_decomposed_name_is_read(tmp_path, capsys):
    payload = {**Y_TE, "holder": {**Y_TE["holder"], "name": "Pho\u0300ng Y te\u0302\u0301"}}
    path = tmp_path / "history.json"
    path.write_text("\ufeff" + json.dumps(payload), encoding="utf-8")
    code, out, _ = check_file(capsys, path, "--json")
    assert code == 0
    assert json.loads(out)["holder"]["name"] == "Phòng Y tế"


@pytest.mark.parametrize(
    ("ruleset", "year", "offered"),
    [
        ("hanoi-2018", 2022, "BK_TTG, HCLD3, HCLD2, HCLD1"),
        ("nd65-2014", 2016, "BK_TTG, HCLD3"),
    ],
)
def test_a_target_that_is_no_rung_of_the_ruleset_names_the_rungs_it_has(
    tmp_path, capsys, ruleset, year, offered
):
    path = write(tmp_path, Y_TE)
    code, _, err = check_file(
        capsys, path, "--ruleset", ruleset, target="CO_TP", year=year, lang="en"
    )
    assert code != 0
    assert f"CO_TP is not a rung with a standard in ruleset {ruleset}" in err
    assert f"choose one of: {offered}" in err
    code, _, err = check_file(capsys, path, "--ruleset", ruleset, target="HCLD2", year=year)
    assert (code != 0) == ("HCLD2" not in offered)
