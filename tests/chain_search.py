"""An exact search for long chains, in plain Python: no solver, no rule objects.

tests/exhaustive_search.py tries every combination of yearly awards, which is
6^n plans over n years: it cannot plan a 30-year, four-rung chain. This search
answers the same question with the same typed-in rules (its tables, `bundles`,
`excellent` and `chain` are imported from there) by a dynamic programme, and
tests/planner/test_chain_search.py checks that the two agree on small cases.

Why the problem splits. Every rung of the chain above the first rests on the
rung below, proposed in year P′ (the record holds no rung of the chain: the
chain starts above the holder's highest rung), so its window starts at P′ + shift
or later, after the window of the rung below, which ends at P′ − 1. The windows
are therefore disjoint, and so are the years whose awards they count; the only
rule that ties years together is the one-award-a-year bundle, which is per year.
So a plan's effort is the sum of what each rung's window costs, and:

    best[rung 0][P] = min over bases b of (the base's effort if new) + fill(b, P)
    best[rung i][P] = min over P′ < P of best[rung i − 1][P′] + fill(P′, P)

where fill(b, P) is the least effort of the yearly bundles inside the window
[start(b, P), P − 1] that meet one of the rung's options (a forward pass over
the window's years whose state is what each term has counted so far, capped at
its need; a run of initiatives counts its current length). Checked against the
exhaustive search, not assumed: tests/planner/test_chain_search.py.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from itertools import product

from tests.exhaustive_search import (
    COLLECTIVE,
    EFFORT,
    GAP,
    INDIVIDUAL,
    LAW_EFFORT,
    Found,
    Holder,
    Record,
    Route,
    _rated,
    bundles,
    chain,
    excellent,
    merit,
    rank,
    route_chain,
    route_menu,
)

Awards = tuple[tuple[str, int], ...]
INITIATIVES = ("SKKN_CS", "SKKN_TP")


@dataclass
class _Search:
    holder: Holder
    record: Record
    first: int
    last: int
    shift: int
    no_flag: frozenset[int]
    menus: dict[int, list[tuple[str, ...]]] = field(default_factory=dict)
    fills: dict[tuple, dict[int, tuple[int, Awards]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.menus = {
            y: bundles(self.holder, self.record, y, set(self.no_flag))
            for y in range(self.first, self.last)
        }

    effort = EFFORT

    def route_key(self) -> object:
        """What besides the rung decides a window's fill (a route, in _RouteSearch)."""
        return None

    def window_ok(self, start: int, proposal: int) -> bool:
        return proposal - start >= GAP

    def rule(self, rung: str) -> tuple[tuple[str, ...], tuple, int | None]:
        if self.holder.kind == "collective":
            bases, standard, flagless, age = COLLECTIVE[rung]
            return bases, standard if self.holder.flag_eligible else flagless, age
        bases, options = INDIVIDUAL[rung]
        return bases, options, None

    def start(self, opens: int, proposal: int) -> int:
        """The window's first year: the opening moved past the last year not excellent."""
        for y in range(proposal - 1, opens - 1, -1):
            if not excellent(self.record, y):
                return y + 1
        return opens

    def allowed(self, rung: str, proposal: int) -> bool:
        age = self.rule(rung)[2]
        founded = self.holder.founded
        return not (age and founded is not None and proposal - founded < age)

    def closed(self, rung: str, proposal: int) -> int | None:
        """The last year before the proposal with an award at or above the rung."""
        return max(
            (y for a, y in self.record if y < proposal and rank(a) >= rank(rung)), default=None
        )

    def fill(
        self, rung: str, start: int, base: tuple[str, int] | None, new_base: bool
    ) -> dict[int, tuple[int, Awards]]:
        """By proposal year P: the least effort (and its awards) that meets an
        option of `rung` in [start, P − 1], the base not counted; a new base
        (`new_base`) is in the bundle of its year, whose other awards count."""
        key = (rung, self.route_key(), start, base, new_base)
        if key not in self.fills:
            best: dict[int, tuple[int, Awards]] = {}
            for option in self.rule(rung)[1]:
                for proposal, found in self._fill_option(option, start, base, new_base).items():
                    if proposal not in best or found[0] < best[proposal][0]:
                        best[proposal] = found
            self.fills[key] = best
        return self.fills[key]

    def _fill_option(
        self, option, start: int, base: tuple[str, int] | None, new_base: bool
    ) -> dict[int, tuple[int, Awards]]:
        run = option == "RUN5"
        codes = INITIATIVES if run else tuple(option)
        goal = (5,) if run else tuple(option[c] for c in codes)
        states: dict[tuple[int, ...], tuple[int, Awards]] = {(0,) * len(goal): (0, ())}
        met: dict[int, tuple[int, Awards]] = {}
        for y in range(start, self.last):
            held = [a for a, yy in self.record if yy == y and (a, yy) != base]
            menu = self.menus.get(y, [()]) if y >= self.first else [()]
            if new_base and base is not None and base[1] == y:
                menu = [b for b in menu if base[0] in b]
            following: dict[tuple[int, ...], tuple[int, Awards]] = {}
            for state, (cost, awards) in states.items():
                for bundle in menu:
                    counted = held + [c for c in bundle if not (new_base and base == (c, y))]
                    if run:
                        length = state[0]
                        step = length if length >= 5 else 0
                        if any(c in INITIATIVES for c in counted):
                            step = min(5, length + 1)
                        after: tuple[int, ...] = (step,)
                    else:
                        after = tuple(
                            min(n, s + counted.count(c))
                            for c, n, s in zip(codes, goal, state, strict=True)
                        )
                    value = cost + sum(self.effort[c] for c in bundle)
                    if after not in following or value < following[after][0]:
                        following[after] = (value, (*awards, *((c, y) for c in bundle)))
            states = following
            done = states.get(goal)
            if done is not None and (y + 1 not in met or done[0] < met[y + 1][0]):
                met[y + 1] = done
        return met

    def first_rung(self, rung: str) -> dict[int, tuple[int, Awards, Awards]]:
        """By proposal year: the cheapest way to propose the lowest rung of the chain."""
        bases_codes = self.rule(rung)[0]
        bases = [(b, False) for b in set(self.record) if b[0] in bases_codes]
        for y in range(self.first, self.last):
            for code in bases_codes:
                if any(code in bundle for bundle in self.menus[y]):
                    bases.append(((code, y), True))
        best: dict[int, tuple[int, Awards, Awards]] = {}
        for (code, b), new in bases:
            extra: Awards = ()
            opens = b + self.shift
            for proposal in range(max(self.first, b + 1), self.last + 1):
                if not self.allowed(rung, proposal):
                    continue
                closed = self.closed(rung, proposal)
                if closed is not None and b <= closed:
                    continue
                start = self.start(opens, proposal)
                if not self.window_ok(start, proposal):
                    continue
                inside_base = new and start <= b
                found = self.fill(rung, start, (code, b), inside_base).get(proposal)
                if found is None:
                    continue
                cost, awards = found
                if new and not inside_base:  # the new base's year lies before the window
                    cheapest = min(
                        (bd for bd in self.menus[b] if code in bd),
                        key=lambda bd: sum(self.effort[c] for c in bd),
                    )
                    extra = tuple((c, b) for c in cheapest)
                    cost += sum(self.effort[c] for c in cheapest)
                else:
                    extra = ()
                if proposal not in best or cost < best[proposal][0]:
                    best[proposal] = (cost, (*extra, *awards), ())
        return best

    def next_rung(
        self, rung: str, below: str, lower: dict[int, tuple[int, Awards, Awards]]
    ) -> dict[int, tuple[int, Awards, Awards]]:
        """By proposal year: the cheapest way to propose `rung` on `below`."""
        assert below in self.rule(rung)[0]
        assert not any(a == below for a, _ in self.record), "the chain starts above the record"
        best: dict[int, tuple[int, Awards, Awards]] = {}
        for previous, (cost_below, awards_below, proposals_below) in sorted(lower.items()):
            opens = previous + self.shift
            for proposal in range(previous + 1, self.last + 1):
                if not self.allowed(rung, proposal):
                    continue
                closed = self.closed(rung, proposal)
                if closed is not None and previous <= closed:
                    continue
                start = self.start(opens, proposal)
                if not self.window_ok(start, proposal):
                    continue
                found = self.fill(rung, start, None, False).get(proposal)
                if found is None:
                    continue
                cost = cost_below + found[0]
                if proposal not in best or cost < best[proposal][0]:
                    proposals = (*proposals_below, (below, previous))
                    best[proposal] = (cost, (*awards_below, *found[1]), proposals)
        return best


