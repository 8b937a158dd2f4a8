"""An exhaustive planner written for the tests: no solver, no rule objects.

It knows the rules only as docs/domain.md §3 states them (typed in below), tries
every combination of yearly awards in the planned years, and judges each with its
own small evaluator. It is slow and simple on purpose: the CP-SAT planner must find
the same earliest year, the same least effort and the same later, cheaper
alternatives on every small history the property tests generate.

Scope (what the generated histories use): ruleset hanoi-2018 with annual awards
only, both window conventions, recorded and unknown ratings, flag-ineligible
collectives, founding years, years without flags, individuals with initiatives,
a disciplinary measure (Decree 152/2025 Art. 4.3: nothing up to the end of its
term counts, the base included unless `voids_base` is off; none while it is open).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import product

GAP = 5
LADDER = ("BK_TP", "BK_TTG", "HCLD3", "HCLD2", "HCLD1")
EFFORT = {"BK_TP": 1, "CO_TP": 3, "CO_CP": 10, "SKKN_CS": 1, "SKKN_TP": 3}
RATINGS = {"HTXSNV", "HTTNV", "HTNV", "KHTNV"}

# rung → (bases, options, options of a collective not eligible for flags, founding age)
COLLECTIVE = {
    "BK_TTG": (("BK_TP", "CO_TP"), ({"CO_TP": 1}, {"BK_TP": 2}), ({"BK_TP": 2},), None),
    "HCLD3": (("BK_TTG",), ({"CO_TP": 2}, {"CO_TP": 1, "BK_TP": 1}), ({"BK_TP": 2},), 10),
    "HCLD2": (("HCLD3",), ({"CO_CP": 1, "CO_TP": 1}, {"CO_TP": 3}), ({"BK_TP": 2},), None),
    "HCLD1": (("HCLD2",), ({"CO_CP": 1, "CO_TP": 2}, {"CO_TP": 4}), ({"BK_TP": 3},), None),
}
# rung → (bases, options); "RUN5" is five consecutive years each with an initiative
INDIVIDUAL = {
    "BK_TTG": (("BK_TP",), ("RUN5",)),
    "HCLD3": (("BK_TTG",), ({"SKKN_TP": 2},)),
    "HCLD2": (("HCLD3",), ({"SKKN_TP": 3},)),
    "HCLD1": (("HCLD2",), ({"SKKN_TP": 4},)),
}


@dataclass(frozen=True)
class Holder:
    kind: str  # "collective" or "individual"
    flag_eligible: bool = True
    founded: int | None = None
    counts_from: int | None = None  # the year after a disciplinary term was served
    voids_base: bool = True  # an award held before then cannot be the base
    pending: bool = False  # a disciplinary measure not yet served: no proposal


Record = tuple[tuple[str, int], ...]  # (award, year)


def rank(code: str) -> int:
    return LADDER.index(code) + 1 if code in LADDER else 0


def excellent(record: Record, year: int) -> bool:
    recorded = [a for a, y in record if y == year and a in RATINGS]
    if recorded:
        return recorded[0] == "HTXSNV"
    return True  # implied by a flag, or unknown and assumed (the default)


def eligible(holder: Holder, record: Record, rung: str, year: int, shift: int) -> bool:
    if holder.kind == "collective":
        bases, standard, flagless, age = COLLECTIVE[rung]
        options = standard if holder.flag_eligible else flagless
    else:
        (bases, options), age = INDIVIDUAL[rung], None
    if age and holder.founded is not None and year - holder.founded < age:
        return False
    if holder.pending:
        return False
    restart = holder.counts_from
    closed = max((y for a, y in record if y < year and rank(a) >= rank(rung)), default=None)
    for base in set(record):
        code, b = base
        if code not in bases or b >= year or (closed is not None and b <= closed):
            continue
        if restart is not None and holder.voids_base and b < restart:
            continue
        start = b + shift if restart is None else max(b + shift, restart)
        for y in range(year - 1, start - 1, -1):
            if not excellent(record, y):
                start = y + 1
                break
        if year - start < GAP:
            continue
        inside = [(a, y) for (a, y) in record if start <= y < year and (a, y) != base]
        if any(_meets(option, inside) for option in options):
            return True
    return False


def _meets(option, inside: list[tuple[str, int]]) -> bool:
    if option == "RUN5":
        years = sorted({y for a, y in inside if a in ("SKKN_CS", "SKKN_TP")})
        run = best = 0
        for i, y in enumerate(years):
            run = run + 1 if i and y == years[i - 1] + 1 else 1
            best = max(best, run)
        return best >= 5
    return all(sum(1 for a, _ in inside if a == code) >= n for code, n in option.items())


def bundles(holder: Holder, record: Record, year: int, no_flag: set[int]) -> list[tuple[str, ...]]:
    """Every set of awards one year can bring under the planning assumptions."""
    held = {a for a, y in record if y == year}
    if holder.kind == "individual":
        city = [(), ("BK_TP",)]
        ideas = [(), ("SKKN_CS",), ("SKKN_TP",)]
        found = [c + i for c, i in product(city, ideas)]
    else:
        found = [(), ("BK_TP",)]
        if holder.flag_eligible and year not in no_flag:
            found += [("CO_TP",), ("CO_TP", "CO_CP")]
            if "CO_TP" in held:
                found.append(("CO_CP",))
    ok = []
    for bundle in found:
        codes = set(bundle) | held
        if set(bundle) & held:
            continue
        if len(codes & {"CO_TP", "BK_TP"}) > 1 or len(codes & {"SKKN_CS", "SKKN_TP"}) > 1:
            continue
        if "CO_CP" in bundle and "CO_TP" not in codes:
            continue
        ok.append(bundle)
    return ok


def chain(record: Record, target: str) -> tuple[str, ...]:
    current = max((rank(a) for a, _ in record), default=0)
    return tuple(c for c in LADDER[1:] if current < rank(c) <= rank(target))


@dataclass(frozen=True)
class Found:
    year: int
    cost: int
    awards: tuple[tuple[str, int], ...]
    proposals: tuple[tuple[str, int], ...]


def _choices(
    holder: Holder, record: Record, years: list[int], no_flag: set[int]
) -> Iterator[tuple[int, tuple[tuple[str, int], ...]]]:
    """Every plan of awards over `years`, with its effort."""
    options = [bundles(holder, record, y, no_flag) for y in years]
    for picked in product(*options):
        awards = tuple((c, y) for y, bundle in zip(years, picked, strict=True) for c in bundle)
        yield sum(EFFORT[c] for c, _ in awards), awards


def _climbs(
    holder: Holder, record: Record, rungs: tuple[str, ...], first: int, year: int, shift: int
) -> tuple[tuple[str, int], ...] | None:
    """Proposal years for the rungs below the target (one rung a year, each the
    base of the next) that let the target be proposed in `year`; None if none do."""
    *lower, top = rungs

    def place(i: int, after: int, done: Record) -> tuple[tuple[str, int], ...] | None:
        if i == len(lower):
            return () if eligible(holder, done, top, year, shift) else None
        for p in range(after, year):
            if eligible(holder, done, lower[i], p, shift):
                rest = place(i + 1, p + 1, (*done, (lower[i], p)))
                if rest is not None:
                    return ((lower[i], p), *rest)
        return None

    return place(0, first, record)


def exhaustive_plans(
    holder: Holder,
    record: Record,
    target: str,
    first: int,
    last: int,
    shift: int = 0,
    no_flag: frozenset[int] = frozenset(),
) -> list[Found]:
    """The Pareto front over proposal years first..last: the earliest year at its
    least effort, then each later year that costs strictly less."""
    rungs = chain(record, target) or (target,)
    front: list[Found] = []
    limit = None
    for year in range(first, last + 1):
        years = list(range(first, year))
        everything = tuple(
            (c, y)
            for y in years
            for bundle in bundles(holder, record, y, set(no_flag))
            for c in bundle
        )
        # Awards other than rungs only ever help a proposal: if the target cannot be
        # proposed in `year` even with every award of every year, no plan can do it.
        if _climbs(holder, (*record, *set(everything)), rungs, first, year, shift) is None:
            continue
        best: Found | None = None
        for cost, awards in sorted(
            _choices(holder, record, years, set(no_flag)), key=lambda c: c[0]
        ):
            if (limit is not None and cost >= limit) or (best and cost >= best.cost):
                break
            done = (*record, *awards)
            climbs = _climbs(holder, done, rungs, first, year, shift)
            if climbs is not None:
                best = Found(year, cost, awards, (*climbs, (target, year)))
                break
        if best is not None:
            front.append(best)
            limit = best.cost
            if best.cost == 0:
                break
    return front


# ---------------------------------------------------------------------------------
# The shape of the 2022 Law (docs/rules.md §12), typed in again: a rung of several
# routes, each a base, a run of a rating "or better" with years at a higher rating
# inside it, and counts of titles; awards not for annual work (here: an award code
# written "CODE@thematic") count for nothing, neither as base nor in the window, nor
# as a rung held. Individuals only (the 2022 Law's known routes are individual).

THEMATIC = "@thematic"
RATING_RANK = {"HTXSNV": 0, "HTTNV": 1, "HTNV": 2, "KHTNV": 3}
LAW_EFFORT = {**EFFORT, "CSTD_CS": 1, "CSTD_TP": 3}
COUNTS_AS = {"BK_BO": "BK_TP"}  # a ministry's certificate is a province's (Law Art. 73.1.b)


@dataclass(frozen=True)
class Route:
    bases: tuple[str, ...]
    options: tuple[dict[str, int], ...]
    rating: str = "HTXSNV"
    or_better: bool = False
    higher: int = 0  # years rated HTXSNV the run must hold
    gap: int = GAP


# ../shared/law-2022.md: the three individual ladder routes
LAW_2022: dict[str, tuple[Route, ...]] = {
    "BK_TTG": (Route(("BK_TP",), ({"CSTD_CS": 3},), "HTTNV", True),),
    "HCLD3": (Route(("BK_TTG",), ({"CSTD_CS": 3},), "HTTNV", True, 1),),
    "HCLD2": (Route(("HCLD3",), ({"CSTD_TP": 1},), "HTTNV", True, 2),),
}


def merit(record: Record) -> Record:
    """The awards that count: those for annual work, ministry codes as the city's."""
    return tuple((COUNTS_AS.get(a, a), y) for a, y in record if not a.endswith(THEMATIC))


