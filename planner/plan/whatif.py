"""What if: the same question asked of a changed world.

A council asks "what if Gia Thuỵ wins no flag in 2021?", "what if the 2019 flag
is annulled?", "HCLD3 by 2022?", "what if a Government flag weighed 20?", "and
under the national reading?". A `Scenario` names the changes; `what_if` plans the
baseline and the changed request and says what moved. A deadline the scenario
cannot meet is answered "no", with the rules that bind, taken from the solver's
infeasibility core (planner/plan/core.py) and put into words.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from graph.catalogue import Catalogue, default_catalogue
from graph.models import MAX_YEAR, MIN_YEAR, Achievement
from planner.plan.objective import StopHook
from planner.plan.problem import receivable
from planner.plan.request import PlanError, PlanRequest
from planner.plan.result import Plan, PlanResult
from planner.plan.single import PlanProgressCallback, no_plan_words, plan
from planner.rules.book import RulesetBook, default_book
from planner.rules.ruleset import Words
from planner.settings import SettingError, WindowConvention, with_overrides

WHAT_IF = "giả định (what-if)"

# The reading of the window, as the scenario states it (docs/domain.md §3).
WINDOW_WORDS = {
    WindowConvention.FROM_BASE_YEAR: Words(
        vi="thời gian tích luỹ tính từ năm được khen",
        en="the window counted from the year of the base award",
    ),
    WindowConvention.AFTER_BASE_YEAR: Words(
        vi="thời gian tích luỹ tính từ năm sau năm được khen",
        en="the window counted from the year after the base award",
    ),
}


class Hypothetical(BaseModel):
    """An award for a year, added to the record or taken out of it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    award: str
    year: int = Field(ge=MIN_YEAR, le=MAX_YEAR)

    def text(self) -> str:
        return f"{self.award} {self.year}"