def chain_plans(
    holder: Holder,
    record: Record,
    target: str,
    first: int,
    last: int,
    shift: int = 0,
    no_flag: frozenset[int] = frozenset(),
) -> list[Found]:
    """The Pareto front over proposal years first..last, as `exhaustive_plans`
    gives it: the earliest year at its least effort, then each later year that
    costs strictly less."""
    rungs = chain(record, target) or (target,)
    search = _Search(holder, record, first, last, shift, no_flag)
    best = search.first_rung(rungs[0])
    for below, rung in zip(rungs, rungs[1:], strict=False):
        best = search.next_rung(rung, below, best)
    front: list[Found] = []
    limit = math.inf
    for year in range(first, last + 1):
        if year not in best or best[year][0] >= limit:
            continue
        cost, awards, proposals = best[year]
        front.append(
            Found(
                year,
                cost,
                tuple(sorted(awards, key=lambda a: (a[1], a[0]))),
                (*proposals, (target, year)),
            )
        )
        limit = cost
        if cost == 0:
            break
    return front


# ---------------------------------------------------------------------------------
# The 2022 Law's shape (tests/exhaustive_search.py: `Route`, `LAW_2022`): the same
# dynamic programme, each rung by each of its routes. Individuals only.


@dataclass
class _RouteSearch(_Search):
    raw: Record = ()
    routes: dict = field(default_factory=dict)
    menu_codes: tuple[str, ...] = ()
    route: Route | None = None
    effort = LAW_EFFORT

    def __post_init__(self) -> None:
        self.menus = {}
        for y in range(self.first, self.last):
            free = [c for c in self.menu_codes if (c, y) not in self.raw]
            self.menus[y] = [
                tuple(c for c, on in zip(free, picks, strict=True) if on)
                for picks in product((False, True), repeat=len(free))
            ]

    def route_key(self) -> object:
        return id(self.route)  # a route's options are dicts: not hashable

    def rule(self, rung: str) -> tuple[tuple[str, ...], tuple, int | None]:
        assert self.route is not None
        return self.route.bases, self.route.options, None

    def start(self, opens: int, proposal: int) -> int:
        assert self.route is not None
        for y in range(proposal - 1, opens - 1, -1):
            if not _rated(self.record, y, self.route)[0]:
                return y + 1
        return opens

    def window_ok(self, start: int, proposal: int) -> bool:
        route = self.route
        assert route is not None
        high = sum(1 for y in range(start, proposal) if _rated(self.record, y, route)[1])
        return proposal - start >= route.gap and high >= route.higher


