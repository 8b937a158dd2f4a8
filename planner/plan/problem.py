"""The planning problem of one holder, compiled from the checker's own rule objects.

Nothing here knows CP-SAT. The rungs to climb, the bases each can rest on, the
options of its window, which years break the run of excellent ratings, what the
record already counts in each year, and which awards the plan may add in which
year: all are read from the same `RungRule`, `Settings` and counting functions the
checker uses (planner.check.evaluation, planner.check.counting, planner.check.window), so that the
solver and the checker cannot read a rule two ways.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from enum import StrEnum
from itertools import product

from graph.catalogue import Catalogue
from graph.models import MAX_YEAR, MIN_YEAR, Achievement
from planner.check.counting import tally
from planner.check.discipline import DisciplineBound, discipline_bound
from planner.check.evaluation import (
    candidate_bases,
    check_age,
    consumed_until,
    find_rule,
    option_routes,
)
from planner.check.holder import HolderProfile
from planner.check.ratings import YearRatings, YearStatus
from planner.check.standing import standing
from planner.check.window import Window, window_opening
from planner.plan.request import PlanRequest
from planner.rules.ruleset import Continuity, Option, Route, Ruleset
from planner.settings import Settings


class YearKind(StrEnum):
    EXCELLENT = "excellent"
    BREAK = "break"  # recorded below the rating, or unknown and not assumed
    DEPENDS = "depends"  # a coming year that is excellent only if the plan brings a flag


@dataclass(frozen=True)
class RouteOption:
    """One way to fill a window (an option of the standard or the flag-ineligible set)."""

    route: str
    index: int
    option: Option


@dataclass(frozen=True)
class HeldBase:
    """A recorded award a rung can rest on. `until` is the last proposal year it can
    serve: a later award at or above the rung closes it (repeat awards)."""

    award: Achievement
    code: str
    opens: int
    until: int | None
    copies: int  # records equal to it: the checker leaves all of them out of the count


@dataclass(frozen=True)
class Rung:
    """One rung to propose, with everything its proposal needs."""

    code: str
    rule: Route  # the route of the rung this problem plans (one problem per choice of routes)
    rating: str
    gap: int
    options: tuple[RouteOption, ...]
    held_bases: tuple[HeldBase, ...]
    planned_bases: tuple[str, ...]  # codes the plan may add to serve as base
    on_previous: bool  # the rung before it in the chain can be its base
    age_year: int | None  # first year the founding age allows
    years: dict[int, YearKind]  # status of every year a window of this rung can cover
    higher_min: int = 0  # years at the higher rating its run must hold (2022 Law)
    high: frozenset[int] = frozenset()  # years counting toward them (DEPENDS years: with a flag)

    def higher_held(self, start: int, proposal: int) -> int:
        """The run's years at the higher rating in the window [start, proposal − 1]."""
        return sum(1 for y in range(start, proposal) if y in self.high)

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(c for o in self.options for c in o.option.codes())

    @property
    def need(self) -> int:
        """The most achievements one option of this rung can ask for."""
        return max(sum(t.count for t in o.option.terms) for o in self.options)


@dataclass(frozen=True)
class PlanProblem:
    """Everything the model needs, as plain data: the chain of rungs, what the
    record counts each year, what the plan may add each year, and the planning
    assumptions (exclusive groups, companions, effort, years without flags)."""

    holder: HolderProfile
    history: tuple[Achievement, ...]
    target: str
    ruleset: Ruleset
    settings: Settings
    from_year: int
    last_year: int  # the last proposal year in the model
    horizon_year: int  # the last proposal year the horizon allows
    deadline: int | None
    chain: tuple[Rung, ...]
    codes: tuple[str, ...]  # what the plan may add
    flags: frozenset[str]
    implying: frozenset[str]  # plannable codes implying the yearly rating
    counted: dict[tuple[int, str], int]  # recorded achievements that accumulate, by canonical code
    held: dict[tuple[int, str], int]  # recorded achievements by their own code (exclusivity)
    closed: frozenset[tuple[int, str]]  # the record already has that award that year
    blocked: frozenset[int]  # years with no flag (what-if)
    groups: tuple[tuple[str, ...], ...]
    companions: dict[str, str]
    effort: dict[str, int]
    shift: int  # the window opens in the base year + shift
    ratings: dict[int, str]  # yearly ratings recorded in the history
    discipline: DisciplineBound = DisciplineBound()  # Decree 152/2025 Art. 4.3
    cache: dict = field(default_factory=dict, compare=False, repr=False)  # derived tables

    @property
    def plan_years(self) -> range:
        """Years whose work the plan may add achievements for."""
        return range(self.from_year, self.last_year)

    def open(self, year: int, code: str) -> bool:
        return (year, code) not in self.closed

    def can_add(self, year: int, code: str) -> bool:
        """The plan may add this award for this year (flag what-ifs aside: those are
        a guarded rule, see planner/plan/constraints.py)."""
        return (
            code in self.codes
            and self.from_year <= year < self.last_year
            and (year, code) not in self.closed
        )

    def effort_of(self, code: str) -> int:
        return self.effort.get(code, 0)


