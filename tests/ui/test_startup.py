"""The `khencao` command starts without the libraries it does not use.

Each command runs in a fresh interpreter under `python -X importtime`, which lists
every module the command imported; the heavy libraries (OR-Tools, pandas, openpyxl,
Streamlit) must be imported only by the commands that use them. The time each takes
is bench/startup_bench.py's business, not a test's.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("ortools", "pandas", "openpyxl", "streamlit")


def imported(tmp_path: Path, *argv: str) -> tuple[int, set[str]]:
    """Exit code and the top-level packages a `khencao` command imported."""
    code, modules = imported_modules(tmp_path, *argv)
    return code, {name.split(".")[0] for name in modules}


def imported_modules(tmp_path: Path, *argv: str) -> tuple[int, set[str]]:
    """Exit code and every module a `khencao` command imported."""
    env = {
        **os.environ,
        "KHENCAO_STORE": "embedded",
        "KHENCAO_STORE_PATH": str(tmp_path / "store.json"),
    }
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-c",
            "import sys; from ui.cli.main import main; sys.exit(main(sys.argv[1:]))",
            *argv,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    names = set()
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip())
    assert names, done.stderr[-2000:]
    return done.returncode, names


def history_file(tmp_path: Path) -> Path:
    path = tmp_path / "unit.json"
    path.write_text(
        '{"holder": {"id": "u", "name": "U", "kind": "collective"},'
        ' "achievements": [{"award": "BK_TP", "year": 2016}, {"award": "CO_TP", "year": 2018}]}',
        encoding="utf-8",
    )
    return path


def test_help_loads_no_heavy_library(tmp_path):
    code, names = imported(tmp_path, "--help")
    assert code == 0
    assert names.isdisjoint(HEAVY), sorted(names & set(HEAVY))
    assert "networkx" not in names  # the lineage of units: only where it is read


@pytest.mark.parametrize("command", ["check", "history", "units"])
def test_commands_that_do_not_plan_load_no_solver(tmp_path, command):
    history = history_file(tmp_path)
    argv = {
        "check": ["check", "--history", str(history), "--target", "BK_TTG", "--year", "2021"],
        "history": ["history", "--help"],
        "units": ["units"],
    }[command]
    code, names = imported(tmp_path, *argv)
    assert code in (0, 1), code  # a verdict of "not eligible" is still an answer
    assert "ortools" not in names
    assert "streamlit" not in names


def test_plan_loads_the_solver(tmp_path):
    """The test sees imports: the planner's own command does load OR-Tools."""
    history = history_file(tmp_path)
    code, names = imported(
        tmp_path, "plan", "--history", str(history), "--target", "BK_TTG", "--from", "2020"
    )
    assert code == 0
    assert "ortools" in names


def test_help_loads_the_score_sheets_only_for_a_score_command(tmp_path):
    """ui/cli/scoring_run.py, and the score sheets with it, load when a `khencao
    score` command runs, not for the help."""
    code, modules = imported_modules(tmp_path, "--help")
    assert code == 0
    assert "graph.io.score_sheets" not in modules
    _, modules = imported_modules(tmp_path, "score", "criteria", "--year", "2020")
    assert {"ui.cli.scoring_run", "graph.io.score_sheets"} <= modules
