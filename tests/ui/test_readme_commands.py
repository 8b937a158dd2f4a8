"""Every command the README shows works as written, on a fresh store, with the files
of examples/ (issue 15). The README's first two lines (scripts/app, scripts/test)
install and run everything; they are not run here."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli import run
from tests.office_sheets import office_workbook

ROOT = Path(__file__).resolve().parents[2]
COMMAND = ".venv/bin/khencao "


def readme_commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)
    lines = [line.split("  #")[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line.startswith(COMMAND)]


def test_the_readme_shows_the_commands_of_the_examples():
    commands = readme_commands()
    assert len(commands) >= 15
    for command in commands:
        for argument in shlex.split(command):
            if argument.startswith(("examples/", "data/")):
                assert (ROOT / argument).is_file(), f"{argument} of “{command}” is missing"


def test_every_readme_command_runs_as_written_in_order(
    capsys, tmp_path, monkeypatch, own_embedded_store
):
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    for command in readme_commands():  # the repository's own files a command names
        for argument in shlex.split(command):
            if argument.startswith("data/") and (ROOT / argument).is_file():
                (tmp_path / argument).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(ROOT / argument, tmp_path / argument)
    monkeypatch.chdir(tmp_path)
    outputs = {}
    for command in readme_commands():
        code, out, err = run(capsys, *shlex.split(command.removeprefix(COMMAND)))
        assert code == 0, f"“{command}” exited {code}: {err or out}"
        outputs[command] = out
    dry_run = next(out for command, out in outputs.items() if command.endswith("--dry-run"))
    assert "Phòng Tài nguyên và Môi trường" in dry_run and "Chưa ghi gì" in dry_run
    assert "đã có trong kho: 1" in dry_run
    assert (tmp_path / "mau-thanh-tich.xlsx").is_file()
    code, out, _ = run(capsys, "import", "examples/thanh-tich.xlsx")  # once more
    assert code == 0 and "Không có gì mới để ghi" in out


def test_the_example_workbook_is_the_office_layout_the_tests_build(tmp_path):
    """examples/thanh-tich.xlsx is tests/office_sheets.py's workbook, cell for cell."""
    fresh = load_workbook(office_workbook(tmp_path / "fresh.xlsx"))
    example = load_workbook(ROOT / "examples" / "thanh-tich.xlsx")
    assert example.sheetnames == fresh.sheetnames
    for name in fresh.sheetnames:
        assert [[c.value for c in row] for row in example[name].iter_rows()] == [
            [c.value for c in row] for row in fresh[name].iter_rows()
        ]
        assert {str(r) for r in example[name].merged_cells.ranges} == {
            str(r) for r in fresh[name].merged_cells.ranges
        }


@pytest.mark.parametrize("name", ["unit.json", "achievements.csv", "thanh-tich.xlsx"])
def test_each_example_file_is_named_by_the_readme(name):
    assert f"examples/{name}" in (ROOT / "README.md").read_text("utf-8")
