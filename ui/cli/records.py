"""The record commands: load, units, history, import, export."""

from __future__ import annotations

import argparse
import difflib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from graph.io.importing import ImportPlan, apply_plan, plan_import
from graph.io.longbien import load_longbien
from graph.io.tables import FORMATS, ReadResult, export, read_files
from graph.io.templates import TEMPLATE_KINDS, write_template
from graph.models import Change, Dataset, Discipline
from graph.names import UnitNames
from graph.problems import Problem, Rejected, problems_json
from graph.store import GraphStore, disciplines
from ui.cli.context import CommandError, catalogue, nearest_hint, store_of
from ui.cli.output import emit_json, table
from ui.words import t, unit_kind

NO_RECORDS = "no records found"
UNIT_COLUMNS = ("units.col_id", "units.col_name", "unit.kind", "col.block", "units.col_flag")
HISTORY_COLUMNS = ("col.year", "col.code", "col.award", "col.decision", "col.source")
PREVIEW_COLUMNS = (
    "preview.col_place",
    "preview.col_holder",
    "preview.col_award",
    "col.year",
    "col.decision",
    "preview.col_date",
    "preview.col_status",
)
REFUSED = 1  # the exit code of a refused input (ui/cli/main.py)


def register(sub: argparse._SubParsersAction, lang: str) -> None:
    load = sub.add_parser("load", help=t("help.load", lang))
    load.add_argument("files", nargs="*", type=Path, help=t("help.load_files", lang))
    load.add_argument("--replace", action="store_true", help=t("help.load_replace", lang))
    load.set_defaults(handler=run_load)

    units = sub.add_parser("units", help=t("help.units", lang))
    units.add_argument("--block", help=t("help.units_block", lang))
    units.add_argument("--kind", help=t("help.units_kind", lang))
    units.set_defaults(handler=run_units)

    history = sub.add_parser("history", help=t("help.history", lang))
    history.add_argument("holder", help=t("help.holder", lang))
    history.add_argument(
        "--with-predecessors",
        action="store_true",
        help=t("help.history_with_predecessors", lang),
    )
    history.set_defaults(handler=run_history)

    imp = sub.add_parser("import", help=t("help.import", lang))
    imp.add_argument("files", nargs="+", type=Path)
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=t("help.import_dry_run", lang),
    )
    imp.set_defaults(handler=run_import)

    template = sub.add_parser("template", help=t("help.template", lang))
    template.add_argument("kind", choices=TEMPLATE_KINDS, help=t("help.template_kind", lang))
    template.add_argument("--output", "-o", type=Path, help=t("help.template_output", lang))
    template.set_defaults(handler=run_template)

    exp = sub.add_parser("export", help=t("help.export", lang))
    exp.add_argument("format", choices=FORMATS)
    exp.add_argument("--output", "-o", type=Path, help=t("help.export_output", lang))
    exp.set_defaults(handler=run_export)

    for parser in (load, units, history, imp, exp, template):
        parser.add_argument(
            "--json",
            action="store_true",
            default=argparse.SUPPRESS,
            help=t("help.json_tables", lang),
        )


def run_load(args: argparse.Namespace) -> int:
    store = store_of(args)
    located: ReadResult | None = None
    if args.files:
        located = read_files(args.files)
        if located.problems:
            raise Rejected(located.problems)
        if located.dataset.is_empty():
            raise Rejected([Problem(reason="unreadable_file", params={"detail": NO_RECORDS})])
        incoming, name = located.dataset, ", ".join(str(f) for f in args.files)
    else:
        incoming, name = load_longbien(), "Long Biên 2020"
    if args.replace:
        before = store.snapshot()
        with _at_file_rows(located):
            store.replace(incoming)
        _report_replaced(args, name, before, incoming)
        return 0
    if _already_holds(store.snapshot(), incoming):
        _report(args, name, incoming, already=True)
        return 0
    with _at_file_rows(located):
        store.apply(Change(add=incoming))
    _report(args, name, incoming, already=False)
    return 0


