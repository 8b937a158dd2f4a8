"""An adopted version's plan against what happened: the leadership's view a year on.

Through a year Y (the last year whose achievements count as recorded):

- each year of the plan up to Y: the planned achievements and proposals that were
  **recorded** (the holder, or a unit it carries, holds that award for that year),
  those **missed**, and the awards that came **unplanned** (a certificate, flag,
  order or initiative of a target's holder that no step planned that year);
- the **re-plan** from the record as it now stands: the version's targets not yet
  reached planned again as a council from Y + 1, under the quotas and settings the
  adopted plan was made with (the rules in force for Y + 1), with its deadline
  conflicts (planner/roadmap/conflicts.py);
- each target's status, against the year the adopted plan gave it:
  * **achieved** (đã đạt): the holder holds the target rung (or a higher one);
  * **unreachable now** (không còn đạt được): its by-year has passed, or no plan
    within the horizon reaches it, or the re-plan cannot meet its by-year (with
    the planner's reasons, or the quotas it conflicts under);
  * **late by N years** (chậm N năm): the re-plan's year is N years after the
    adopted plan's year;
  * **on track** (đúng tiến độ): the re-plan's year is the adopted plan's, or
    earlier (or, for a target the adopted plan left out, within its by-year).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from graph.catalogue import Catalogue, default_catalogue
from graph.models import Dataset, RoadmapVersion
from planner.audit.document import holder_history
from planner.plan.council.portfolio import plan_portfolio
from planner.plan.council.result import PortfolioResult
from planner.roadmap.conflicts import DeadlineConflict, deadline_conflicts
from planner.roadmap.council import (
    COUNCIL_HORIZON,
    ruleset_warnings,
    stored_context,
    version_request,
)
from planner.roadmap.versions import VersionError
from planner.rules.book import RulesetBook, default_book
from planner.rules.ruleset import Words

TrackStatus = Literal["achieved", "on_track", "late", "unreachable", "unanswered"]
EventStatus = Literal["recorded", "missed", "unplanned", "replanned"]
# What can come unplanned: awards given, not the yearly ratings and titles a plan assumes.
GIVEN = frozenset({"commendation", "order", "initiative"})

STATUS_WORDS = {
    "achieved": Words(vi="đã đạt", en="achieved"),
    "on_track": Words(vi="đúng tiến độ", en="on track"),
    "late": Words(vi="chậm {n} năm", en="late by {n} years"),
    "unreachable": Words(vi="không còn đạt được", en="unreachable now"),
    # the rules of the re-planned years do not answer (luat-2022's rungs not entered)
    "unanswered": Words(vi="chưa trả lời được", en="not answered"),
}
EVENT_WORDS = {
    "recorded": Words(vi="đã đạt theo kế hoạch", en="recorded as planned"),
    "missed": Words(vi="chưa đạt (theo kế hoạch)", en="missed (planned)"),
    "unplanned": Words(vi="ngoài kế hoạch", en="unplanned"),
    "replanned": Words(vi="kế hoạch lại", en="re-planned"),
}


class TrackEvent(BaseModel):
    model_config = ConfigDict(frozen=True)

    holder: str
    name: str
    year: int
    award: str
    kind: Literal["achievement", "proposal"]
    status: EventStatus

    def status_words(self) -> Words:
        return EVENT_WORDS[self.status]

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "holder": self.holder,
            "name": self.name,
            "year": self.year,
            "award": self.award,
            "kind": self.kind,
            "status": self.status,
            "text": self.status_words()(lang),
        }


class TargetTrack(BaseModel):
    model_config = ConfigDict(frozen=True)

    holder: str
    name: str
    award: str
    by_year: int | None
    priority: int
    planned_year: int | None  # in the adopted plan (None: the plan left it out)
    achieved_year: int | None = None
    replanned_year: int | None = None  # in the re-plan from the record now
    replanned_cost: int | None = None
    status: TrackStatus
    late_by: int | None = None
    reasons: tuple[Words, ...] = ()

    def status_words(self) -> Words:
        words = STATUS_WORDS[self.status]
        if self.status != "late":
            return words
        return Words(vi=words.vi.format(n=self.late_by), en=words.en.format(n=self.late_by))

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "holder": self.holder,
            "name": self.name,
            "award": self.award,
            "by": self.by_year,
            "priority": self.priority,
            "planned_year": self.planned_year,
            "achieved_year": self.achieved_year,
            "replanned_year": self.replanned_year,
            "replanned_cost": self.replanned_cost,
            "status": self.status,
            "late_by": self.late_by,
            "text": self.status_words()(lang),
            "reasons": [r(lang) for r in self.reasons],
        }


class Tracking(BaseModel):
    model_config = ConfigDict(frozen=True)

    version: str
    adopted: bool
    from_year: int
    through: int
    ruleset: str | None  # of the re-plan
    targets: tuple[TargetTrack, ...]
    events: tuple[TrackEvent, ...]  # by year: recorded, missed, unplanned; then re-planned
    conflicts: tuple[DeadlineConflict, ...] = ()  # of the re-plan
    replan: PortfolioResult | None = None
    warnings: tuple[Words, ...] = ()  # the ruleset's, for the years re-planned

    def counts(self) -> dict[str, int]:
        counted = {status: 0 for status in STATUS_WORDS}
        for target in self.targets:
            counted[target.status] += 1
        return counted

    def years(self) -> list[int]:
        return sorted({e.year for e in self.events})

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        by_year: dict[int, dict[str, list]] = {}
        for event in self.events:
            slot = by_year.setdefault(event.year, {s: [] for s in EVENT_WORDS})
            slot[event.status].append(event.as_json(lang))
        return {
            "version": self.version,
            "adopted": self.adopted,
            "from": self.from_year,
            "through": self.through,
            "ruleset": self.ruleset,
            "council": self.counts(),
            "targets": [t.as_json(lang) for t in self.targets],
            "years": [{"year": y, **by_year[y]} for y in sorted(by_year)],
            "conflicts": [c.as_json(lang) for c in self.conflicts],
            "warnings": [w(lang) for w in self.warnings],
        }


def track_version(
    data: Dataset,
    version: RoadmapVersion,
    *,
    through: int,
    time_limit: float = 60.0,
    book: RulesetBook | None = None,
    catalogue: Catalogue | None = None,
) -> Tracking:
    """The version's stored plan against the record through `through`, and the re-plan."""
    book = book or default_book()
    catalogue = catalogue or default_catalogue()
    plan = version.plan
    if plan is None:
        raise VersionError(
            Words(
                vi=f"phiên bản “{version.name}” chưa được lập kế hoạch: hãy lập kế hoạch trước "
                "khi theo dõi",
                en=f"the version “{version.name}” has not been planned: plan it before "
                "following it",
            )
        )
    if through < plan.from_year - 1:
        raise VersionError(
            Words(
                vi=f"năm theo dõi {through} trước năm bắt đầu của kế hoạch ({plan.from_year})",
                en=f"the year {through} is before the plan starts ({plan.from_year})",
            )
        )
    names = {u.id: u.name for u in data.units} | {p.id: p.name for p in data.people}
    held = {t.holder: _held(data, t.holder) for t in version.targets}
    events = _events(plan, held, names, through, catalogue)
    achieved = {
        t.holder: _achieved_year(held[t.holder], t.award, through, catalogue)
        for t in version.targets
    }
    open_targets = [t for t in version.targets if achieved[t.holder] is None]
    replan, conflicts, ruleset, warnings = None, (), None, ()
    if open_targets:
        settings, quotas = stored_context(plan)
        request = version_request(
            data,
            open_targets,
            from_year=through + 1,
            horizon=COUNCIL_HORIZON,
            quotas=quotas,
            settings=settings,
            time_limit=time_limit,
        )
        replan = plan_portfolio(request, book=book, catalogue=catalogue)
        conflicts = deadline_conflicts(request, replan, book=book, catalogue=catalogue)
        ruleset = replan.ruleset
        warnings = ruleset_warnings(book, request, replan)
        events += _replanned(replan, names)
    planned = {t.holder: t for t in plan.targets}
    outcomes = {o.holder.id: o for o in replan.outcomes} if replan else {}
    conflict_of = {c.holder: c for c in conflicts}
    unanswered = dict(replan.skipped) if replan else {}
    tracks = []
    for target in version.targets:
        stored = planned.get(target.holder)
        planned_year = stored.year if stored is not None and stored.reached else None
        outcome = outcomes.get(target.holder)
        tracks.append(
            _status(
                target,
                names.get(target.holder, target.holder),
                planned_year,
                achieved[target.holder],
                outcome,
                conflict_of.get(target.holder),
                through,
                unanswered.get(target.holder),
            )
        )
    return Tracking(
        version=version.name,
        adopted=version.adopted,
        from_year=plan.from_year,
        through=through,
        ruleset=ruleset,
        targets=tuple(tracks),
        events=tuple(sorted(events, key=_event_order)),
        conflicts=tuple(conflicts),
        replan=replan,
        warnings=warnings,
    )


