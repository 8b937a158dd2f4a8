"""The `khencao` command: one entry point, one module per group of subcommands.

Each command module has `register(subparsers, lang)`, adding its subcommands, their
help in `lang`, with a `handler(args) -> int`. Every failure is printed as sentences
and ends with one of the exit codes of EXIT_CODE_WORDS (shown by `khencao --help`);
never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager

from graph.problems import Rejected, listed_messages, problems_json
from graph.store import OutcomeUnknown, StoreBusy, StoreFailure
from ui.cli import documents, plan, records, roadmaps, rules, scoring
from ui.cli.context import CommandError
from ui.cli.output import emit_json
from ui.cli.parser import RawWordedFormatter, WordedParser, chosen_language, default_language
from ui.words import LANGUAGES, t

COMMAND_MODULES = [records, rules, scoring, documents, plan, roadmaps]

REFUSED, UNUSABLE, BUSY, UNKNOWN_OUTCOME, DISAGREES, NOT_ENTERED, UNEXPECTED = 1, 2, 3, 4, 5, 6, 70
EXIT_CODE_WORDS = {
    0: "help.exit_done",
    REFUSED: "help.exit_refused",
    UNUSABLE: "help.exit_unusable",
    BUSY: "help.exit_busy",
    UNKNOWN_OUTCOME: "help.exit_unknown_outcome",
    DISAGREES: "help.exit_disagrees",
    NOT_ENTERED: "help.exit_not_entered",
    UNEXPECTED: "help.exit_unexpected",
}

# --neo4j-* flags: each stands for its environment variable during one command.
NEO4J_OPTIONS = (
    ("--neo4j-uri", "KHENCAO_NEO4J_URI", "help.neo4j_uri"),
    ("--neo4j-user", "KHENCAO_NEO4J_USER", "help.neo4j_user"),
    ("--neo4j-password", "KHENCAO_NEO4J_PASSWORD", "help.neo4j_password"),
    ("--neo4j-database", "KHENCAO_NEO4J_DATABASE", "help.neo4j_database"),
)


def exit_codes(lang: str) -> str:
    """The epilog of `khencao --help`: each exit code and what it means."""
    lines = [t("help.exit_codes", lang)]
    for code, key in EXIT_CODE_WORDS.items():
        lines += textwrap.wrap(
            t(key, lang),
            width=88,
            initial_indent=f"  {code:<2} ",
            subsequent_indent="     ",
            break_on_hyphens=False,
        )
    return "\n".join(lines)


def build_parser(lang: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, its help in `lang` (default: what `--lang` defaults to)."""
    lang = lang or default_language()
    parser = WordedParser(
        prog="khencao",
        lang=lang,
        description=t("help.khencao", lang),
        epilog=exit_codes(lang),
        formatter_class=RawWordedFormatter,
    )
    parser.add_argument(
        "--store",
        choices=["embedded", "neo4j"],
        default=None,
        help=t("help.store", lang),
    )
    parser.add_argument("--store-path", default=None, help=t("help.store_path", lang))
    for flag, variable, key in NEO4J_OPTIONS:
        parser.add_argument(flag, default=None, help=t(key, lang, variable=variable))
    parser.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        default=default_language(),
        help=t("help.lang", lang),
    )
    parser.add_argument("--json", action="store_true", help=t("help.json_tables", lang))
    sub = parser.add_subparsers(dest="command", metavar=t("metavar.command", lang), required=True)
    for module in COMMAND_MODULES:
        module.register(sub, lang)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(chosen_language(argv)).parse_args(argv)
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
