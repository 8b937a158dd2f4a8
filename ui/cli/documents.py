"""The document commands: `khencao export-doc` (an appendix or the eligibility
sheet as Word or Excel) and `khencao import-doc` (an appendix read back, shown
before anything is written; written with --yes).

Thin: the documents come from graph.io.documents and planner.audit.eligibility_sheet;
this module reads arguments and formats the preview.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
from pathlib import Path
from typing import TYPE_CHECKING

from graph.io.documents.preview import (
    KIND_WORDS,
    SECTION_WORDS,
    STATUS_WORDS,
    DocumentPreview,
    UnitPreview,
    words,
)
from graph.io.documents.render import APPENDIX_KINDS, FORMATS
from ui.cli.context import CommandError, nearest_hint, store_of
from ui.cli.output import emit_json
from ui.words import TEXT, t, unit_kind

if TYPE_CHECKING:
    from graph.io.documents.layout import Place
    from graph.io.documents.model import OfficialDocument, Reference
    from graph.models import Dataset

# The readers, writers and the planner are imported by the command that uses them:
# `khencao --help` does not pay for them (tests/ui/test_startup.py).

KINDS = (*APPENDIX_KINDS, "eligibility")
BAD_INPUT = 1


def register(sub: argparse._SubParsersAction, lang: str) -> None:
    exp = sub.add_parser(
        "export-doc",
        help=t("help.export_doc", lang),
        description=t("help.export_doc_description", lang),
    )
    exp.add_argument("kind", choices=KINDS)
    exp.add_argument("--format", choices=FORMATS, help=t("help.export_doc_format", lang))
    exp.add_argument("--output", "-o", type=Path, help=t("help.export_doc_output", lang))
    exp.add_argument("--number", help=t("help.export_doc_number", lang))
    exp.add_argument("--date", help=t("help.export_doc_date", lang))
    exp.add_argument("--year", type=int, help=t("help.export_doc_year", lang))
    exp.add_argument("--unit", help=t("help.export_doc_unit", lang))
    exp.add_argument("--target", help=t("help.export_doc_target", lang))
    exp.add_argument("--ruleset", help=t("help.export_doc_ruleset", lang))
    exp.add_argument(
        "--dataset",
        choices=["store", "longbien"],
        default="store",
        help=t("help.export_doc_dataset", lang),
    )
    exp.set_defaults(handler=run_export_doc)

    imp = sub.add_parser(
        "import-doc",
        help=t("help.import_doc", lang),
        description=t("help.import_doc_description", lang),
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--yes", action="store_true", help=t("help.import_doc_yes", lang))
    imp.set_defaults(handler=run_import_doc)

    for parser in (exp, imp):
        parser.add_argument(
            "--json", action="store_true", default=argparse.SUPPRESS, help=t("help.json", lang)
        )
        parser.add_argument(
            "--lang",
            choices=["vi", "en"],
            default=argparse.SUPPRESS,
            help=t("help.lang_output", lang),
        )


def counts_text(args: argparse.Namespace, counts: dict[str, int]) -> str:
    """“18 đơn vị, 65 thành tích”: record counts, or what a sheet holds."""
    keys = {
        name: f"docs.count.{name}" if f"docs.count.{name}" in TEXT else f"count.{name}"
        for name in counts
    }
    return ", ".join(f"{n} {t(keys[name], args.lang)}" for name, n in counts.items() if n)


# export-doc -------------------------------------------------------------------------


def run_export_doc(args: argparse.Namespace) -> int:
    from graph.io.documents.model import DocumentError
    from graph.io.documents.render import file_name, save
    from graph.io.longbien import load_longbien

    fmt = _format(args)
    data = load_longbien() if args.dataset == "longbien" else store_of(args).snapshot()
    reference = _reference(args)
    try:
        document = _document(args, data, reference)
    except DocumentError as error:
        raise CommandError(error.words(args.lang), BAD_INPUT) from error
    target = args.output or Path(file_name(args.kind, fmt))
    try:
        save(document, fmt, target)
    except OSError as error:
        raise CommandError(
            t("docs.cannot_write", args.lang, file=target, error=error),
            BAD_INPUT,
        ) from error
    if args.json:
        emit_json(
            {"ok": True, "file": str(target), "kind": args.kind, "format": fmt, **document.summary}
        )
    else:
        print(
            t("docs.written", args.lang, file=target, summary=counts_text(args, document.summary))
        )
    return 0


def _format(args: argparse.Namespace) -> str:
    suffix = args.output.suffix.lower().lstrip(".") if args.output else ""
    if args.format and suffix and suffix != args.format:
        raise CommandError(
            t("docs.format_and_suffix", args.lang, format=args.format, suffix=suffix)
        )
    if not args.format and suffix and suffix not in FORMATS:
        raise CommandError(t("docs.unknown_suffix", args.lang, suffix=suffix))
    return args.format or suffix or "docx"


def _reference(args: argparse.Namespace) -> Reference:
    from graph.io.documents.model import Reference, reference_date

    date = None
    if args.date:
        try:
            date = reference_date(args.date)
        except ValueError as error:
            raise CommandError(t("docs.bad_date", args.lang, value=args.date)) from error
    return Reference(number=args.number, date=date)


def _document(args: argparse.Namespace, data: Dataset, reference: Reference) -> OfficialDocument:
    from graph.io.documents.render import appendix
    from planner import RulesetError, eligibility_sheet, target_cases, unit_case
    from ui import bootstrap

    if args.kind != "eligibility":
        if args.unit or args.target or args.ruleset:
            raise CommandError(t("docs.eligibility_options", args.lang))
        return appendix(args.kind, data, year=args.year, reference=reference)
    book = bootstrap.rulesets()
    if args.ruleset:
        try:
            book.get(args.ruleset)
        except RulesetError as error:
            raise CommandError(error.report(args.lang)) from error
    if args.unit:
        holder = _holder(args, data)
        year = args.year or _latest_plan_year(data)
        target = args.target.strip().upper() if args.target else None
        cases = [unit_case(data, holder, year, target, ruleset_id=args.ruleset, book=book)]
    else:
        cases = target_cases(data, args.year)
    return eligibility_sheet(
        data, cases, reference=reference, ruleset_id=args.ruleset, book=book, lang=args.lang
    )


def _holder(args: argparse.Namespace, data: Dataset) -> str:
    from graph.names import UnitNames

    if data.unit(args.unit) or data.person(args.unit):
        return args.unit
    found = UnitNames(data.units).resolve(args.unit)
    if found:
        return found
    near = difflib.get_close_matches(args.unit, [u.id for u in data.units], n=3, cutoff=0.6)
    raise CommandError(t("docs.no_unit", args.lang, unit=args.unit, hint=nearest_hint(args, near)))


def _latest_plan_year(data: Dataset) -> int:
    return max((target.plan_year for target in data.targets), default=dt.date.today().year)


# import-doc -------------------------------------------------------------------------


def run_import_doc(args: argparse.Namespace) -> int:
    from graph.io.documents.importer import apply_preview, preview_document

    store = store_of(args)
    preview = preview_document(store, args.file)
    written = False
    if args.yes and preview.writable:
        apply_preview(store, preview, args.file)
        written = True
    if args.json:
        emit_json({"ok": not preview.problems, "written": written, **preview.as_json(args.lang)})
    else:
        print(render_preview(args, preview))
        print()
        print(_outcome(args, preview, written))
    return BAD_INPUT if preview.problems else 0


def _outcome(args: argparse.Namespace, preview: DocumentPreview, written: bool) -> str:
    summary = counts_text(args, preview.counts())
    if preview.problems:
        return t("docs.problems", args.lang, n=len(preview.problems))
    if preview.change.add.is_empty():
        return t("docs.nothing_new", args.lang)
    if written:
        return t("docs.imported", args.lang, summary=summary)
    return f"{t('docs.will_write', args.lang, summary=summary)} {t('docs.confirm_cli', args.lang)}"


def render_preview(args: argparse.Namespace, preview: DocumentPreview) -> str:
    lang = args.lang
    lines = [t("docs.file", args.lang, file=preview.file), f"{t('docs.sections', args.lang)}:"]
    for section in preview.sections:
        lines.append(f"  • {section.heading or '—'}: {words(KIND_WORDS, section.kind, lang)}")
    if preview.new_units:
        lines += ["", t("docs.new_units", args.lang, n=len(preview.new_units)) + ":"]
        for unit in preview.new_units:
            alias = (
                f" ({t('docs.written_as', args.lang)}: “{'”, “'.join(unit.aliases)}”)"
                if unit.aliases
                else ""
            )
            lines.append(f"  {unit.id}  {unit.name}  [{unit_kind(unit.kind.value, lang)}]{alias}")
    for unit in preview.units:
        lines += ["", *_unit_lines(args, unit)]
    for title, records in (
        ("docs.focal_units", preview.focal_units),
        ("docs.bonus_criteria", preview.bonus_criteria),
    ):
        if records:
            new = sum(1 for _, status in records if status == "new")
            lines += [
                "",
                f"{t(title, args.lang)}: {len(records)} ({new} {t('docs.new', args.lang)})",
            ]
    if preview.unread:
        lines += ["", t("docs.unread", args.lang, n=len(preview.unread)) + ":"]
        lines += [f"  “{u.text}” — {u.message(lang)}{_at(u.place, lang)}" for u in preview.unread]
    if preview.problems:
        lines += ["", t("docs.problems", args.lang, n=len(preview.problems))]
        lines += [f"  - {message}" for message in preview.problem_messages(lang)]
    return "\n".join(lines)


def _unit_lines(args: argparse.Namespace, unit: UnitPreview) -> list[str]:
    lang = args.lang
    state = t("docs.new", args.lang) if unit.new else t("docs.known", args.lang)
    lines = [f"{unit.name} ({unit.id}) — {state}"]
    for read in unit.targets:
        target = read.target
        by = (
            t("docs.by_year", args.lang, year=target.by_year)
            if target.section == "roadmap" and target.by_year
            else ""
        )
        shown = t(
            "docs.target_line",
            args.lang,
            section=words(SECTION_WORDS, target.section, lang),
            award=target.award,
            year=target.plan_year,
            by=by,
        )
        status = _status(read.status, lang)
        lines.append(f"  {t('docs.target', args.lang)}: {shown}{status}{_at(read.place, lang)}")
    for award in unit.awards:
        lines.append(
            f"  {award.year}  {award.award:<7} “{award.text}”{_status(award.status, lang)}"
            f"{_at(award.place, lang)}"
        )
    for fragment in unit.unread:
        lines.append(
            f"  {t('docs.not_read', args.lang)}: “{fragment.text}” — {fragment.message(lang)}"
            f"{_at(fragment.place, lang)}"
        )
    return lines


def _status(status: str, lang: str) -> str:
    return "" if status == "new" else f" ({words(STATUS_WORDS, status, lang)})"


def _at(place: Place | None, lang: str) -> str:
    return f"  [{place.text(lang)}]" if place else ""