class Scenario(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    add: tuple[Hypothetical, ...] = ()
    remove: tuple[Hypothetical, ...] = ()
    no_flag_years: tuple[int, ...] = ()
    by_year: int | None = Field(default=None, ge=MIN_YEAR, le=MAX_YEAR)
    effort: dict[str, int] = {}
    ruleset_id: str | None = None
    window: WindowConvention | None = None
    settings: tuple[str, ...] = ()  # NAME=VALUE, as `--set`
    flag_eligible: bool | None = None

    def is_empty(self) -> bool:
        return self == Scenario()

    def changes(self) -> list[Words]:
        """The scenario in words, one change a line."""
        said: list[Words] = []
        if self.add:
            shown = ", ".join(h.text() for h in self.add)
            said.append(Words(vi=f"thêm {shown}", en=f"add {shown}"))
        if self.remove:
            shown = ", ".join(h.text() for h in self.remove)
            said.append(Words(vi=f"bỏ {shown}", en=f"remove {shown}"))
        if self.no_flag_years:
            shown = ", ".join(map(str, sorted(self.no_flag_years)))
            said.append(Words(vi=f"không có cờ năm {shown}", en=f"no flag in {shown}"))
        if self.by_year is not None:
            said.append(Words(vi=f"hạn năm {self.by_year}", en=f"deadline {self.by_year}"))
        if self.effort:
            shown = ", ".join(f"{c} {w}" for c, w in self.effort.items())
            said.append(Words(vi=f"trọng số {shown}", en=f"weights {shown}"))
        if self.ruleset_id:
            said.append(
                Words(vi=f"bộ tiêu chuẩn {self.ruleset_id}", en=f"ruleset {self.ruleset_id}")
            )
        if self.window is not None:
            said.append(WINDOW_WORDS[self.window])
        for text in self.settings:
            said.append(Words(vi=f"thiết lập {text}", en=f"setting {text}"))
        if self.flag_eligible is not None:
            said.append(
                Words(vi="thuộc đối tượng tặng cờ", en="eligible for flags")
                if self.flag_eligible
                else Words(vi="không thuộc đối tượng tặng cờ", en="not eligible for flags")
            )
        return said


def apply_scenario(request: PlanRequest, scenario: Scenario, catalogue: Catalogue) -> PlanRequest:
    """The request as the scenario changes it; a change that cannot apply (remove an
    award the record does not hold, add a flag to a collective without flags) is
    refused with every problem at once."""
    problems: list[Words] = []
    holder = request.holder
    if scenario.flag_eligible is not None:
        holder = holder.model_copy(update={"flag_eligible": scenario.flag_eligible})
    history = list(request.history)
    for gone in scenario.remove:
        kept = [a for a in history if (a.award, a.year) != (gone.award, gone.year)]
        if len(kept) == len(history):
            problems.append(
                Words(
                    vi=f"hồ sơ không có {gone.text()} để bỏ",
                    en=f"the record has no {gone.text()} to remove",
                )
            )
        history = kept
    for new in scenario.add:
        if new.award not in catalogue:
            near = ", ".join(catalogue.suggest(new.award)) or "—"
            problems.append(
                Words(
                    vi=f"không có mã “{new.award}”; gần nhất: {near}",
                    en=f"no award code “{new.award}”; nearest: {near}",
                )
            )
            continue
        if not receivable(holder, new.award, catalogue):
            problems.append(
                Words(
                    vi=f"{holder.name} không thể nhận {new.award}",
                    en=f"{holder.name} cannot receive {new.award}",
                )
            )
            continue
        history.append(Achievement(holder=holder.id, award=new.award, year=new.year, note=WHAT_IF))
    flagged = [a for a in history if catalogue.get(a.award) and catalogue[a.award].flag]
    if not holder.flag_eligible and holder.kind == "collective" and flagged:
        shown = ", ".join(f"{a.award} {a.year}" for a in flagged)
        problems.append(
            Words(
                vi=f"tập thể không thuộc đối tượng tặng cờ nhưng hồ sơ có cờ: {shown}",
                en=f"a collective not eligible for flags, yet the record has flags: {shown}",
            )
        )
    settings = request.settings
    if scenario.window is not None:
        settings = settings.model_copy(update={"window": scenario.window})
    try:
        settings = with_overrides(settings, list(scenario.settings))
    except SettingError as error:
        problems.append(error.words)
    if scenario.effort:
        settings = settings.model_copy(update={"effort": {**settings.effort, **scenario.effort}})
    if problems:
        raise PlanError(problems)
    return request.model_copy(
        update={
            "holder": holder,
            "history": tuple(history),
            "no_flag_years": tuple(sorted({*request.no_flag_years, *scenario.no_flag_years})),
            "by_year": scenario.by_year if scenario.by_year is not None else request.by_year,
            "ruleset_id": scenario.ruleset_id or request.ruleset_id,
            "settings": settings,
        }
    )


class WhatIfAnswer(BaseModel):
    model_config = ConfigDict(frozen=True)

    changes: tuple[Words, ...]
    question: Words
    answer: Words
    baseline: PlanResult
    scenario: PlanResult

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "question": self.question(lang),
            "answer": self.answer(lang),
            "changes": [c(lang) for c in self.changes],
            "baseline": {"year": self.baseline.year, "cost": self.baseline.cost},
        }


def what_if(
    request: PlanRequest,
    scenario: Scenario,
    *,
    book: RulesetBook | None = None,
    catalogue: Catalogue | None = None,
    progress: PlanProgressCallback | None = None,
    should_stop: StopHook | None = None,
) -> WhatIfAnswer:
    """The plan before and after the scenario, and the answer in one sentence;
    `progress` hears the solves of both plans, `should_stop` stops both (each
    then `cancelled`, its plan not proven optimal)."""
    book = book or default_book()
    catalogue = catalogue or default_catalogue()
    before = request.model_copy(update={"by_year": None})
    baseline = plan(
        before, book=book, catalogue=catalogue, progress=progress, should_stop=should_stop
    )
    after = apply_scenario(request, scenario, catalogue)
    changed = plan(
        after, book=book, catalogue=catalogue, progress=progress, should_stop=should_stop
    )
    changes = scenario.changes()
    return WhatIfAnswer(
        changes=tuple(changes),
        question=_question(changed, changes),
        answer=_answer(baseline, changed),
        baseline=baseline,
        scenario=changed,
    )