def route_choices(
    request: PlanRequest, target: str, ruleset: Ruleset, catalogue: Catalogue
) -> list[tuple[int, ...]]:
    """Every choice of one route per rung of the chain (one, for a ruleset whose
    rungs each have one route): a plan proposes each rung by one of its routes."""
    chain_codes = rung_chain(request.holder, tuple(request.history), target, ruleset, catalogue)
    rules = [find_rule(ruleset, request.holder, code) for code in chain_codes]
    return list(product(*(range(len(rule.routes)) for rule in rules)))


def compile_problems(
    request: PlanRequest,
    target: str,
    ruleset: Ruleset,
    catalogue: Catalogue,
    trim: bool = True,
) -> list[PlanProblem]:
    """One problem per choice of routes (`route_choices`); the best plan of the
    rung is the best over them (planner/plan/single.py merges their fronts)."""
    return [
        compile_problem(request, target, ruleset, catalogue, trim, routes)
        for routes in route_choices(request, target, ruleset, catalogue)
    ]


def compile_problem(
    request: PlanRequest,
    target: str,
    ruleset: Ruleset,
    catalogue: Catalogue,
    trim: bool = True,
    routes: tuple[int, ...] | None = None,
) -> PlanProblem:
    """The problem of `request` for `target`, each rung by the route `routes` names
    (default: the first of each); with `trim`, the model's years stop where
    nothing can change any more (see `trimmed_last_year`)."""
    settings = request.settings
    holder = request.holder
    history = tuple(request.history)
    chain_codes = rung_chain(holder, history, target, ruleset, catalogue)
    rungs = [find_rule(ruleset, holder, code) for code in chain_codes]
    routes = routes or (0,) * len(rungs)
    rules = [rung.routes[i] for rung, i in zip(rungs, routes, strict=True)]
    codes = plannable_codes(holder, rules, chain_codes, ruleset, settings, catalogue)
    shift = window_opening(0, settings)
    blocked = frozenset(request.no_flag_years)
    flags = frozenset(c for c in codes if catalogue[c].flag)
    held = Counter((a.year, a.award) for a in history)
    closed = {(y, c) for (y, c) in held if c in codes and y >= request.from_year}
    relevant = {
        c
        for rule in rules
        for _, s in option_routes(rule, holder, settings)
        for o in s.any_of
        for c in o.codes()
    }
    everything = Window(
        base_year=MIN_YEAR, proposal_year=MAX_YEAR + 1, opens=MIN_YEAR, start=MIN_YEAR, gap=1
    )
    counted = Counter(
        (c.achievement.year, c.counts_as)
        for c in tally(history, everything, None, relevant, ruleset, settings).counted
    )
    implying_all = {a.code for a in catalogue if a.implies}
    horizon_year = request.last_year
    draft = PlanProblem(
        holder=holder,
        history=history,
        target=target,
        ruleset=ruleset,
        settings=settings,
        from_year=request.from_year,
        last_year=horizon_year,
        horizon_year=horizon_year,
        deadline=request.by_year,
        chain=(),
        codes=codes,
        flags=flags,
        implying=frozenset(),
        counted=dict(counted),
        held=dict(held),
        closed=frozenset(closed),
        blocked=blocked,
        groups=tuple(settings.exclusive_each_year()),
        companions={k: v for k, v in settings.same_year_companions().items() if k in codes},
        effort={c: settings.effort_of(c) for c in codes},
        shift=shift,
        ratings=dict(YearRatings(history, catalogue).recorded),
        discipline=discipline_bound(holder, ruleset),
    )
    chain = []
    for i, (code, rule) in enumerate(zip(chain_codes, rules, strict=True)):
        previous = chain_codes[i - 1] if i else None
        chain.append(compile_rung(draft, code, rule, previous, catalogue))
    implying = frozenset(
        c
        for c in codes
        if c in implying_all
        and any(r.rule.continuity.keeps_run(catalogue[c].implies or "") for r in chain)
    )
    compiled = replace(draft, chain=tuple(chain), implying=implying)
    last = min(horizon_year, trimmed_last_year(compiled)) if trim else horizon_year
    return replace(compiled, last_year=max(last, request.from_year))


