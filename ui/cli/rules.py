"""The rules commands: `khencao check` (one holder, one target, one year) and
`khencao audit` (a council's proposals and roadmap against the rules).

Thin: the answers come from planner/; this module reads arguments, picks the
data (the store, a history file, or the Long Biên set) and formats.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graph.io.longbien import load_longbien
from graph.models import MAX_YEAR, MIN_YEAR, Achievement
from graph.problems import Problem, Rejected
from planner import (
    STATUS_WORDS,
    AuditReport,
    AuditRow,
    HolderProfile,
    NoRuleError,
    RulesetBook,
    RulesetError,
    SettingError,
    Settings,
    Verdict,
    WindowConvention,
    Words,
    audit,
    check,
    holder_history,
    plannable_targets,
    read_history,
    standing,
    with_overrides,
)
from ui import bootstrap
from ui.cli.context import CommandError, catalogue, say, store_of
from ui.cli.output import emit_json, table
from ui.cli.records import find_holder

BAD_INPUT = 1

RULESET_BROKEN = Words(
    vi="Không dùng được bộ tiêu chuẩn: tệp có lỗi",
    en="The rulesets cannot be used: a file has problems",
)
HISTORY_BROKEN = Words(
    vi="Không kiểm tra được: tệp lịch sử có lỗi",
    en="Nothing checked: the history file has problems",
)


def register(sub: argparse._SubParsersAction) -> None:
    chk = sub.add_parser(
        "check",
        help="may this unit or person be proposed for an award this year; what is missing",
        description="Kiểm tra điều kiện đề nghị khen cao của một đơn vị hoặc cá nhân: từng "
        "tiêu chuẩn đạt / thiếu / giả định, căn cứ pháp lý và thành tích làm bằng chứng.",
    )
    chk.add_argument("holder", nargs="?", help="id or name of a unit or person in the store")
    chk.add_argument(
        "--history",
        type=Path,
        metavar="FILE.json",
        help="check the holder described in this file instead of the store",
    )
    chk.add_argument("--target", help="award code, e.g. BK_TTG (default: the next rung)")
    chk.add_argument("--year", type=int, required=True, help="the proposal year")
    _common(chk)
    chk.set_defaults(handler=run_check)

    aud = sub.add_parser(
        "audit",
        help="check a council's proposals and roadmap (PL5) against the rules",
        description="Rà soát danh sách đề nghị và lộ trình khen cao so với tiêu chuẩn.",
    )
    aud.add_argument(
        "--dataset",
        choices=["store", "longbien"],
        default="store",
        help="audit the store (default) or the bundled Long Biên 2020 set",
    )
    aud.add_argument("--findings-only", action="store_true", help="show only the findings")
    _common(aud)
    aud.set_defaults(handler=run_audit)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--ruleset",
        help="ruleset id (default: the one for the year), e.g. hanoi-2018, nd91-2017, nd65-2014",
    )
    parser.add_argument(
        "--rules-dir",
        type=Path,
        metavar="DIR",
        help="read the rulesets of this folder instead of data/rules (to try a new ruleset)",
    )
    parser.add_argument(
        "--window",
        choices=[w.value for w in WindowConvention],
        help="how the window is counted (default from_base_year)",
    )
    parser.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="change a setting, e.g. --set assume_unknown_years_excellent=false "
        "(repeatable; see docs/rules.md)",
    )
    # Also accepted after the subcommand; SUPPRESS keeps the global flag's value
    # when these are not given here.
    parser.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON instead of text"
    )
    parser.add_argument(
        "--lang", choices=["vi", "en"], default=argparse.SUPPRESS, help="language of the output"
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
    book = bootstrap.rulesets(args.rules_dir)
    if args.ruleset:
        try:
            book.get(args.ruleset)
        except RulesetError as error:  # an unknown id: name the known ones
            raise CommandError(error.report(args.lang)) from error
    return book


def _refuse(args: argparse.Namespace, heading: Words, problems: list[Problem]) -> int:
    """Bad input (a history file, a ruleset): every problem, and a non-zero exit."""
    if args.json:
        emit_json({"ok": False, "problems": [p.as_json(args.lang) for p in problems]})
    else:
        print(f"{heading(args.lang)} ({len(problems)}):", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem.message(args.lang)}", file=sys.stderr)
    return BAD_INPUT


def _year(args: argparse.Namespace) -> int:
    if not MIN_YEAR <= args.year <= MAX_YEAR:
        raise CommandError(
            say(
                args,
                f"--year {args.year}: không phải năm trong khoảng {MIN_YEAR}–{MAX_YEAR}",
                f"--year {args.year}: not a year between {MIN_YEAR} and {MAX_YEAR}",
            )
        )
    return args.year


# check ---------------------------------------------------------------------------------


def run_check(args: argparse.Namespace) -> int:
    settings = _settings(args)
    year = _year(args)
    try:
        book = _book(args)
    except RulesetError as error:
        return _refuse(args, RULESET_BROKEN, error.problems)
    names = catalogue()
    try:
        holder, history = holder_from_args(
            args,
            Words(
                vi="Cần mã đơn vị (hoặc cá nhân) hoặc --history FILE.json.",
                en="Give a holder id (unit or person) or --history FILE.json.",
            ),
        )
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
    except NoRuleError as error:
        raise CommandError(error.words(args.lang)) from error
    if args.json:
        emit_json({"ok": True, **verdict.as_json(args.lang), "standing": place.model_dump()})
    else:
        print(render_verdict(verdict, args.lang, place.current_rung, place.next_target))
    return 0


def holder_from_args(
    args: argparse.Namespace, missing: Words
) -> tuple[HolderProfile, list[Achievement]]:
    """The holder a command is about, and its history: from `--history FILE.json`
    (a bad file raises Rejected) or from the store (a unit carries the history of
    units merged into it). `missing` says what to give when neither is there."""
    if args.history and args.holder:
        raise CommandError(
            say(
                args,
                "Chỉ dùng một trong hai: mã đơn vị hoặc --history.",
                "Give either a holder id or --history, not both.",
            )
        )
    if args.history:
        return read_history(args.history, catalogue())
    if not args.holder:
        raise CommandError(missing(args.lang))
    store = store_of(args)
    holder_id = find_holder(store, args.holder, args)
    data = store.snapshot()
    holder = HolderProfile.of(data.unit(holder_id) or data.person(holder_id))
    return holder, holder_history(data, holder_id)


def _target(
    args: argparse.Namespace, next_target: str | None, targets: list[str], ruleset_id: str
) -> str:
    """The rung asked for (a code the ruleset sets a standard for), or the next one."""
    names = catalogue()
    if args.target:
        code = args.target.strip().upper()
        if code not in names:
            near = ", ".join(names.suggest(args.target))
            raise CommandError(
                say(
                    args,
                    f"--target: không có mã “{args.target}”; gần nhất: {near}",
                    f"--target: no award code “{args.target}”; nearest: {near}",
                )
            )
        if code not in targets:
            shown = ", ".join(targets) or "—"
            raise CommandError(
                say(
                    args,
                    f"--target: {code} không phải bậc khen cao có tiêu chuẩn trong bộ "
                    f"{ruleset_id}; hãy chọn một trong: {shown}",
                    f"--target: {code} is not a rung with a standard in ruleset {ruleset_id}; "
                    f"choose one of: {shown}",
                )
            )
        return code
    if next_target is None:
        raise CommandError(
            say(
                args,
                "Không xác định được bậc tiếp theo; hãy ghi --target.",
                "No next rung can be derived; pass --target.",
            )
        )
    return next_target


def render_verdict(
    v: Verdict, lang: str, current: str | None = None, next_target: str | None = None
) -> str:
    names = catalogue()
    vi = lang == "vi"
    lines = [
        f"{v.holder.name} ({v.holder.id}) — {v.target} ({names.name(v.target, lang)}), "
        + (f"đề nghị năm {v.proposal_year}" if vi else f"proposal year {v.proposal_year}"),
    ]
    for warning in v.warnings:
        lines.append(("⚠ CẢNH BÁO: " if vi else "⚠ WARNING: ") + warning(lang))
    verdict = (
        ("ĐỦ ĐIỀU KIỆN" if v.eligible else "CHƯA ĐỦ ĐIỀU KIỆN")
        if vi
        else ("ELIGIBLE" if v.eligible else "NOT ELIGIBLE")
    )
    lines.append(("Kết luận: " if vi else "Verdict: ") + verdict)
    if current or next_target:
        lines.append(
            f"Bậc hiện tại: {current or '—'} · bậc tiếp theo: {next_target or '—'}"
            if vi
            else f"Current rung: {current or '—'} · next: {next_target or '—'}"
        )
    lines.append("")
    for r in v.requirements:
        lines.append(f"[{STATUS_WORDS[r.status](lang)}] {r.statement(lang)}")
        lines.append(("      Hồ sơ: " if vi else "      Record: ") + r.finding(lang))
        if r.missing:
            lines.append(("      Còn thiếu: " if vi else "      Missing: ") + r.missing(lang))
        mark = "" if r.verified else (" (chưa đối chiếu)" if vi else " (not verified)")
        lines.append(("      Căn cứ: " if vi else "      Source: ") + r.citation + mark)
    lines.append("")
    if v.base_choice:
        lines.append(v.base_choice(lang))
    if v.not_counted:
        shown = ", ".join(f"{e.text()} ({e.as_json(lang)['role_text']})" for e in v.not_counted)
        lines.append(("Không tính: " if vi else "Not counted: ") + shown)
    if v.outlook:
        lines.append(v.outlook(lang))
    lines.append(
        (f"Bộ tiêu chuẩn: {v.ruleset.id} — {v.ruleset.title(lang)} [{v.ruleset.period}]")
        if vi
        else (f"Ruleset: {v.ruleset.id} — {v.ruleset.title(lang)} [{v.ruleset.period}]")
    )
    lines.append(("Thiết lập: " if vi else "Settings: ") + settings_text(v.settings))
    return "\n".join(lines)


def settings_text(settings: dict) -> str:
    def shown(value) -> str:
        if isinstance(value, dict):
            return ",".join(f"{k}:{v}" for k, v in value.items())
        return str(value).lower() if isinstance(value, bool) else str(value)

    return " · ".join(f"{name}={shown(value)}" for name, value in settings.items())


# audit ---------------------------------------------------------------------------------


def run_audit(args: argparse.Namespace) -> int:
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
    message = say(
        args,
        "Kho dữ liệu chưa có danh sách đề nghị hay lộ trình nào để rà soát. "
        "Nạp bộ Long Biên 2020 (khencao load) hoặc dùng --dataset longbien.",
        "The store holds no proposals or roadmap to audit. Load the Long Biên 2020 "
        "set (khencao load) or use --dataset longbien.",
    )
    if args.json:
        emit_json({"ok": True, "rows": [], "message": message})
    else:
        print(message)
    return 0


def render_audit(report: AuditReport, lang: str, findings_only: bool = False) -> str:
    vi = lang == "vi"
    lines = []
    for warning in report.warnings:
        lines.append(("⚠ CẢNH BÁO: " if vi else "⚠ WARNING: ") + warning(lang))
    lines.append(
        (
            f"Rà soát theo bộ tiêu chuẩn {report.ruleset}: {len(report.rows)} mục, "
            f"{len(report.agreements)} phù hợp, {len(report.findings)} phát hiện"
        )
        if vi
        else (
            f"Audit under {report.ruleset}: {len(report.rows)} rows, "
            f"{len(report.agreements)} agreements, {len(report.findings)} findings"
        )
    )
    lines.append(("Thiết lập: " if vi else "Settings: ") + settings_text(report.settings))
    lines.append("")
    rows = report.findings if findings_only else list(report.rows)
    headers = (
        ["Mục", "Đơn vị", "Mục tiêu", "Năm theo tài liệu", "Sớm nhất", "Kết quả"]
        if vi
        else ["Section", "Holder", "Target", "Document year", "Earliest", "Outcome"]
    )
    lines.append(table(headers, [_audit_cells(r, lang) for r in rows]))
    groups = [(Words(vi="Phát hiện", en="Findings"), report.findings)]
    if not findings_only:
        groups.append((Words(vi="Phù hợp", en="Agreements"), report.agreements))
    for title, group in groups:
        if not group:
            continue
        lines += ["", f"{title(lang)} ({len(group)}):"]
        for row in group:
            name = row.holder.name if row.holder else row.target.holder
            lines.append(f"  • {name} — {row.target.award}: {row.summary(lang)}")
            lines += [f"      - {note(lang)}" for note in row.notes]
    if report.window_changes:
        other = report.window_changes[0].other_window.value
        lines += [
            "",
            (f"Nếu tính cửa sổ theo {other}, thay đổi:" if vi else f"Under {other}, these change:"),
        ]
        lines += [f"  • {c.words(lang)}" for c in report.window_changes]
    return "\n".join(lines)


def _audit_cells(row: AuditRow, lang: str) -> list:
    vi = lang == "vi"
    section = {"proposal": ("đề nghị", "proposal"), "roadmap": ("lộ trình", "roadmap")}
    outcome = {"agreement": ("phù hợp", "agreement"), "finding": ("PHÁT HIỆN", "FINDING")}
    pick = 0 if vi else 1
    name = row.holder.name if row.holder else row.target.holder
    return [
        section[row.target.section][pick],
        name,
        row.target.award,
        row.document_year or "—",
        row.earliest_possible or "—",
        outcome[row.outcome][pick],
    ]
