"""The `khencao` command: one entry point, one module per group of subcommands.

Each command module has `register(subparsers)`, adding its subcommands with a
`handler(args) -> int`. Errors people can act on are printed as sentences and
give a non-zero exit code; they never show a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from graph.problems import Rejected, listed_messages, problems_json
from ui.cli import documents, plan, records, rules, scoring
from ui.cli.context import CommandError
from ui.cli.output import emit_json

COMMAND_MODULES = [records, rules, scoring, documents, plan]

# --neo4j-* flags: each stands for its environment variable during one command.
NEO4J_OPTIONS = (
    ("--neo4j-uri", "KHENCAO_NEO4J_URI", "Bolt address of the Neo4j store"),
    ("--neo4j-user", "KHENCAO_NEO4J_USER", "user on the Neo4j server"),
    (
        "--neo4j-password",
        "KHENCAO_NEO4J_PASSWORD",
        "password on the Neo4j server (the variable is safer: a flag shows in `ps`)",
    ),
    ("--neo4j-database", "KHENCAO_NEO4J_DATABASE", "database on the Neo4j server"),
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="khencao",
        description="Thi đua – khen thưởng: hồ sơ, điều kiện và lộ trình khen cao.",
    )
    parser.add_argument(
        "--store",
        choices=["embedded", "neo4j"],
        default=None,
        help="which store to use (default: $KHENCAO_STORE or embedded)",
    )
    parser.add_argument(
        "--store-path",
        default=None,
        help="file of the embedded store (default: $KHENCAO_STORE_PATH or the user data directory)",
    )
    for flag, variable, text in NEO4J_OPTIONS:
        parser.add_argument(flag, default=None, help=f"{text} (default: ${variable})")
    parser.add_argument(
        "--lang",
        choices=["vi", "en"],
        default=os.environ.get("KHENCAO_LANG", "vi"),
        help="language of messages and tables (default vi)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        with _neo4j_flags_as_environment(args):
            return args.handler(args)
    except Rejected as rejected:
        if args.json:
            emit_json({"ok": False, **problems_json(rejected.problems, args.lang)})
        else:
            heading = (
                "Không ghi gì: dữ liệu có lỗi"
                if args.lang == "vi"
                else "Nothing was written: the input has problems"
            )
            print(f"{heading} ({len(rejected.problems)}):", file=sys.stderr)
            for line in listed_messages(rejected.problems, args.lang):
                print(f"  - {line}", file=sys.stderr)
        return 1
    except CommandError as error:
        if args.json:
            emit_json({"ok": False, "error": str(error)})
        else:
            print(str(error), file=sys.stderr)
        return error.exit_code


@contextmanager
def _neo4j_flags_as_environment(args: argparse.Namespace) -> Iterator[None]:
    """The store reads its Neo4j settings from the environment, as it does under the
    app; a flag overrides its variable for this command only, so that a call of
    `main()` inside a longer process (the tests) leaves the environment as it was."""
    given = {
        variable: value
        for flag, variable, _ in NEO4J_OPTIONS
        if (value := getattr(args, flag[2:].replace("-", "_"))) is not None
    }
    saved = {variable: os.environ.get(variable) for variable in given}
    os.environ.update(given)
    try:
        yield
    finally:
        for variable, value in saved.items():
            if value is None:
                os.environ.pop(variable, None)
            else:
                os.environ[variable] = value


if __name__ == "__main__":
    sys.exit(main())