def rung_chain(
    holder: HolderProfile,
    history: tuple[Achievement, ...],
    target: str,
    ruleset: Ruleset,
    catalogue: Catalogue,
) -> tuple[str, ...]:
    """The rungs to propose, lowest first: those the ruleset has a standard for,
    above the holder's current rung, up to the target (one rung a year, each the
    base of the next)."""
    place = standing(holder, history, ruleset, catalogue)
    current = catalogue[place.current_rung].rung if place.current_rung else 0
    top = catalogue[target].rung or 0
    ruled = ruleset.rules(holder.kind)
    between = [
        a.code
        for a in sorted(catalogue, key=lambda a: a.rung or 0)
        if a.rung and (current or 0) < a.rung < top and a.code in ruled
    ]
    return (*between, target)


def receivable(holder: HolderProfile, code: str, catalogue: Catalogue) -> bool:
    award = catalogue.get(code)
    if award is None or not award.may_be_held_by(holder.kind):
        return False
    return not (award.flag and holder.kind == "collective" and not holder.flag_eligible)


def plannable_codes(
    holder: HolderProfile,
    rules: list[Route],
    chain: tuple[str, ...],
    ruleset: Ruleset,
    settings: Settings,
    catalogue: Catalogue,
) -> tuple[str, ...]:
    """What a plan may add: the codes the options and bases name that the holder
    can receive and that are awarded directly (a rung comes from a proposal), with
    the companions they need (CO_TP for CO_CP)."""
    ruled = set(ruleset.rules(holder.kind))
    named: set[str] = set()
    for rule in rules:
        for _, option_set in option_routes(rule, holder, settings):
            for option in option_set.any_of:
                named |= option.codes()
        named |= {e.award for e in rule.base if settings.enabled(e.enabled_by)}
    companions = settings.same_year_companions()
    codes = {
        c
        for c in named
        if c not in ruled
        and c not in chain
        and catalogue.get(c) is not None
        and catalogue[c].category != "rating"
        and receivable(holder, c, catalogue)
    }
    for code in list(codes):
        partner = companions.get(code)
        if partner is None:
            continue
        if receivable(holder, partner, catalogue):
            codes.add(partner)
        else:
            codes.discard(code)
    order = {c: i for i, c in enumerate(catalogue.codes())}
    return tuple(sorted(codes, key=lambda c: order.get(c, 0)))


def compile_rung(
    problem: PlanProblem,
    code: str,
    rule: Route,
    previous: str | None,
    catalogue: Catalogue,
) -> Rung:
    settings, holder = problem.settings, problem.holder
    routes = option_routes(rule, holder, settings)
    options = tuple(
        RouteOption(route=route, index=i, option=option)
        for route, option_set in routes
        for i, option in enumerate(option_set.any_of)
    )
    gap = settings.gap(rule.continuity.gap_years)
    # the first year the founding age allows (None: no condition, or assumed met)
    age_year = check_age(rule, holder, problem.from_year, settings).earliest_year
    first_year = max(problem.from_year, age_year or MIN_YEAR)
    held_bases = _held_bases(problem, code, rule, catalogue, first_year)
    base_codes = [e.award for e in rule.base if settings.enabled(e.enabled_by)]
    planned = tuple(c for c in base_codes if c in problem.codes)
    openings = [b.opens for b in held_bases]
    if planned or previous in base_codes:
        openings.append(problem.from_year + problem.shift)
    earliest_open = min(openings, default=problem.from_year)
    years, high = _year_kinds(problem, rule.continuity, earliest_open, catalogue)
    return Rung(
        code=code,
        rule=rule,
        rating=rule.continuity.rating,
        gap=gap,
        options=options,
        held_bases=held_bases,
        planned_bases=planned,
        on_previous=previous is not None and previous in base_codes,
        age_year=age_year,
        years=years,
        higher_min=rule.continuity.higher_years,
        high=high,
    )


