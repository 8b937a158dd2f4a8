"""What counts inside a window, and how far each option is from being met.

Three things keep an achievement out of the count even inside the window: it is
the base award itself (counted once, as the base), it is a ministry-level award
under a ruleset where only the city's own accumulate (recorded and shown as a
priority instead), or it was already used for another proposal.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from graph.models import Achievement
from planner.check.window import Window
from planner.rules.ruleset import Option, OptionSet, Ruleset, Term
from planner.settings import Settings


class Counted(BaseModel):
    model_config = ConfigDict(frozen=True)

    achievement: Achievement
    counts_as: str


class Tally(BaseModel):
    """The achievements of a window, sorted by what the ruleset does with them."""

    model_config = ConfigDict(frozen=True)

    counted: tuple[Counted, ...] = ()
    recorded_only: tuple[Achievement, ...] = ()  # ministry-level, not accumulating here
    already_used: tuple[Achievement, ...] = ()
    other_basis: tuple[Achievement, ...] = ()  # thematic/extraordinary where only annual counts


class TermResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    term: Term
    have: int
    evidence: tuple[Achievement, ...] = ()

    @property
    def missing(self) -> int:
        return max(0, self.term.count - self.have)


class OptionResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    route: str  # "standard" or "flag_ineligible"
    index: int
    option: Option
    terms: tuple[TermResult, ...]

    @property
    def met(self) -> bool:
        return all(t.missing == 0 for t in self.terms)

    @property
    def missing_total(self) -> int:
        return sum(t.missing for t in self.terms)

    @property
    def evidence(self) -> list[Achievement]:
        return [a for t in self.terms for a in t.evidence]


def canonical_code(code: str, ruleset: Ruleset, settings: Settings) -> str | None:
    """The code an award counts as, or None if it does not accumulate here."""
    equivalent = ruleset.accumulation.ministry_equivalents.get(code)
    if equivalent is None:
        return code
    return equivalent if settings.ministry_counts(ruleset) else None


def tally(
    achievements: Iterable[Achievement],
    window: Window,
    base: Achievement | None,
    relevant: set[str],
    ruleset: Ruleset,
    settings: Settings,
) -> Tally:
    """Sort the window's achievements whose code (or equivalent) an option names."""
    counted: list[Counted] = []
    recorded_only: list[Achievement] = []
    already_used: list[Achievement] = []
    other_basis: list[Achievement] = []
    equivalents = ruleset.accumulation.ministry_equivalents
    for achievement in sorted(achievements, key=lambda a: (a.year, a.award)):
        # The base counts once, as the base; a record equal in every field is the same award.
        if achievement == base or not window.holds(achievement.year):
            continue
        code = canonical_code(achievement.award, ruleset, settings)
        if code is None:
            if equivalents[achievement.award] in relevant:
                recorded_only.append(achievement)
            continue
        if code not in relevant:
            continue
        if achievement.basis not in ruleset.accumulation.basis:
            other_basis.append(achievement)
        elif achievement.used_by and not settings.count_used_achievements:
            already_used.append(achievement)
        else:
            counted.append(Counted(achievement=achievement, counts_as=code))
    return Tally(
        counted=tuple(counted),
        recorded_only=tuple(recorded_only),
        already_used=tuple(already_used),
        other_basis=tuple(other_basis),
    )


def evaluate_term(term: Term, counted: Iterable[Counted]) -> TermResult:
    matching = [c.achievement for c in counted if c.counts_as in term.awards]
    if not term.consecutive_years:
        return TermResult(term=term, have=len(matching), evidence=tuple(matching[: term.count]))
    by_year: dict[int, Achievement] = {}
    for achievement in matching:
        by_year.setdefault(achievement.year, achievement)
    run = _longest_run(sorted(by_year))
    return TermResult(term=term, have=len(run), evidence=tuple(by_year[y] for y in run))


def _longest_run(years: list[int]) -> list[int]:
    best: list[int] = []
    current: list[int] = []
    for year in years:
        current = [*current, year] if current and year == current[-1] + 1 else [year]
        if len(current) > len(best):
            best = current
    return best


def evaluate_options(
    route: str, options: OptionSet, counted: Iterable[Counted]
) -> list[OptionResult]:
    counted = list(counted)
    return [
        OptionResult(
            route=route,
            index=i,
            option=option,
            terms=tuple(evaluate_term(term, counted) for term in option.terms),
        )
        for i, option in enumerate(options.any_of)
    ]
