"""Running the `khencao` command inside a test."""

from __future__ import annotations

from ui.cli.main import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Exit code, standard output and standard error of one command."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
