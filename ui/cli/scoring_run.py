"""The scoring commands' work (ui/cli/scoring.py registers them): imported only
when one of them runs, so that `khencao --help` does not load the score sheets,
the scoring round and their models."""

from __future__ import annotations

import argparse
from decimal import Decimal

from graph.io.score_sheets import (
    import_score_files,
    parse_points,
    preview_score_import,
    resolve_ward,
    write_score_template,
)
from graph.models import Change, Dataset, Score
from graph.names import UnitNames
from graph.problems import Rejected
from planner import (
    NoScoringRound,
    ScoringRound,
    criteria_table,
    criterion_label,
    focal_unit_table,
    points_text,
    ranking,
    scoring_round,
    sender_statuses,
    write_results,
)
from ui.cli.context import CommandError, store_of
from ui.cli.output import emit_json, table
from ui.words import t

# shared -------------------------------------------------------------------------------

CRITERIA_COLUMNS = (
    "score.col_number",
    "score.col_content",
    "score.col_scorer",
    "score.col_points",
    "score.col_conventional",
    "score.col_code",
)
FOCAL_COLUMNS = ("score.col_order", "score.col_focal", "score.col_grouped", "score.col_scores")
SENDER_COLUMNS = (
    "score.col_order_pl1",
    "score.col_focal",
    "score.col_received",
    "score.col_still_missing",
)


def _round(args: argparse.Namespace, data: Dataset) -> ScoringRound:
    try:
        return scoring_round(data, args.year, args.block)
    except NoScoringRound as missing:
        raise CommandError(missing.words(args.lang)) from None


def _pts(value: Decimal | None, args: argparse.Namespace) -> str:
    return "" if value is None else points_text(value, args.lang)


# commands -----------------------------------------------------------------------------


def run_criteria(args: argparse.Namespace) -> int:
    scoring = _round(args, store_of(args).snapshot())
    rows = criteria_table(scoring, args.lang)
    if args.json:
        emit_json(
            {
                "year": scoring.year,
                "block": scoring.block,
                "rows": [r.model_dump(mode="json") for r in rows],
            }
        )
        return 0
    print(t("score.criteria_title", args.lang, block=scoring.block_name, year=scoring.year))
    headers = [t(key, args.lang) for key in CRITERIA_COLUMNS]
    body = [
        (
            r.number,
            r.content,
            r.scorer_name or "",
            _pts(r.points, args),
            _pts(r.conventional_points, args),
            r.label or "",
        )
        for r in rows
    ]
    print(table(headers, body))
    return 0


def run_focal_units(args: argparse.Namespace) -> int:
    data = store_of(args).snapshot()
    try:
        scoring = scoring_round(data, args.year, args.block)
    except NoScoringRound as missing:
        if args.year is not None:
            raise CommandError(missing.words(args.lang)) from None
        scoring = None
    rows = focal_unit_table(data, scoring)
    if args.json:
        emit_json([r.model_dump(mode="json") for r in rows])
        return 0
    if not rows:
        print(t("score.no_focal_units_cli", args.lang))
        return 0
    print(t("score.focal_count", args.lang, n=len(rows)))
    year = f" {scoring.year}" if scoring else ""
    headers = [t(key, args.lang) for key in FOCAL_COLUMNS]
    headers[-1] += year
    body = [(r.order, r.name, "; ".join(r.grouped_names), ", ".join(r.criteria)) for r in rows]
    print(table(headers, body))
    return 0


def run_import(args: argparse.Namespace) -> int:
    store = store_of(args)
    scoring = _round(args, store.snapshot())
    if args.check:
        change, problems = preview_score_import(store, args.files, scoring)
        if problems:
            raise Rejected(problems)
        added = change.add
    else:
        added = import_score_files(store, args.files, scoring)
    senders = list(dict.fromkeys(s.scorer for s in added.scores))
    if args.json:
        emit_json(
            {"ok": True, "written": not args.check, "scores": len(added.scores), "senders": senders}
        )
        return 0
    names = ", ".join(scoring.name(s) for s in senders)
    n = len(added.scores)
    if args.check:
        print(
            f"{t('score.ready', args.lang, n=n, senders=names)} {t('cli.checked_only', args.lang)}"
        )
    else:
        print(t("score.imported", args.lang, n=n, senders=names))
    return 0


