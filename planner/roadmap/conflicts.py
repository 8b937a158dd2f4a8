"""Deadlines the quotas make impossible together, and what each would need.

A target's by-year is a deadline of the council model: a holder whose target
cannot be proposed by then, within the quotas the others leave, is not reached.
For each such holder, by priority (highest first):

- if its deadline cannot be met even alone (no quotas), the rules are the cause:
  the planner's reasons (planner/plan/core.py) and the earliest year it can;
- otherwise the quotas are: the plan then says what would let it through, each
  answer solved, not guessed —
  * **more quota**: one more of each capped award its own plan takes, in its
    block (and the council); the extra award the new plan uses, by year;
  * **a later year**: the year the council gives it without its deadline;
  * **dropping another target**: each holder whose flags it would need (a reached
    target of its block, or of the council for a council-capped award), lowest
    priority first, whose removal lets it meet its deadline.

The re-solves go through planner/plan/council/replan.py, so a change to one
holder solves its block only.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from graph.catalogue import Catalogue
from planner.plan.council.model import Quotas
from planner.plan.council.portfolio import PortfolioEntry, PortfolioRequest, plan_portfolio
from planner.plan.council.replan import replan_portfolio, with_entry
from planner.plan.council.result import HolderOutcome, PortfolioResult
from planner.plan.request import PlanRequest
from planner.plan.single import plan
from planner.rules.book import RulesetBook
from planner.rules.ruleset import Words

DROP_CANDIDATES = 6  # other targets tried, lowest priority first

NeedKind = Literal["quota", "later_year", "drop"]


class ConflictNeed(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: NeedKind
    words: Words
    year: int | None = None  # the later year; the year of the extra award
    award: str | None = None  # the award of the extra quota
    scope: str | None = None  # "block" or "council"
    holder: str | None = None  # the target to drop

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.words(lang),
            "year": self.year,
            "award": self.award,
            "scope": self.scope,
            "holder": self.holder,
        }


class DeadlineConflict(BaseModel):
    """A by-year the council's plan does not meet, and why."""

    model_config = ConfigDict(frozen=True)

    holder: str
    name: str
    award: str
    by_year: int
    priority: int
    cause: Literal["quotas", "rules"]
    competitors: tuple[str, ...] = ()  # targets it cannot meet its deadline together with
    needs: tuple[ConflictNeed, ...] = ()
    reasons: tuple[Words, ...] = ()  # the rules that bind, when the cause is the rules
    earliest_alone: int | None = None

    def summary(self) -> Words:
        if self.cause == "rules":
            return Words(
                vi=f"{self.name}: không thể đề nghị {self.award} chậm nhất năm {self.by_year} "
                f"theo tiêu chuẩn, kể cả khi không có hạn mức",
                en=f"{self.name}: {self.award} cannot be proposed by {self.by_year} under the "
                f"rules, even without quotas",
            )
        others = ", ".join(self.competitors) or "—"
        return Words(
            vi=f"{self.name}: hạn {self.award} năm {self.by_year} không thể đạt cùng lúc với "
            f"mục tiêu của {others} trong hạn mức",
            en=f"{self.name}: the deadline {self.award} by {self.by_year} cannot hold together "
            f"with the targets of {others} under the quotas",
        )

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "holder": self.holder,
            "name": self.name,
            "award": self.award,
            "by": self.by_year,
            "priority": self.priority,
            "cause": self.cause,
            "summary": self.summary()(lang),
            "competitors": list(self.competitors),
            "needs": [n.as_json(lang) for n in self.needs],
            "reasons": [r(lang) for r in self.reasons],
            "earliest_alone": self.earliest_alone,
        }


def deadline_conflicts(
    request: PortfolioRequest,
    result: PortfolioResult,
    *,
    book: RulesetBook,
    catalogue: Catalogue,
) -> tuple[DeadlineConflict, ...]:
    """Every by-year the plan misses, highest priority first."""
    entries = {e.holder.id: e for e in request.entries}
    missed = [o for o in result.outcomes if not o.reached and o.by_year is not None]
    missed.sort(key=lambda o: (-o.priority, o.holder.name))
    return tuple(
        _conflict(request, result, entries[o.holder.id], o, book, catalogue) for o in missed
    )


