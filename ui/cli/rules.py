"""The rules commands: `khencao check` (one holder, one target, one year),
`khencao audit` (a council's proposals and roadmap against the rules), and
`khencao rules test|diff` (a case book run against a ruleset; two rulesets compared
on every holder of the record).

Thin: the answers come from planner/; this module reads arguments, picks the
data (the store, a history file, or the Long Biên set) and formats.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from graph.models import MAX_YEAR, MIN_YEAR
from graph.problems import Problem, Rejected
from planner import (
    STATUS_WORDS,
    HolderProfile,
    NoRuleError,
    RuleNotEnteredError,
    RulesetBook,
    RulesetError,
    SettingError,
    Settings,
    WindowConvention,
    Words,
    settings_text,
    with_overrides,
)
from ui.cli import rules_files
from ui.cli.context import CommandError, catalogue, store_of
from ui.cli.output import emit_json, table
from ui.cli.records import find_holder
from ui.words import t

if TYPE_CHECKING:
    from graph.models import Achievement
    from planner import AuditReport, AuditRow, CaseBookReport, RulesetDiff, Verdict

# The checker, the audit and the readers of records are imported by the commands
# that use them: `khencao --help` does not pay for them (tests/ui/test_startup.py).

BAD_INPUT = 1
DISAGREES = 5  # a case book ran and some case disagrees (as ui/cli/main.py's EXIT_CODE_WORDS)
NOT_ENTERED = (
    6  # the ruleset declares the rung's rule unknown (as ui/cli/main.py's EXIT_CODE_WORDS)
)

RULESET_BROKEN = "check.ruleset_broken"
HISTORY_BROKEN = "check.history_broken"
CASEBOOK_BROKEN = "casebook.broken"


def register(sub: argparse._SubParsersAction, lang: str) -> None:
    chk = sub.add_parser(
        "check", help=t("help.check", lang), description=t("help.check_description", lang)
    )
    chk.add_argument("holder", nargs="?", help=t("help.holder_in_store", lang))
    chk.add_argument(
        "--history",
        type=Path,
        metavar=t("metavar.history_file", lang),
        help=t("help.check_history", lang),
    )
    chk.add_argument("--target", help=t("help.check_target", lang))
    chk.add_argument("--year", type=int, required=True, help=t("help.check_year", lang))
    _common(chk, lang)
    chk.set_defaults(handler=run_check)

    aud = sub.add_parser(
        "audit", help=t("help.audit", lang), description=t("help.audit_description", lang)
    )
    aud.add_argument(
        "--dataset",
        choices=["store", "longbien"],
        default="store",
        help=t("help.audit_dataset", lang),
    )
    aud.add_argument("--findings-only", action="store_true", help=t("help.findings_only", lang))
    _common(aud, lang)
    aud.set_defaults(handler=run_audit)

    rules = sub.add_parser(
        "rules", help=t("help.rules", lang), description=t("help.rules_description", lang)
    )
    commands = rules.add_subparsers(
        dest="rules_command", metavar=t("metavar.subcommand", lang), required=True
    )
    test = commands.add_parser(
        "test", help=t("help.rules_test", lang), description=t("help.rules_test_description", lang)
    )
    test.add_argument("book", type=Path, help=t("help.rules_test_book", lang))
    _common(test, lang)
    test.add_argument(
        "--dataset",
        choices=["store", "longbien"],
        default="store",
        help=t("help.rules_test_dataset", lang),
    )
    test.set_defaults(handler=run_rules_test)

    diff = commands.add_parser(
        "diff", help=t("help.rules_diff", lang), description=t("help.rules_diff_description", lang)
    )
    diff.add_argument("ruleset_a", help=t("help.rules_diff_a", lang))
    diff.add_argument("ruleset_b", help=t("help.rules_diff_b", lang))
    diff.add_argument("--year", type=int, required=True, help=t("help.check_year", lang))
    diff.add_argument(
        "--dataset",
        choices=["store", "longbien"],
        default="store",
        help=t("help.rules_diff_dataset", lang),
    )
    _common(diff, lang, ruleset=False)
    diff.set_defaults(handler=run_rules_diff)
    rules_files.register(commands, lang)


def _common(parser: argparse.ArgumentParser, lang: str, ruleset: bool = True) -> None:
    if ruleset:
        parser.add_argument("--ruleset", help=t("help.ruleset", lang))
    parser.add_argument(
        "--rules-dir", type=Path, metavar=t("metavar.dir", lang), help=t("help.rules_dir", lang)
    )
    parser.add_argument(
        "--window",
        choices=[w.value for w in WindowConvention],
        help=t("help.window", lang),
    )
    parser.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar=t("metavar.setting", lang),
        help=t("help.set", lang),
    )
    # Also accepted after the subcommand; SUPPRESS keeps the global flag's value
    # when these are not given here.
    parser.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help=t("help.json_text", lang)
    )
    parser.add_argument(
        "--lang",
        choices=["vi", "en"],
        default=argparse.SUPPRESS,
        help=t("help.lang_output", lang),
    )


# shared ------------------------------------------------------------------------------


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings()
    if args.window:
        settings = settings.model_copy(update={"window": WindowConvention(args.window)})
    try:
        return with_overrides(settings, args.overrides)
    except SettingError as error:
        raise CommandError(error.words(args.lang)) from error


def _book(args: argparse.Namespace) -> RulesetBook:
    from ui import bootstrap  # the rulesets are read when a command needs them

    book = bootstrap.rulesets(args.rules_dir)
    if args.ruleset:
        try:
            book.get(args.ruleset)
        except RulesetError as error:  # an unknown id: name the known ones
            raise CommandError(error.report(args.lang)) from error
    return book


def _refuse(args: argparse.Namespace, heading: str, problems: list[Problem]) -> int:
    """Bad input (a history file, a ruleset): every problem, under the text of the
    key `heading`, and a non-zero exit."""
    if args.json:
        emit_json({"ok": False, "problems": [p.as_json(args.lang) for p in problems]})
    else:
        print(f"{t(heading, args.lang)} ({len(problems)}):", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem.message(args.lang)}", file=sys.stderr)
    return BAD_INPUT


def _year(args: argparse.Namespace) -> int:
    check_year(args, args.year, "--year")
    return args.year


def check_year(args: argparse.Namespace, value: int | None, option: str) -> None:
    if value is not None and not MIN_YEAR <= value <= MAX_YEAR:
        raise CommandError(
            t("cli.bad_year", args.lang, option=option, value=value, low=MIN_YEAR, high=MAX_YEAR)
        )


# check ---------------------------------------------------------------------------------


def run_check(args: argparse.Namespace) -> int:
    from planner import check, plannable_targets, standing

    settings = _settings(args)
    year = _year(args)
    try:
        book = _book(args)
    except RulesetError as error:
        return _refuse(args, RULESET_BROKEN, error.problems)
    names = catalogue()
    try:
        holder, history = holder_from_args(args, "check.needs_holder")
    except Rejected as rejected:
        return _refuse(args, HISTORY_BROKEN, rejected.problems)
    selection = book.select(year, args.ruleset)
    place = standing(holder, history, selection.ruleset, names)
    targets = plannable_targets(holder.kind, selection.ruleset, names)
    target = _target(args, place.next_target, targets, selection.ruleset.id)
    try:
        verdict = check(
            holder,
            history,
            target,
            year,
            settings=settings,
            ruleset_id=args.ruleset,
            book=book,
            catalogue=names,
        )
    except RuleNotEnteredError as error:
        return rule_not_entered(args, error)
    except NoRuleError as error:
        raise CommandError(error.words(args.lang)) from error
    if args.json:
        emit_json({"ok": True, **verdict.as_json(args.lang), "standing": place.model_dump()})
    else:
        print(render_verdict(verdict, args.lang, place.current_rung, place.next_target))
    return 0


def rule_not_entered(args: argparse.Namespace, error: RuleNotEnteredError) -> int:
    """The answer for a rung whose rule the ruleset declares unknown: no verdict,
    no plan, the articles to look up, and its own exit code."""
    if args.json:
        emit_json({"ok": False, **error.as_json(args.lang), "exit_code": NOT_ENTERED})
        return NOT_ENTERED
    print(error.words(args.lang))
    if error.note is not None:
        print(f"  {error.note(args.lang)}")
    return NOT_ENTERED


def holder_from_args(
    args: argparse.Namespace, missing: str
) -> tuple[HolderProfile, list[Achievement]]:
    """The holder a command is about, and its history: from `--history FILE.json`
    (a bad file raises Rejected) or from the store (a unit carries the history of
    units merged into it). `missing` is the key of what to give when neither is there."""
    from planner import holder_record, read_history

    if args.history and args.holder:
        raise CommandError(t("check.holder_and_history", args.lang))
    if args.history:
        return read_history(args.history, catalogue())
    if not args.holder:
        raise CommandError(t(missing, args.lang))
    store = store_of(args)
    holder_id = find_holder(store, args.holder, args)
    # its disciplinary measures, and its predecessors' history as the year's
    # `carry_predecessors` says (the proposal year, or the first planned year)
    year = args.year if getattr(args, "year", None) is not None else args.from_year
    found = holder_record(store.snapshot(), holder_id, year, _settings(args))
    assert found is not None  # find_holder found it
    return found


def _target(
    args: argparse.Namespace, next_target: str | None, targets: list[str], ruleset_id: str
) -> str:
    """The rung asked for (a code the ruleset sets a standard for), or the next one."""
    names = catalogue()
    if args.target:
        code = args.target.strip().upper()
        if code not in names:
            near = ", ".join(names.suggest(args.target))
            raise CommandError(t("check.unknown_target", args.lang, code=args.target, near=near))
        if code not in targets:
            shown = ", ".join(targets) or "—"
            raise CommandError(
                t("check.not_plannable", args.lang, code=code, ruleset=ruleset_id, shown=shown)
            )
        return code
    if next_target is None:
        raise CommandError(t("check.no_next_rung", args.lang))
    return next_target


def render_verdict(
    v: Verdict, lang: str, current: str | None = None, next_target: str | None = None
) -> str:
    names = catalogue()
    lines = [
        t(
            "check.title",
            lang,
            holder=v.holder.name,
            id=v.holder.id,
            target=v.target,
            award=names.name(v.target, lang),
            year=v.proposal_year,
        )
    ]
    lines += [warning_line(warning, lang) for warning in v.warnings]
    lines.append(f"{t('label.verdict', lang)}: {v.conclusion(lang)}")
    if v.route is not None:
        lines.append(t("law.route_explained", lang, route=v.route(lang)))
        for other in v.other_routes:
            lines.append(f"  - {other.route(lang)}: {other.missing(lang)}")
    if current or next_target:
        lines.append(t("check.standing", lang, current=current or "—", next=next_target or "—"))
    lines.append("")
    for r in v.requirements:
        lines.append(f"[{STATUS_WORDS[r.status](lang)}] {r.statement(lang)}")
        lines.append(f"      {t('check.record', lang)}: {r.finding(lang)}")
        if r.missing:
            lines.append(f"      {t('label.missing', lang)}: {r.missing(lang)}")
        mark = "" if r.verified else f" ({t('label.not_verified', lang)})"
        lines.append(f"      {t('label.source', lang)}: {r.citation}{mark}")
    lines.append("")
    if v.base_choice:
        lines.append(v.base_choice(lang))
    if v.not_counted:
        shown = ", ".join(f"{e.text()} ({e.as_json(lang)['role_text']})" for e in v.not_counted)
        lines.append(f"{t('label.not_counted', lang)}: {shown}")
    if v.outlook:
        lines.append(v.outlook(lang))
    ruleset = v.ruleset
    lines.append(
        f"{t('label.ruleset', lang)}: {ruleset.id} — {ruleset.title(lang)} [{ruleset.period}]"
    )
    lines.append(f"{t('label.settings', lang)}: {settings_text(v.settings)}")
    return "\n".join(lines)


def warning_line(warning: Words, lang: str) -> str:
    """A warning as the commands print it, its label in capitals: “⚠ CẢNH BÁO: …”."""
    return f"⚠ {t('label.warning', lang).upper()}: {warning(lang)}"


# audit ---------------------------------------------------------------------------------


def run_audit(args: argparse.Namespace) -> int:
    from graph.io.longbien import load_longbien
    from planner import audit

    settings = _settings(args)
    try:
        book = _book(args)
    except RulesetError as error:
        return _refuse(args, RULESET_BROKEN, error.problems)
    data = load_longbien() if args.dataset == "longbien" else store_of(args).snapshot()
    if not data.targets:
        return _nothing_to_audit(args)
    report = audit(
        data, settings=settings, ruleset_id=args.ruleset, book=book, catalogue=catalogue()
    )
    if args.json:
        emit_json({"ok": True, **report.as_json(args.lang)})
    else:
        print(render_audit(report, args.lang, args.findings_only))
    return 0


def _nothing_to_audit(args: argparse.Namespace) -> int:
    message = t("audit.nothing", args.lang)
    if args.json:
        emit_json({"ok": True, "rows": [], "message": message})
    else:
        print(message)
    return 0


def render_audit(report: AuditReport, lang: str, findings_only: bool = False) -> str:
    lines = [warning_line(warning, lang) for warning in report.warnings]
    lines.append(
        t(
            "audit.title",
            lang,
            ruleset=report.ruleset,
            rows=len(report.rows),
            agreements=len(report.agreements),
            findings=len(report.findings),
        )
    )
    lines.append(f"{t('label.settings', lang)}: {settings_text(report.settings)}")
    lines.append("")
    rows = report.findings if findings_only else list(report.rows)
    headers = [t(key, lang) for key in AUDIT_COLUMNS]
    lines.append(table(headers, [_audit_cells(r, lang) for r in rows]))
    groups = [("audit.findings", report.findings)]
    if not findings_only:
        groups.append(("audit.agreements", report.agreements))
    for title, group in groups:
        if not group:
            continue
        lines += ["", f"{t(title, lang)} ({len(group)}):"]
        for row in group:
            name = row.holder.name if row.holder else row.target.holder
            lines.append(f"  • {name} — {row.target.award}: {row.summary(lang)}")
            lines += [f"      - {note(lang)}" for note in row.notes]
    if report.window_changes:
        other = report.window_changes[0].other_window.value
        lines += ["", t("audit.window_changes", lang, window=other)]
        lines += [f"  • {c.words(lang)}" for c in report.window_changes]
    return "\n".join(lines)


AUDIT_COLUMNS = (
    "audit.col_section",
    "col.holder",
    "col.target",
    "audit.col_document_year",
    "audit.col_earliest",
    "audit.col_outcome",
)


def _audit_cells(row: AuditRow, lang: str) -> list:
    name = row.holder.name if row.holder else row.target.holder
    return [
        t(f"section.{row.target.section}", lang),
        name,
        row.target.award,
        row.document_year or "—",
        row.earliest_possible or "—",
        t(f"audit.outcome.{row.outcome}", lang),
    ]


# rules test ----------------------------------------------------------------------------


def run_rules_test(args: argparse.Namespace) -> int:
    """Every case of the book, answered under the ruleset; the disagreeing ones listed
    with the answer's reasons. Exit 0 if all agree, DISAGREES if any does not."""
    from graph.io.longbien import load_longbien
    from planner import (  # plans: OR-Tools only for the commands that need it
        CaseBookError,
        read_casebook,
        run_casebook,
    )

    settings = _settings(args)
    try:
        book = _book(args)
    except RulesetError as error:
        return _refuse(args, RULESET_BROKEN, error.problems)
    try:
        casebook = read_casebook(args.book, catalogue())
    except CaseBookError as error:
        return _refuse(args, CASEBOOK_BROKEN, error.problems)
    data = None
    if any(case.from_store for case in casebook.cases):
        data = load_longbien() if args.dataset == "longbien" else store_of(args).snapshot()
    try:
        report = run_casebook(
            casebook,
            ruleset_id=args.ruleset,
            rules=book,
            dataset=data,
            settings=settings,
            catalogue=catalogue(),
        )
    except RulesetError as error:  # the book names a ruleset the shelf does not hold
        raise CommandError(error.report(args.lang)) from error
    except CaseBookError as error:  # a holder the record does not hold
        return _refuse(args, CASEBOOK_BROKEN, error.problems)
    if args.json:
        emit_json({"ok": report.passed, **report.as_json(args.lang)})
    else:
        print(render_casebook(report, args.lang))
    return 0 if report.passed else DISAGREES


