"""A version's targets planned as a council, and the plan kept in the version.

Only the version's targets are planned (the issue's complaint was a council plan
that aims every other unit at its next rung): each target an entry with its
priority and its by-year as a deadline, under the flag quotas of its block and of
the council. The plan is kept as a `RoadmapPlan` record — the ruleset, the
settings and quotas, the day, the status, every holder's year and effort and every
step — so that it survives a reload, can be compared with another version's and
followed year by year.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from graph.catalogue import Catalogue, default_catalogue
from graph.models import (
    Dataset,
    PlannedStep,
    PlannedTarget,
    RoadmapPlan,
    RoadmapTarget,
    RoadmapVersion,
    Unit,
)
from planner.audit.document import holder_history
from planner.check.holder import HolderProfile
from planner.plan.council.model import Quotas
from planner.plan.council.portfolio import PortfolioEntry, PortfolioRequest, plan_portfolio
from planner.plan.council.result import PortfolioResult
from planner.plan.objective import ProgressCallback, StopHook
from planner.roadmap.conflicts import DeadlineConflict, deadline_conflicts
from planner.roadmap.versions import VersionError
from planner.rules.book import RulesetBook, default_book
from planner.rules.ruleset import Words
from planner.settings import Settings

COUNCIL_HORIZON = 10  # as `khencao plan --all`


class VersionPlan(BaseModel):
    """A version planned: the council's result, the deadlines the quotas make
    impossible together, and the record to keep in the version."""

    model_config = ConfigDict(frozen=True)

    version: str
    result: PortfolioResult
    conflicts: tuple[DeadlineConflict, ...]
    record: RoadmapPlan
    warnings: tuple[Words, ...] = ()  # the ruleset's, for the years planned

    def as_json(self, lang: str = "vi") -> dict:
        return {
            "version": self.version,
            **self.result.as_json(lang),
            "conflicts": [c.as_json(lang) for c in self.conflicts],
            "warnings": [w(lang) for w in self.warnings],
        }


def version_request(
    data: Dataset,
    targets: Sequence[RoadmapTarget],
    *,
    from_year: int,
    horizon: int = COUNCIL_HORIZON,
    quotas: Quotas | None = None,
    settings: Settings | None = None,
    ruleset_id: str | None = None,
    time_limit: float = 60.0,
    explain_unreached: bool = True,
) -> PortfolioRequest:
    """The council of `targets`: one entry each, its deadline kept when it is not
    before the start year (a year already past is no deadline to plan for)."""
    entries = []
    for target in targets:
        record = data.unit(target.holder) or data.person(target.holder)
        if record is None:
            raise VersionError(
                Words(
                    vi=f"không có đơn vị hoặc cá nhân “{target.holder}”",
                    en=f"no unit or person “{target.holder}”",
                )
            )
        # a person shares the quotas of their unit's block
        unit = record if isinstance(record, Unit) else data.unit(record.unit)
        block = unit.block if unit is not None else None
        by = target.by_year if target.by_year is not None and target.by_year >= from_year else None
        entries.append(
            PortfolioEntry(
                holder=HolderProfile.of(record),
                block=block,
                history=tuple(holder_history(data, target.holder)),
                target=target.award,
                priority=target.priority,
                by_year=by,
            )
        )
    last = max([from_year + horizon, *(e.by_year or 0 for e in entries)])
    return PortfolioRequest(
        entries=tuple(entries),
        from_year=from_year,
        horizon=min(30, last - from_year),
        ruleset_id=ruleset_id,
        settings=settings or Settings(),
        quotas=quotas or Quotas(),
        time_limit=time_limit,
        explain_unreached=explain_unreached,
    )


def plan_version(
    data: Dataset,
    version: RoadmapVersion,
    *,
    from_year: int | None = None,
    horizon: int = COUNCIL_HORIZON,
    quotas: Quotas | None = None,
    settings: Settings | None = None,
    ruleset_id: str | None = None,
    time_limit: float = 60.0,
    today: dt.date | None = None,
    book: RulesetBook | None = None,
    catalogue: Catalogue | None = None,
    progress: ProgressCallback | None = None,
    should_stop: StopHook | None = None,
) -> VersionPlan:
    """The council plan of the version's targets from `from_year` (default: the
    version's first year), with its deadline conflicts, and the record to keep."""
    book = book or default_book()
    catalogue = catalogue or default_catalogue()
    if not version.targets:
        raise VersionError(
            Words(
                vi=f"phiên bản “{version.name}” chưa có mục tiêu nào để lập kế hoạch",
                en=f"the version “{version.name}” has no target to plan",
            )
        )
    request = version_request(
        data,
        version.targets,
        from_year=from_year or version.from_year,
        horizon=horizon,
        quotas=quotas,
        settings=settings,
        ruleset_id=ruleset_id,
        time_limit=time_limit,
    )
    result = plan_portfolio(
        request, book=book, catalogue=catalogue, progress=progress, should_stop=should_stop
    )
    conflicts = deadline_conflicts(request, result, book=book, catalogue=catalogue)
    record = plan_record(request, result, today or dt.date.today())
    return VersionPlan(
        version=version.name,
        result=result,
        conflicts=conflicts,
        record=record,
        warnings=ruleset_warnings(book, request, result),
    )


