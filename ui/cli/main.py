"""The `khencao` command: one entry point, one module per group of subcommands.

Each command module has `register(subparsers)`, adding its subcommands with a
`handler(args) -> int`. Errors people can act on are printed as sentences and
give a non-zero exit code; they never show a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys

from graph.problems import Rejected
from ui.cli import records, rules
from ui.cli.context import CommandError
from ui.cli.output import emit_json

COMMAND_MODULES = [records, rules]


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
        return args.handler(args)
    except Rejected as rejected:
        if args.json:
            emit_json({"ok": False, "problems": [p.as_json(args.lang) for p in rejected.problems]})
        else:
            heading = (
                "Không ghi gì: dữ liệu có lỗi"
                if args.lang == "vi"
                else "Nothing was written: the input has problems"
            )
            print(f"{heading} ({len(rejected.problems)}):", file=sys.stderr)
            for problem in rejected.problems:
                print(f"  - {problem.message(args.lang)}", file=sys.stderr)
        return 1
    except CommandError as error:
        if args.json:
            emit_json({"ok": False, "error": str(error)})
        else:
            print(str(error), file=sys.stderr)
        return error.exit_code


if __name__ == "__main__":
    sys.exit(main())