def _question(result: PlanResult, changes: list[Words]) -> Words:
    if result.by_year is not None:
        return Words(
            vi=f"{result.target} chậm nhất năm {result.by_year}?",
            en=f"{result.target} by {result.by_year}?",
        )
    vi = "; ".join(c.vi for c in changes) or "không thay đổi"
    en = "; ".join(c.en for c in changes) or "no change"
    return Words(vi=f"Nếu {vi}?", en=f"What if: {en}?")


def _answer(baseline: PlanResult, changed: PlanResult) -> Words:
    if changed.plan is not None:
        now, now_en = changed.plan.summary("vi"), changed.plan.summary("en")
        if changed.by_year is not None:
            return Words(
                vi=f"Có: đề nghị {changed.target} năm {now}.",
                en=f"Yes: propose {changed.target} in {now_en}.",
            )
        after = _proposal(changed.target, changed.plan)
        if baseline.plan is None:
            return Words(
                vi=f"Trước thay đổi: không có lộ trình. Sau thay đổi: {after.vi}.",
                en=f"Before the change: no plan. After the change: {after.en}.",
            )
        before = _proposal(baseline.target, baseline.plan)
        moved = _moved(baseline.plan.year, changed.plan.year, baseline.plan.cost, changed.plan.cost)
        return Words(
            vi=f"Trước thay đổi: {before.vi}. Sau thay đổi: {after.vi} — {moved.vi}.",
            en=f"Before the change: {before.en}. After the change: {after.en} — {moved.en}.",
        )
    why_vi = "; ".join(r.words.vi for r in changed.reasons)
    why_en = "; ".join(r.words.en for r in changed.reasons)
    headline = no_plan_words(changed)
    earliest = changed.earliest
    later_vi = f" Sớm nhất: {earliest.summary('vi')}." if earliest else ""
    later_en = f" Earliest: {earliest.summary('en')}." if earliest else ""
    return Words(
        vi=f"Không. {headline.vi} Vì: {why_vi or '—'}.{later_vi}",
        en=f"No. {headline.en} Because: {why_en or '—'}.{later_en}",
    )


def _proposal(target: str, chosen: Plan) -> Words:
    """ "đề nghị HCLD1 năm 2021, công sức 13"."""
    return Words(
        vi=f"đề nghị {target} năm {chosen.year}, công sức {chosen.cost}",
        en=f"propose {target} in {chosen.year}, effort {chosen.cost}",
    )


def _moved(year: int, new_year: int, cost: int, new_cost: int) -> Words:
    """ "muộn hơn 1 năm, công sức như cũ": what the change did, in a few words."""
    if new_year == year:
        when = Words(vi="cùng năm", en="the same year")
    elif new_year > year:
        when = Words(vi=f"muộn hơn {new_year - year} năm", en=f"{new_year - year} year(s) later")
    else:
        when = Words(vi=f"sớm hơn {year - new_year} năm", en=f"{year - new_year} year(s) earlier")
    if new_cost == cost:
        effort = Words(vi="công sức như cũ", en="the same effort")
    elif new_cost > cost:
        effort = Words(vi=f"thêm {new_cost - cost} công sức", en=f"{new_cost - cost} more effort")
    else:
        effort = Words(vi=f"bớt {cost - new_cost} công sức", en=f"{cost - new_cost} less effort")
    return Words(vi=f"{when.vi}, {effort.vi}", en=f"{when.en}, {effort.en}")
