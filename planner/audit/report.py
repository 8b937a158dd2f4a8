"""What an audit reports: one row per line of the document, and the rows whose
answer changes with the window convention.

Plain records, as the verdict: the CLI and the app only format them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from graph.models import Target
from planner.check.holder import HolderProfile
from planner.check.standing import Standing
from planner.check.verdict import Verdict
from planner.plan.best_case import BestCase
from planner.rules.ruleset import Words
from planner.settings import WindowConvention

Outcome = Literal["agreement", "finding"]


class AuditRow(BaseModel):
    model_config = ConfigDict(frozen=True)

    target: Target
    holder: HolderProfile | None
    outcome: Outcome
    summary: Words
    notes: tuple[Words, ...] = ()
    verdict: Verdict | None = None
    standing: Standing | None = None
    earliest_without_new: int | None = None
    best_case: BestCase | None = None
    flag_ineligible_case: BestCase | None = None

    @property
    def document_year(self) -> int | None:
        if self.target.section == "proposal":
            return self.target.plan_year
        return self.target.by_year

    @property
    def earliest_possible(self) -> int | None:
        """The rules' earliest year for the row: the proposal year if eligible,
        else the best case."""
        if self.verdict is not None and self.verdict.eligible:
            return self.target.plan_year
        return self.best_case.year if self.best_case else None

    def as_json(self, lang: str = "vi") -> dict:
        return {
            "holder": self.target.holder,
            "name": self.holder.name if self.holder else None,
            "award": self.target.award,
            "section": self.target.section,
            "plan_year": self.target.plan_year,
            "document_year": self.document_year,
            "note": self.target.note,
            "outcome": self.outcome,
            "summary": self.summary(lang),
            "notes": [n(lang) for n in self.notes],
            "eligible_now": self.verdict.eligible if self.verdict else None,
            "missing_now": [m(lang) for m in self.verdict.missing] if self.verdict else [],
            "earliest_without_new": self.earliest_without_new,
            "earliest_possible": self.earliest_possible,
            "best_case": _best_json(self.best_case),
            "flag_ineligible_case": _best_json(self.flag_ineligible_case),
            "current_rung": self.standing.current_rung if self.standing else None,
            "next_target": self.standing.next_target if self.standing else None,
            "verdict": self.verdict.as_json(lang) if self.verdict else None,
        }


class WindowChange(BaseModel):
    """A row whose answer differs under the other window convention."""

    model_config = ConfigDict(frozen=True)

    holder: str
    award: str
    section: str
    window: WindowConvention
    other_window: WindowConvention
    words: Words


class AuditReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    ruleset: str
    settings: dict
    rows: tuple[AuditRow, ...]
    window_changes: tuple[WindowChange, ...] = ()
    warnings: tuple[Words, ...] = ()

    @property
    def findings(self) -> list[AuditRow]:
        return [r for r in self.rows if r.outcome == "finding"]

    @property
    def agreements(self) -> list[AuditRow]:
        return [r for r in self.rows if r.outcome == "agreement"]

    def row(self, holder: str, section: str | None = None) -> AuditRow | None:
        return next(
            (
                r
                for r in self.rows
                if r.target.holder == holder and (section is None or r.target.section == section)
            ),
            None,
        )

    def as_json(self, lang: str = "vi") -> dict:
        return {
            "ruleset": self.ruleset,
            "settings": self.settings,
            "counts": {
                "rows": len(self.rows),
                "agreements": len(self.agreements),
                "findings": len(self.findings),
            },
            "rows": [r.as_json(lang) for r in self.rows],
            "window_changes": [
                {
                    "holder": c.holder,
                    "award": c.award,
                    "section": c.section,
                    "window": c.window.value,
                    "other_window": c.other_window.value,
                    "change": c.words(lang),
                }
                for c in self.window_changes
            ],
            "warnings": [w(lang) for w in self.warnings],
        }


def _best_json(best: BestCase | None) -> dict | None:
    if best is None:
        return None
    return {
        "year": best.year,
        "base": f"{best.base.award} {best.base.year}" if best.base else None,
        "additions": [{"award": a.award, "year": a.year} for a in best.additions],
        "effort": best.effort,
    }
