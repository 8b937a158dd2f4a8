"""A target checked against the rules, and the roadmap table of a version.

The record's validator (graph/validate.py) refuses what no rule is needed for: an
unknown holder or award, an award that is not a rung, a target twice. Here the
rules answer the rest, for the version's first year:

- a target at or below the holder's current rung is **refused**, with the rung it
  holds; so is a rung the ruleset sets no standard for (BK_TP, the first rung);
- a by-year before the earliest year the rules allow is **flagged**, not refused (a
  council may keep an ambitious year on purpose): with the planner's reasons why
  it cannot be met (planner/plan/core.py) and the earliest year it can.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from graph.catalogue import Catalogue, default_catalogue
from graph.models import Dataset, RoadmapTarget, RoadmapVersion
from planner.audit.document import holder_history
from planner.check.evaluation import RuleNotEnteredError
from planner.check.holder import HolderProfile
from planner.check.standing import plannable_targets, standing
from planner.plan.request import PlanError, PlanRequest
from planner.plan.result import PlanResult, Reason
from planner.plan.single import plan
from planner.rules.book import RulesetBook, default_book
from planner.rules.ruleset import Ruleset, Words
from planner.settings import Settings

TargetStatus = Literal["ok", "flagged", "refused"]
HORIZON = 30  # as one holder's plan (docs/planner.md P2)


class TargetRow(BaseModel):
    """One row of the roadmap table: the unit, its current rung, the target, its
    by-year, the earliest year the rules allow and the effort, and the status."""

    model_config = ConfigDict(frozen=True)

    target: RoadmapTarget
    name: str
    current_rung: str | None
    current_year: int | None
    status: TargetStatus
    earliest_year: int | None = None  # with no deadline
    effort: int | None = None  # of the earliest plan
    reasons: tuple[Words, ...] = ()  # why refused, or why the by-year cannot be met
    citations: tuple[str, ...] = ()

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "holder": self.target.holder,
            "name": self.name,
            "award": self.target.award,
            "by": self.target.by_year,
            "priority": self.target.priority,
            "note": self.target.note,
            "set_by": self.target.set_by,
            "set_at": self.target.set_at.isoformat() if self.target.set_at else None,
            "current_rung": self.current_rung,
            "current_year": self.current_year,
            "earliest_year": self.earliest_year,
            "effort": self.effort,
            "status": self.status,
            "reasons": [r(lang) for r in self.reasons],
            "citations": list(self.citations),
        }


def check_target(
    data: Dataset,
    version: RoadmapVersion,
    target: RoadmapTarget,
    *,
    settings: Settings | None = None,
    ruleset_id: str | None = None,
    book: RulesetBook | None = None,
    catalogue: Catalogue | None = None,
) -> TargetRow:
    """The target against the rules in force for the version's first year."""
    book = book or default_book()
    catalogue = catalogue or default_catalogue()
    record = data.unit(target.holder) or data.person(target.holder)
    if record is None:
        return TargetRow(
            target=target,
            name=target.holder,
            current_rung=None,
            current_year=None,
            status="refused",
            reasons=(
                Words(
                    vi=f"không có đơn vị hoặc cá nhân “{target.holder}”",
                    en=f"no unit or person “{target.holder}”",
                ),
            ),
        )
    holder = HolderProfile.of(record)
    history = holder_history(data, holder.id)
    ruleset = book.select(version.from_year, ruleset_id).ruleset
    place = standing(holder, history, ruleset, catalogue)
    row = TargetRow(
        target=target,
        name=holder.name,
        current_rung=place.current_rung,
        current_year=place.current_year,
        status="ok",
    )
    refusal = _refusal(holder, target, place.current_rung, place.current_year, ruleset, catalogue)
    if refusal is not None:
        return row.model_copy(update={"status": "refused", "reasons": (refusal,)})
    request = PlanRequest(
        holder=holder,
        history=tuple(history),
        target=target.award,
        from_year=version.from_year,
        horizon=max(HORIZON, (target.by_year or 0) - version.from_year),
        by_year=target.by_year,
        ruleset_id=ruleset_id,
        settings=settings or Settings(),
        alternatives=False,
    )
    try:
        result = plan(request, book=book, catalogue=catalogue)
    except RuleNotEnteredError as error:  # luat-2022's collective rungs: flagged, never guessed
        return row.model_copy(
            update={"status": "flagged", "reasons": (error.words,), "citations": error.articles}
        )
    except PlanError as error:
        return row.model_copy(update={"status": "refused", "reasons": tuple(error.problems)})
    return _with_plan(row, result)


