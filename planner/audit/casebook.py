"""Running a case book (planner/rules/casebook.py) against a ruleset.

Each case is answered by the same checker and planner every other face uses, and
compared with what the book expects. A case that disagrees carries what was expected,
what came, and the answer's own reasons (the requirements missing, the earliest year,
why no plan exists), so that an office can tell a wrong number in its ruleset from a
wrong expectation in its book.
"""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import BaseModel, ConfigDict

from graph.catalogue import Catalogue, default_catalogue
from graph.models import Achievement, Dataset
from planner.audit.document import holder_record
from planner.check.checker import check
from planner.check.evaluation import NoRuleError
from planner.check.holder import HolderProfile
from planner.check.verdict import Verdict
from planner.plan.request import PlanError, PlanRequest
from planner.plan.result import PlanResult
from planner.plan.single import plan
from planner.rules.book import RulesetBook, default_book
from planner.rules.casebook import Case, CaseBook, CaseBookError, CaseBookProblem, PlanOutcome
from planner.rules.ruleset import Words
from planner.settings import Settings

NONE = Words(vi="không có", en="none")
NO_ANSWER = Words(vi="không có kết quả (xem lý do)", en="no answer (see the reasons)")


class Mismatch(BaseModel):
    """One expectation the answer does not meet."""

    model_config = ConfigDict(frozen=True)

    field: str  # the field of `expect`
    expected: str
    actual: Words


class CaseResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    case: Case
    ruleset: str
    passed: bool
    mismatches: tuple[Mismatch, ...] = ()
    answer: Words  # the answer in one line
    reasons: tuple[Words, ...] = ()  # the answer's own reasons

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "case": self.case.number,
            "line": self.case.line,
            "name": self.case.name,
            "kind": self.case.kind,
            "holder": self.case.holder_id,
            "target": self.case.target,
            "year": self.case.year,
            "ruleset": self.ruleset,
            "passed": self.passed,
            "answer": self.answer(lang),
            "mismatches": [
                {"field": m.field, "expected": m.expected, "actual": m.actual(lang)}
                for m in self.mismatches
            ],
            "reasons": [r(lang) for r in self.reasons],
            "note": self.case.note,
        }


class CaseBookReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    file: str
    ruleset: str | None  # the ruleset asked for; None: the one of each case's year
    results: tuple[CaseResult, ...]

    @property
    def failures(self) -> list[CaseResult]:
        return [r for r in self.results if not r.passed]

    @property
    def passed(self) -> bool:
        return not self.failures

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "file": self.file,
            "ruleset": self.ruleset,
            "cases": len(self.results),
            "passed": len(self.results) - len(self.failures),
            "failed": len(self.failures),
            "results": [r.as_json(lang) for r in self.results],
        }


def run_casebook(
    book: CaseBook,
    *,
    ruleset_id: str | None = None,
    rules: RulesetBook | None = None,
    dataset: Dataset | None = None,
    settings: Settings | None = None,
    catalogue: Catalogue | None = None,
) -> CaseBookReport:
    """Every case of `book` under `ruleset_id` (default: the book's own, else the one
    each case's year selects). A case about a holder of the store needs `dataset`; a
    holder it does not hold refuses the book (CaseBookError) before any case runs.
    An unknown ruleset id raises RulesetError."""
    rules = rules or default_book()
    catalogue = catalogue or default_catalogue()
    settings = settings or Settings()
    ruleset_id = ruleset_id or book.ruleset
    if ruleset_id is not None:
        rules.get(ruleset_id)
    subjects = _subjects(book, dataset, settings)
    results = [
        _run(case, *subjects[case.number], ruleset_id, rules, settings, catalogue)
        for case in book.cases
    ]
    return CaseBookReport(file=book.file, ruleset=ruleset_id, results=tuple(results))


def _subjects(
    book: CaseBook, dataset: Dataset | None, settings: Settings
) -> dict[int, tuple[HolderProfile, list[Achievement]]]:
    found: dict[int, tuple[HolderProfile, list[Achievement]]] = {}
    problems = []
    data = dataset or Dataset()
    known = [u.id for u in data.units] + [p.id for p in data.people]
    for case in book.cases:
        if case.holder is not None:
            found[case.number] = (case.holder, list(case.history))
            continue
        stored = data.unit(case.holder_id) or data.person(case.holder_id)
        if stored is None:
            near = difflib.get_close_matches(case.holder_id, known, n=3, cutoff=0.6)
            problems.append(
                CaseBookProblem(
                    reason="unknown_holder",
                    file=book.file,
                    case=case.number,
                    row=case.line,
                    field="holder",
                    value=case.holder_id,
                    params={"suggestions": ", ".join(near)},
                )
            )
            continue
        subject = holder_record(data, case.holder_id, case.year, settings)
        assert subject is not None  # the holder is stored
        found[case.number] = subject
    if problems:
        raise CaseBookError(problems)
    return found