@contextmanager
def _at_file_rows(read: ReadResult | None) -> Iterator[None]:
    """A store's refusal, with each problem put at its file and row."""
    try:
        yield
    except Rejected as rejected:
        if read is None:
            raise
        raise Rejected([read.locate(p) for p in rejected.problems]) from None


def _already_holds(current: Dataset, incoming: Dataset) -> bool:
    if current.is_empty():
        return False
    return all(
        set(map(_identity, getattr(incoming, name))) <= set(map(_identity, getattr(current, name)))
        for name in type(incoming).model_fields
    )


def _identity(record) -> str:
    return record.model_dump_json()


def _counts(data: Dataset) -> dict[str, int]:
    return {field: len(getattr(data, field)) for field in type(data).model_fields}


def _report_replaced(args, name: str, before: Dataset, after: Dataset) -> None:
    old, new = _counts(before), _counts(after)
    if args.json:
        emit_json({"ok": True, "loaded": name, "replaced": old, "counts": new})
        return
    print(
        t(
            "records.replaced",
            args.lang,
            name=name,
            units=old["units"],
            achievements=old["achievements"],
            targets=old["targets"],
            new_units=new["units"],
            new_achievements=new["achievements"],
            new_targets=new["targets"],
        )
    )


def _report(args, name: str, data: Dataset, already: bool) -> None:
    counts = _counts(data)
    if args.json:
        emit_json({"ok": True, "loaded": name, "already_loaded": already, "counts": counts})
        return
    if already:
        print(t("records.already_loaded", args.lang, name=name))
        return
    print(
        t(
            "records.loaded",
            args.lang,
            name=name,
            units=counts["units"],
            achievements=counts["achievements"],
            targets=counts["targets"],
        )
    )


def run_units(args: argparse.Namespace) -> int:
    units = store_of(args).units()
    if args.block:
        units = [u for u in units if u.block == args.block]
    if args.kind:
        units = [u for u in units if u.kind == args.kind]
    if args.json:
        emit_json([u.model_dump(mode="json") for u in units])
        return 0
    if not units:
        print(t("records.no_units", args.lang))
        return 0
    yes, no = t("unit.yes", args.lang), t("unit.no", args.lang)
    headers = [t(key, args.lang) for key in UNIT_COLUMNS]
    rows = [
        (
            u.id,
            u.name,
            unit_kind(u.kind.value, args.lang),
            u.block or "",
            yes if u.flag_eligible else no,
        )
        for u in units
    ]
    print(table(headers, rows))
    return 0


def find_holder(store: GraphStore, text: str, args: argparse.Namespace) -> str:
    """A holder id from an id or a name as documents write it."""
    if store.unit(text) or store.person(text):
        return text
    units = store.units()
    resolved = UnitNames(units).resolve(text)
    if resolved:
        return resolved
    near = difflib.get_close_matches(text, [u.id for u in units], n=3, cutoff=0.6)
    raise CommandError(
        t("records.unknown_holder", args.lang, text=text, hint=nearest_hint(args, near))
    )


def run_history(args: argparse.Namespace) -> int:
    store = store_of(args)
    holder = find_holder(store, args.holder, args)
    records = store.history(holder, with_predecessors=args.with_predecessors)
    measures = disciplines(store, holder, with_predecessors=args.with_predecessors)
    if args.json:
        emit_json(
            {
                "holder": holder,
                "achievements": [a.model_dump(mode="json") for a in records],
                "disciplines": [d.model_dump(mode="json") for d in measures],
            }
        )
        return 0
    unit = store.unit(holder) or store.person(holder)
    print(f"{unit.name} ({holder})")
    if not records:
        print(t("records.no_history", args.lang))
        _print_disciplines(measures, args)
        return 0
    names = catalogue()
    headers = [t(key, args.lang) for key in HISTORY_COLUMNS]
    rows = [
        (a.year, a.award, names.name(a.award, args.lang), a.decision_no or "", a.source or "")
        for a in records
    ]
    if args.with_predecessors:
        headers.insert(1, t("col.holder", args.lang))
        rows = [(r[0], a.holder, *r[1:]) for r, a in zip(rows, records, strict=True)]
    print(table(headers, rows))
    _print_disciplines(measures, args)
    return 0


