"""`khencao plan` from the command line."""

import json

from tests.ui.test_cli_check import Y_TE, run, write

VHTT = {
    "holder": {"id": "phong-vhtt", "name": "Phòng VHTT", "kind": "collective"},
    "achievements": [
        {"award": "HCLD2", "year": 2014},
        {"award": "CO_TP", "year": 2014},
        {"award": "CO_TP", "year": 2016},
        {"award": "TTLDXS", "year": 2017},
        {"award": "BK_TP", "year": 2018},
    ],
}


def plan_json(capsys, path, *extra: str) -> tuple[int, dict]:
    code, out, _ = run(capsys, "plan", "--history", str(path), "--from", "2020", *extra, "--json")
    return code, json.loads(out)


def test_plan_a_history_file_prints_the_documented_json(tmp_path, capsys):
    code, data = plan_json(capsys, write(tmp_path, VHTT), "--target", "HCLD1")
    assert code == 0
    assert data["feasible"] is True
    assert (data["year"], data["cost"]) == (2021, 13)
    assert [(s["year"], s["award"]) for s in data["steps"]] == [
        (2020, "CO_TP"),
        (2020, "CO_CP"),
        (2021, "HCLD1"),
    ]
    assert [(a["year"], a["cost"]) for a in data["alternatives"]] == [(2022, 6)]
    assert [(s["year"], s["award"]) for s in data["alternatives"][0]["steps"]] == [
        (2020, "CO_TP"),
        (2021, "CO_TP"),
        (2022, "HCLD1"),
    ]
    assert data["horizon"] == 30
    assert all(s["reason"] for s in data["steps"])


def test_a_deadline_the_rules_do_not_allow_is_answered_no_with_reasons(tmp_path, capsys):
    code, data = plan_json(capsys, write(tmp_path, Y_TE), "--target", "BK_TTG", "--by", "2022")
    assert code == 0
    assert data["feasible"] is False
    assert (data["year"], data["cost"], data["steps"]) == (None, None, [])
    assert [r["family"] for r in data["reasons"]] == ["deadline", "gap"]
    assert data["earliest_without_deadline"]["year"] == 2023


def test_ruleset_and_horizon_options(tmp_path, capsys):
    code, data = plan_json(
        capsys, write(tmp_path, Y_TE), "--ruleset", "nd91-2017", "--horizon", "8"
    )
    assert code == 0
    assert data["ruleset"] == "nd91-2017"
    assert data["target"] == "BK_TTG"
    assert data["searched_until"] <= 2028


def test_json_may_come_after_the_subcommand_and_english_before(tmp_path, capsys):
    path = write(tmp_path, Y_TE)
    code, out, _ = run(capsys, "--lang", "en", "plan", "--history", str(path), "--from", "2020")
    assert code == 0
    assert "Plan: propose in 2023 · effort 2" in out
    assert "Assumptions:" in out


def test_what_if_options_compare_with_the_plan_without_them(tmp_path, capsys):
    code, data = plan_json(
        capsys, write(tmp_path, Y_TE), "--add", "CO_TP:2021", "--no-flag-year", "2022"
    )
    assert code == 0
    assert (data["year"], data["cost"]) == (2023, 0)
    assert data["what_if"]["baseline"] == {"year": 2023, "cost": 2}
    assert data["what_if"]["changes"] == ["thêm CO_TP 2021", "không có cờ năm 2022"]


def test_effort_weights_on_the_command_line(tmp_path, capsys):
    code, data = plan_json(
        capsys, write(tmp_path, VHTT), "--target", "HCLD1", "--effort", "CO_CP=2"
    )
    assert code == 0
    assert (data["year"], data["cost"], data["alternatives"]) == (2021, 5, [])


def test_bad_input_is_refused_in_words(tmp_path, capsys):
    code, out, _ = run(capsys, "plan", "--history", str(write(tmp_path, "{")), "--json")
    assert code == 1 and json.loads(out)["ok"] is False
    code, _, err = run(
        capsys, "plan", "--history", str(write(tmp_path, Y_TE)), "--target", "CO_TTP"
    )
    assert code == 2 and "CO_TTP" in err
    code, _, err = run(capsys, "plan", "--history", str(write(tmp_path, Y_TE)), "--add", "CO_TP")
    assert code == 2 and "MÃ:NĂM" in err
    code, _, err = run(capsys, "plan")
    assert code == 2


def test_plan_the_whole_long_bien_council(capsys):
    code, out, err = run(
        capsys,
        "plan",
        "--all",
        "--dataset",
        "longbien",
        "--from",
        "2020",
        "--council-cap",
        "CO_CP=1",
        "--time-limit",
        "30",
        "--json",
    )
    assert code == 0
    data = json.loads(out)
    assert data["status"] in ("OPTIMAL", "FEASIBLE") and data["gap"] is not None
    by_unit = {o["holder"]: o for o in data["outcomes"]}
    assert by_unit["phong-y-te"]["reached"] is False  # by 2022: the audit's finding
    assert by_unit["phong-y-te"]["alone"] == {"year": 2023, "cost": 2}
    cp_years = [s["year"] for o in data["outcomes"] for s in o["steps"] if s["award"] == "CO_CP"]
    assert len(cp_years) == len(set(cp_years))  # one Government flag a year in the council
    assert "blocks" in err  # progress on stderr


class Terminal:
    """A stderr that says it is a terminal, and keeps what is written to it."""

    def __init__(self, tty: bool = True):
        self.tty = tty
        self.lines: list[str] = []

    def isatty(self) -> bool:
        return self.tty

    def write(self, text: str) -> None:
        self.lines += [line for line in text.splitlines() if line]

    def flush(self) -> None:
        pass


def test_a_plan_that_takes_more_than_a_second_shows_its_progress_on_a_terminal():
    from argparse import Namespace

    from planner.plan.single import PlanProgress
    from ui.cli.plan import progress_reporter

    terminal = Terminal()
    report = progress_reporter(Namespace(quiet=False, lang="en"), terminal)
    report(PlanProgress(solves=1, year=None, cost=None, seconds=0.2))
    assert terminal.lines == []  # answered within a second: no line at all
    report(PlanProgress(solves=3, year=2038, cost=27, seconds=1.4))
    report(PlanProgress(solves=4, year=None, cost=None, seconds=1.6))
    assert terminal.lines == [
        "… 3 solves, earliest so far: 2038 · 27, 1.4 s",
        "… 4 solves, earliest so far: —, 1.6 s",
    ]
    vi = Terminal()
    progress_reporter(Namespace(quiet=False, lang="vi"), vi)(PlanProgress(2, 2023, 2, 1.0))
    assert vi.lines == ["… 2 lần giải, sớm nhất đến giờ: 2023 · 2, 1.0 giây"]
    assert progress_reporter(Namespace(quiet=True, lang="en"), Terminal()) is None
    assert progress_reporter(Namespace(quiet=False, lang="en"), Terminal(tty=False)) is None