def _conflict(request, result, entry: PortfolioEntry, outcome: HolderOutcome, book, catalogue):
    alone = plan(
        PlanRequest(
            holder=entry.holder,
            history=entry.history,
            target=outcome.target,
            from_year=request.from_year,
            horizon=request.horizon,
            by_year=outcome.by_year,
            ruleset_id=request.ruleset_id,
            settings=request.settings,
            alternatives=False,
        ),
        book=book,
        catalogue=catalogue,
    )
    base = {
        "holder": entry.holder.id,
        "name": entry.holder.name,
        "award": outcome.target,
        "by_year": outcome.by_year,
        "priority": entry.priority,
    }
    if not alone.feasible or alone.plan is None:
        earliest = alone.earliest.year if alone.earliest else None
        needs = (_later(earliest),) if earliest else ()
        return DeadlineConflict(
            **base,
            cause="rules",
            reasons=tuple(r.words for r in alone.reasons),
            earliest_alone=earliest,
            needs=needs,
        )
    capped = {code for code in [*request.quotas.block, *request.quotas.council]}
    wanted = sorted({(s.year, s.award) for s in alone.plan.steps if s.award in capped})
    needs: list[ConflictNeed] = []
    needs += _more_quota(request, entry, wanted, book, catalogue)
    free = with_entry(request, entry.model_copy(update={"by_year": None}))
    later = _year_of(replan_portfolio(free, result, book=book, catalogue=catalogue), entry)
    if later is not None:
        needs.append(_later(later))
    competitors = []
    for other in _rivals(result, entry, {code for _, code in wanted}, request.quotas):
        without = request.model_copy(
            update={"entries": tuple(e for e in request.entries if e.holder.id != other.holder.id)}
        )
        again = replan_portfolio(without, result, book=book, catalogue=catalogue)
        if _year_of(again, entry) is not None:
            competitors.append(other.holder.name)
            needs.append(
                ConflictNeed(
                    kind="drop",
                    holder=other.holder.id,
                    words=Words(
                        vi=f"bỏ mục tiêu {other.target} của {other.holder.name} "
                        f"(ưu tiên {other.priority})",
                        en=f"dropping the target {other.target} of {other.holder.name} "
                        f"(priority {other.priority})",
                    ),
                )
            )
    return DeadlineConflict(
        **base,
        cause="quotas",
        competitors=tuple(competitors),
        needs=tuple(needs),
        earliest_alone=alone.plan.year,
    )


def _later(year: int) -> ConflictNeed:
    return ConflictNeed(
        kind="later_year",
        year=year,
        words=Words(vi=f"lùi hạn đến năm {year}", en=f"a later year: by {year}"),
    )


def _year_of(result: PortfolioResult, entry: PortfolioEntry) -> int | None:
    for outcome in result.outcomes:
        if outcome.holder.id == entry.holder.id and outcome.plan is not None:
            return outcome.plan.year
    return None


def _more_quota(request, entry, wanted, book, catalogue) -> list[ConflictNeed]:
    """One more of each capped award the holder's own plan takes: solved again; the
    awards the new plan takes beyond the old caps are what the holder needs."""
    codes = {code for _, code in wanted}
    if not codes:
        return []
    quotas = request.quotas
    raised = Quotas(
        block={c: n + (c in codes) for c, n in quotas.block.items()},
        council={c: n + (c in codes) for c, n in quotas.council.items()},
    )
    again = plan_portfolio(
        request.model_copy(update={"quotas": raised, "explain_unreached": False}),
        book=book,
        catalogue=catalogue,
    )
    if _year_of(again, entry) is None:
        return []
    caps = {"block": quotas.block, "council": quotas.council}
    needs = []
    for use in again.quota_use:
        mine = use.scope == "council" or use.name == entry.block
        if mine and use.used > max(caps[use.scope].get(use.award, use.used), use.held):
            where_vi = f"khối {use.name}" if use.scope == "block" else "toàn hội đồng"
            where_en = f"block {use.name}" if use.scope == "block" else "the council"
            needs.append(
                ConflictNeed(
                    kind="quota",
                    year=use.year,
                    award=use.award,
                    scope=use.scope,
                    words=Words(
                        vi=f"thêm 01 {use.award} năm {use.year} cho {where_vi} "
                        f"(hạn mức {caps[use.scope][use.award]})",
                        en=f"one more {use.award} in {use.year} for {where_en} "
                        f"(quota {caps[use.scope][use.award]})",
                    ),
                )
            )
    return needs


def _rivals(result: PortfolioResult, entry: PortfolioEntry, codes: set[str], quotas: Quotas):
    """Reached targets that take a capped award the holder needs, in its block (or
    anywhere, for a council-capped award): lowest priority first."""
    council = codes & set(quotas.council)
    rivals = [
        o
        for o in result.outcomes
        if o.reached
        and o.plan is not None
        and o.holder.id != entry.holder.id
        and any(
            s.award in codes and (s.award in council or o.block == entry.block)
            for s in o.plan.steps
        )
    ]
    rivals.sort(key=lambda o: (o.priority, o.holder.name))
    return rivals[:DROP_CANDIDATES]
