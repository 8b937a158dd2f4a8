"""What a change of rules does to a council: every holder whose answer differs
between two rulesets for one proposal year, both answers side by side, and the
requirement that makes the difference.

For each holder of the record, the target is its next rung under the first ruleset
(under the second if the first sees none). Under each ruleset it gets a verdict for
the year and its earliest plan from that year. Two answers differ in their **outcome**
when eligibility, the earliest year with nothing new, or the plan's year or effort
differ, or one ruleset has no rule for the target; they differ in their **grounds**
when the outcome is the same but it rests on another base or other achievements (an
achievement counted under one ruleset can still serve another proposal under the
other). The requirements whose statement, status or finding differ are named, each
with what both rulesets require and what the record shows under each.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from graph.catalogue import Catalogue, default_catalogue
from graph.models import Dataset
from planner.audit.document import holder_record
from planner.check.checker import check
from planner.check.evaluation import NoRuleError
from planner.check.holder import HolderProfile
from planner.check.standing import standing
from planner.check.verdict import RequirementCheck, Verdict
from planner.plan.request import PlanError, PlanRequest
from planner.plan.single import plan
from planner.rules.book import RulesetBook, default_book
from planner.rules.ruleset import Ruleset, Words
from planner.settings import Settings

PLAN_HORIZON = 15  # years planned ahead, as the audit's best case (docs/rules.md A17)

REQUIREMENT_WORDS = {
    "base": Words(vi="Căn cứ (đã được tặng)", en="Base (already held)"),
    "continuity": Words(vi="Thời gian liên tục", en="Years in a row"),
    "window_achievements": Words(
        vi="Thành tích trong thời gian đó", en="Achievements in the period"
    ),
    "operating_age": Words(vi="Thời gian xây dựng, phát triển", en="Years of operation"),
    "discipline": Words(vi="Kỷ luật", en="Discipline"),
    "rule": Words(vi="Tiêu chuẩn của bậc", en="The rung's standard"),
    "accumulation": Words(vi="Thành tích được tích luỹ", en="What accumulates"),
}

BASIS_WORDS = {
    "annual": "thành tích công tác năm",
    "thematic": "chuyên đề",
    "extraordinary": "đột xuất",
}


class Answer(BaseModel):
    """One holder's answer under one ruleset."""

    model_config = ConfigDict(frozen=True)

    ruleset: str
    target: str
    verdict: Verdict | None = None
    plan_year: int | None = None
    plan_effort: int | None = None
    plan_text: Words | None = None
    no_rule: Words | None = None  # the ruleset has no standard for the target

    @property
    def eligible(self) -> bool | None:
        return self.verdict.eligible if self.verdict else None

    @property
    def earliest_year(self) -> int | None:
        return self.verdict.earliest_year_without_new if self.verdict else None

    @property
    def base(self) -> str | None:
        v = self.verdict
        return f"{v.base.award} {v.base.year}" if v and v.base else None

    @property
    def counted(self) -> tuple[str, ...]:
        """The achievements counted toward the requirements, the base apart."""
        v = self.verdict
        if v is None:
            return ()
        return tuple(e.text() for e in v.evidence if e != v.base)

    @property
    def not_counted(self) -> tuple[str, ...]:
        return tuple(e.text() for e in self.verdict.not_counted) if self.verdict else ()

    def outcome(self) -> tuple:
        return (
            self.no_rule is None,
            self.eligible,
            self.earliest_year,
            self.plan_year,
            self.plan_effort,
        )

    def grounds(self) -> tuple:
        return (self.base, self.counted, self.not_counted)

    def words(self) -> Words:
        """The answer in one line: “đủ điều kiện năm 2020 (căn cứ …; …); lộ trình: 2020 · 0”."""
        if self.no_rule is not None:
            return self.no_rule
        v = self.verdict
        assert v is not None
        counted = ", ".join(self.counted) or "—"
        year = v.proposal_year
        vi, en = v.said(year).vi, v.said(year).en
        vi += f" (căn cứ {self.base or '—'}; được tính: {counted}"
        en += f" (base {self.base or '—'}; counted: {counted}"
        if self.not_counted:
            vi += f"; không tính: {', '.join(self.not_counted)}"
            en += f"; not counted: {', '.join(self.not_counted)}"
        vi, en = vi + ")", en + ")"
        if not v.eligible:
            earliest = self.earliest_year
            vi += (
                f"; không có thành tích mới thì sớm nhất năm {earliest}"
                if earliest
                else "; không có thành tích mới thì không năm nào đủ"
            )
            en += f"; with nothing new: {earliest or 'never'}"
        if self.plan_text is not None:
            vi += f"; lộ trình: {self.plan_text.vi}"
            en += f"; plan: {self.plan_text.en}"
        return Words(vi=vi, en=en)

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "ruleset": self.ruleset,
            "target": self.target,
            "no_rule": self.no_rule(lang) if self.no_rule else None,
            "eligible": self.eligible,
            "earliest_year_without_new": self.earliest_year,
            "base": self.base,
            "counted": list(self.counted),
            "not_counted": list(self.not_counted),
            "plan_year": self.plan_year,
            "plan_effort": self.plan_effort,
            "plan": self.plan_text(lang) if self.plan_text else None,
            "text": self.words()(lang),
        }