def _rated(record: Record, year: int, route: Route) -> tuple[bool, bool]:
    """(the year keeps the run, the year counts as HTXSNV); a year with no rating
    recorded is assumed HTXSNV."""
    recorded = [a for a, y in record if y == year and a in RATINGS]
    if not recorded:
        return True, True
    rating = recorded[0]
    if route.or_better:
        keeps = RATING_RANK[rating] <= RATING_RANK[route.rating]
    else:
        keeps = rating == route.rating
    return keeps, rating == "HTXSNV"


def route_eligible(record: Record, routes: dict, rung: str, year: int, shift: int) -> bool:
    counted = merit(record)
    closed = max((y for a, y in counted if y < year and rank(a) >= rank(rung)), default=None)
    for route in routes[rung]:
        for base in set(counted):
            code, b = base
            if code not in route.bases or b >= year or (closed is not None and b <= closed):
                continue
            start = b + shift
            for y in range(year - 1, start - 1, -1):
                if not _rated(record, y, route)[0]:
                    start = y + 1
                    break
            if year - start < route.gap:
                continue
            high = sum(1 for y in range(start, year) if _rated(record, y, route)[1])
            if high < route.higher:
                continue
            inside = [(a, y) for (a, y) in counted if start <= y < year and (a, y) != base]
            if any(_meets(option, inside) for option in route.options):
                return True
    return False


