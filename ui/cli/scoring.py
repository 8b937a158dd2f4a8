"""The scoring commands: `khencao score criteria | focal-units | import | enter |
ranking | missing | export | template`.

Thin: the round, totals, ranking and senders come from planner/scoring/round*, the
score sheets from graph/io/score_sheets; this module reads the arguments, and
ui/cli/scoring_run.py (imported when a command runs) does the work and formats.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ui.words import t


def register(sub: argparse._SubParsersAction, lang: str) -> None:
    score = sub.add_parser(
        "score", help=t("help.score", lang), description=t("help.score_description", lang)
    )
    commands = score.add_subparsers(
        dest="score_command", metavar=t("metavar.subcommand", lang), required=True
    )

    criteria = commands.add_parser("criteria", help=t("help.score_criteria", lang))
    criteria.set_defaults(handler=later("run_criteria"))

    focal = commands.add_parser("focal-units", help=t("help.score_focal_units", lang))
    focal.set_defaults(handler=later("run_focal_units"))

    imp = commands.add_parser("import", help=t("help.score_import", lang))
    imp.add_argument("files", nargs="+", type=Path, help=t("help.score_import_files", lang))
    imp.add_argument("--check", action="store_true", help=t("help.score_import_check", lang))
    imp.set_defaults(handler=later("run_import"))

    enter = commands.add_parser("enter", help=t("help.score_enter", lang))
    enter.add_argument("--ward", required=True, help=t("help.score_ward", lang))
    enter.add_argument("--criterion", required=True, help=t("help.score_criterion", lang))
    enter.add_argument("--points", required=True, help=t("help.score_points", lang))
    enter.add_argument("--scorer", help=t("help.score_scorer", lang))
    enter.add_argument("--note", help=t("help.score_note", lang))
    enter.set_defaults(handler=later("run_enter"))

    rank = commands.add_parser("ranking", help=t("help.score_ranking", lang))
    rank.set_defaults(handler=later("run_ranking"))

    missing = commands.add_parser("missing", help=t("help.score_missing", lang))
    missing.set_defaults(handler=later("run_missing"))

    exp = commands.add_parser("export", help=t("help.score_export", lang))
    exp.add_argument(
        "-o", "--output", type=Path, required=True, metavar=t("metavar.results_file", lang)
    )
    exp.set_defaults(handler=later("run_export"))

    template = commands.add_parser("template", help=t("help.score_template", lang))
    template.add_argument(
        "-o", "--output", type=Path, required=True, metavar=t("metavar.workbook_file", lang)
    )
    template.set_defaults(handler=later("run_template"))

    for parser in (criteria, focal, imp, enter, rank, missing, exp, template):
        parser.add_argument("--year", type=int, help=t("help.score_year", lang))
        parser.add_argument("--block", help=t("help.score_block", lang))
        parser.add_argument(
            "--json", action="store_true", default=argparse.SUPPRESS, help=t("help.json", lang)
        )
        parser.add_argument(
            "--lang",
            choices=["vi", "en"],
            default=argparse.SUPPRESS,
            help=t("help.lang_output", lang),
        )


def later(name: str):
    """The handler `name` of ui/cli/scoring_run.py, imported when it runs."""

    def handler(args: argparse.Namespace) -> int:
        from ui.cli import scoring_run

        return getattr(scoring_run, name)(args)

    return handler