def _held(data: Dataset, holder: str) -> set[tuple[str, int]]:
    """(award, year) the holder holds, with the units it carries (merged, renamed)."""
    return {(a.award, a.year) for a in holder_history(data, holder)}


def _achieved_year(held, award: str, through: int, catalogue: Catalogue) -> int | None:
    rung = catalogue[award].rung or 0
    years = [
        year
        for code, year in held
        if year <= through and code in catalogue and (catalogue[code].rung or 0) >= rung
    ]
    return min(years) if years else None


def _events(plan, held, names, through, catalogue) -> list[TrackEvent]:
    events = []
    planned = set()
    for step in plan.steps:
        if step.year > through:
            continue
        planned.add((step.holder, step.award, step.year))
        recorded = (step.award, step.year) in held.get(step.holder, set())
        events.append(
            TrackEvent(
                holder=step.holder,
                name=names.get(step.holder, step.holder),
                year=step.year,
                award=step.award,
                kind=step.kind,
                status="recorded" if recorded else "missed",
            )
        )
    for holder, awards in held.items():
        for code, year in awards:
            award = catalogue.get(code)
            if (
                award is None
                or not plan.from_year <= year <= through
                or (holder, code, year) in planned
                or not (award.category in GIVEN or award.flag or award.rung)
            ):
                continue
            events.append(
                TrackEvent(
                    holder=holder,
                    name=names.get(holder, holder),
                    year=year,
                    award=code,
                    kind="proposal" if award.rung else "achievement",
                    status="unplanned",
                )
            )
    return events


