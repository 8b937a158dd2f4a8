"""The earliest year a target could be reached if every coming year brought the
best achievement: a lower bound on any plan, for the audit.

The CP-SAT planner (planner/plan/single.py) finds real plans with their costs;
the audit only needs to know when a document asks for the impossible, and a test
holds the two to the same year and effort for every unit. A witness is built
greedily (per base, per option: the missing achievements, one bundle a year under
the planning assumptions) and then checked by the same evaluation as any real
record, so the bound can never be more optimistic than the rules allow.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pydantic import BaseModel, ConfigDict

from graph.catalogue import Catalogue
from graph.models import Achievement
from planner.check.counting import OptionResult
from planner.check.evaluation import Attempt, evaluate, find_rule
from planner.check.holder import HolderProfile
from planner.check.ratings import assumed_future_ratings
from planner.rules.ruleset import Ruleset, Term, rating_rank
from planner.settings import Settings

HYPOTHETICAL = "best case (hypothetical)"
HORIZON = 15


class BestCase(BaseModel):
    model_config = ConfigDict(frozen=True)

    year: int | None  # None: not within the horizon, whatever comes
    base: Achievement | None = None
    additions: tuple[Achievement, ...] = ()  # the new achievements it takes, by year
    effort: int = 0

    def additions_text(self) -> str:
        return ", ".join(f"{a.award} {a.year}" for a in self.additions) or "—"


def best_case(
    holder: HolderProfile,
    achievements: Sequence[Achievement],
    target: str,
    from_year: int,
    ruleset: Ruleset,
    settings: Settings,
    catalogue: Catalogue,
    horizon: int = HORIZON,
) -> BestCase:
    """The first proposal year ≥ `from_year` some future achievements (in years
    `from_year` and later) make eligible, with the cheapest such additions."""
    for year in range(from_year, from_year + horizon + 1):
        found = _cheapest_at(
            holder, list(achievements), target, from_year, year, ruleset, settings, catalogue
        )
        if found is not None:
            return found
    return BestCase(year=None)


def _cheapest_at(
    holder, achievements, target, from_year, year, ruleset, settings, catalogue
) -> BestCase | None:
    future = list(range(from_year, year))
    routes = find_rule(ruleset, holder, target).routes
    rating = min((r.continuity.planned_rating for r in routes), key=rating_rank)
    ratings = assumed_future_ratings(
        holder.id, achievements, future, rating, catalogue, settings, HYPOTHETICAL
    )
    held: dict[int, list[str]] = {}
    for achievement in achievements:
        held.setdefault(achievement.year, []).append(achievement.award)
    ev = evaluate(holder, achievements + ratings, target, year, ruleset, settings, catalogue)
    if ev.eligible:
        best = min((a for a in ev.attempts if a.window_met), key=Attempt.rank)
        return BestCase(year=year, base=best.base)
    witnesses: list[tuple[Achievement | None, list[Achievement]]] = []
    for route in (ev, *ev.other_routes):
        witnesses += _witnesses(holder, route, future, from_year, settings, catalogue, held)
    found: list[BestCase] = []
    for base, added in witnesses:
        trial = evaluate(
            holder, achievements + ratings + added, target, year, ruleset, settings, catalogue
        )
        if trial.eligible:
            effort = sum(settings.effort_of(a.award) for a in added)
            found.append(BestCase(year=year, base=base, additions=tuple(added), effort=effort))
    return min(found, key=lambda b: b.effort, default=None)


def _witnesses(holder, ev, future, from_year, settings, catalogue, held):
    """The greedy witnesses of one route of the rung: on each base held, and on a
    base earned in the first coming year."""
    witnesses: list[tuple[Achievement | None, list[Achievement]]] = []
    for attempt in ev.attempts:
        years = [y for y in future if y >= attempt.window.opens]
        for option in attempt.options:
            needs = _needs(
                option, attempt, from_year, lambda t: _cheapest_code(holder, t, settings, catalogue)
            )
            added = _allocate(holder, needs, years, settings, catalogue, held)
            if added is not None:
                witnesses.append((attempt.base, added))
    for base in _future_bases(holder, ev.rule, settings, catalogue, from_year):
        years = [y for y in future if y > base.year]
        for _, route_options in ev.option_sets():
            for option in route_options.any_of:
                needs = [
                    (_cheapest_code(holder, t, settings, catalogue), t.count) for t in option.terms
                ]
                added = _allocate(holder, needs, years, settings, catalogue, held)
                if added is not None:
                    witnesses.append((base, [base, *added]))
    return witnesses


def _cheapest_code(
    holder: HolderProfile, term: Term, settings: Settings, catalogue: Catalogue
) -> str | None:
    possible = [c for c in term.awards if _may_receive(holder, c, catalogue)]
    return min(possible, key=settings.effort_of, default=None)


def _may_receive(holder: HolderProfile, code: str, catalogue: Catalogue) -> bool:
    award = catalogue.get(code)
    if award is None or not award.may_be_held_by(holder.kind):
        return False
    return not (award.flag and holder.kind == "collective" and not holder.flag_eligible)


def _needs(
    option: OptionResult, attempt: Attempt, from_year: int, code_for: Callable[[Term], str | None]
) -> list[tuple[str | None, int]]:
    """What an option still lacks on this base; a run of consecutive years can
    only be extended from the last past year."""
    needs = []
    for result in option.terms:
        term = result.term
        if not term.consecutive_years:
            needs.append((code_for(term), result.missing))
            continue
        years = {c.achievement.year for c in attempt.tally.counted if c.counts_as in term.awards}
        trailing, year = 0, from_year - 1
        while year in years:
            trailing, year = trailing + 1, year - 1
        needs.append((code_for(term), max(0, term.count - trailing)))
    return needs


def _allocate(
    holder: HolderProfile,
    needs: list[tuple[str | None, int]],
    years: list[int],
    settings: Settings,
    catalogue: Catalogue,
    held: dict[int, list[str]],
) -> list[Achievement] | None:
    """The needed achievements spread over `years`, earliest first, one bundle a
    year: at most one code of each exclusive group (counting what the year
    already `held`), and a code's companion (CO_TP for CO_CP) in the same year.
    None if the years are too few."""
    remaining: dict[str, int] = {}
    for code, count in needs:
        if count <= 0:
            continue
        if code is None or not _may_receive(holder, code, catalogue):
            return None
        remaining[code] = remaining.get(code, 0) + count
    groups = settings.exclusive_each_year()
    companions = settings.same_year_companions()
    added: list[Achievement] = []
    for year in years:
        if not any(remaining.values()):
            break
        already = held.get(year, [])
        bundle: list[str] = []
        for code in sorted(remaining, key=lambda c: (c not in companions, -remaining[c])):
            if remaining[code] <= 0 or code in bundle:
                continue
            extra = [code]
            companion = companions.get(code)
            if companion and companion not in bundle and companion not in already:
                if not _may_receive(holder, companion, catalogue):
                    continue
                extra.append(companion)
            if code in already or _conflicts([*already, *bundle, *extra], groups):
                continue
            bundle += extra
            for added_code in extra:
                if remaining.get(added_code, 0) > 0:
                    remaining[added_code] -= 1
        added += [
            Achievement(holder=holder.id, award=c, year=year, note=HYPOTHETICAL) for c in bundle
        ]
    if any(remaining.values()):
        return None
    return added


def _conflicts(codes: list[str], groups: list[tuple[str, ...]]) -> bool:
    return any(sum(1 for c in codes if c in group) > 1 for group in groups)


def _future_bases(
    holder: HolderProfile, rule, settings: Settings, catalogue: Catalogue, year: int
) -> list[Achievement]:
    """A base earned in the first coming year, for bases a city awards directly
    (BK_TP, CO_TP); a base that is itself a rung needs a proposal of its own."""
    bases = []
    for entry in rule.base:
        award = catalogue.get(entry.award)
        if (
            award is None
            or (award.rung or 0) > 1
            or not settings.enabled(entry.enabled_by)
            or not _may_receive(holder, entry.award, catalogue)
        ):
            continue
        bases.append(Achievement(holder=holder.id, award=entry.award, year=year, note=HYPOTHETICAL))
    return bases
