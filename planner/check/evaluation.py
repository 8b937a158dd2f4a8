"""One proposal year, every possible base: the raw facts a verdict is made of.

A holder may have several awards that could serve as the base (three BK_TP, or a
BK_TP and a CO_TP); each opens its own window, so each is tried and kept. The
checker then picks the one that gives eligibility, or the earliest year, and
says which. Nothing here is worded: see planner/check/verdict.py for that.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict

from graph.catalogue import Catalogue
from graph.models import Achievement, Basis
from planner.check.counting import OptionResult, Tally, canonical_code, evaluate_options, tally
from planner.check.discipline import DisciplineBound, discipline_bound
from planner.check.holder import HolderProfile
from planner.check.ratings import YearRatings
from planner.check.window import Window, open_window
from planner.rules.ruleset import BaseAward, OptionSet, Route, Ruleset, RungRule, Words
from planner.settings import FlagIneligibleRoute, Settings


class NoRuleError(LookupError):
    """The ruleset says nothing about this target for this kind of holder."""

    def __init__(self, words: Words):
        super().__init__(words.en)
        self.words = words


class RuleNotEnteredError(NoRuleError):
    """The ruleset declares the rung `unknown`: its rule is not entered yet. The
    answer is that, with the articles to look up; never a guess, never the
    numbers of another ruleset."""

    def __init__(self, words: Words, ruleset: Ruleset, kind: str, target: str, unknown):
        super().__init__(words)
        self.ruleset_id = ruleset.id
        self.ruleset_title = ruleset.title
        self.kind = kind
        self.target = target
        self.articles = tuple(c.text() for c in unknown.articles)
        self.note = unknown.note

    def as_json(self, lang: str = "vi") -> dict:
        return {
            "rule_not_entered": True,
            "ruleset": {"id": self.ruleset_id, "title": self.ruleset_title(lang)},
            "holder_kind": self.kind,
            "target": self.target,
            "articles": list(self.articles),
            "note": self.note(lang) if self.note else None,
            "error": self.words(lang),
        }


class AgeCheck(BaseModel):
    model_config = ConfigDict(frozen=True)

    status: Literal["met", "missing", "assumed", "not_required"]
    min_years: int | None = None
    founded: int | None = None

    @property
    def earliest_year(self) -> int | None:
        if self.founded is None or self.min_years is None:
            return None
        return self.founded + self.min_years


class Attempt(BaseModel):
    """The proposal checked on one base."""

    model_config = ConfigDict(frozen=True)

    base: Achievement
    counts_as: str
    entry: BaseAward
    window: Window
    tally: Tally
    options: tuple[OptionResult, ...]

    @property
    def met_option(self) -> OptionResult | None:
        return next((o for o in self.options if o.met), None)

    @property
    def fewest_missing(self) -> int:
        return min((o.missing_total for o in self.options), default=0)

    @property
    def window_met(self) -> bool:
        return self.window.met and self.met_option is not None

    @property
    def years_short(self) -> int:
        short = max(0, self.window.gap - self.window.length)
        return short + max(0, self.window.higher_min - len(self.window.higher_years))

    def rank(self) -> tuple:
        """Smaller is better: met, then the fewest years and achievements short,
        then the latest base (the shortest window that works)."""
        return (not self.window_met, self.years_short, self.fewest_missing, -self.base.year)


class Evaluation(BaseModel):
    model_config = ConfigDict(frozen=True)

    holder: HolderProfile
    target: str
    year: int
    rule: Route  # the route of the rung this evaluation checked
    route_index: int = 0
    route_count: int = 1
    routes: tuple[str, ...]  # the option sets open to the holder: standard, flag_ineligible
    attempts: tuple[Attempt, ...]
    consumed_until: int | None
    age: AgeCheck
    discipline: DisciplineBound = DisciplineBound()
    refused_bases: tuple[Achievement, ...] = ()  # base codes of a basis that does not count
    other_routes: tuple[Evaluation, ...] = ()  # the rung's other routes, each checked

    @property
    def eligible(self) -> bool:
        if self.discipline.refuses:
            return False
        return self.age.status != "missing" and any(a.window_met for a in self.attempts)

    def rank(self) -> tuple:
        """Smaller is better: eligible, then the best attempt's rank, then the route's order."""
        best = self.best()
        return (not self.eligible, best is None, best.rank() if best else (), self.route_index)

    def best(self) -> Attempt | None:
        return min(self.attempts, key=Attempt.rank, default=None)

    def attempt_on(self, base: Achievement) -> Attempt | None:
        return next((a for a in self.attempts if a.base == base), None)

    def option_sets(self) -> list[tuple[str, OptionSet]]:
        """The option sets this holder was checked against, by route."""
        sets = {
            "standard": self.rule.window_options,
            "flag_ineligible": self.rule.flag_ineligible_options,
        }
        return [(route, sets[route]) for route in self.routes]


def find_rule(ruleset: Ruleset, holder: HolderProfile, target: str) -> RungRule:
    """The rung's rule; raises NoRuleError if the ruleset has none for this kind of
    holder, RuleNotEnteredError if it declares the rung unknown."""
    rule = ruleset.rule(holder.kind, target)
    kind_vi = "tập thể" if holder.kind == "collective" else "cá nhân"
    kind_en = "collectives" if holder.kind == "collective" else "individuals"
    if rule is None:
        known = ", ".join(ruleset.rules(holder.kind)) or "—"
        raise NoRuleError(
            Words(
                vi=f"Bộ tiêu chuẩn {ruleset.id} không có tiêu chuẩn {target} cho {kind_vi} "
                f"(có: {known}).",
                en=f"Ruleset {ruleset.id} has no standard for {target} for {kind_en} "
                f"(it has: {known}).",
            )
        )
    if rule.unknown is not None:
        articles = "; ".join(c.text() for c in rule.unknown.articles)
        raise RuleNotEnteredError(
            Words(
                vi=f"Quy định chưa được nhập: bộ tiêu chuẩn “{ruleset.title.vi}” ({ruleset.id}) "
                f"chưa có số liệu cho {target} của {kind_vi}. Cần tra: {articles}. "
                "Không có kết luận nào được đưa ra.",
                en=f"The rule is not entered yet: ruleset “{ruleset.title.en}” ({ruleset.id}) "
                f"has no numbers for {target} for {kind_en}. Look up: {articles}. "
                "No answer is given.",
            ),
            ruleset,
            holder.kind,
            target,
            rule.unknown,
        )
    return rule


def option_routes(
    rule: Route, holder: HolderProfile, settings: Settings
) -> list[tuple[str, OptionSet]]:
    """The option sets open to this holder: the flag-ineligible ones replace the
    standard ones for a collective that cannot receive flags (the law's reading)."""
    special = rule.flag_ineligible_options
    if holder.kind != "collective" or special is None:
        return [("standard", rule.window_options)]
    if not holder.flag_eligible:
        return [("flag_ineligible", special)]
    if settings.flag_ineligible_route is FlagIneligibleRoute.ANY_COLLECTIVE:
        return [("standard", rule.window_options), ("flag_ineligible", special)]
    return [("standard", rule.window_options)]


def consumed_until(
    achievements: Iterable[Achievement],
    target: str,
    year: int,
    catalogue: Catalogue,
    settings: Settings,
    ruleset: Ruleset | None = None,
) -> int | None:
    """The year of the latest award at or above the target's rung before `year`:
    a repeat proposal cannot rest on what came before it. Under a ruleset, only
    awards of a basis that accumulates close the history: a thematic BK_TTG is no
    merit award (Decree 152/2025 Art. 4.2; docs/rules.md A18)."""
    if not settings.repeat_award_needs_new_base:
        return None
    rung = catalogue[target].rung if target in catalogue else None
    if rung is None:
        return None
    years = [
        a.year
        for a in achievements
        if a.year < year
        and (ruleset is None or a.basis in ruleset.accumulation.basis)
        and (catalogue.get(a.award) and (catalogue[a.award].rung or 0) >= rung)
    ]
    return max(years, default=None)


def candidate_bases(
    rule: Route,
    achievements: Iterable[Achievement],
    year: int,
    ruleset: Ruleset,
    settings: Settings,
    after: int | None,
) -> list[tuple[Achievement, str, BaseAward]]:
    found = []
    for achievement in sorted(achievements, key=lambda a: (a.year, a.award)):
        if achievement.year >= year or (after is not None and achievement.year <= after):
            continue
        if achievement.basis not in ruleset.accumulation.basis:
            continue
        if achievement.used_by and not settings.count_used_achievements:
            continue
        code = canonical_code(achievement.award, ruleset, settings)
        for entry in rule.base:
            if entry.award == code and settings.enabled(entry.enabled_by):
                found.append((achievement, code, entry))
                break
    return found


def check_age(rule: Route, holder: HolderProfile, year: int, settings: Settings) -> AgeCheck:
    """The founding-age condition for a proposal in `year`. The one reading of it:
    the planner takes its first proposal year from here (`earliest_year`)."""
    age = rule.operating_age
    if age is None or holder.kind != "collective" or not settings.enabled(age.enabled_by):
        return AgeCheck(status="not_required")
    if holder.founded is None:
        return AgeCheck(status="assumed", min_years=age.min_years)
    found = AgeCheck(status="met", min_years=age.min_years, founded=holder.founded)
    if year < (found.earliest_year or year):
        return found.model_copy(update={"status": "missing"})
    return found


def refused_bases(
    rule: Route,
    achievements: Iterable[Achievement],
    year: int,
    ruleset: Ruleset,
    settings: Settings,
) -> tuple[Achievement, ...]:
    """Awards of a base code held before `year` whose basis does not accumulate
    (Decree 152/2025 Art. 4.2: thematic and extraordinary awards are no base for
    a merit award): shown, never used."""
    if len(ruleset.accumulation.basis) == len(Basis):
        return ()  # every basis accumulates
    codes = {e.award for e in rule.base if settings.enabled(e.enabled_by)}
    return tuple(
        a
        for a in sorted(achievements, key=lambda a: (a.year, a.award))
        if a.year < year
        and a.basis not in ruleset.accumulation.basis
        and canonical_code(a.award, ruleset, settings) in codes
    )


def evaluate(
    holder: HolderProfile,
    achievements: Sequence[Achievement],
    target: str,
    year: int,
    ruleset: Ruleset,
    settings: Settings,
    catalogue: Catalogue,
) -> Evaluation:
    """Every route of the rung, every base the holder could propose `target` on in
    `year`, each with its window and how far each option is from met. The route
    returned is the one that makes the proposal eligible, else the closest; the
    others are in `other_routes`."""
    rule = find_rule(ruleset, holder, target)
    if len(rule.routes) == 1:  # the shape of every ruleset before the 2022 Law
        route = rule.routes[0]
        return evaluate_route(
            route, 0, 1, holder, achievements, target, year, ruleset, settings, catalogue
        )
    found = [
        evaluate_route(
            route,
            i,
            len(rule.routes),
            holder,
            achievements,
            target,
            year,
            ruleset,
            settings,
            catalogue,
        )
        for i, route in enumerate(rule.routes)
    ]
    best = min(found, key=Evaluation.rank)
    if len(found) == 1:
        return best
    return best.model_copy(update={"other_routes": tuple(e for e in found if e is not best)})


def evaluate_route(
    rule: Route,
    index: int,
    count: int,
    holder: HolderProfile,
    achievements: Sequence[Achievement],
    target: str,
    year: int,
    ruleset: Ruleset,
    settings: Settings,
    catalogue: Catalogue,
) -> Evaluation:
    ratings = YearRatings(achievements, catalogue, rule.continuity)
    gap = settings.gap(rule.continuity.gap_years)
    higher = rule.continuity.higher_years
    routes = option_routes(rule, holder, settings)
    relevant = {code for _, options in routes for o in options.any_of for code in o.codes()}
    discipline = discipline_bound(holder, ruleset, year)
    repeat = consumed_until(achievements, target, year, catalogue, settings, ruleset)
    after = discipline.bases_after(repeat, settings)
    attempts = []
    for base, code, entry in candidate_bases(rule, achievements, year, ruleset, settings, after):
        window = open_window(
            base.year, year, ratings, settings, gap, discipline.counts_from, higher
        )
        counted = tally(achievements, window, base, relevant, ruleset, settings)
        options = tuple(
            result
            for route, option_set in routes
            for result in evaluate_options(route, option_set, counted.counted)
        )
        attempts.append(
            Attempt(
                base=base,
                counts_as=code,
                entry=entry,
                window=window,
                tally=counted,
                options=options,
            )
        )
    return Evaluation(
        holder=holder,
        target=target,
        year=year,
        rule=rule,
        route_index=index,
        route_count=count,
        routes=tuple(route for route, _ in routes),
        attempts=tuple(attempts),
        consumed_until=repeat,
        age=check_age(rule, holder, year, settings),
        discipline=discipline,
        refused_bases=refused_bases(rule, achievements, year, ruleset, settings),
    )