def _replanned(replan: PortfolioResult, names) -> list[TrackEvent]:
    return [
        TrackEvent(
            holder=o.holder.id,
            name=names.get(o.holder.id, o.holder.name),
            year=step.year,
            award=step.award,
            kind=step.kind,
            status="replanned",
        )
        for o in replan.outcomes
        if o.plan is not None
        for step in o.plan.steps
    ]


def _event_order(event: TrackEvent) -> tuple:
    order = ("recorded", "missed", "unplanned", "replanned")
    return (event.year, order.index(event.status), event.name, event.award)


def _status(
    target, name, planned_year, achieved_year, outcome, conflict, through, unanswered=None
) -> TargetTrack:
    base = {
        "holder": target.holder,
        "name": name,
        "award": target.award,
        "by_year": target.by_year,
        "priority": target.priority,
        "planned_year": planned_year,
    }
    if achieved_year is not None:
        return TargetTrack(**base, achieved_year=achieved_year, status="achieved")
    new = outcome.plan.year if outcome is not None and outcome.plan is not None else None
    cost = outcome.plan.cost if outcome is not None and outcome.plan is not None else None
    alone = outcome.alone.year if outcome is not None and outcome.alone is not None else None
    replanned = {"replanned_year": new or alone, "replanned_cost": cost}
    by = target.by_year
    if by is not None and by <= through:
        reason = Words(
            vi=f"đã qua năm {by} mà chưa được đề nghị {target.award}",
            en=f"{by} has passed without the proposal of {target.award}",
        )
        return TargetTrack(**base, **replanned, status="unreachable", reasons=(reason,))
    if outcome is None and unanswered is not None:  # no answer is not "unreachable"
        return TargetTrack(**base, **replanned, status="unanswered", reasons=(unanswered,))
    if conflict is not None:
        reasons = (conflict.summary(), *conflict.reasons, *(n.words for n in conflict.needs))
        return TargetTrack(**base, **replanned, status="unreachable", reasons=reasons)
    if new is None:
        reason = Words(
            vi=f"không còn phương án đạt {target.award} trong tầm kế hoạch"
            + (f" (riêng đơn vị, không hạn mức: năm {alone})" if alone else ""),
            en=f"no plan reaches {target.award} within the horizon"
            + (f" (alone, without quotas: {alone})" if alone else ""),
        )
        return TargetTrack(**base, **replanned, status="unreachable", reasons=(reason,))
    if planned_year is None or new <= planned_year:
        return TargetTrack(**base, **replanned, status="on_track")
    return TargetTrack(**base, **replanned, status="late", late_by=new - planned_year)
