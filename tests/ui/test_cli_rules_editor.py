"""`khencao rules list|show|copy|validate`, and the office's rulesets used by check, plan and
rules test. Every test has its own empty office folder ($KHENCAO_RULES_DIR, tests/conftest.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from planner.rules.casebook import casebook_dir
from planner.rules.files import rules_dir
from tests.cli import run
from tests.office_rules import COUNT_PATH, phuong_a, route_of

pytestmark = pytest.mark.usefixtures("own_embedded_store")


def copy(capsys, *argv: str) -> tuple[int, str, str]:
    return run(capsys, "rules", "copy", *argv)


def with_count(path: Path, count: int) -> None:
    """The office file with "1 CO_TP" of the collective BK_TTG rung changed to `count`."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    route_of(data["collective"]["BK_TTG"])["window_options"]["any_of"][0]["terms"][0]["count"] = (
        count
    )
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_list_shows_the_shipped_and_the_office_rulesets_with_period_and_verified_counts(
    capsys, office_rules
):
    assert copy(capsys, "nd65-2014", "nd65-qd", "--title", "Bản của quận")[0] == 0
    code, out, _ = run(capsys, "--lang", "en", "rules", "list")
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines() if line[:1].isalnum()}
    assert "shipped" in lines["hanoi-2018"] and "2018–2023" in lines["hanoi-2018"]
    assert "31/31" in lines["hanoi-2018"]
    assert "office" in lines["nd65-qd"] and "0/8" in lines["nd65-qd"]
    assert "Bản của quận" in lines["nd65-qd"]
    assert f"The office's rules folder: {office_rules}" in out
    code, out, _ = run(capsys, "rules", "list", "--json")
    listed = {r["id"]: r for r in json.loads(out)["rulesets"]}
    assert listed["nd65-qd"]["origin"] == "office"
    assert listed["nd65-qd"]["file"] == str(office_rules / "nd65-qd.yaml")
    assert (listed["nd91-2017"]["verified"], listed["nd91-2017"]["requirements"]) == (31, 31)


def test_copy_writes_a_whole_file_that_reads_as_the_source_under_its_new_id(capsys, office_rules):
    code, out, _ = copy(capsys, "hanoi-2018", "hanoi-qd")
    assert code == 0 and str(office_rules / "hanoi-qd.yaml") in out
    assert [p.name for p in office_rules.iterdir()] == ["hanoi-qd.yaml"]  # no temporary left
    code, out, _ = run(capsys, "rules", "show", "hanoi-qd", "--json")
    shown = json.loads(out)
    code, out, _ = run(capsys, "rules", "show", "hanoi-2018", "--json")
    source = json.loads(out)
    assert (shown["origin"], source["origin"]) == ("office", "shipped")
    for data in (shown["ruleset"], source["ruleset"]):
        data.pop("id"), data.pop("title")
    assert shown["ruleset"] == source["ruleset"]


def test_copy_refuses_an_existing_id_without_force_and_writes_nothing(capsys, office_rules):
    assert copy(capsys, "hanoi-2018", "hanoi-qd")[0] == 0
    target = office_rules / "hanoi-qd.yaml"
    with_count(target, 2)
    before = target.read_bytes()
    code, _, err = copy(capsys, "nd91-2017", "hanoi-qd")
    assert code == 1
    assert "đã có bộ tiêu chuẩn “hanoi-qd” ở đây" in err and "--force" in err
    assert target.read_bytes() == before
    code, _, _ = copy(capsys, "nd91-2017", "hanoi-qd", "--force")
    assert code == 0 and "Nghị định 91/2017" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("new_id", "expected"),
    [
        ("nd91-2017", "is a shipped ruleset's" + "|" + "belongs to a ruleset shipped"),
        ("Hà-Nội", "cannot be an id"),
    ],
)
def test_copy_refuses_a_shipped_id_or_a_bad_one_and_writes_nothing(
    capsys, office_rules, new_id, expected
):
    code, _, err = run(capsys, "--lang", "en", "rules", "copy", "hanoi-2018", new_id)
    assert code == 1
    assert any(words in err for words in expected.split("|")), err
    assert list(office_rules.iterdir()) == []


def test_copy_into_a_folder_that_cannot_be_made_exits_2_with_a_sentence(
    capsys, tmp_path, monkeypatch
):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("KHENCAO_RULES_DIR", str(blocked))
    code, _, err = copy(capsys, "hanoi-2018", "hanoi-qd")
    assert code == 2
    assert f"Không ghi được vào thư mục {blocked}" in err and "Traceback" not in err


def test_copy_of_an_unknown_ruleset_names_the_known_ones(capsys):
    code, _, err = copy(capsys, "hanoi-2019", "x")
    assert code == 2 and "hanoi-2018" in err


