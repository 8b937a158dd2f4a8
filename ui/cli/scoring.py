"""The scoring commands: `khencao score criteria | focal-units | import | enter |
ranking | missing | export | template`.

Thin: the round, totals, ranking and senders come from planner/scoring/round*, the
score sheets from graph/io/score_sheets; this module reads arguments and formats.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path

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
    SCORING_RESULT_HEADERS,
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
from ui.cli.context import CommandError, say, store_of
from ui.cli.output import emit_json, table


def register(sub: argparse._SubParsersAction) -> None:
    score = sub.add_parser(
        "score",
        help="ward emulation scoring: criteria (PL2), focal units (PL1), scores, ranking",
        description="Chấm điểm thưởng thi đua khối phường: tiêu chí (Phụ lục 2), đơn vị đầu "
        "mối (Phụ lục 1), nhập điểm, tổng hợp và xếp hạng.",
    )
    commands = score.add_subparsers(dest="score_command", metavar="SUBCOMMAND", required=True)

    criteria = commands.add_parser("criteria", help="the bonus criteria of a year, as in PL2")
    criteria.set_defaults(handler=run_criteria)

    focal = commands.add_parser(
        "focal-units", help="the focal units that score the wards (PL1), with grouped units"
    )
    focal.set_defaults(handler=run_focal_units)

    imp = commands.add_parser(
        "import",
        help="add score sheets (one sheet or CSV file per focal unit), all or nothing",
    )
    imp.add_argument("files", nargs="+", type=Path, help=".xlsx or .csv score sheets")
    imp.add_argument("--check", action="store_true", help="check only; write nothing")
    imp.set_defaults(handler=run_import)

    enter = commands.add_parser("enter", help="record one focal unit's score for one ward")
    enter.add_argument("--ward", required=True, help="id or name of the ward")
    enter.add_argument(
        "--criterion", required=True, help="criterion number as in PL2 (I.1) or its key"
    )
    enter.add_argument("--points", required=True, help="points, e.g. 1,25 or 1.25")
    enter.add_argument("--scorer", help="focal unit sending the score (default: the criterion's)")
    enter.add_argument("--note", help="a note kept with the score")
    enter.set_defaults(handler=run_enter)

    rank = commands.add_parser("ranking", help="the wards' totals and ranking, ties explained")
    rank.set_defaults(handler=run_ranking)

    missing = commands.add_parser("missing", help="focal units that have not sent all scores")
    missing.set_defaults(handler=run_missing)

    exp = commands.add_parser("export", help="write the results table (.xlsx or .csv)")
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx|FILE.csv")
    exp.set_defaults(handler=run_export)

    template = commands.add_parser(
        "template", help="a blank score workbook: one sheet per focal unit, to send out"
    )
    template.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    template.set_defaults(handler=run_template)

    for parser in (criteria, focal, imp, enter, rank, missing, exp, template):
        parser.add_argument("--year", type=int, help="scoring year (default: the latest)")
        parser.add_argument("--block", help="emulation block (default: the only one scored)")
        parser.add_argument(
            "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON"
        )
        parser.add_argument(
            "--lang", choices=["vi", "en"], default=argparse.SUPPRESS, help="output language"
        )


# shared -------------------------------------------------------------------------------


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
    print(
        say(
            args,
            f"Biểu phân bổ tiêu chí điểm thưởng {scoring.block_name} năm {scoring.year}",
            f"Bonus criteria of {scoring.block_name}, {scoring.year}",
        )
    )
    headers = say(
        args,
        "TT|Nội dung chấm điểm thưởng|Đơn vị chấm điểm|Số điểm|Điểm quy ước|Mã",
        "No.|Bonus criterion|Scoring unit|Points|Conventional points|Label",
    ).split("|")
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
        print(
            say(
                args,
                "Chưa có danh sách đơn vị đầu mối (Phụ lục 1). Nạp dữ liệu mẫu: khencao load",
                "No focal units (Appendix 1) yet. Load the sample set: khencao load",
            )
        )
        return 0
    print(say(args, f"{len(rows)} đơn vị đầu mối", f"{len(rows)} focal units"))
    year = f" {scoring.year}" if scoring else ""
    headers = say(
        args,
        f"TT|Đơn vị đầu mối|Đơn vị được ghép|Chấm tiêu chí{year}",
        f"No.|Focal unit|Grouped units|Scores criteria{year}",
    ).split("|")
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
            say(
                args,
                f"Bảng điểm hợp lệ: {n} điểm của {names}. Chưa ghi gì (--check).",
                f"The sheets are valid: {n} scores from {names}. Nothing written (--check).",
            )
        )
    else:
        print(say(args, f"Đã nhập {n} điểm của {names}.", f"Imported {n} scores from {names}."))
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
            say(
                args,
                f"Không có tiêu chí “{args.criterion}” năm {scoring.year}; có: {labels}. "
                "Xem: khencao score criteria",
                f"No criterion “{args.criterion}” in {scoring.year}; there are: {labels}. "
                "See: khencao score criteria",
            )
        )
    points = parse_points(args.points)
    if points is None or points < 0:
        raise CommandError(
            say(
                args,
                f"--points: “{args.points}” không phải là số điểm từ 0 trở lên.",
                f"--points: “{args.points}” is not a number of points of 0 or more.",
            )
        )
    score = Score(
        year=criterion.year,
        # Left as typed when unknown, so that the store's check names the nearest ids.
        ward=resolve_ward(args.ward, scoring.wards) or args.ward,
        criterion=criterion.key,
        scorer=_unit_id(args.scorer, data) if args.scorer else criterion.scorer,
        points=points,
        note=args.note,
        source=say(args, "nhập tay", "entered by hand"),
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
        say(
            args,
            f"Đã ghi: {scoring.name(score.ward)}, tiêu chí {criterion_label(criterion)} "
            f"({scoring.name(score.scorer)}): {points_text(points, 'vi')}/"
            f"{points_text(criterion.points, 'vi')} điểm.",
            f"Recorded: {scoring.name(score.ward)}, criterion {criterion_label(criterion)} "
            f"({scoring.name(score.scorer)}): {points_text(points, 'en')} of "
            f"{points_text(criterion.points, 'en')} points.",
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
    print(
        say(
            args,
            f"Xếp hạng điểm thưởng {scoring.block_name} năm {scoring.year}",
            f"Bonus ranking of {scoring.block_name}, {scoring.year}",
        )
    )
    if not scoring.wards:
        print(say(args, "Khối chưa có phường nào.", "The block has no wards yet."))
        return 0
    if not scoring.scores:
        print(
            say(
                args,
                "Chưa có điểm nào. Nhập bảng điểm: khencao score import TỆP.xlsx, "
                "hoặc từng điểm: khencao score enter --ward … --criterion … --points …",
                "No scores yet. Import score sheets: khencao score import FILE.xlsx, "
                "or one score: khencao score enter --ward … --criterion … --points …",
            )
        )
        return 0
    labels = {c.key: criterion_label(c) for c in scoring.criteria}
    headers = [
        SCORING_RESULT_HEADERS["rank"](args.lang),
        SCORING_RESULT_HEADERS["ward"](args.lang),
        *labels.values(),
        SCORING_RESULT_HEADERS["points"](args.lang),
        SCORING_RESULT_HEADERS["conventional"](args.lang),
        SCORING_RESULT_HEADERS["missing"](args.lang),
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
        print(
            say(
                args,
                f"Cả {len(statuses)} đơn vị đầu mối đã gửi đủ điểm năm {scoring.year}.",
                f"All {len(statuses)} focal units have sent their {scoring.year} scores.",
            )
        )
        return 0
    print(
        say(
            args,
            f"{len(waiting)}/{len(statuses)} đơn vị đầu mối chưa gửi đủ điểm năm {scoring.year}",
            f"{len(waiting)} of {len(statuses)} focal units have not sent all {scoring.year} "
            "scores",
        )
    )
    headers = say(
        args, "TT (PL1)|Đơn vị đầu mối|Đã nhận|Còn thiếu", "No. (PL1)|Focal unit|Received|Missing"
    ).split("|")
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
        print(say(args, f"Đã ghi {path}", f"Wrote {path}"))
    return 0


def run_template(args: argparse.Namespace) -> int:
    data = store_of(args).snapshot()
    scoring = _round(args, data)
    if args.output.suffix.lower() != ".xlsx":
        raise CommandError(say(args, "-o: cần tệp .xlsx", "-o: an .xlsx file is needed"))
    try:
        path = write_score_template(args.output, scoring, data.units)
    except OSError as error:
        raise CommandError(f"{args.output}: {error}") from None
    sheets = len(scoring.scorers())
    if args.json:
        emit_json({"ok": True, "file": str(path), "sheets": sheets})
    else:
        print(
            say(
                args,
                f"Đã ghi {path}: {sheets} trang tính, mỗi đơn vị đầu mối một trang.",
                f"Wrote {path}: {sheets} sheets, one per focal unit.",
            )
        )
    return 0
