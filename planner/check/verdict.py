"""The answer to "may this holder be proposed for X in year P, and if not, what is missing?".

A verdict is a plain record: each requirement met, missing or assumed, with the
legal text it comes from and the achievements it rests on, the ruleset and every
setting used. The UI only formats it; `as_json` is what `--json` prints.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from planner.check.holder import HolderProfile
from planner.rules.ruleset import Words

Status = Literal["met", "missing", "assumed"]
Role = Literal["base", "counted", "recorded_only", "already_used", "other_basis"]
RequirementKind = Literal[
    "base", "continuity", "window_achievements", "operating_age", "discipline"
]

ROLE_WORDS: dict[str, Words] = {
    "base": Words(vi="căn cứ", en="base"),
    "counted": Words(vi="được tính", en="counted"),
    "recorded_only": Words(
        vi="ghi nhận, ưu tiên, không tính", en="recorded, priority, not counted"
    ),
    "already_used": Words(vi="đã dùng cho đề nghị khác", en="already used for another proposal"),
    "other_basis": Words(
        vi="không phải thành tích công tác năm, không tính", en="not for annual work, not counted"
    ),
}

STATUS_WORDS: dict[str, Words] = {
    "met": Words(vi="đạt", en="met"),
    "missing": Words(vi="thiếu", en="missing"),
    "assumed": Words(vi="giả định", en="assumed"),
}

CONCLUSION_WORDS: dict[bool, Words] = {
    True: Words(vi="ĐỦ ĐIỀU KIỆN", en="ELIGIBLE"),
    False: Words(vi="CHƯA ĐỦ ĐIỀU KIỆN", en="NOT ELIGIBLE"),
}

# The labels every reader of a verdict puts before its parts (the eligibility
# sheet, `khencao check`, `khencao audit`, `khencao plan`), worded once here.
VERDICT_LABELS: dict[str, Words] = {
    "warning": Words(vi="Cảnh báo", en="Warning"),
    "verdict": Words(vi="Kết luận", en="Verdict"),
    "requirement": Words(vi="Tiêu chuẩn", en="Requirement"),
    "missing": Words(vi="Còn thiếu", en="Missing"),
    "source": Words(vi="Căn cứ", en="Source"),
    "not_verified": Words(vi="chưa đối chiếu", en="not verified"),
    "not_counted": Words(vi="Không tính", en="Not counted"),
    "ruleset": Words(vi="Bộ tiêu chuẩn", en="Ruleset"),
    "settings": Words(vi="Thiết lập", en="Settings"),
}


class Evidence(BaseModel):
    model_config = ConfigDict(frozen=True)

    award: str
    year: int
    role: Role
    counts_as: str | None = None
    decision_no: str | None = None

    def text(self, lang: str = "vi") -> str:
        shown = f"{self.award} {self.year}"
        if self.counts_as and self.counts_as != self.award:
            shown += f" (→ {self.counts_as})"
        return shown

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {**self.model_dump(exclude_none=True), "role_text": ROLE_WORDS[self.role](lang)}


class RequirementCheck(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: RequirementKind
    status: Status
    statement: Words  # the requirement itself
    finding: Words  # what the record shows
    missing: Words | None = None  # what to do, when it is not met
    citation: str
    verified: bool
    evidence: tuple[Evidence, ...] = ()
    assumed_years: tuple[int, ...] = ()
    assumed_rating: str | None = None  # the rating those years are taken to have

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "kind": self.kind,
            "status": self.status,
            "requirement": self.statement(lang),
            "finding": self.finding(lang),
            "missing": self.missing(lang) if self.missing else None,
            "citation": self.citation,
            "verified": self.verified,
            "evidence": [e.as_json(lang) for e in self.evidence],
            "assumed_years": list(self.assumed_years),
        }


class RulesetUsed(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    title: Words
    period: str
    verified: bool


class RouteOutcome(BaseModel):
    """Another route of the rung than the one the verdict explains, and why it is
    not met (Decree 152/2025 Art. 4.1: a rung may have several routes)."""

    model_config = ConfigDict(frozen=True)

    route: Words
    eligible: bool
    missing: Words

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {"route": self.route(lang), "eligible": self.eligible, "missing": self.missing(lang)}


class Verdict(BaseModel):
    model_config = ConfigDict(frozen=True)

    holder: HolderProfile
    target: str
    proposal_year: int
    eligible: bool
    ruleset: RulesetUsed
    settings: dict[str, Any]
    requirements: tuple[RequirementCheck, ...]
    base: Evidence | None = None
    base_choice: Words | None = None
    window: tuple[int, int] | None = None
    not_counted: tuple[Evidence, ...] = ()
    earliest_year_without_new: int | None = None
    earliest_base: Evidence | None = None
    outlook: Words | None = None  # the earliest year, in words
    warnings: tuple[Words, ...] = ()
    route: Words | None = None  # the route explained, when the rung has several
    other_routes: tuple[RouteOutcome, ...] = ()

    @property
    def conclusion(self) -> Words:
        """“ĐỦ ĐIỀU KIỆN”, and when the answer takes something for granted,
        “ĐỦ ĐIỀU KIỆN (giả định 16 năm HTXSNV)”: a yes that rests on years no one
        recorded must never read as a plain yes (issue 14)."""
        plain = CONCLUSION_WORDS[self.eligible]
        if not self.rests_on_assumptions:
            return plain
        assumed = self.assumptions
        assert assumed is not None
        return Words(vi=f"{plain.vi} ({assumed.vi})", en=f"{plain.en} ({assumed.en})")

    def said(self, year: int | None = None) -> Words:
        """The conclusion as a sentence says it: “đủ điều kiện năm 2020 (giả định
        16 năm HTXSNV)”, “chưa đủ điều kiện năm 2020”."""
        plain = CONCLUSION_WORDS[self.eligible]
        vi, en = plain.vi.lower(), plain.en.lower()
        if year is not None:
            vi, en = f"{vi} năm {year}", f"{en} in {year}"
        assumed = self.assumptions if self.rests_on_assumptions else None
        if assumed is not None:
            vi, en = f"{vi} ({assumed.vi})", f"{en} ({assumed.en})"
        return Words(vi=vi, en=en)

    @property
    def rests_on_assumptions(self) -> bool:
        """Eligible, but only because of what was assumed (unrecorded ratings, the founding age)."""
        return self.eligible and self.assumptions is not None

    @property
    def assumptions(self) -> Words | None:
        """What the answer assumes, in a few words: “giả định 16 năm HTXSNV”."""
        parts_vi, parts_en = [], []
        n = len(self.assumed_years)
        if n:
            rating = next(
                (r.assumed_rating for r in self.requirements if r.assumed_rating), "HTXSNV"
            )
            parts_vi.append(f"{n} năm {rating}")
            parts_en.append(f"{n} year{'s' if n > 1 else ''} of {rating}")
        age = self.requirement("operating_age")
        if age is not None and age.status == "assumed":
            parts_vi.append("đủ thời gian xây dựng, phát triển")
            parts_en.append("enough years of operation")
        if not parts_vi:
            return None
        return Words(vi="giả định " + ", ".join(parts_vi), en="assuming " + " and ".join(parts_en))

    @property
    def evidence(self) -> list[Evidence]:
        """The achievements the answer rests on: the base and what was counted."""
        seen: list[Evidence] = []
        for requirement in self.requirements:
            for item in requirement.evidence:
                if item not in seen:
                    seen.append(item)
        return seen

    @property
    def missing(self) -> list[Words]:
        return [r.missing for r in self.requirements if r.missing is not None]

    def missing_summary(self) -> Words:
        """Everything missing, in one sentence per language."""
        return Words(
            vi="; ".join(m.vi for m in self.missing), en="; ".join(m.en for m in self.missing)
        )

    @property
    def assumed_years(self) -> list[int]:
        return sorted({y for r in self.requirements for y in r.assumed_years})

    def requirement(self, kind: RequirementKind) -> RequirementCheck | None:
        return next((r for r in self.requirements if r.kind == kind), None)

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "eligible": self.eligible,
            "conclusion": self.conclusion(lang),
            "rests_on_assumptions": self.rests_on_assumptions,
            "assumptions": self.assumptions(lang) if self.assumptions else None,
            "holder": self.holder.model_dump(),
            "target": self.target,
            "proposal_year": self.proposal_year,
            "ruleset": {
                "id": self.ruleset.id,
                "title": self.ruleset.title(lang),
                "period": self.ruleset.period,
                "verified": self.ruleset.verified,
            },
            "settings": self.settings,
            "base": self.base.as_json(lang) if self.base else None,
            "base_choice": self.base_choice(lang) if self.base_choice else None,
            "window": list(self.window) if self.window else None,
            "requirements": [r.as_json(lang) for r in self.requirements],
            "evidence": [e.as_json(lang) for e in self.evidence],
            "not_counted": [e.as_json(lang) for e in self.not_counted],
            "missing": [m(lang) for m in self.missing],
            "assumed_years": self.assumed_years,
            "earliest_year_without_new": self.earliest_year_without_new,
            "earliest_base": self.earliest_base.as_json(lang) if self.earliest_base else None,
            "outlook": self.outlook(lang) if self.outlook else None,
            "warnings": [w(lang) for w in self.warnings],
            "route": self.route(lang) if self.route else None,
            "other_routes": [r.as_json(lang) for r in self.other_routes],
        }
