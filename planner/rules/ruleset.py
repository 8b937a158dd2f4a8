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


# The yearly ratings, best first (docs/domain.md §2): "HTTNV or better" is HTTNV or HTXSNV.
RATING_ORDER: tuple[str, ...] = ("HTXSNV", "HTTNV", "HTNV", "KHTNV")


def rating_rank(code: str) -> int:
    """0 for the best rating; a code that is not a rating ranks below every rating."""
    return RATING_ORDER.index(code) if code in RATING_ORDER else len(RATING_ORDER)


class HigherYears(RuleModel):
    """Inside the run, at least `min_years` years rated `rating` (or better): the
    2022 Law's "trong thời gian đó có từ 02 năm trở lên được công nhận hoàn thành
    xuất sắc nhiệm vụ"."""

    rating: str = Field(default="HTXSNV", description="the higher rating counted inside the run")
    min_years: int = Field(ge=1, le=30, description="years at that rating the run must hold")


class Continuity(Cited):
    """The window: an unbroken run of `rating` years at least `gap_years` long.

    With `or_better`, a year rated better than `rating` keeps the run too
    ("hoàn thành tốt nhiệm vụ trở lên"); `higher` then asks for a number of years
    at a higher rating inside the run (docs/rules.md §12)."""

    rating: str = Field(default="HTXSNV", description="the yearly rating of every year of the run")
    or_better: bool = Field(
        default=False, description="a year rated better than `rating` also keeps the run"
    )
    higher: HigherYears | None = Field(
        default=None, description="years at a higher rating the run must hold (needs or_better)"
    )
    gap_years: int = Field(default=5, ge=1, le=30, description="the run's least length, in years")

    @model_validator(mode="after")
    def _higher_is_higher(self) -> Continuity:
        if self.higher is not None:
            if not self.or_better:
                raise ValueError("`higher` needs `or_better: true` (a run of one rating only)")
            known = {self.higher.rating, self.rating} <= set(RATING_ORDER)  # else: the catalogue
            if known and rating_rank(self.higher.rating) >= rating_rank(self.rating):
                raise ValueError(
                    f"`higher.rating` ({self.higher.rating}) must rank above `rating` "
                    f"({self.rating}); order: {' > '.join(RATING_ORDER)}"
                )
        return self

    def keeps_run(self, rating: str) -> bool:
        """Whether a year rated `rating` keeps the run unbroken."""
        if self.or_better:
            return rating_rank(rating) <= rating_rank(self.rating)
        return rating == self.rating

    def is_higher(self, rating: str) -> bool:
        """Whether a year rated `rating` counts toward `higher` (or toward the run,
        when there is no `higher`)."""
        wanted = self.higher.rating if self.higher else self.rating
        return rating_rank(rating) <= rating_rank(wanted)

    @property
    def planned_rating(self) -> str:
        """The rating a coming year is assumed to get (`future_years_excellent`):
        HTXSNV when better years count, else the run's own rating."""
        return RATING_ORDER[0] if self.or_better else self.rating

    @property
    def higher_years(self) -> int:
        return self.higher.min_years if self.higher else 0


class OperatingAge(Cited):
    """The holder must have existed at least `min_years` before the proposal year."""

    min_years: int = Field(ge=1, le=100)
    enabled_by: Toggle | None = "founding_age"


class Route(RuleModel):
    """One way to earn a rung: a base award, a run of rated years, what the window
    holds. Decree 152/2025 Art. 4.1: a lower award is not a prerequisite as such;
    each criterion names its routes, and the ladder route ("Đã được tặng X và sau
    đó …") is one of them."""

    name: Words | None = Field(default=None, description="how people call this route")
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

class UnknownRule(RuleModel):
    """A rung whose numbers are not entered yet: a check or a plan for it answers
    "quy định chưa được nhập", naming where to look, and never guesses."""

    articles: tuple[Citation, ...] = Field(
        min_length=1, description="where the numbers are written, to look up"
    )
    note: Words | None = Field(default=None, description="what is known, and what is not")


ROUTE_FIELDS = frozenset(Route.model_fields) - {"note"}


class RungRule(RuleModel):
    """What a proposal for one rung needs, for one kind of holder: any one of its
    routes, or nothing yet (`unknown`).

    A file may write one route directly at the rung (`base`, `continuity`, …, the
    shape of every ruleset before the 2022 Law): it is read as `routes: [that]`."""

    routes: tuple[Route, ...] = Field(default=(), description="any one of these earns the rung")
    unknown: UnknownRule | None = Field(
        default=None, description="the rung's rule is not entered yet: where to look it up"
    )
    note: Words | None = None

    @model_validator(mode="before")
    @classmethod
    def _one_route(cls, value: object) -> object:
        if isinstance(value, dict) and "routes" not in value and ROUTE_FIELDS & set(value):
            rung_fields = ("note", "unknown")
            route = {k: v for k, v in value.items() if k not in rung_fields}
            return {"routes": [route], **{k: value[k] for k in rung_fields if k in value}}
        return value

    @model_validator(mode="after")
    def _routes_or_unknown(self) -> RungRule:
        if bool(self.routes) == (self.unknown is not None):
            raise ValueError("a rung has either `routes` (at least one) or `unknown`, not both")
        return self

    @property
    def entered(self) -> bool:
        return self.unknown is None

    @property
    def route(self) -> Route:
        """The rung's only route (the shape before the 2022 Law). A rung of several
        routes, or of none, has no single route: read `routes`."""
        if len(self.routes) != 1:
            raise ValueError(f"this rung has {len(self.routes)} routes, not one; read `routes`")
        return self.routes[0]

    # The fields of the only route, for readers written before routes existed.
    base = property(lambda self: self.route.base)
    continuity = property(lambda self: self.route.continuity)
    window_options = property(lambda self: self.route.window_options)
    flag_ineligible_options = property(lambda self: self.route.flag_ineligible_options)
    operating_age = property(lambda self: self.route.operating_age)

    def requirements(self) -> list[Cited]:
        return [r for route in self.routes for r in route.requirements()]


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


class Principle(Cited):
    """A principle of the law that shapes every rung (Decree 152/2025 Art. 4), named
    so that a verdict and the docs can cite it. What it does is data elsewhere:
    `accumulation.basis` for the basis of awards, the discipline record for a
    disciplinary measure; `applied_by` names that place."""

    id: str = Field(pattern=r"^[a-z0-9_]+$", description="a short name")
    text: Words = Field(description="the principle in words")
    applied_by: str | None = Field(default=None, description="where the ruleset applies it")


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
    principles: tuple[Principle, ...] = Field(
        default=(), description="principles of the law that shape every rung"
    )
    collective: dict[str, RungRule] = {}
    individual: dict[str, RungRule] = {}
    note: Words | None = None

    def rules(self, kind: HolderKind) -> dict[str, RungRule]:
        return self.collective if kind == "collective" else self.individual

    def rule(self, kind: HolderKind, target: str) -> RungRule | None:
        return self.rules(kind).get(target)

    def unknown_rungs(self) -> list[tuple[HolderKind, str]]:
        """The rungs declared `unknown`: their rule is still to be entered."""
        return [
            (kind, code)
            for kind in ("collective", "individual")
            for code, rule in self.rules(kind).items()
            if rule.unknown is not None
        ]

    def requirements(self) -> list[Cited]:
        found: list[Cited] = [self.accumulation, *self.principles]
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
