"""`khencao plan`: the roadmap of one holder (from the store or a history file),
what-if questions about it, and the whole council under flag quotas (`--all`).

Thin: the plans come from the planner facade (plan, what_if, plan_portfolio); this
module reads arguments, picks the data and formats.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from graph.problems import Rejected
from planner import RulesetError, Settings
from ui.cli.context import CommandError, catalogue, store_of
from ui.cli.output import emit_json, table

# The options every rules command shares, and how they become settings and a
# book of rulesets, are those of `khencao check`.
from ui.cli.rules import (
    HISTORY_BROKEN,
    RULESET_BROKEN,
    _book,
    _common,
    _refuse,
    _settings,
    check_year,
    holder_from_args,
    rule_not_entered,
    warning_line,
)
from ui.words import t

if TYPE_CHECKING:
    from planner import (
        Hypothetical,
        Plan,
        PlanProgress,
        PlanResult,
        PortfolioResult,
        Progress,
        Scenario,
        WhatIfAnswer,
    )

# The solver (OR-Tools, which brings pandas) is imported by the functions that solve,
# never at start-up: `khencao --help` and the commands that do not plan stay fast.

SINGLE_HORIZON = 30
COUNCIL_HORIZON = 10


def register(sub: argparse._SubParsersAction, lang: str) -> None:
    p = sub.add_parser(
        "plan", help=t("help.plan", lang), description=t("help.plan_description", lang)
    )
    p.add_argument("holder", nargs="?", help=t("help.holder_in_store", lang))
    p.add_argument(
        "--history",
        type=Path,
        metavar=t("metavar.history_file", lang),
        help=t("help.plan_history", lang),
    )
    p.add_argument("--all", action="store_true", help=t("help.plan_all", lang))
    p.add_argument(
        "--dataset",
        choices=["store", "longbien"],
        default="store",
        help=t("help.plan_dataset", lang),
    )
    p.add_argument("--target", help=t("help.plan_target", lang))
    p.add_argument(
        "--from",
        dest="from_year",
        type=int,
        default=dt.date.today().year,
        help=t("help.plan_from", lang),
    )
    p.add_argument("--by", dest="by_year", type=int, help=t("help.plan_by", lang))
    p.add_argument(
        "--horizon",
        type=int,
        help=t("help.plan_horizon", lang, single=SINGLE_HORIZON, council=COUNCIL_HORIZON),
    )
    p.add_argument(
        "--effort",
        action="append",
        default=[],
        metavar=t("metavar.code_number", lang),
        help=t("help.plan_effort", lang),
    )
    what = p.add_argument_group(t("help.plan_what_if", lang))
    what.add_argument(
        "--add",
        action="append",
        default=[],
        metavar=t("metavar.code_year", lang),
        help=t("help.plan_add", lang),
    )
    what.add_argument(
        "--remove",
        action="append",
        default=[],
        metavar=t("metavar.code_year", lang),
        help=t("help.plan_remove", lang),
    )
    what.add_argument(
        "--no-flag-year",
        dest="no_flag_years",
        action="append",
        type=int,
        default=[],
        metavar=t("metavar.year", lang),
        help=t("help.plan_no_flag_year", lang),
    )
    what.add_argument(
        "--flag-ineligible", action="store_true", help=t("help.plan_flag_ineligible", lang)
    )
    council = p.add_argument_group(t("help.plan_council", lang))
    council.add_argument(
        "--block-cap",
        action="append",
        default=[],
        metavar=t("metavar.code_number", lang),
        help=t("help.plan_block_cap", lang),
    )
    council.add_argument(
        "--council-cap",
        action="append",
        default=[],
        metavar=t("metavar.code_number", lang),
        help=t("help.plan_council_cap", lang),
    )
    council.add_argument(
        "--priority",
        action="append",
        default=[],
        metavar=t("metavar.id_number", lang),
        help=t("help.plan_priority", lang),
    )
    council.add_argument(
        "--time-limit", type=float, default=60.0, help=t("help.plan_time_limit", lang)
    )
    council.add_argument("--workers", type=int, default=2, help=t("help.plan_workers", lang))
    council.add_argument("--quiet", action="store_true", help=t("help.plan_quiet", lang))
    p.add_argument("--verdicts", action="store_true", help=t("help.plan_verdicts", lang))
    _common(p, lang)
    p.set_defaults(handler=run_plan)


# parsing ---------------------------------------------------------------------------------


def _pairs(args: argparse.Namespace, texts: list[str], option: str) -> dict[str, int]:
    """NAME=NUMBER options; award codes are upper-cased, unit ids are not."""
    found = {}
    for text in texts:
        key, _, value = text.partition("=")
        key = key.strip() if option == "--priority" else key.strip().upper()
        if not key or not value.strip().lstrip("-").isdigit():
            raise CommandError(t("plan.bad_pair", args.lang, option=option, text=text))
        found[key] = int(value)
    return found


def _hypotheticals(args: argparse.Namespace, texts: list[str], option: str) -> list[Hypothetical]:
    from planner import Hypothetical

    found = []
    for text in texts:
        code, sep, year = text.partition(":")
        try:
            found.append(Hypothetical(award=code.strip().upper(), year=int(year)))
        except (ValueError, ValidationError) as error:
            raise CommandError(
                t("plan.bad_hypothetical", args.lang, option=option, text=text)
            ) from error
    return found


def _plan_settings(args: argparse.Namespace) -> Settings:
    settings = _settings(args)
    effort = _pairs(args, args.effort, "--effort")
    unknown = [code for code in effort if code not in catalogue()]
    if unknown:
        raise CommandError(t("plan.unknown_effort", args.lang, codes=", ".join(unknown)))
    if effort:
        settings = settings.model_copy(update={"effort": {**settings.effort, **effort}})
    return settings


def _scenario(args: argparse.Namespace) -> Scenario | None:
    from planner import Scenario

    scenario = Scenario(
        add=tuple(_hypotheticals(args, args.add, "--add")),
        remove=tuple(_hypotheticals(args, args.remove, "--remove")),
        no_flag_years=tuple(args.no_flag_years),
        flag_eligible=False if args.flag_ineligible else None,
    )
    return None if scenario.is_empty() else scenario


# single holder ---------------------------------------------------------------------------


def run_plan(args: argparse.Namespace) -> int:
    # PlanRequest is a pydantic model whose schema takes ~70 ms to build: not at start-up
    from planner import NoRuleError, PlanError, PlanRequest, RuleNotEnteredError, plan, what_if

    check_year(args, args.from_year, "--from")
    check_year(args, args.by_year, "--by")
    settings = _plan_settings(args)
    try:
        book = _book(args)
    except RulesetError as error:
        return _refuse(args, RULESET_BROKEN, error.problems)
    if args.all:
        return run_council(args, settings, book)
    names = catalogue()
    try:
        holder, history = holder_from_args(args, "plan.needs_holder")
    except Rejected as rejected:
        return _refuse(args, HISTORY_BROKEN, rejected.problems)
    target = args.target.strip().upper() if args.target else None
    try:
        request = PlanRequest(
            holder=holder,
            history=tuple(history),
            target=target,
            from_year=args.from_year,
            horizon=args.horizon or SINGLE_HORIZON,
            by_year=args.by_year,
            ruleset_id=args.ruleset,
            settings=settings,
        )
    except ValidationError as error:
        raise CommandError(_validation_words(args, error)) from error
    scenario = _scenario(args)
    answer: WhatIfAnswer | None = None
    progress = progress_reporter(args)
    try:
        if scenario is not None:
            answer = what_if(request, scenario, book=book, catalogue=names, progress=progress)
            result = answer.scenario
        else:
            result = plan(request, book=book, catalogue=names, progress=progress)
    except PlanError as error:
        raise CommandError(error.words(args.lang)) from error
    except RuleNotEnteredError as error:
        return rule_not_entered(args, error)
    except NoRuleError as error:
        raise CommandError(error.words(args.lang)) from error
    if args.json:
        payload = {"ok": True, **result.as_json(args.lang, verdicts=args.verdicts)}
        if answer is not None:
            payload["what_if"] = answer.as_json(args.lang)
        emit_json(payload)
    else:
        if answer is not None:
            print(f"{answer.question(args.lang)} {answer.answer(args.lang)}\n")
        print(render_plan(result, args.lang))
    return 0


PROGRESS_AFTER = 1.0  # seconds: a plan answered sooner shows no progress at all


def progress_reporter(args: argparse.Namespace, stream=None):
    """A progress line on stderr after each solve, once a plan has taken more than a
    second, when stderr is a terminal (not with --quiet, nor into a file or a pipe)."""
    stream = stream or sys.stderr
    if args.quiet or not stream.isatty():
        return None

    def report(progress: PlanProgress) -> None:
        if progress.seconds < PROGRESS_AFTER:
            return
        best = f"{progress.year} · {progress.cost}" if progress.year is not None else "—"
        line = t(
            "plan.progress_line",
            args.lang,
            solves=progress.solves,
            best=best,
            seconds=progress.seconds,
        )
        print(line, file=stream, flush=True)

    return report


def _validation_words(args: argparse.Namespace, error: ValidationError) -> str:
    detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
    return t("plan.invalid_arguments", args.lang, detail=detail)


def _steps_table(result_plan: Plan, lang: str) -> str:
    headers = [t(key, lang) for key in ("col.year", "col.code", "plan.step_effort", "plan.why")]
    rows = [[s.year, s.award, s.effort or "", s.reason(lang)] for s in result_plan.steps]
    return table(headers, rows)


def render_plan(result: PlanResult, lang: str) -> str:
    from planner import no_plan_words

    h = result.holder
    title = t(
        "plan.title",
        lang,
        holder=h.name,
        id=h.id,
        target=result.target,
        award=catalogue().name(result.target, lang),
        year=result.from_year,
    )
    if len(result.chain) > 1:
        title += t("plan.title_path", lang, chain=" → ".join(result.chain))
    lines = [title]
    lines += [warning_line(warning, lang) for warning in result.warnings]
    if result.plan is not None:
        p = result.plan
        lines.append(t("plan.proposal", lang, year=p.year, cost=p.cost))
        lines.append(_steps_table(p, lang))
        if result.alternatives:
            lines += ["", t("plan.alternatives", lang)]
            for alt in result.alternatives:
                lines.append(f"  • {alt.summary(lang)}")
    else:
        lines.append(no_plan_words(result)(lang))
        if result.reasons:
            lines.append(t("plan.because", lang))
            for reason in result.reasons:
                cite = f" [{reason.citation}]" if reason.citation else ""
                lines.append(f"  • {reason.words(lang)}{cite}")
        if result.earliest is not None:
            lines += [
                "",
                t("plan.at_earliest", lang, summary=result.earliest.summary(lang)),
                _steps_table(result.earliest, lang),
            ]
    if result.assumptions:
        lines += ["", f"{t('plan.assumed', lang)}:"]
        lines += [f"  - {a(lang)}" for a in result.assumptions]
    horizon = t("plan.horizon", lang, years=result.horizon)
    title = f" — {result.ruleset_title(lang)}" if result.ruleset_title else ""
    lines.append(f"{t('label.ruleset', lang)}: {result.ruleset}{title} · {horizon}")
    return "\n".join(lines)


# the council -----------------------------------------------------------------------------


def run_council(args: argparse.Namespace, settings: Settings, book) -> int:
    from graph.io.longbien import load_longbien
    from planner import PortfolioRequest, Quotas, entries_from_dataset, plan_portfolio

    if args.holder or args.history or args.target:
        raise CommandError(t("council.alone_options", args.lang))
    data = load_longbien() if args.dataset == "longbien" else store_of(args).snapshot()
    names = catalogue()
    block = _pairs(args, args.block_cap, "--block-cap") or {"CO_TP": 1}
    quotas = Quotas(block=block, council=_pairs(args, args.council_cap, "--council-cap"))
    entries = entries_from_dataset(
        data,
        from_year=args.from_year,
        priorities=_pairs(args, args.priority, "--priority"),
        ruleset_id=args.ruleset,
        book=book,
        catalogue=names,
        settings=_plan_settings(args),
    )
    if not entries:
        raise CommandError(t("council.no_units", args.lang))
    try:
        request = PortfolioRequest(
            entries=tuple(entries),
            from_year=args.from_year,
            horizon=args.horizon or COUNCIL_HORIZON,
            ruleset_id=args.ruleset,
            settings=settings,
            quotas=quotas,
            time_limit=args.time_limit,
            workers=args.workers,
            explain_unreached=True,
        )
    except ValidationError as error:
        raise CommandError(_validation_words(args, error)) from error

    def report(progress: Progress) -> None:
        print(
            t(
                "council.progress_line",
                args.lang,
                stage=progress.stage,
                objective=progress.objective,
                bound=progress.bound,
                seconds=progress.seconds,
            ),
            file=sys.stderr,
        )

    result = plan_portfolio(
        request, book=book, catalogue=names, progress=None if args.quiet else report
    )
    if args.json:
        emit_json({"ok": True, **result.as_json(args.lang)})
    else:
        print(render_council(result, args.lang))
    return 0


def render_council(result: PortfolioResult, lang: str) -> str:
    gap = f"{result.gap:.2%}" if result.gap is not None else "—"
    lines = [
        t(
            "council.title",
            lang,
            year=result.from_year,
            horizon=result.horizon,
            reached=len(result.reached),
            total=len(result.outcomes),
            effort=result.effort,
            status=result.status,
            gap=gap,
        )
    ]
    headers = [t(key, lang) for key in COUNCIL_COLUMNS]
    rows = []
    for o in sorted(result.outcomes, key=lambda o: (not o.reached, o.block or "", o.holder.id)):
        if o.plan is not None:
            awards = ", ".join(
                f"{s.award} {s.year}" for s in o.plan.steps if s.kind == "achievement"
            )
            rows.append(
                [o.holder.name, o.block, o.target, o.priority, o.plan.year, o.plan.cost, awards]
            )
        else:
            alone = (
                t("council.alone_line", lang, summary=o.alone.summary(lang))
                if o.alone
                else t("council.out_of_horizon", lang)
            )
            rows.append([o.holder.name, o.block, o.target, o.priority, "—", "—", alone])
    lines.append(table(headers, rows))
    if result.skipped:
        lines.append("")
        lines += [f"  - {holder}: {why(lang)}" for holder, why in result.skipped]
    return "\n".join(lines)


COUNCIL_COLUMNS = (
    "col.unit",
    "col.block",
    "col.target",
    "council.col_priority",
    "col.year",
    "plan.step_effort",
    "council.col_awards",
)
