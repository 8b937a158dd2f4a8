"""A plan as people and programs read it: the steps with their reasons, the
alternatives, the assumptions listed apart, and why not when there is no plan.

`PlanResult.as_json(lang)` is what `khencao plan --json` prints and what the app
shows; nothing in it needs the solver to be understood.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from planner.check.holder import HolderProfile
from planner.check.verdict import Verdict
from planner.rules.ruleset import Words

StepKind = Literal["achievement", "proposal"]


class PlanStep(BaseModel):
    """A new award to win for a year's work, or a rung to propose in a year."""

    model_config = ConfigDict(frozen=True)

    year: int
    award: str
    kind: StepKind
    effort: int
    rung: str | None  # the rung it serves
    reason: Words

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "year": self.year,
            "award": self.award,
            "kind": self.kind,
            "effort": self.effort,
            "rung": self.rung,
            "reason": self.reason(lang),
        }


class RungProposal(BaseModel):
    """A rung proposed in the plan, as the checker sees it with the plan added."""

    model_config = ConfigDict(frozen=True)

    rung: str
    year: int
    base: str
    window: tuple[int, int] | None
    option: Words
    verdict: Verdict

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "rung": self.rung,
            "year": self.year,
            "base": self.base,
            "window": list(self.window) if self.window else None,
            "option": self.option(lang),
            "eligible": self.verdict.eligible,
        }


class Plan(BaseModel):
    model_config = ConfigDict(frozen=True)

    year: int  # the target's proposal year
    cost: int  # the effort of the new awards
    steps: tuple[PlanStep, ...]
    proposals: tuple[RungProposal, ...]
    assumed_years: tuple[int, ...] = ()  # coming years assumed rated excellent

    def as_json(self, lang: str = "vi", verdicts: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "year": self.year,
            "cost": self.cost,
            "steps": [s.as_json(lang) for s in self.steps],
            "proposals": [p.as_json(lang) for p in self.proposals],
            "assumed_years": list(self.assumed_years),
        }
        if verdicts:
            out["verdicts"] = [p.verdict.as_json(lang) for p in self.proposals]
        return out

    def summary(self, lang: str = "vi") -> str:
        """ "2021 · 13 (CO_TP 2020, CO_CP 2020)": how offices write a roadmap row."""
        added = [f"{s.award} {s.year}" for s in self.steps if s.kind == "achievement"]
        shown = ", ".join(added) or ("không cần thành tích mới" if lang == "vi" else "nothing new")
        return f"{self.year} · {self.cost} ({shown})"


class Reason(BaseModel):
    """A rule or assumption that binds: without it, the question would have an answer."""

    model_config = ConfigDict(frozen=True)

    family: str
    rung: str | None = None
    year: int | None = None
    words: Words
    citation: str | None = None

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "family": self.family,
            "rung": self.rung,
            "year": self.year,
            "text": self.words(lang),
            "citation": self.citation,
        }


class SolveStats(BaseModel):
    model_config = ConfigDict(frozen=True)

    solves: int
    milliseconds: float
    variables: int
    constraints: int


class PlanResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    holder: HolderProfile
    target: str
    chain: tuple[str, ...]
    from_year: int
    by_year: int | None
    horizon: int
    searched_until: int  # the last proposal year the model held (trimmed horizon)
    ruleset: str
    settings: dict[str, Any]
    feasible: bool
    ruleset_title: Words | None = None  # the ruleset in words, shown wherever the plan is
    plan: Plan | None = None
    alternatives: tuple[Plan, ...] = ()
    assumptions: tuple[Words, ...] = ()
    reasons: tuple[Reason, ...] = ()  # why there is no plan
    earliest: Plan | None = None  # the plan without the deadline, when a deadline is missed
    warnings: tuple[Words, ...] = ()
    cancelled: bool = False  # stopped on request: the plans found so far, not proven optimal
    stats: SolveStats | None = None

    @property
    def year(self) -> int | None:
        return self.plan.year if self.plan else None

    @property
    def cost(self) -> int | None:
        return self.plan.cost if self.plan else None

    @property
    def plans(self) -> list[Plan]:
        """The Pareto front: the plan, then each later and strictly cheaper one."""
        return [self.plan, *self.alternatives] if self.plan else []

    def as_json(self, lang: str = "vi", verdicts: bool = False) -> dict[str, Any]:
        plan = self.plan.as_json(lang, verdicts) if self.plan else None
        return {
            "feasible": self.feasible,
            "cancelled": self.cancelled,
            "year": self.year,
            "cost": self.cost,
            "steps": plan["steps"] if plan else [],
            "proposals": plan["proposals"] if plan else [],
            "alternatives": [a.as_json(lang, verdicts) for a in self.alternatives],
            "holder": self.holder.model_dump(),
            "target": self.target,
            "chain": list(self.chain),
            "from": self.from_year,
            "by": self.by_year,
            "horizon": self.horizon,
            "searched_until": self.searched_until,
            "assumptions": [a(lang) for a in self.assumptions],
            "assumed_years": plan["assumed_years"] if plan else [],
            "reasons": [r.as_json(lang) for r in self.reasons],
            "earliest_without_deadline": self.earliest.as_json(lang) if self.earliest else None,
            "ruleset": self.ruleset,
            "ruleset_title": self.ruleset_title(lang) if self.ruleset_title else None,
            "settings": self.settings,
            "warnings": [w(lang) for w in self.warnings],
            "stats": self.stats.model_dump() if self.stats else None,
            **({"verdicts": plan["verdicts"]} if plan and verdicts else {}),
        }
