"""The `khencao` command: one entry point, one module per group of subcommands.

Each command module has `register(subparsers)`, adding its subcommands with a
`handler(args) -> int`. Every failure is printed as sentences and ends with one of
the exit codes of EXIT_CODES (shown by `khencao --help`); never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from graph.problems import Rejected, listed_messages, problems_json
from graph.store import OutcomeUnknown, StoreBusy, StoreFailure
from ui.cli import documents, plan, records, rules, scoring
from ui.cli.context import CommandError
from ui.cli.output import emit_json
from ui.words import t

COMMAND_MODULES = [records, rules, scoring, documents, plan]

REFUSED, UNUSABLE, BUSY, UNKNOWN_OUTCOME, UNEXPECTED = 1, 2, 3, 4, 70
EXIT_CODES = f"""exit codes:
  0  done (also when the reader of the output stops early, as `| head` does)
  {REFUSED}  the input was refused; every problem is listed; nothing was written
  {UNUSABLE}  a usage error, or the store or a file cannot be used (a damaged or foreign
     store file, a read-only file or folder, a Neo4j server that does not answer);
     nothing was written
  {BUSY}  the store is busy: another writer held it longer than we waited; nothing was
     written; try again
  {UNKNOWN_OUTCOME}  the Neo4j server stopped answering while the change was being committed:
     it may or may not have been written; look with `khencao history` before retrying
  {UNEXPECTED} a fault in khencao itself (set KHENCAO_DEBUG=1 to see where), to report"""

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
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
            code = args.handler(args)
            sys.stdout.flush()  # a closed pipe shows here, not at the interpreter's exit
            return code
    except Rejected as rejected:
        if args.json:
            emit_json({"ok": False, **problems_json(rejected.problems, args.lang)})
        else:
            heading = t("cli.refused", args.lang)
            print(f"{heading} ({len(rejected.problems)}):", file=sys.stderr)
            for line in listed_messages(rejected.problems, args.lang):
                print(f"  - {line}", file=sys.stderr)
        return REFUSED
    except CommandError as error:
        return _fail(args, str(error), error.exit_code)
    except StoreFailure as failure:
        return _fail(args, failure.words(args.lang), _exit_code(failure))
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except Exception as error:
        if os.environ.get("KHENCAO_DEBUG"):
            raise
        what = f"{type(error).__name__}: {error}"
        return _fail(
            args,
            t("cli.unexpected", args.lang, what=what),
            UNEXPECTED,
        )


def _fail(args: argparse.Namespace, sentence: str, code: int) -> int:
    try:
        if args.json:
            emit_json({"ok": False, "error": sentence, "exit_code": code})
        else:
            print(sentence, file=sys.stderr)
    except BrokenPipeError:
        _silence_stdout()
    return code


def _exit_code(failure: StoreFailure) -> int:
    if isinstance(failure, StoreBusy):
        return BUSY
    if isinstance(failure, OutcomeUnknown):
        return UNKNOWN_OUTCOME
    return UNUSABLE


def _silence_stdout() -> None:
    """The reader went away (`khencao history X | head`): what is still buffered
    must not fail again when the interpreter flushes it on exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):
        pass  # not a real file descriptor (a test's captured output)


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
