"""Rulesets as declarative objects: what a rung needs, in counts of award codes.

The checker reads these objects and so will the CP-SAT planner; both must find
every condition spelled out as data (codes, counts, years, setting names), never
hidden in Python, so the two cannot disagree. Each requirement carries the legal
text it comes from and whether its numbers were checked against that text.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from graph.models import MAX_YEAR, MIN_YEAR, Basis, HolderKind

# Settings a rule entry may depend on (see planner/settings.py): an entry that
# names one applies only while that setting is on.
Toggle = Literal["flag_outranks_certificate", "founding_age"]


class RuleModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Words(RuleModel):
    """A text people read, in both languages of the product."""

    vi: str
    en: str

    def __call__(self, lang: str = "vi") -> str:
        return self.vi if lang == "vi" else self.en


class Citation(RuleModel):
    """Where a requirement is written: a legal document and its article, clause
    and point, or an appendix of the council letter and its section."""

    document: str = Field(min_length=1)
    article: str | None = None
    clause: str | None = None
    point: str | None = None
    section: str | None = None
    quote: str | None = None

    def text(self) -> str:
        article = " ".join(p for p in (self.article, self.clause, self.point) if p)
        return ", ".join(p for p in (self.document, article, self.section) if p)


class Cited(RuleModel):
    """A requirement with its sources; `verified` says whether its numbers were
    checked against the cited text (not only against a secondary summary)."""

    cite: tuple[Citation, ...] = Field(min_length=1)
    verified: bool

    def citation_text(self) -> str:
        return "; ".join(c.text() for c in self.cite)


class BaseAward(Cited):
    """An award held in year b that a proposal can rest on (the window opens at b)."""

    award: str
    enabled_by: Toggle | None = None


class Term(RuleModel):
    """At least `count` achievements whose code is one of `awards`, inside the window.

    With `consecutive_years`, `count` is a number of consecutive years each
    holding at least one such achievement (PL4: "5 năm liên tục có SKKN")."""

    awards: tuple[str, ...] = Field(min_length=1)
    count: int = Field(ge=1)
    consecutive_years: bool = False


class Option(RuleModel):
    """One way to meet the window condition: every term at once."""

    terms: tuple[Term, ...] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _from_counts(cls, value: object) -> object:
        """YAML shorthand: `{CO_CP: 1, CO_TP: 1}` is two terms of one code each."""
        if isinstance(value, dict) and "terms" not in value:
            return {"terms": [{"awards": [code], "count": n} for code, n in value.items()]}
        return value

    def codes(self) -> set[str]:
        return {code for term in self.terms for code in term.awards}


class OptionSet(Cited):
    """The alternatives ("one of") for what the window must hold besides the base."""

    any_of: tuple[Option, ...] = Field(min_length=1)


class Continuity(Cited):
    """The window: an unbroken run of `rating` years at least `gap_years` long."""

    rating: str = "HTXSNV"
    gap_years: int = Field(default=5, ge=1, le=30)


class OperatingAge(Cited):
    """The holder must have existed at least `min_years` before the proposal year."""

    min_years: int = Field(ge=1, le=100)
    enabled_by: Toggle | None = "founding_age"


class RungRule(RuleModel):
    """What a proposal for one rung needs, for one kind of holder."""

    base: tuple[BaseAward, ...] = Field(min_length=1)
    continuity: Continuity
    window_options: OptionSet
    flag_ineligible_options: OptionSet | None = None
    operating_age: OperatingAge | None = None
    note: Words | None = None

    def requirements(self) -> list[Cited]:
        found: list[Cited] = [*self.base, self.continuity, self.window_options]
        found += [r for r in (self.flag_ineligible_options, self.operating_age) if r]
        return found


class DisciplineRestart(Cited):
    """The principle that a disciplinary measure restarts every count: achievements
    up to the year its term was served count toward no merit award, and no
    proposal is made while a measure's term or review is open (Decree 152/2025
    Art. 4.3). A ruleset whose period the principle governs carries it, with its
    citation; the older rulesets do not, and answer as before."""

    note: Words | None = None


class Accumulation(Cited):
    """Which achievements accumulate toward a high award.

    `ministry_equivalents` maps a ministry-level code to the city-level code it
    would count as; whether it does is `ministry_awards_count` (the Hà Nội note
    under PL3 says no, the national text says yes). Only achievements of a
    basis in `basis` accumulate (Hà Nội: annual work only)."""

    ministry_awards_count: bool
    ministry_equivalents: dict[str, str] = {}
    basis: tuple[Basis, ...] = (Basis.ANNUAL, Basis.THEMATIC, Basis.EXTRAORDINARY)
    discipline_restarts: DisciplineRestart | None = None


class EffectivePeriod(RuleModel):
    """The proposal years a ruleset answers for (inclusive; open-ended if `last` is None)."""

    first: int = Field(ge=MIN_YEAR, le=MAX_YEAR)
    last: int | None = Field(default=None, ge=MIN_YEAR, le=MAX_YEAR)
    note: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> EffectivePeriod:
        if self.last is not None and self.last < self.first:
            raise ValueError(f"last ({self.last}) is before first ({self.first})")
        return self

    def __contains__(self, year: object) -> bool:
        return (
            isinstance(year, int)
            and self.first <= year
            and (self.last is None or year <= self.last)
        )

    def distance(self, year: int) -> int:
        if year in self:
            return 0
        if year < self.first:
            return self.first - year
        return year - (self.last or year)

    def text(self) -> str:
        return f"{self.first}–{self.last}" if self.last else f"{self.first}–"


class Ruleset(RuleModel):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: Words
    jurisdiction: str
    period: EffectivePeriod
    precedence: int = Field(
        default=0, description="among rulesets for the same year, the higher answers by default"
    )
    sources: dict[str, Citation] = Field(
        default={}, description="named citations, for YAML anchors and for the docs"
    )
    accumulation: Accumulation
    collective: dict[str, RungRule] = {}
    individual: dict[str, RungRule] = {}
    note: Words | None = None

    def rules(self, kind: HolderKind) -> dict[str, RungRule]:
        return self.collective if kind == "collective" else self.individual

    def rule(self, kind: HolderKind, target: str) -> RungRule | None:
        return self.rules(kind).get(target)

    def requirements(self) -> list[Cited]:
        found: list[Cited] = [self.accumulation]
        if self.accumulation.discipline_restarts is not None:
            found.append(self.accumulation.discipline_restarts)
        for rules in (self.collective, self.individual):
            for rule in rules.values():
                found += rule.requirements()
        return found

    @property
    def verified(self) -> bool:
        """A ruleset is verified only if every one of its numbers is."""
        return all(r.verified for r in self.requirements())