def run_enter(args: argparse.Namespace) -> int:
    store = store_of(args)
    data = store.snapshot()
    scoring = _round(args, data)
    criterion = next(
        (c for c in scoring.criteria if args.criterion in (c.key, criterion_label(c))), None
    )
    if criterion is None:
        labels = ", ".join(criterion_label(c) for c in scoring.criteria)
        raise CommandError(
            t(
                "score.unknown_criterion",
                args.lang,
                criterion=args.criterion,
                year=scoring.year,
                labels=labels,
            )
        )
    points = parse_points(args.points)
    if points is None or points < 0:
        raise CommandError(t("score.bad_points", args.lang, points=args.points))
    score = Score(
        year=criterion.year,
        # Left as typed when unknown, so that the store's check names the nearest ids.
        ward=resolve_ward(args.ward, scoring.wards) or args.ward,
        criterion=criterion.key,
        scorer=_unit_id(args.scorer, data) if args.scorer else criterion.scorer,
        points=points,
        note=args.note,
        source=t("score.entered_by_hand", args.lang),
    )
    try:
        store.apply(Change(add=Dataset(scores=[score])))
    except Rejected as rejected:
        # The store names record 0 of the change; the person typed options.
        raise Rejected(
            [
                p.model_copy(update={"collection": None, "index": None, "field": f"--{p.field}"})
                for p in rejected.problems
            ]
        ) from None
    if args.json:
        emit_json({"ok": True, "score": score.model_dump(mode="json")})
        return 0
    print(
        t(
            "score.recorded",
            args.lang,
            ward=scoring.name(score.ward),
            label=criterion_label(criterion),
            scorer=scoring.name(score.scorer),
            points=points_text(points, args.lang),
            maximum=points_text(criterion.points, args.lang),
        )
    )
    return 0


def _unit_id(text: str, data: Dataset) -> str:
    """A unit id from an id or a name; left as typed if unknown, so that the
    store's check names it with the nearest ids."""
    if data.unit(text):
        return text
    return UnitNames(data.units).resolve(text) or text


def run_ranking(args: argparse.Namespace) -> int:
    scoring = _round(args, store_of(args).snapshot())
    result = ranking(scoring)
    if args.json:
        emit_json(result.model_dump(mode="json"))
        return 0
    print(t("score.ranking_title", args.lang, block=scoring.block_name, year=scoring.year))
    if not scoring.wards:
        print(t("score.no_wards_cli", args.lang))
        return 0
    if not scoring.scores:
        print(t("score.no_scores_cli", args.lang))
        return 0
    labels = {c.key: criterion_label(c) for c in scoring.criteria}
    headers = [
        t("score.col_rank", args.lang),
        t("score.col_ward", args.lang),
        *labels.values(),
        *(t(key, args.lang) for key in ("score.col_total", "score.col_conventional")),
        t("score.col_missing", args.lang),
    ]
    body = [
        (
            f"{row.rank}{'=' if row.tied else ''}",
            row.total.name,
            *(_pts(row.total.by_criterion.get(key), args) for key in labels),
            _pts(row.total.points, args),
            _pts(row.total.conventional_points, args),
            ", ".join(labels[k] for k in row.total.missing),
        )
        for row in result.rows
    ]
    print(table(headers, body))
    for tie in result.ties:
        print(f"= {tie.words(args.lang)}")
    if result.provisional:
        print(result.provisional(args.lang))
    return 0


def run_missing(args: argparse.Namespace) -> int:
    scoring = _round(args, store_of(args).snapshot())
    statuses = sender_statuses(scoring)
    if args.json:
        emit_json([s.model_dump(mode="json") for s in statuses])
        return 0
    waiting = [s for s in statuses if s.state != "sent"]
    if not waiting:
        print(t("score.all_sent", args.lang, n=len(statuses), year=scoring.year))
        return 0
    print(t("score.waiting_cli", args.lang, n=len(waiting), total=len(statuses), year=scoring.year))
    headers = [t(key, args.lang) for key in SENDER_COLUMNS]
    body = [
        (s.order or "", s.name, f"{s.received}/{s.expected}", s.words(args.lang)) for s in waiting
    ]
    print(table(headers, body))
    return 0


def run_export(args: argparse.Namespace) -> int:
    scoring = _round(args, store_of(args).snapshot())
    try:
        path = write_results(args.output, scoring, args.lang)
    except (ValueError, OSError) as error:
        raise CommandError(f"{args.output}: {error}") from None
    if args.json:
        emit_json({"ok": True, "file": str(path)})
    else:
        print(t("cli.wrote", args.lang, file=path))
    return 0


def run_template(args: argparse.Namespace) -> int:
    data = store_of(args).snapshot()
    scoring = _round(args, data)
    if args.output.suffix.lower() != ".xlsx":
        raise CommandError(t("score.template_xlsx", args.lang))
    try:
        path = write_score_template(args.output, scoring, data.units)
    except OSError as error:
        raise CommandError(f"{args.output}: {error}") from None
    sheets = len(scoring.scorers())
    if args.json:
        emit_json({"ok": True, "file": str(path), "sheets": sheets})
    else:
        print(t("score.template_written", args.lang, file=path, sheets=sheets))
    return 0