def route_chain(record: Record, target: str, routes: dict) -> tuple[str, ...]:
    current = max((rank(a) for a, _ in merit(record)), default=0)
    return tuple(c for c in LADDER[1:] if c in routes and current < rank(c) <= rank(target))


def route_menu(rungs: tuple[str, ...], routes: dict) -> tuple[str, ...]:
    """What a plan may add: the codes the chain's routes name, rungs aside."""
    named = {
        code
        for rung in rungs
        for route in routes[rung]
        for code in (*route.bases, *(c for o in route.options for c in o))
    }
    return tuple(sorted(c for c in named if c not in LADDER[1:]))


def route_plans(
    record: Record, target: str, first: int, last: int, routes: dict, shift: int = 0
) -> list[Found]:
    """The Pareto front of an individual under `routes`, as `exhaustive_plans`:
    every combination of yearly awards (any subset of the menu a year, none the
    record already has that year)."""
    rungs = route_chain(record, target, routes) or (target,)
    menu = route_menu(rungs, routes)

    def year_bundles(year: int) -> list[tuple[str, ...]]:
        free = [c for c in menu if (c, year) not in record]
        return [
            tuple(c for c, on in zip(free, picks, strict=True) if on)
            for picks in product((False, True), repeat=len(free))
        ]

    def climbs(done: Record, year: int) -> tuple[tuple[str, int], ...] | None:
        *lower, top = rungs

        def place(i: int, after: int, held: Record):
            if i == len(lower):
                return () if route_eligible(held, routes, top, year, shift) else None
            for p in range(after, year):
                if route_eligible(held, routes, lower[i], p, shift):
                    rest = place(i + 1, p + 1, (*held, (lower[i], p)))
                    if rest is not None:
                        return ((lower[i], p), *rest)
            return None

        return place(0, first, done)

    front: list[Found] = []
    limit = None
    for year in range(first, last + 1):
        years = list(range(first, year))
        menus = [year_bundles(y) for y in years]
        everything = tuple((c, y) for y, m in zip(years, menus, strict=True) for c in m[-1])
        if climbs((*record, *everything), year) is None:
            continue
        choices = []
        for picked in product(*menus):
            awards = tuple((c, y) for y, bundle in zip(years, picked, strict=True) for c in bundle)
            choices.append((sum(LAW_EFFORT[c] for c, _ in awards), awards))
        best: Found | None = None
        for cost, awards in sorted(choices, key=lambda c: c[0]):
            if (limit is not None and cost >= limit) or (best and cost >= best.cost):
                break
            found = climbs((*record, *awards), year)
            if found is not None:
                best = Found(year, cost, awards, (*found, (target, year)))
                break
        if best is not None:
            front.append(best)
            limit = best.cost
            if best.cost == 0:
                break
    return front