@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        (
            "count: 1",
            "count: -1",
            COUNT_PATH,
            "greater than or equal to 1",
        ),
        (
            "award: BK_TP",
            "award: BK_TTP",
            COUNT_PATH.split(".window_options")[0] + ".base[0].award",
            "unknown award code “BK_TTP”; nearest known: BK_TP",
        ),
    ],
)
def test_validate_names_a_problem_at_its_line_and_field(
    capsys, office_rules, old, new, field, words
):
    copy(capsys, "hanoi-2018", "hanoi-qd")
    path = office_rules / "hanoi-qd.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    code, _, err = run(capsys, "--lang", "en", "rules", "validate", str(path))
    assert code == 1
    (line,) = [line for line in err.splitlines() if field in line]
    assert line.startswith("  - hanoi-qd.yaml, line ") and words in line


def test_validate_a_good_file_says_what_it_holds(capsys, office_rules):
    copy(capsys, "nd65-2014", "nd65-qd")
    code, out, _ = run(capsys, "rules", "validate", str(office_rules / "nd65-qd.yaml"))
    assert code == 0
    assert out.strip() == (
        "nd65-qd.yaml: hợp lệ — bộ tiêu chuẩn nd65-qd, áp dụng 2014–2017, 0/8 yêu cầu đã "
        "đối chiếu với văn bản"
    )
    code, _, _ = run(capsys, "rules", "validate", str(rules_dir() / "hanoi-2018.yaml"))
    assert code == 0


def test_an_office_file_taking_a_shipped_id_is_refused_by_validate_and_by_the_shelf(
    capsys, office_rules
):
    shipped = rules_dir() / "nd91-2017.yaml"
    (office_rules / "nd91-2017.yaml").write_bytes(shipped.read_bytes())
    code, _, err = run(capsys, "rules", "validate", str(office_rules / "nd91-2017.yaml"))
    assert code == 1 and "mã “nd91-2017” là của một bộ tiêu chuẩn có sẵn trong khencao" in err
    code, _, err = run(capsys, "rules", "list")
    assert code == 1 and "nd91-2017.yaml, tại `id`" in err


def check_a(capsys, folder: Path, ruleset: str) -> dict:
    code, out, _ = run(
        capsys,
        "check",
        "--history",
        str(phuong_a(folder)),
        "--target",
        "BK_TTG",
        "--year",
        "2021",
        "--ruleset",
        ruleset,
        "--json",
    )
    assert code == 0
    return json.loads(out)


def test_check_and_plan_answer_under_the_office_ruleset_named(capsys, office_rules, tmp_path):
    copy(capsys, "hanoi-2018", "hanoi-qd")
    with_count(office_rules / "hanoi-qd.yaml", 2)
    assert check_a(capsys, tmp_path, "hanoi-2018")["eligible"] is True
    verdict = check_a(capsys, tmp_path, "hanoi-qd")
    assert verdict["eligible"] is False and verdict["ruleset"]["id"] == "hanoi-qd"
    years = {}
    for ruleset in ("hanoi-2018", "hanoi-qd"):
        argv = ["plan", "--history", str(phuong_a(tmp_path)), "--target", "BK_TTG"]
        code, out, _ = run(capsys, *argv, "--from", "2021", "--ruleset", ruleset, "--json")
        assert code == 0
        years[ruleset] = json.loads(out)["year"]
    assert years == {"hanoi-2018": 2021, "hanoi-qd": 2022}


def test_rules_test_runs_the_pl5_case_book_under_an_office_copy(capsys):
    copy(capsys, "hanoi-2018", "hanoi-qd")
    book = str(casebook_dir() / "pl5-hanoi-2018.yaml")
    code, out, _ = run(capsys, "rules", "test", book, "--ruleset", "hanoi-qd")
    assert code == 0 and "theo bộ tiêu chuẩn hanoi-qd: 27 tình huống, 27 đúng, 0 sai" in out


def test_the_help_of_copy_and_validate_gives_their_exit_codes(capsys):
    for command in ("copy", "validate"):
        with pytest.raises(SystemExit):
            run(capsys, "--lang", "en", "rules", command, "--help")
        out = " ".join(capsys.readouterr().out.split())
        assert "Exit 0" in out and "1 if" in out


def test_rules_diff_compares_a_shipped_ruleset_with_the_offices_edited_copy(capsys, office_rules):
    copy(capsys, "hanoi-2018", "hanoi-qd")
    with_count(office_rules / "hanoi-qd.yaml", 2)
    argv = ["rules", "diff", "hanoi-2018", "hanoi-qd", "--year", "2020", "--dataset", "longbien"]
    code, out, _ = run(capsys, "--lang", "en", *argv, "--json")
    assert code == 0
    changed = {(d["holder"], d["change"]) for d in json.loads(out)["differences"]}
    assert ("phuong-phuc-dong", "outcome") in changed