def _held_bases(
    problem: PlanProblem, code: str, rule: Route, catalogue: Catalogue, first_year: int
) -> tuple[HeldBase, ...]:
    history = list(problem.history)
    found = candidate_bases(
        rule, history, MAX_YEAR + 1, problem.ruleset, problem.settings, after=None
    )
    last = problem.horizon_year
    closing = {
        year: consumed_until(history, code, year, catalogue, problem.settings, problem.ruleset)
        for year in range(first_year, last + 1)
    }
    bases = []
    for achievement, counts_as, _entry in found:
        usable = [y for y, after in closing.items() if after is None or achievement.year > after]
        if not usable:
            continue
        until = max(usable)
        bases.append(
            HeldBase(
                award=achievement,
                code=counts_as,
                opens=window_opening(achievement.year, problem.settings),
                until=None if until == last else until,
                copies=sum(1 for a in history if a == achievement),
            )
        )
    return tuple(bases)


def _year_kinds(
    problem: PlanProblem, continuity: Continuity, first: int, catalogue: Catalogue
) -> tuple[dict[int, YearKind], frozenset[int]]:
    """Each year a window may cover, as the checker will see it once the plan's
    assumed ratings are added: recorded ratings win, then implied ones; a past
    year with nothing is excellent only if unknown years are assumed so; a coming
    year is excellent under `future_years_excellent`, else only if a flag makes it.
    With them, the years that count toward the run's years at a higher rating: a
    year assumed is assumed HTXSNV, and a coming year kept by a flag has one."""
    settings = problem.settings
    ratings = YearRatings(problem.history, catalogue, continuity)
    assumed_future = settings.future_years_excellent or settings.assume_unknown_years_excellent
    kinds = {}
    for year in range(first, problem.horizon_year):
        status = ratings.status(year)
        if status is YearStatus.BREAK:
            kind = YearKind.BREAK
        elif status is YearStatus.EXCELLENT:
            kind = YearKind.EXCELLENT
        elif year < problem.from_year:
            excellent = settings.assume_unknown_years_excellent
            kind = YearKind.EXCELLENT if excellent else YearKind.BREAK
        elif assumed_future:
            kind = YearKind.EXCELLENT
        else:
            implied = [
                c
                for c in problem.codes
                if catalogue[c].implies
                and continuity.keeps_run(catalogue[c].implies or "")
                and problem.open(year, c)
                and not (year in problem.blocked and c in problem.flags)
            ]
            kind = YearKind.DEPENDS if implied else YearKind.BREAK
        kinds[year] = kind
    high = frozenset(y for y, k in kinds.items() if k is not YearKind.BREAK and ratings.higher(y))
    return kinds, high


def trimmed_last_year(problem: PlanProblem) -> int:
    """The last proposal year that can matter, so the model stays small.

    After the last fixed event (a recorded achievement in a coming year, a year
    without flags) every year is alike; any plan can then be compressed so that
    each rung needs at most its gap, its achievements and a new base after the
    rung before it, and a later year never makes a plan cheaper beyond that (when
    coming years count as excellent only with a flag, a later window only needs
    more flags). See docs/planner.md ("the trimmed horizon")."""
    fixed = [y for (y, _c) in problem.held if y >= problem.from_year]
    fixed += list(problem.blocked)
    anchor = max([problem.from_year, *(y + 1 for y in fixed)])
    ages = [r.age_year for r in problem.chain if r.age_year is not None]
    if problem.discipline.counts_from is not None:  # counts restart after a term
        ages.append(problem.discipline.counts_from)
    start = max([anchor, *ages])
    span = sum(problem.shift + r.gap + r.need + 2 for r in problem.chain)
    return start + span
