"""The council's plan: each holder reached or not, with its verified plan; each
stage of the solve with its status and gap; the flag quotas as used."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from planner.check.holder import HolderProfile
from planner.plan.result import Plan
from planner.rules.ruleset import Words


class HolderOutcome(BaseModel):
    model_config = ConfigDict(frozen=True)

    holder: HolderProfile
    block: str | None
    target: str
    priority: int
    by_year: int | None
    reached: bool
    plan: Plan | None = None
    alone: Plan | None = None  # its own best plan, when the council's plan leaves it out
    alone_reasons: tuple[Words, ...] = ()  # why even that is impossible, when it is
    note: Words | None = None

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "holder": self.holder.id,
            "name": self.holder.name,
            "block": self.block,
            "target": self.target,
            "priority": self.priority,
            "by": self.by_year,
            "reached": self.reached,
            "year": self.plan.year if self.plan else None,
            "cost": self.plan.cost if self.plan else None,
            "steps": [s.as_json(lang) for s in self.plan.steps] if self.plan else [],
            "alone": {"year": self.alone.year, "cost": self.alone.cost} if self.alone else None,
            "note": self.note(lang) if self.note else None,
        }


class QuotaUse(BaseModel):
    model_config = ConfigDict(frozen=True)

    scope: str  # "block" or "council"
    name: str
    year: int
    award: str
    held: int  # already in the record
    used: int  # held + planned
    cap: int


class StageReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    status: str
    value: int | None
    bound: float | None
    gap: float | None
    seconds: float


PlanTuple = tuple[tuple[tuple[int, str], ...], tuple[tuple[str, int], ...], int]


class BlockRecord(BaseModel):
    """A block's own solve (council caps aside), kept so that a change to one holder
    re-solves only its block (planner/plan/council/replan.py): its holders, its
    stages, its plans before any council repair (`relaxed`) and as returned (`final`),
    each as (awards, proposals, cost) or None."""

    model_config = ConfigDict(frozen=True)

    name: str
    holders: tuple[str, ...]
    entries: tuple[str, ...]  # a digest of each holder's entry, to tell what changed
    stages: tuple[StageReport, ...]
    relaxed: tuple[PlanTuple | None, ...]
    final: tuple[PlanTuple | None, ...]


STAGE_WORDS = {
    "reached": Words(vi="mục tiêu đạt (có trọng số)", en="weighted targets reached"),
    "earliness_effort": Words(
        vi="độ trễ có trọng số, rồi công sức", en="weighted lateness, then effort"
    ),
}


class PortfolioResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    from_year: int
    horizon: int
    ruleset: str
    status: str  # OPTIMAL when every stage is proven; FEASIBLE with a gap; else no plan
    gap: float | None  # the gap of the first stage not proven optimal (0 when all are)
    cancelled: bool = False  # stopped by the person (Cancel): the best plan so far, not proven
    stages: tuple[StageReport, ...]
    outcomes: tuple[HolderOutcome, ...]
    skipped: tuple[tuple[str, Words], ...] = ()  # holders not planned, and why
    quota_use: tuple[QuotaUse, ...] = ()
    seconds: dict[str, float] = {}
    size: dict[str, int] = {}
    blocks: tuple[BlockRecord, ...] = ()  # for replan_portfolio; not in as_json
    context: str = ""  # the request but its entries, time limit and workers
    weight: int = 0  # the effort weight W of the earliness-and-effort stage

    @property
    def reached(self) -> list[HolderOutcome]:
        return [o for o in self.outcomes if o.reached]

    @property
    def effort(self) -> int:
        return sum(o.plan.cost for o in self.outcomes if o.plan)

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "status": self.status,
            "gap": self.gap,
            "cancelled": self.cancelled,
            "from": self.from_year,
            "horizon": self.horizon,
            "ruleset": self.ruleset,
            "reached": len(self.reached),
            "holders": len(self.outcomes),
            "weight_reached": sum(o.priority for o in self.reached),
            "weight_total": sum(o.priority for o in self.outcomes),
            "effort": self.effort,
            "stages": [{**s.model_dump(), "text": STAGE_WORDS[s.name](lang)} for s in self.stages],
            "outcomes": [o.as_json(lang) for o in self.outcomes],
            "skipped": [{"holder": h, "reason": w(lang)} for h, w in self.skipped],
            "quota_use": [q.model_dump() for q in self.quota_use if q.used],
            "seconds": self.seconds,
            "size": self.size,
        }