def _refusal(
    holder: HolderProfile,
    target: RoadmapTarget,
    current: str | None,
    current_year: int | None,
    ruleset: Ruleset,
    catalogue: Catalogue,
) -> Words | None:
    award = catalogue[target.award]
    if current is not None and (award.rung or 0) <= (catalogue[current].rung or 0):
        return Words(
            vi=f"{holder.name} đã có {catalogue.name(current, 'vi')} ({current}) năm "
            f"{current_year}: mục tiêu {target.award} không cao hơn bậc hiện tại",
            en=f"{holder.name} already holds {catalogue.name(current, 'en')} ({current}) since "
            f"{current_year}: the target {target.award} is not above the current rung",
        )
    plannable = plannable_targets(holder.kind, ruleset, catalogue)
    if target.award not in plannable:
        return Words(
            vi=f"bộ tiêu chuẩn {ruleset.id} không có tiêu chuẩn {target.award} cho "
            f"{'tập thể' if holder.kind == 'collective' else 'cá nhân'}; có thể đặt mục tiêu: "
            f"{', '.join(plannable)}",
            en=f"the ruleset {ruleset.id} sets no standard for {target.award} for "
            f"{'a collective' if holder.kind == 'collective' else 'an individual'}; targets "
            f"it plans: {', '.join(plannable)}",
        )
    return None


def _with_plan(row: TargetRow, result: PlanResult) -> TargetRow:
    if result.feasible and result.plan is not None:
        return row.model_copy(
            update={"earliest_year": result.plan.year, "effort": result.plan.cost}
        )
    earliest = result.earliest
    by = row.target.by_year
    if by is None:
        reason = Words(
            vi=f"không thể đạt {result.target} trong {result.horizon} năm tới",
            en=f"{result.target} cannot be reached within {result.horizon} years",
        )
    else:
        reason = Words(
            vi=f"không thể đề nghị {result.target} chậm nhất năm {by}"
            + (f"; sớm nhất năm {earliest.year}" if earliest else ""),
            en=f"{result.target} cannot be proposed by {by}"
            + (f"; {earliest.year} at the earliest" if earliest else ""),
        )
    return row.model_copy(
        update={
            "status": "flagged",
            "earliest_year": earliest.year if earliest else None,
            "effort": earliest.cost if earliest else None,
            "reasons": (reason, *(r.words for r in result.reasons)),
            "citations": tuple(_citations(result.reasons)),
        }
    )


def _citations(reasons: tuple[Reason, ...]) -> list[str]:
    return list(dict.fromkeys(r.citation for r in reasons if r.citation))


def roadmap_table(
    data: Dataset,
    version: RoadmapVersion,
    *,
    settings: Settings | None = None,
    ruleset_id: str | None = None,
    book: RulesetBook | None = None,
    catalogue: Catalogue | None = None,
) -> list[TargetRow]:
    """Every target of the version, checked, in the version's order."""
    book = book or default_book()
    catalogue = catalogue or default_catalogue()
    return [
        check_target(
            data,
            version,
            target,
            settings=settings,
            ruleset_id=ruleset_id,
            book=book,
            catalogue=catalogue,
        )
        for target in version.targets
    ]
