"""`khencao rules list|show|copy|validate`: the shelf of rulesets, shipped and the office's.

The office's rulesets live in its rules folder ($KHENCAO_RULES_DIR, else `rules/` in
the user data directory); the app's rules editor writes the same files through the
same function (planner.write_ruleset), so both faces refuse the same mistakes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from planner import RulesetError
from ui.cli.context import CommandError, catalogue
from ui.cli.output import emit_json, table
from ui.words import t

if TYPE_CHECKING:
    from planner import Ruleset, RulesetBook

REFUSED = 1
UNUSABLE = 2


def register(commands: argparse._SubParsersAction, lang: str) -> None:
    listed = commands.add_parser(
        "list", help=t("help.rules_list", lang), description=t("help.rules_list_description", lang)
    )
    _shelf_options(listed, lang)
    listed.set_defaults(handler=run_list)

    show = commands.add_parser(
        "show", help=t("help.rules_show", lang), description=t("help.rules_show_description", lang)
    )
    show.add_argument(
        "ruleset_id", metavar=t("metavar.ruleset", lang), help=t("help.rules_show_id", lang)
    )
    _shelf_options(show, lang)
    show.set_defaults(handler=run_show)

    copy = commands.add_parser(
        "copy", help=t("help.rules_copy", lang), description=t("help.rules_copy_description", lang)
    )
    copy.add_argument(
        "source", metavar=t("metavar.ruleset", lang), help=t("help.rules_copy_source", lang)
    )
    copy.add_argument(
        "new_id", metavar=t("metavar.new_id", lang), help=t("help.rules_copy_new_id", lang)
    )
    copy.add_argument("--title", help=t("help.rules_copy_title", lang))
    copy.add_argument("--force", action="store_true", help=t("help.rules_copy_force", lang))
    _shelf_options(copy, lang)
    copy.set_defaults(handler=run_copy)

    validate = commands.add_parser(
        "validate",
        help=t("help.rules_validate", lang),
        description=t("help.rules_validate_description", lang),
    )
    validate.add_argument("file", type=Path, help=t("help.rules_validate_file", lang))
    _shelf_options(validate, lang)
    validate.set_defaults(handler=run_validate)


def _shelf_options(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument(
        "--rules-dir", type=Path, metavar=t("metavar.dir", lang), help=t("help.rules_dir", lang)
    )
    parser.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help=t("help.json_text", lang)
    )
    parser.add_argument(
        "--lang", choices=["vi", "en"], default=argparse.SUPPRESS, help=t("help.lang_output", lang)
    )


def _shelf(args: argparse.Namespace) -> RulesetBook:
    from ui import bootstrap  # the rulesets are read when a command needs them

    return bootstrap.rulesets(args.rules_dir)


def _refused(args: argparse.Namespace, heading: str, problems: list) -> int:
    if args.json:
        emit_json({"ok": False, "problems": [p.as_json(args.lang) for p in problems]})
    else:
        print(f"{t(heading, args.lang)} ({len(problems)}):", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem.message(args.lang)}", file=sys.stderr)
    return REFUSED


def _origin(book: RulesetBook, ruleset_id: str, lang: str) -> str:
    return t("rules_files.office" if book.is_office(ruleset_id) else "rules_files.shipped", lang)


def _verified_count(ruleset: Ruleset) -> tuple[int, int]:
    requirements = ruleset.requirements()
    return sum(1 for r in requirements if r.verified), len(requirements)


# list ----------------------------------------------------------------------------------


def run_list(args: argparse.Namespace) -> int:
    try:
        book = _shelf(args)
    except RulesetError as error:
        return _refused(args, "check.ruleset_broken", error.problems)
    rows = []
    for ruleset in book:
        done, total = _verified_count(ruleset)
        rows.append(
            {
                "id": ruleset.id,
                "origin": "office" if book.is_office(ruleset.id) else "shipped",
                "period": ruleset.period.text(),
                "precedence": ruleset.precedence,
                "verified": done,
                "requirements": total,
                "title": ruleset.title(args.lang),
                "file": str(book.files.get(ruleset.id, "")),
            }
        )
    if args.json:
        emit_json({"ok": True, "office_folder": str(book.office or ""), "rulesets": rows})
        return 0
    headers = [t(f"rules_files.col_{c}", args.lang) for c in COLUMNS]
    cells = [
        [
            r["id"],
            _origin(book, r["id"], args.lang),
            r["period"],
            r["precedence"],
            f"{r['verified']}/{r['requirements']}",
            r["title"],
        ]
        for r in rows
    ]
    print(table(headers, cells))
    print()
    print(t("rules_files.folder", args.lang, folder=book.office or _office_folder()))
    return 0


COLUMNS = ("id", "origin", "period", "precedence", "verified", "title")


def _office_folder() -> Path:
    from ui import bootstrap

    return bootstrap.office_rules_dir()


# show ----------------------------------------------------------------------------------


def run_show(args: argparse.Namespace) -> int:
    from planner import ruleset_yaml

    try:
        book = _shelf(args)
        ruleset = book.get(args.ruleset_id)
    except RulesetError as error:
        if any(p.reason == "unknown_ruleset" for p in error.problems):
            raise CommandError(error.report(args.lang)) from error
        return _refused(args, "check.ruleset_broken", error.problems)
    if args.json:
        done, total = _verified_count(ruleset)
        emit_json(
            {
                "ok": True,
                "origin": "office" if book.is_office(ruleset.id) else "shipped",
                "file": str(book.files.get(ruleset.id, "")),
                "verified": done,
                "requirements": total,
                "ruleset": ruleset.model_dump(mode="json"),
            }
        )
        return 0
    where = book.files.get(ruleset.id)
    print(f"# {_origin(book, ruleset.id, args.lang)}: {where}")
    print(ruleset_yaml(ruleset), end="")
    return 0


# copy ----------------------------------------------------------------------------------


def run_copy(args: argparse.Namespace) -> int:
    from planner import copied, load_rulesets, write_ruleset

    try:
        book = _shelf(args)
        source = book.get(args.source)
    except RulesetError as error:
        if any(p.reason == "unknown_ruleset" for p in error.problems):
            raise CommandError(error.report(args.lang)) from error
        return _refused(args, "check.ruleset_broken", error.problems)
    try:
        copy = copied(source, args.new_id, args.title)
    except ValueError as error:  # pydantic: an id that is not one
        raise CommandError(
            t("rules_files.bad_id", args.lang, id=args.new_id), exit_code=REFUSED
        ) from error
    folder = book.office or _office_folder()
    try:
        shipped = load_rulesets(args.rules_dir, catalogue())
        path = write_ruleset(copy, folder, force=args.force, shipped=shipped, catalogue=catalogue())
    except RulesetError as error:
        return _refused(args, "rules_files.copy_refused", error.problems)
    except OSError as error:
        raise CommandError(
            t("rules_files.cannot_write", args.lang, folder=folder, detail=error.strerror or error)
        ) from error
    if args.json:
        emit_json({"ok": True, "id": copy.id, "file": str(path)})
    else:
        print(t("rules_files.copied", args.lang, source=source.id, id=copy.id, file=path))
    return 0


# validate ------------------------------------------------------------------------------


def run_validate(args: argparse.Namespace) -> int:
    """The file checked as the shelf will check it, and its id against the shipped ones."""
    from planner import RulesetProblem, load_ruleset, load_rulesets

    try:
        ruleset = load_ruleset(args.file, catalogue())
        shipped = load_rulesets(args.rules_dir, catalogue())
    except RulesetError as error:
        return _refused(args, "rules_files.invalid", error.problems)
    other = shipped.files.get(ruleset.id)
    if other is not None and other.resolve() != args.file.resolve():
        taken = RulesetProblem(
            reason="shipped_id",
            file=args.file.name,
            field="id",
            value=ruleset.id,
            params={"other": str(other)},
        )
        return _refused(args, "rules_files.invalid", [taken])
    done, total = _verified_count(ruleset)
    if args.json:
        emit_json({"ok": True, "id": ruleset.id, "verified": done, "requirements": total})
    else:
        print(
            t(
                "rules_files.valid",
                args.lang,
                file=args.file.name,
                id=ruleset.id,
                period=ruleset.period.text(),
                done=done,
                total=total,
            )
        )
    return 0
