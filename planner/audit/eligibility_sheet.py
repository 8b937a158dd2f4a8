"""The eligibility sheet: the checker's verdict on each proposal, as an attachment
a council can print and sign (Word or Excel, through graph.io.documents' writers).

For every unit and target: eligible or not, each requirement met / missing /
assumed with what the record shows, what is missing and the legal text it rests
on, the base chosen, what was recorded but not counted, the earliest year, the
warnings; then the ruleset and every setting used, so that two offices that
disagree can see where. It lives in planner/ because it runs the checker; the
document model it fills knows nothing of rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from graph.catalogue import Catalogue, default_catalogue
from graph.io.documents.model import (
    Column,
    DocumentError,
    OfficialDocument,
    Paragraph,
    Reference,
    Row,
    Table,
    council_of,
)
from graph.io.documents.roadmap import district_name
from graph.models import Dataset
from planner.audit.document import holder_history, holder_record
from planner.check.checker import check
from planner.check.evaluation import NoRuleError
from planner.check.holder import HolderProfile
from planner.check.standing import standing
from planner.check.verdict import STATUS_WORDS, VERDICT_LABELS, Verdict
from planner.rules.book import RulesetBook, default_book
from planner.settings import Settings, settings_text


@dataclass(frozen=True)
class Case:
    """One question for the checker: may `holder` be proposed for `target` in `year`."""

    holder: str
    target: str
    year: int


def target_cases(data: Dataset, year: int | None = None) -> list[Case]:
    """The record's proposals and roadmap targets (for one plan year if given),
    proposals first, each checked for its plan year as the audit does."""
    targets = [t for t in data.targets if year is None or t.plan_year == year]
    targets.sort(key=lambda t: (t.plan_year, t.section != "proposal", -_rung(t.award), t.order))
    return [Case(t.holder, t.award, t.plan_year) for t in targets]


def unit_case(
    data: Dataset,
    holder: str,
    year: int,
    target: str | None = None,
    *,
    ruleset_id: str | None = None,
    book: RulesetBook | None = None,
    catalogue: Catalogue | None = None,
) -> Case:
    """One unit's case: the given target, else its target in the record for that
    year, else the next rung of its ladder."""
    if target:
        return Case(holder, target, year)
    stored = [t for t in data.targets if t.holder == holder and t.plan_year == year]
    if stored:
        return Case(holder, stored[0].award, year)
    record = data.unit(holder) or data.person(holder)
    if record is None:
        raise DocumentError(f"Không có đơn vị “{holder}”.", f"No unit “{holder}”.")
    book = book or default_book()
    catalogue = catalogue or default_catalogue()
    ruleset = book.select(year, ruleset_id).ruleset
    place = standing(HolderProfile.of(record), holder_history(data, holder), ruleset, catalogue)
    if place.next_target is None:
        raise DocumentError(
            f"Không xác định được bậc khen tiếp theo của “{record.name}”; hãy chọn mục tiêu.",
            f"No next rung can be derived for “{record.name}”; choose a target.",
        )
    return Case(holder, place.next_target, year)


def eligibility_sheet(
    data: Dataset,
    cases: Sequence[Case],
    *,
    reference: Reference | None = None,
    settings: Settings | None = None,
    ruleset_id: str | None = None,
    book: RulesetBook | None = None,
    catalogue: Catalogue | None = None,
    lang: str = "vi",
) -> OfficialDocument:
    if not cases:
        raise DocumentError(
            "Không có đề nghị nào để kiểm tra: kho chưa có mục tiêu khen cao cho năm này.",
            "Nothing to check: the store holds no targets for that year.",
        )
    book = book or default_book()
    catalogue = catalogue or default_catalogue()
    years = sorted({c.year for c in cases})
    reference = (reference or Reference()).filled(council_of(district_name(data)), years[-1])
    answers = [_answer(data, case, settings, ruleset_id, book, catalogue) for case in cases]
    vi = lang == "vi"
    period = ", ".join(map(str, years))
    blocks: list[Paragraph | Table] = [
        Paragraph(
            "KẾT QUẢ KIỂM TRA ĐIỀU KIỆN ĐỀ NGHỊ KHEN CAO" if vi else "ELIGIBILITY FOR HIGH AWARDS",
            "title",
        ),
        Paragraph(f"Năm đề nghị: {period}" if vi else f"Proposal year: {period}", "title"),
        Paragraph(reference.line(lang), "reference"),
        Paragraph("1. Tổng hợp" if vi else "1. Summary", "section"),
        _summary(data, answers, catalogue, lang),
        Paragraph("2. Chi tiết từng đơn vị" if vi else "2. Each unit in detail", "section"),
    ]
    for number, (case, verdict, refusal) in enumerate(answers, start=1):
        blocks += _details(number, data, case, verdict, refusal, catalogue, lang)
    verdicts = [v for _, v, _ in answers if v is not None]
    if verdicts:
        shown = settings_text(verdicts[0].settings)
        blocks.append(Paragraph(f"{VERDICT_LABELS['settings'](lang)}: {shown}", "body"))
    eligible = sum(1 for v in verdicts if v.eligible)
    on_assumptions = sum(1 for v in verdicts if v.rests_on_assumptions)
    return OfficialDocument(
        name="DieuKien" if vi else "Eligibility",
        blocks=tuple(blocks),
        landscape=True,
        title=("Kết quả kiểm tra điều kiện khen cao " if vi else "Eligibility ") + period,
        summary={"cases": len(cases), "eligible": eligible, "on_assumptions": on_assumptions},
    )


Answer = tuple[Case, "Verdict | None", "str | None"]


def _answer(data, case: Case, settings, ruleset_id, book, catalogue) -> Answer:
    found = holder_record(data, case.holder, case.year, settings or Settings())
    if found is None:
        return case, None, f"không có đơn vị “{case.holder}” / no unit “{case.holder}”"
    holder, history = found
    try:
        verdict = check(
            holder,
            history,
            case.target,
            case.year,
            settings=settings,
            ruleset_id=ruleset_id,
            book=book,
            catalogue=catalogue,
        )
    except NoRuleError as error:
        return case, None, f"{error.words.vi} / {error.words.en}"
    return case, verdict, None


def _summary(data: Dataset, answers: list[Answer], catalogue: Catalogue, lang: str) -> Table:
    vi = lang == "vi"
    columns = (
        Column("TT", 1.0, "center"),
        Column("Đơn vị" if vi else "Unit", 6.0),
        Column("Đề nghị" if vi else "Proposal", 5.5),
        Column("Năm" if vi else "Year", 1.7, "center"),
        Column(VERDICT_LABELS["verdict"](lang), 5.0, "center"),
        Column("Sớm nhất nếu không thêm thành tích" if vi else "Earliest with no new award", 5.5),
    )
    rows = []
    for number, (case, verdict, refusal) in enumerate(answers, start=1):
        earliest = verdict.earliest_year_without_new if verdict else None
        rows.append(
            Row(
                (
                    str(number),
                    _name(data, case.holder),
                    _award(case.target, catalogue, lang),
                    str(case.year),
                    verdict.conclusion(lang) if verdict else refusal or "",
                    str(earliest) if earliest else "—",
                )
            )
        )
    return Table(columns, tuple(rows))


def _details(number, data, case, verdict, refusal, catalogue, lang) -> list:
    vi = lang == "vi"
    name = _name(data, case.holder)
    award = _award(case.target, catalogue, lang)
    heading = f"2.{number}. {name} – {award}, {'năm' if vi else 'year'} {case.year}"
    if verdict is None:
        return [Paragraph(f"{heading}: {refusal}", "section")]
    blocks: list = [Paragraph(f"{heading}: {verdict.conclusion(lang)}", "section")]
    warning = VERDICT_LABELS["warning"](lang)
    blocks += [Paragraph(f"⚠ {warning}: {w(lang)}") for w in verdict.warnings]
    blocks.append(_requirements(verdict, lang))
    notes = [verdict.base_choice(lang) if verdict.base_choice else None]
    if verdict.not_counted:
        shown = ", ".join(
            f"{e.text()} ({e.as_json(lang)['role_text']})" for e in verdict.not_counted
        )
        notes.append(f"{VERDICT_LABELS['not_counted'](lang)}: {shown}")
    notes.append(verdict.outlook(lang) if verdict.outlook else None)
    ruleset = verdict.ruleset
    label = VERDICT_LABELS["ruleset"](lang)
    notes.append(f"{label}: {ruleset.id} – {ruleset.title(lang)} [{ruleset.period}]")
    blocks += [Paragraph(text) for text in notes if text]
    return blocks


def _requirements(verdict: Verdict, lang: str) -> Table:
    vi = lang == "vi"
    columns = (
        Column("TT", 1.0, "center"),
        Column(VERDICT_LABELS["requirement"](lang), 5.2),
        Column("Kết quả" if vi else "Status", 1.8, "center"),
        Column("Hồ sơ thể hiện" if vi else "The record shows", 5.4),
        Column(VERDICT_LABELS["missing"](lang), 4.6),
        Column(VERDICT_LABELS["source"](lang), 6.7),
    )
    rows = []
    for number, requirement in enumerate(verdict.requirements, start=1):
        mark = "" if requirement.verified else f" ({VERDICT_LABELS['not_verified'](lang)})"
        rows.append(
            Row(
                (
                    str(number),
                    requirement.statement(lang),
                    STATUS_WORDS[requirement.status](lang),
                    requirement.finding(lang),
                    requirement.missing(lang) if requirement.missing else "",
                    requirement.citation + mark,
                )
            )
        )
    return Table(columns, tuple(rows))


def _name(data: Dataset, holder: str) -> str:
    record = data.unit(holder) or data.person(holder)
    return record.name if record else holder


def _award(code: str, catalogue: Catalogue, lang: str) -> str:
    return f"{catalogue.name(code, lang)} ({code})"


def _rung(code: str) -> int:
    award = default_catalogue().get(code)
    return award.rung or 0 if award else 0