class RequirementDifference(BaseModel):
    """A requirement that reads differently under the two rulesets."""

    model_config = ConfigDict(frozen=True)

    kind: str
    a: RequirementCheck | None = None
    b: RequirementCheck | None = None
    why_a: Words | None = None  # for "rule" and "accumulation": what each ruleset says
    why_b: Words | None = None

    @property
    def title(self) -> Words:
        return REQUIREMENT_WORDS.get(self.kind, Words(vi=self.kind, en=self.kind))

    def side(self, which: Literal["a", "b"]) -> Words:
        """What one ruleset requires, what the record shows under it, and its source."""
        check_ = self.a if which == "a" else self.b
        why = self.why_a if which == "a" else self.why_b
        if check_ is None:
            return why or Words(vi="không có yêu cầu này", en="no such requirement")
        return Words(
            vi=f"{check_.statement.vi} — {check_.finding.vi} [{check_.citation}]",
            en=f"{check_.statement.en} — {check_.finding.en} [{check_.citation}]",
        )

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "requirement": self.kind,
            "title": self.title(lang),
            "a": self.side("a")(lang),
            "b": self.side("b")(lang),
            "status_a": self.a.status if self.a else None,
            "status_b": self.b.status if self.b else None,
        }


class HolderDifference(BaseModel):
    model_config = ConfigDict(frozen=True)

    holder: HolderProfile
    target: str
    a: Answer
    b: Answer
    change: Literal["outcome", "grounds"]
    requirements: tuple[RequirementDifference, ...]

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "holder": self.holder.id,
            "name": self.holder.name,
            "target": self.target,
            "change": self.change,
            "a": self.a.as_json(lang),
            "b": self.b.as_json(lang),
            "requirements": [r.as_json(lang) for r in self.requirements],
        }


class RulesetDiff(BaseModel):
    model_config = ConfigDict(frozen=True)

    a: str
    b: str
    year: int
    compared: int  # holders with a target under either ruleset
    differences: tuple[HolderDifference, ...]
    warnings: tuple[Words, ...] = ()

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "year": self.year,
            "compared": self.compared,
            "differ": len(self.differences),
            "warnings": [w(lang) for w in self.warnings],
            "differences": [d.as_json(lang) for d in self.differences],
        }


def diff_rulesets(
    dataset: Dataset,
    a: str,
    b: str,
    year: int,
    *,
    rules: RulesetBook | None = None,
    settings: Settings | None = None,
    catalogue: Catalogue | None = None,
    plans: bool = True,
) -> RulesetDiff:
    """Every holder of `dataset` whose answer for `year` differs between rulesets
    `a` and `b` (outcome changes first). An unknown id raises RulesetError."""
    rules = rules or default_book()
    settings = settings or Settings()
    catalogue = catalogue or default_catalogue()
    first, second = rules.get(a), rules.get(b)
    warnings = [*rules.warnings(first, year), *rules.warnings(second, year)]
    holders = [*dataset.units, *dataset.people]
    found: list[HolderDifference] = []
    compared = 0
    for stored in holders:
        subject = holder_record(dataset, stored.id, year, settings)
        assert subject is not None  # a holder of the record
        holder, history = subject
        target = (
            standing(holder, history, first, catalogue).next_target
            or standing(holder, history, second, catalogue).next_target
        )
        if target is None:
            continue
        compared += 1
        answers = [
            _answer(holder, history, target, year, rid, rules, settings, catalogue, plans)
            for rid in (a, b)
        ]
        difference = _difference(holder, target, *answers, (first, second))
        if difference is not None:
            found.append(difference)
    found.sort(key=lambda d: d.change != "outcome")
    return RulesetDiff(
        a=a,
        b=b,
        year=year,
        compared=compared,
        differences=tuple(found),
        warnings=tuple(dict.fromkeys(warnings)),
    )