def _print_disciplines(measures: list[Discipline], args: argparse.Namespace) -> None:
    """Under the achievements: the measures, or nothing when there are none."""
    if not measures:
        return
    open_words = t("discipline.open", args.lang)
    headers = [
        t(key, args.lang)
        for key in (
            "discipline.col_year",
            "discipline.col_end",
            "discipline.col_form",
            "col.decision",
            "col.holder",
        )
    ]
    rows = [
        (d.year, d.end_year or open_words, d.form, d.decision_no or "", d.holder) for d in measures
    ]
    print()
    print(f"{t('discipline.heading', args.lang)}:")
    print(table(headers, rows))


def run_import(args: argparse.Namespace) -> int:
    store = store_of(args)
    plan = plan_import(store, args.files)
    if args.dry_run:
        _show_preview(args, plan)
    if not plan.problems and not args.dry_run:
        apply_plan(store, plan, args.files)
    written = not plan.problems and not args.dry_run and not plan.change.add.is_empty()
    if args.json:
        emit_json(_import_json(plan, args, written))
        return REFUSED if plan.problems else 0
    counts = plan.row_counts()
    print(t("records.import_rows", args.lang, **counts))
    if plan.problems:
        raise Rejected(plan.problems)
    if args.dry_run:
        print(t("records.dry_run", args.lang))
    elif plan.change.add.is_empty():
        print(t("records.nothing_new", args.lang))
    else:
        print(t("records.imported", args.lang, done=_done(plan.added, args.lang)))
    return 0


def _done(counts: dict[str, int], lang: str) -> str:
    return ", ".join(f"{n} {t('count.' + field, lang)}" for field, n in counts.items() if n)


def _import_json(plan: ImportPlan, args: argparse.Namespace, written: bool) -> dict:
    payload = {
        "ok": not plan.problems,
        "written": written,
        "added": plan.added,
        "unchanged": plan.already,
        "rows": plan.row_counts(),
        **problems_json(plan.problems, args.lang),
    }
    if args.dry_run:
        payload["preview"] = [row.as_json() for row in plan.rows]
    return payload


def _show_preview(args: argparse.Namespace, plan: ImportPlan) -> None:
    if args.json:
        return
    headers = [t(key, args.lang) for key in PREVIEW_COLUMNS]
    rows = [
        (
            f"{row.file}:{row.row}" if row.row is not None else row.file,
            row.holder_name,
            catalogue().name(row.award, args.lang) if row.award in catalogue() else row.award_name,
            row.year or "",
            row.decision_no,
            shown_date(row.decision_date, args.lang),
            t(f"preview.status.{row.status}", args.lang),
        )
        for row in plan.rows
    ]
    print(table(headers, rows))


def shown_date(iso: str, lang: str) -> str:
    """A date as the person's language writes it: 15/01/2021 in Vietnamese."""
    if not iso or lang != "vi":
        return iso
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


def run_template(args: argparse.Namespace) -> int:
    target = args.output or Path(f"mau-{args.kind}.xlsx")
    lines = t(f"instructions.{args.kind}", args.lang).splitlines()
    try:
        write_template(args.kind, store_of(args).snapshot(), catalogue(), target, lines)
    except OSError as error:
        raise CommandError(
            t("records.cannot_write", args.lang, file=target, error=error.strerror or error)
        ) from error
    if args.json:
        emit_json({"ok": True, "files": [str(target)]})
    else:
        print(t("cli.wrote", args.lang, file=target))
    return 0


def run_export(args: argparse.Namespace) -> int:
    data = store_of(args).snapshot()
    target = args.output or Path(
        f"khencao-export{'' if args.format == 'csv' else '.' + args.format}"
    )
    try:
        written = export(data, args.format, target)
    except OSError as error:
        raise CommandError(
            t("records.cannot_write", args.lang, file=target, error=error.strerror or error)
        ) from error
    if args.json:
        emit_json({"ok": True, "files": [str(p) for p in written]})
    else:
        for path in written:
            print(t("cli.wrote", args.lang, file=path))
    return 0