def render_casebook(report: CaseBookReport, lang: str) -> str:
    ruleset = report.ruleset or t("casebook.by_year", lang)
    results = report.results
    lines = [
        t(
            "casebook.title",
            lang,
            file=report.file,
            ruleset=ruleset,
            cases=len(results),
            agree=len(results) - len(report.failures),
            disagree=len(report.failures),
        )
    ]
    for result in report.failures:
        case = result.case
        where = t("casebook.case", lang, number=case.number, line=case.line or "—")
        lines += ["", f"✘ {where} — {case.name} [{result.ruleset}]"]
        for m in result.mismatches:
            lines.append(
                "    "
                + t(
                    "casebook.mismatch",
                    lang,
                    field=f"expect.{m.field}",
                    expected=m.expected,
                    actual=m.actual(lang),
                )
            )
        lines.append(f"    {t('casebook.answer', lang)}: {result.answer(lang)}")
        if result.reasons:
            lines.append(f"    {t('casebook.reasons', lang)}:")
            lines += [f"      - {reason(lang)}" for reason in result.reasons]
        if case.note:
            lines.append(f"    {t('casebook.note', lang)}: {case.note}")
    if report.passed:
        lines += ["", t("casebook.all_agree", lang)]
    return "\n".join(lines)


# rules diff ----------------------------------------------------------------------------