def _merge(into: dict, found: dict) -> None:
    for proposal, value in found.items():
        if proposal not in into or value[0] < into[proposal][0]:
            into[proposal] = value


def route_chain_plans(
    record: Record, target: str, first: int, last: int, routes: dict, shift: int = 0
) -> list[Found]:
    """The Pareto front of an individual under `routes` (tests/exhaustive_search.py's
    `route_plans`), by the dynamic programme: each rung's best by proposal year is the
    best over its routes."""
    rungs = route_chain(record, target, routes) or (target,)
    search = _RouteSearch(
        Holder("individual"),
        merit(record),
        first,
        last,
        shift,
        frozenset(),
        raw=record,
        routes=routes,
        menu_codes=route_menu(rungs, routes),
    )
    best: dict[int, tuple[int, Awards, Awards]] = {}
    for route in routes[rungs[0]]:
        search.route = route
        _merge(best, search.first_rung(rungs[0]))
    for below, rung in zip(rungs, rungs[1:], strict=False):
        following: dict[int, tuple[int, Awards, Awards]] = {}
        for route in routes[rung]:
            search.route = route
            _merge(following, search.next_rung(rung, below, best))
        best = following
    front: list[Found] = []
    limit = math.inf
    for year in range(first, last + 1):
        if year not in best or best[year][0] >= limit:
            continue
        cost, awards, proposals = best[year]
        front.append(Found(year, cost, awards, (*proposals, (target, year))))
        limit = cost
        if cost == 0:
            break
    return front