def _run(
    case: Case,
    holder: HolderProfile,
    history: list[Achievement],
    ruleset_id: str | None,
    rules: RulesetBook,
    settings: Settings,
    catalogue: Catalogue,
) -> CaseResult:
    used = ruleset_id or rules.select(case.year).ruleset.id
    try:
        if case.kind == "verdict":
            verdict = check(
                holder,
                history,
                case.target,
                case.year,
                settings=settings,
                ruleset_id=used,
                book=rules,
                catalogue=catalogue,
            )
            return _verdict_result(case, used, verdict)
        request = PlanRequest(
            holder=holder,
            history=tuple(history),
            target=case.target,
            from_year=case.year,
            by_year=case.by_year,
            ruleset_id=used,
            settings=settings,
            alternatives=True,
        )
        return _plan_result(case, used, plan(request, book=rules, catalogue=catalogue))
    except NoRuleError as error:
        return _no_answer(case, used, error.words)
    except PlanError as error:
        return _no_answer(case, used, Words(vi=error.words("vi"), en=error.words("en")))


def _no_answer(case: Case, used: str, why: Words) -> CaseResult:
    mismatches = tuple(
        Mismatch(field=key, expected=_expected_text(case, key), actual=NO_ANSWER)
        for key in case.expect.given
    )
    return CaseResult(
        case=case, ruleset=used, passed=False, mismatches=mismatches, answer=why, reasons=(why,)
    )


def _expected_text(case: Case, key: str) -> str:
    value = getattr(case.expect, key)
    if key == "later":
        return ", ".join(p.text() for p in value) or "[]"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _verdict_result(case: Case, used: str, v: Verdict) -> CaseResult:
    actual = {
        "eligible": v.eligible,
        "earliest_year": v.earliest_year_without_new,
        "base": f"{v.base.award} {v.base.year}" if v.base else None,
    }
    mismatches = []
    for key in case.expect.given:
        if getattr(case.expect, key) != actual[key]:
            shown = actual[key]
            words = _value_words(shown)
            mismatches.append(Mismatch(field=key, expected=_expected_text(case, key), actual=words))
    earliest = v.earliest_year_without_new
    answer = Words(
        vi=f"{v.conclusion.vi}; căn cứ: {actual['base'] or 'không có'}; sớm nhất (không cần "
        f"thêm thành tích): {earliest or 'không năm nào'}",
        en=f"{v.conclusion.en}; base: {actual['base'] or 'none'}; earliest with nothing new: "
        f"{earliest or 'never'}",
    )
    reasons: list[Words] = list(v.warnings)
    for r in v.requirements:
        if r.status == "missing":
            missing = r.missing or r.finding
            reasons.append(
                Words(
                    vi=f"{r.statement.vi} — {missing.vi} ({r.citation})",
                    en=f"{r.statement.en} — {missing.en} ({r.citation})",
                )
            )
    for extra in (v.base_choice, v.outlook):
        if extra is not None:
            reasons.append(extra)
    return CaseResult(
        case=case,
        ruleset=used,
        passed=not mismatches,
        mismatches=tuple(mismatches),
        answer=answer,
        reasons=tuple(reasons),
    )


def _plan_result(case: Case, used: str, result: PlanResult) -> CaseResult:
    later = tuple(PlanOutcome(year=p.year, effort=p.cost) for p in result.alternatives)
    actual: dict[str, Any] = {"year": result.year, "effort": result.cost, "later": later}
    mismatches = []
    for key in case.expect.given:
        if getattr(case.expect, key) != actual[key]:
            value = actual[key]
            words = (
                Words(
                    vi=", ".join(p.text() for p in value) or "không có",
                    en=", ".join(p.text() for p in value) or "none",
                )
                if key == "later"
                else _value_words(value)
            )
            mismatches.append(Mismatch(field=key, expected=_expected_text(case, key), actual=words))
    if result.plan is not None:
        answer = Words(
            vi=" | ".join(p.summary("vi") for p in result.plans),
            en=" | ".join(p.summary("en") for p in result.plans),
        )
    else:
        answer = Words(
            vi=f"Không có lộ trình tới {result.target}",
            en=f"No plan reaches {result.target}",
        )
    reasons: list[Words] = list(result.warnings)
    for reason in result.reasons:
        cited = f" ({reason.citation})" if reason.citation else ""
        reasons.append(Words(vi=f"{reason.words.vi}{cited}", en=f"{reason.words.en}{cited}"))
    if result.plan is None and result.earliest is not None:
        reasons.append(
            Words(
                vi=f"Nếu bỏ hạn: {result.earliest.summary('vi')}",
                en=f"Without the deadline: {result.earliest.summary('en')}",
            )
        )
    return CaseResult(
        case=case,
        ruleset=used,
        passed=not mismatches,
        mismatches=tuple(mismatches),
        answer=answer,
        reasons=tuple(reasons),
    )


def _value_words(value: Any) -> Words:
    if value is None:
        return NONE
    if isinstance(value, bool):  # as the book writes it
        return Words(vi=str(value).lower(), en=str(value).lower())
    return Words(vi=str(value), en=str(value))
