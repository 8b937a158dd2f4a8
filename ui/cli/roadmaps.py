"""`khencao target` and `khencao roadmap`: targets a planner sets, in named roadmap
versions; a version planned as a council, copied, compared, adopted, followed year by
year and written as the PL5-style appendix.

Thin: every edit is a `Change` built by the planner facade (planner.roadmap.versions)
and applied to the store, which checks it whole; the checks, plans, comparisons and
documents come from the facade too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from graph.names import fold
from ui.cli.context import CommandError, catalogue, store_of
from ui.cli.output import emit_json, table
from ui.words import t

if TYPE_CHECKING:
    from graph.models import Dataset, RoadmapVersion
    from planner import TargetRow, Tracking, VersionComparison, VersionPlan

# The planner (OR-Tools) and the document writers are imported by the commands that
# use them: `khencao --help` stays cheap (tests/ui/test_startup.py).

REFUSED = 1  # as main.REFUSED: the input was refused, nothing was written
NEW_VERSION_SPAN = 4  # a version made on the fly covers this year and the four after


def register(sub: argparse._SubParsersAction, lang: str) -> None:
    target = sub.add_parser(
        "target", help=t("help.target", lang), description=t("help.target_description", lang)
    )
    tsub = target.add_subparsers(dest="action", metavar=t("metavar.action", lang), required=True)
    set_ = tsub.add_parser("set", help=t("help.target_set", lang))
    set_.add_argument("holder", help=t("help.holder_in_store", lang))
    set_.add_argument("award", help=t("help.target_award", lang))
    set_.add_argument("--by", dest="by_year", type=int, help=t("help.target_by", lang))
    set_.add_argument("--no-by", action="store_true", help=t("help.target_no_by", lang))
    set_.add_argument("--priority", type=int, help=t("help.target_priority", lang))
    set_.add_argument("--note", help=t("help.target_note", lang))
    set_.add_argument("--set-by", help=t("help.target_set_by", lang))
    set_.set_defaults(handler=run_target_set)
    list_ = tsub.add_parser("list", help=t("help.target_list", lang))
    list_.set_defaults(handler=run_target_list)
    remove = tsub.add_parser("remove", help=t("help.target_remove", lang))
    remove.add_argument("holder", help=t("help.holder_in_store", lang))
    remove.add_argument("award", help=t("help.target_award", lang))
    remove.set_defaults(handler=run_target_remove)
    for parser in (set_, list_, remove):
        parser.add_argument("--version", help=t("help.target_version", lang))
        _output_options(parser, lang)

    roadmap = sub.add_parser(
        "roadmap", help=t("help.roadmap", lang), description=t("help.roadmap_description", lang)
    )
    rsub = roadmap.add_subparsers(dest="action", metavar=t("metavar.action", lang), required=True)
    parsers = []

    def action(name: str, handler, *, named: bool = True) -> argparse.ArgumentParser:
        parser = rsub.add_parser(name, help=t(f"help.roadmap_{name}", lang))
        if named:
            parser.add_argument("name", help=t("help.roadmap_name", lang))
        parser.set_defaults(handler=handler)
        parsers.append(parser)
        return parser

    action("list", run_roadmap_list, named=False)
    new = action("new", run_roadmap_new)
    new.add_argument(
        "--from", dest="from_year", type=int, required=True, help=t("help.roadmap_from", lang)
    )
    new.add_argument("--to", dest="to_year", type=int, help=t("help.roadmap_to", lang))
    new.add_argument("--note", help=t("help.target_note", lang))
    letter = action("letter", run_roadmap_letter, named=False)
    letter.add_argument("--year", type=int, help=t("help.roadmap_letter_year", lang))
    letter.add_argument("--name", help=t("help.roadmap_letter_name", lang))
    action("show", run_roadmap_show)
    copy = action("copy", run_roadmap_copy)
    copy.add_argument("new_name", help=t("help.roadmap_new_name", lang))
    copy.add_argument("--set-by", help=t("help.target_set_by", lang))
    compare = action("compare", run_roadmap_compare)
    compare.add_argument("other", help=t("help.roadmap_other", lang))
    action("adopt", run_roadmap_adopt)
    action("delete", run_roadmap_delete)
    plan = action("plan", run_roadmap_plan)
    plan.add_argument("--from", dest="from_year", type=int, help=t("help.roadmap_plan_from", lang))
    plan.add_argument("--horizon", type=int, default=10, help=t("help.roadmap_horizon", lang))
    plan.add_argument(
        "--block-cap",
        action="append",
        default=[],
        metavar=t("metavar.code_number", lang),
        help=t("help.plan_block_cap", lang),
    )
    plan.add_argument(
        "--council-cap",
        action="append",
        default=[],
        metavar=t("metavar.code_number", lang),
        help=t("help.plan_council_cap", lang),
    )
    plan.add_argument(
        "--time-limit", type=float, default=60.0, help=t("help.plan_time_limit", lang)
    )
    track = action("track", run_roadmap_track, named=False)
    track.add_argument("name", nargs="?", help=t("help.roadmap_track_name", lang))
    track.add_argument("--year", type=int, help=t("help.roadmap_track_year", lang))
    track.add_argument("--output", "-o", type=Path, help=t("help.roadmap_track_output", lang))
    export = action("export", run_roadmap_export)
    export.add_argument(
        "--output", "-o", type=Path, required=True, help=t("help.roadmap_export_output", lang)
    )
    export.add_argument("--number", help=t("help.export_doc_number", lang))
    export.add_argument("--date", help=t("help.export_doc_date", lang))
    for parser in parsers:
        _output_options(parser, lang)


def _output_options(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help=t("help.json", lang)
    )
    parser.add_argument(
        "--lang", choices=["vi", "en"], default=argparse.SUPPRESS, help=t("help.lang_output", lang)
    )


# finding things ------------------------------------------------------------------------


def _version(args: argparse.Namespace, data: Dataset, name: str | None) -> RoadmapVersion:
    from planner import VersionError, find_version

    try:
        return find_version(data, name)
    except VersionError as error:
        raise CommandError(error.words(args.lang)) from error


def _holder(args: argparse.Namespace, data: Dataset, text: str) -> str:
    """A holder id from an id or a name, with or without diacritics (graph.names)."""
    from graph.names import HolderNames

    found = HolderNames(data.units, data.people).find(text)
    if found.id is not None:
        return found.id
    if found.ambiguous:
        raise CommandError(
            t("roadmap.ambiguous_holder", args.lang, text=text, names=", ".join(found.candidates))
        )
    near = (
        f" ({t('cli.nearest', args.lang)}: {', '.join(found.candidates)})"
        if found.candidates
        else ""
    )
    raise CommandError(t("records.unknown_holder", args.lang, text=text, hint=near))


def _award(args: argparse.Namespace, text: str) -> str:
    """An award code, or the catalogue's name of it (“Bằng khen của Thủ tướng Chính
    phủ”), compared as names are; otherwise refused with the nearest names."""
    names = catalogue()
    code = text.strip().upper()
    if code in names:
        return code
    wanted = fold(text)
    for award in names:
        if wanted in (fold(award.vi), fold(award.en)):
            return award.code
    near = ", ".join(f"{c} ({names.name(c, args.lang)})" for c in names.suggest(text)) or "—"
    raise CommandError(t("roadmap.unknown_award", args.lang, text=text, near=near), REFUSED)


def _author(args: argparse.Namespace) -> str | None:
    if getattr(args, "set_by", None):
        return args.set_by
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return None


def _names(data: Dataset) -> dict[str, str]:
    return {u.id: u.name for u in data.units} | {p.id: p.name for p in data.people}


# target ----------------------------------------------------------------------------------


def run_target_set(args: argparse.Namespace) -> int:
    from graph.models import RoadmapTarget, RoadmapVersion
    from planner import check_target, new_version_change, target_change
    from ui import bootstrap

    store = store_of(args)
    data = store.snapshot()
    holder = _holder(args, data, args.holder)
    award = _award(args, args.award)
    created = None
    if not data.roadmaps and args.version is None:
        year = dt.date.today().year
        created = RoadmapVersion(
            name=t("roadmap.default_name", "vi", start=year, end=year + NEW_VERSION_SPAN),
            from_year=year,
            to_year=year + NEW_VERSION_SPAN,
            created_by=_author(args),
            created_at=dt.date.today(),
        )
        version = created
    else:
        version = _version(args, data, args.version)
    old = version.target(holder, award)
    # An edit keeps what it does not name (--no-by clears the by-year).
    by_year = args.by_year if args.by_year is not None or old is None else old.by_year
    if args.no_by:
        by_year = None
    target = _checked(
        args,
        RoadmapTarget,
        holder=holder,
        award=award,
        by_year=by_year,
        priority=args.priority if args.priority is not None else old.priority if old else 2,
        note=args.note if args.note is not None else old.note if old else None,
        set_by=_author(args),
        set_at=dt.date.today(),
    )
    row = check_target(data, version, target, book=bootstrap.rulesets(), catalogue=catalogue())
    if row.status == "refused":
        return _refused_target(args, row)
    replaced = old is not None
    if created is not None:  # one change: the new version with its first target, or nothing
        store.apply(new_version_change(created.model_copy(update={"targets": (target,)})))
    else:
        store.apply(target_change(version, target))
    if args.json:
        emit_json(
            {"ok": True, "version": version.name, "replaced": replaced, **row.as_json(args.lang)}
        )
        return 0
    if created is not None:
        print(t("roadmap.created", args.lang, name=version.name))
    key = "roadmap.target_replaced" if replaced else "roadmap.target_set"
    print(
        t(key, args.lang, name=row.name, award=_award_name(award, args.lang), version=version.name)
    )
    print(_row_line(row, args.lang))
    if row.status == "flagged":
        print(t("roadmap.flagged", args.lang), file=sys.stderr)
        for reason in row.reasons:
            print(f"  - {reason(args.lang)}", file=sys.stderr)
    return 0


def _checked(args: argparse.Namespace, model, **fields):
    """A record built from the command line, or its problems in words."""
    from pydantic import ValidationError

    try:
        return model(**fields)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
        raise CommandError(t("roadmap.bad_value", args.lang, problems=problems), REFUSED) from error


def _refused_target(args: argparse.Namespace, row: TargetRow) -> int:
    if args.json:
        emit_json({"ok": False, **row.as_json(args.lang)})
    else:
        print(
            t("roadmap.target_refused", args.lang, name=row.name, award=row.target.award),
            file=sys.stderr,
        )
        for reason in row.reasons:
            print(f"  - {reason(args.lang)}", file=sys.stderr)
    return REFUSED


def _award_name(code: str, lang: str) -> str:
    return f"{catalogue().name(code, lang)} ({code})"


def _row_line(row: TargetRow, lang: str) -> str:
    current = f"{row.current_rung} {row.current_year}" if row.current_rung else "—"
    earliest = row.earliest_year if row.earliest_year is not None else "—"
    return t(
        "roadmap.row_line",
        lang,
        current=current,
        by=row.target.by_year or "—",
        earliest=earliest,
        effort=row.effort if row.effort is not None else "—",
        status=t(f"roadmap.status.{row.status}", lang),
    )


def run_target_list(args: argparse.Namespace) -> int:
    from planner import roadmap_table
    from ui import bootstrap

    data = store_of(args).snapshot()
    version = _version(args, data, args.version)
    rows = roadmap_table(data, version, book=bootstrap.rulesets(), catalogue=catalogue())
    if args.json:
        emit_json(
            {"ok": True, "version": version.name, "targets": [r.as_json(args.lang) for r in rows]}
        )
        return 0
    print(_version_heading(version, args.lang))
    if not rows:
        print(t("roadmap.no_targets", args.lang))
        return 0
    headers = [t(f"roadmap.col.{c}", args.lang) for c in TARGET_COLUMNS]
    print(table(headers, [_target_cells(r, args.lang) for r in rows]))
    for row in rows:
        for reason in row.reasons if row.status != "ok" else ():
            print(f"  {row.name}: {reason(args.lang)}")
    return 0


TARGET_COLUMNS = ("unit", "current", "target", "by", "priority", "earliest", "effort", "status")


def _target_cells(row: TargetRow, lang: str) -> list:
    current = f"{row.current_rung} {row.current_year}" if row.current_rung else "—"
    return [
        row.name,
        current,
        row.target.award,
        row.target.by_year or "",
        row.target.priority,
        row.earliest_year or "—",
        row.effort if row.effort is not None else "—",
        t(f"roadmap.status.{row.status}", lang),
    ]


def run_target_remove(args: argparse.Namespace) -> int:
    from planner import VersionError, remove_target_change

    store = store_of(args)
    data = store.snapshot()
    version = _version(args, data, args.version)
    holder = _holder(args, data, args.holder)
    award = _award(args, args.award)
    try:
        change = remove_target_change(version, holder, award)
    except VersionError as error:
        raise CommandError(error.words(args.lang), REFUSED) from error
    store.apply(change)
    if args.json:
        emit_json({"ok": True, "version": version.name, "holder": holder, "award": award})
    else:
        name = _names(data).get(holder, holder)
        print(
            t(
                "roadmap.target_removed",
                args.lang,
                name=name,
                award=_award_name(award, args.lang),
                version=version.name,
            )
        )
    return 0


# roadmap ---------------------------------------------------------------------------------


def _version_heading(version: RoadmapVersion, lang: str) -> str:
    years = f"{version.from_year}–{version.to_year}" if version.to_year else f"{version.from_year}–"
    mark = f" · {t('roadmap.adopted', lang)}" if version.adopted else ""
    return f"{version.name} ({years}){mark}"


def _version_json(version: RoadmapVersion) -> dict:
    return {
        "name": version.name,
        "from": version.from_year,
        "to": version.to_year,
        "adopted": version.adopted,
        "targets": len(version.targets),
        "planned": version.plan.planned_at.isoformat() if version.plan else None,
        "status": version.plan.status if version.plan else None,
        "copied_from": version.copied_from,
        "created_by": version.created_by,
        "created_at": version.created_at.isoformat() if version.created_at else None,
    }


def run_roadmap_list(args: argparse.Namespace) -> int:
    data = store_of(args).snapshot()
    if args.json:
        emit_json({"ok": True, "versions": [_version_json(v) for v in data.roadmaps]})
        return 0
    if not data.roadmaps:
        print(t("roadmap.none", args.lang))
        return 0
    headers = [
        t(f"roadmap.col.{c}", args.lang) for c in ("name", "years", "targets", "planned", "adopted")
    ]
    rows = [
        (
            v.name,
            f"{v.from_year}–{v.to_year or ''}",
            len(v.targets),
            f"{v.plan.planned_at.isoformat()} · {v.plan.status}" if v.plan else "—",
            "✓" if v.adopted else "",
        )
        for v in data.roadmaps
    ]
    print(table(headers, rows))
    return 0


def run_roadmap_new(args: argparse.Namespace) -> int:
    from graph.models import RoadmapVersion
    from planner import new_version_change

    store = store_of(args)
    version = _checked(
        args,
        RoadmapVersion,
        name=args.name,
        from_year=args.from_year,
        to_year=args.to_year,
        note=args.note,
        created_by=_author(args),
        created_at=dt.date.today(),
    )
    store.apply(new_version_change(version))
    return _done(args, "roadmap.created", version)


def _done(args: argparse.Namespace, key: str, version: RoadmapVersion, **values) -> int:
    if args.json:
        emit_json({"ok": True, **_version_json(version)})
    else:
        print(t(key, args.lang, name=version.name, **values))
    return 0


def run_roadmap_letter(args: argparse.Namespace) -> int:
    from planner import VersionError, letter_version, new_version_change

    store = store_of(args)
    data = store.snapshot()
    try:
        version = letter_version(data, args.year, args.name)
    except VersionError as error:
        raise CommandError(error.words(args.lang), REFUSED) from error
    version = version.model_copy(update={"created_at": dt.date.today()})
    store.apply(new_version_change(version))
    return _done(args, "roadmap.letter_made", version, targets=len(version.targets))


def run_roadmap_show(args: argparse.Namespace) -> int:
    data = store_of(args).snapshot()
    version = _version(args, data, args.name)
    if args.json:
        emit_json({"ok": True, "version": version.model_dump(mode="json")})
        return 0
    names = _names(data)
    print(_version_heading(version, args.lang))
    if version.copied_from:
        print(t("roadmap.copied_from", args.lang, name=version.copied_from))
    headers = [
        t(f"roadmap.col.{c}", args.lang)
        for c in ("unit", "target", "by", "priority", "set_by", "note")
    ]
    rows = [
        (
            names.get(x.holder, x.holder),
            x.award,
            x.by_year or "",
            x.priority,
            " ".join(filter(None, [x.set_by, x.set_at.isoformat() if x.set_at else None])),
            x.note or "",
        )
        for x in version.targets
    ]
    print(table(headers, rows))
    plan = version.plan
    print()
    if plan is None:
        print(t("roadmap.not_planned", args.lang))
        return 0
    print(
        t(
            "roadmap.plan_heading",
            args.lang,
            day=plan.planned_at.isoformat(),
            start=plan.from_year,
            ruleset=plan.ruleset,
            status=plan.status,
        )
    )
    steps: dict[str, list[str]] = {}
    for step in plan.steps:
        if step.kind == "achievement":
            steps.setdefault(step.holder, []).append(f"{step.award} {step.year}")
    headers = [
        t(f"roadmap.col.{c}", args.lang)
        for c in ("unit", "target", "by", "year", "effort", "steps")
    ]
    rows = [
        (
            names.get(x.holder, x.holder),
            x.award,
            x.by_year or "",
            x.year if x.reached else t("roadmap.not_reached", args.lang, alone=x.alone_year or "—"),
            x.cost if x.cost is not None else "",
            ", ".join(steps.get(x.holder, [])),
        )
        for x in plan.targets
    ]
    print(table(headers, rows))
    return 0


def run_roadmap_copy(args: argparse.Namespace) -> int:
    from planner import copy_change

    store = store_of(args)
    data = store.snapshot()
    version = _version(args, data, args.name)
    change = copy_change(version, args.new_name, by=_author(args))
    store.apply(change)
    return _done(args, "roadmap.copied", change.add.roadmaps[0], source=version.name)


def run_roadmap_adopt(args: argparse.Namespace) -> int:
    from planner import adopt_change

    store = store_of(args)
    data = store.snapshot()
    version = _version(args, data, args.name)
    store.apply(adopt_change(data, version))
    return _done(args, "roadmap.adopted_now", version.model_copy(update={"adopted": True}))


def run_roadmap_delete(args: argparse.Namespace) -> int:
    from planner import remove_version_change

    store = store_of(args)
    version = _version(args, store.snapshot(), args.name)
    store.apply(remove_version_change(version))
    return _done(args, "roadmap.deleted", version)


def run_roadmap_plan(args: argparse.Namespace) -> int:
    from planner import PlanError, Quotas, VersionError, plan_change, plan_version
    from ui import bootstrap
    from ui.cli.plan import _pairs

    store = store_of(args)
    data = store.snapshot()
    version = _version(args, data, args.name)
    quotas = Quotas(
        block=_pairs(args, args.block_cap, "--block-cap") or {"CO_TP": 1},
        council=_pairs(args, args.council_cap, "--council-cap"),
    )
    try:
        planned = plan_version(
            data,
            version,
            from_year=args.from_year,
            horizon=args.horizon,
            quotas=quotas,
            time_limit=args.time_limit,
            book=bootstrap.rulesets(),
            catalogue=catalogue(),
        )
    except (VersionError, PlanError) as error:
        raise CommandError(error.words(args.lang), REFUSED) from error
    store.apply(plan_change(version, planned.record))
    if args.json:
        emit_json({"ok": True, **planned.as_json(args.lang)})
    else:
        print(_plan_text(planned, _names(data), args.lang))
    return 0


def _plan_text(planned: VersionPlan, names: dict[str, str], lang: str) -> str:
    from ui.cli.plan import render_council

    lines = [render_council(planned.result, lang)]
    lines += [f"! {w(lang)}" for w in planned.warnings]
    if planned.conflicts:
        lines += ["", t("roadmap.conflicts", lang, n=len(planned.conflicts))]
        for conflict in planned.conflicts:
            lines.append(f"- {conflict.summary()(lang)}")
            for reason in conflict.reasons:
                lines.append(f"    · {reason(lang)}")
            if conflict.needs:
                lines.append(f"    {t('roadmap.needs', lang)}")
                for need in conflict.needs:
                    lines.append(f"    · {need.words(lang)}")
    lines += ["", t("roadmap.plan_kept", lang, name=planned.version)]
    return "\n".join(lines)


def run_roadmap_compare(args: argparse.Namespace) -> int:
    from planner import compare_versions

    data = store_of(args).snapshot()
    left = _version(args, data, args.name)
    right = _version(args, data, args.other)
    comparison = compare_versions(data, left, right)
    if args.json:
        emit_json({"ok": True, **comparison.as_json(args.lang)})
    else:
        print(_comparison_text(comparison, args.lang))
    return 0


def _comparison_text(comparison: VersionComparison, lang: str) -> str:
    lines = [t("roadmap.compare_heading", lang, left=comparison.left, right=comparison.right)]
    for words in comparison.context:
        lines.append(f"  {words(lang)}")
    for name, planned in (
        (comparison.left, comparison.left_planned),
        (comparison.right, comparison.right_planned),
    ):
        if not planned:
            lines.append(f"  {t('roadmap.compare_unplanned', lang, name=name)}")
    differences = comparison.differences
    if not differences:
        lines.append(t("roadmap.compare_same", lang))
        return "\n".join(lines)
    headers = [
        t(f"roadmap.col.{c}", lang)
        for c in ("unit", "change", "left", "right", "left_year", "right_year", "why")
    ]

    def side(x) -> str:
        return f"{x.award} {x.by_year or ''}".strip() + f" ·{x.priority}" if x else "—"

    rows = [
        (
            d.name,
            t(f"roadmap.change.{d.change}", lang),
            side(d.left),
            side(d.right),
            d.left_year or "—",
            d.right_year or "—",
            "; ".join(w(lang) for w in d.why),
        )
        for d in differences
    ]
    lines.append(table(headers, rows))
    return "\n".join(lines)


def run_roadmap_track(args: argparse.Namespace) -> int:
    from planner import VersionError, track_version, tracking_document
    from ui import bootstrap

    data = store_of(args).snapshot()
    version = _version(args, data, args.name)
    through = args.year or dt.date.today().year - 1
    try:
        tracking = track_version(
            data, version, through=through, book=bootstrap.rulesets(), catalogue=catalogue()
        )
    except VersionError as error:
        raise CommandError(error.words(args.lang), REFUSED) from error
    written = None
    if args.output is not None:
        written = _save(
            args, tracking_document(tracking, lang=args.lang, catalogue=catalogue()), args.output
        )
    if args.json:
        emit_json({"ok": True, "file": written, **tracking.as_json(args.lang)})
    else:
        print(_tracking_text(tracking, args.lang))
        if written:
            print(t("roadmap.track_written", args.lang, file=written))
    return 0


def _tracking_text(tracking: Tracking, lang: str) -> str:
    counts = tracking.counts()
    lines = [
        t("roadmap.track_heading", lang, name=tracking.version, year=tracking.through),
        t("roadmap.track_counts", lang, **counts),
    ]
    if not tracking.adopted:
        lines.append(t("roadmap.track_not_adopted", lang))
    lines += [f"! {w(lang)}" for w in tracking.warnings]
    headers = [
        t(f"roadmap.col.{c}", lang)
        for c in ("unit", "target", "by", "planned_year", "now_year", "status")
    ]
    rows = [
        (
            x.name,
            x.award,
            x.by_year or "",
            x.planned_year or "—",
            x.achieved_year or x.replanned_year or "—",
            x.status_words()(lang),
        )
        for x in tracking.targets
    ]
    lines.append(table(headers, rows))
    for x in tracking.targets:
        for reason in x.reasons:
            lines.append(f"  {x.name}: {reason(lang)}")
    for year in tracking.years():
        events = [e for e in tracking.events if e.year == year]
        lines.append("")
        lines.append(t("roadmap.track_year", lang, year=year))
        for event in events:
            lines.append(f"  {event.name}: {event.award} — {event.status_words()(lang)}")
    return "\n".join(lines)


def run_roadmap_export(args: argparse.Namespace) -> int:
    from graph.io.documents.model import DocumentError
    from planner import version_appendix
    from ui.cli.documents import _reference

    data = store_of(args).snapshot()
    version = _version(args, data, args.name)
    try:
        document = version_appendix(
            data, version, reference=_reference(args), catalogue=catalogue()
        )
    except DocumentError as error:
        raise CommandError(error.words(args.lang), REFUSED) from error
    written = _save(args, document, args.output)
    if args.json:
        emit_json({"ok": True, "file": written, "version": version.name, **document.summary})
    else:
        print(t("roadmap.exported", args.lang, name=version.name, file=written))
    return 0


def _save(args: argparse.Namespace, document, target: Path) -> str:
    from graph.io.documents.render import FORMATS, save

    fmt = target.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise CommandError(t("docs.unknown_suffix", args.lang, suffix=fmt or "—"))
    try:
        save(document, fmt, target)
    except OSError as error:
        raise CommandError(
            t("docs.cannot_write", args.lang, file=target, error=error), REFUSED
        ) from error
    return str(target)