def _answer(holder, history, target, year, ruleset_id, rules, settings, catalogue, plans) -> Answer:
    try:
        verdict = check(
            holder,
            history,
            target,
            year,
            settings=settings,
            ruleset_id=ruleset_id,
            book=rules,
            catalogue=catalogue,
        )
    except NoRuleError as error:
        return Answer(ruleset=ruleset_id, target=target, no_rule=error.words)
    if not plans:
        return Answer(ruleset=ruleset_id, target=target, verdict=verdict)
    request = PlanRequest(
        holder=holder,
        history=tuple(history),
        target=target,
        from_year=year,
        horizon=PLAN_HORIZON,
        ruleset_id=ruleset_id,
        settings=settings,
        alternatives=False,
    )
    try:
        result = plan(request, book=rules, catalogue=catalogue)
    except (PlanError, NoRuleError):
        result = None
    if result is None or result.plan is None:
        none = Words(
            vi=f"không có trong {PLAN_HORIZON} năm", en=f"none within {PLAN_HORIZON} years"
        )
        return Answer(ruleset=ruleset_id, target=target, verdict=verdict, plan_text=none)
    best = result.plan
    return Answer(
        ruleset=ruleset_id,
        target=target,
        verdict=verdict,
        plan_year=best.year,
        plan_effort=best.cost,
        plan_text=Words(vi=best.summary("vi"), en=best.summary("en")),
    )


def _difference(
    holder: HolderProfile, target: str, a: Answer, b: Answer, rulesets: tuple[Ruleset, Ruleset]
) -> HolderDifference | None:
    if a.outcome() != b.outcome():
        change: Literal["outcome", "grounds"] = "outcome"
    elif a.grounds() != b.grounds():
        change = "grounds"
    else:
        return None
    if a.no_rule is not None or b.no_rule is not None:
        requirements = (RequirementDifference(kind="rule", why_a=a.no_rule, why_b=b.no_rule),)
    else:
        requirements = _requirements(a.verdict, b.verdict)
        if a.not_counted != b.not_counted:
            requirements += _accumulation(*rulesets)
    return HolderDifference(
        holder=holder, target=target, a=a, b=b, change=change, requirements=requirements
    )


def _accumulation(a: Ruleset, b: Ruleset) -> tuple[RequirementDifference, ...]:
    """The rule that decides which achievements count, when the rulesets differ in it."""
    if a.accumulation == b.accumulation:
        return ()
    return (
        RequirementDifference(
            kind="accumulation",
            why_a=_accumulation_words(a),
            why_b=_accumulation_words(b),
        ),
    )


def _accumulation_words(ruleset: Ruleset) -> Words:
    rule = ruleset.accumulation
    cited = f" [{rule.citation_text()}]"
    vi_bases = ", ".join(BASIS_WORDS.get(b.value, b.value) for b in rule.basis)
    en_bases = ", ".join(b.value for b in rule.basis)
    if rule.ministry_awards_count:
        vi = "cờ, bằng khen cấp bộ, ngành được tính như cấp Thành phố"
        en = "ministry flags and certificates count as the city's"
    else:
        vi = "cờ, bằng khen cấp bộ, ngành chỉ được ghi nhận, không tính tích luỹ"
        en = "ministry flags and certificates are recorded, not counted"
    return Words(
        vi=f"{vi}; khen thưởng được tính: {vi_bases}{cited}",
        en=f"{en}; awards that count: {en_bases}{cited}",
    )


def _requirements(a: Verdict | None, b: Verdict | None) -> tuple[RequirementDifference, ...]:
    """The requirements whose statement, status or finding differ, in the verdict's order."""
    first = {r.kind: r for r in (a.requirements if a else ())}
    second = {r.kind: r for r in (b.requirements if b else ())}
    kinds = list(dict.fromkeys([*first, *second]))
    found = []
    for kind in kinds:
        x, y = first.get(kind), second.get(kind)
        if x is not None and y is not None and _same(x, y):
            continue
        found.append(RequirementDifference(kind=kind, a=x, b=y))
    return tuple(found)


def _same(x: RequirementCheck, y: RequirementCheck) -> bool:
    return (x.status, x.statement.en, x.finding.en) == (y.status, y.statement.en, y.finding.en)