def run_rules_diff(args: argparse.Namespace) -> int:
    from graph.io.longbien import load_longbien
    from planner import diff_rulesets  # plans: OR-Tools only for the commands that need it
    from ui import bootstrap

    settings = _settings(args)
    year = _year(args)
    try:
        book = bootstrap.rulesets(args.rules_dir)
        for ruleset_id in (args.ruleset_a, args.ruleset_b):
            book.get(ruleset_id)
    except RulesetError as error:
        if any(p.reason == "unknown_ruleset" for p in error.problems):
            raise CommandError(error.report(args.lang)) from error
        return _refuse(args, RULESET_BROKEN, error.problems)
    data = load_longbien() if args.dataset == "longbien" else store_of(args).snapshot()
    diff = diff_rulesets(
        data,
        args.ruleset_a,
        args.ruleset_b,
        year,
        rules=book,
        settings=settings,
        catalogue=catalogue(),
    )
    if args.json:
        emit_json({"ok": True, **diff.as_json(args.lang)})
    else:
        print(render_diff(diff, args.lang))
    return 0


def render_diff(diff: RulesetDiff, lang: str) -> str:
    lines = [warning_line(warning, lang) for warning in diff.warnings]
    outcome = sum(1 for d in diff.differences if d.change == "outcome")
    lines.append(
        t(
            "diff.title",
            lang,
            a=diff.a,
            b=diff.b,
            year=diff.year,
            compared=diff.compared,
            differ=len(diff.differences),
            outcome=outcome,
            grounds=len(diff.differences) - outcome,
        )
    )
    if not diff.differences:
        lines.append(t("diff.none", lang))
    for d in diff.differences:
        change = t(f"diff.change.{d.change}", lang)
        lines += ["", f"• {d.holder.name} ({d.holder.id}) — {d.target} [{change}]"]
        lines.append(f"    {diff.a}: {d.a.words()(lang)}")
        lines.append(f"    {diff.b}: {d.b.words()(lang)}")
        for r in d.requirements:
            lines.append(f"    {t('diff.because', lang)} {r.title(lang)}:")
            lines.append(f"      {diff.a}: {r.side('a')(lang)}")
            lines.append(f"      {diff.b}: {r.side('b')(lang)}")
    return "\n".join(lines)