def ruleset_warnings(
    book: RulesetBook, request: PortfolioRequest, result: PortfolioResult
) -> tuple[Words, ...]:
    """What the book says of the ruleset for each year the plan proposes a rung in: a
    year outside its period, or with no verified ruleset, is said, never silent."""
    ruleset = book.select(request.from_year, request.ruleset_id).ruleset
    years = sorted(
        {request.from_year}  # the rules the re-plan starts under, even if it proposes nothing
        | {
            step.year
            for outcome in result.outcomes
            if outcome.plan is not None
            for step in outcome.plan.steps
            if step.kind == "proposal"
        }
    )
    return tuple(dict.fromkeys(w for y in years for w in book.warnings(ruleset, y)))


def plan_record(request: PortfolioRequest, result: PortfolioResult, day: dt.date) -> RoadmapPlan:
    """The council's result as the version keeps it: every target and every step."""
    targets, steps = [], []
    for outcome in result.outcomes:
        plan = outcome.plan
        targets.append(
            PlannedTarget(
                holder=outcome.holder.id,
                award=outcome.target,
                priority=outcome.priority,
                by_year=outcome.by_year,
                reached=outcome.reached,
                year=plan.year if plan else None,
                cost=plan.cost if plan else None,
                alone_year=outcome.alone.year if outcome.alone else None,
                note=outcome.note.vi if outcome.note else None,
            )
        )
        for step in plan.steps if plan else ():
            steps.append(
                PlannedStep(
                    holder=outcome.holder.id,
                    year=step.year,
                    award=step.award,
                    kind=step.kind,
                    effort=step.effort,
                )
            )
    skipped = {holder for holder, _ in result.skipped}
    for entry in request.entries:
        if entry.holder.id in skipped:
            targets.append(
                PlannedTarget(
                    holder=entry.holder.id,
                    award=entry.target or "",
                    priority=entry.priority,
                    by_year=entry.by_year,
                    reached=False,
                    note=next(w.vi for h, w in result.skipped if h == entry.holder.id),
                )
            )
    return RoadmapPlan(
        planned_at=day,
        from_year=request.from_year,
        horizon=request.horizon,
        ruleset=result.ruleset,
        settings=request.settings.model_dump_json(),
        quotas=request.quotas.model_dump_json(),
        status=result.status,
        gap=result.gap,
        targets=tuple(targets),
        steps=tuple(steps),
    )


def stored_context(plan: RoadmapPlan) -> tuple[Settings, Quotas]:
    """The settings and quotas a stored plan was made under."""
    return (
        Settings.model_validate(json.loads(plan.settings or "{}")),
        Quotas.model_validate(json.loads(plan.quotas or "{}")),
    )
