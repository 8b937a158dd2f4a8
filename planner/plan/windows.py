"""Every way a rung could be proposed: a base, a window start, a proposal year.

The planner's model is time-indexed: for each rung it chooses one candidate
window [s, P−1] on one base and one option to fill it. With the record fixed,
the window start of a base and a proposal year is a number (the checker's own
rule: the opening year, moved past the last break), and what the record already
counts in it is a number too; only the new awards are left to the solver. This
makes the model small and its linear relaxation tight, which the council-wide
portfolio needs.

For explanations ("why not by 2022?") the candidates that break a rule are kept,
each tagged with the rules it breaks, so that a guard literal per rule can forbid
them and the solver's infeasibility core can name the rules that bind.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass, replace

from planner.plan.problem import HeldBase, PlanProblem, Rung, YearKind
from planner.rules.ruleset import Term


@dataclass(frozen=True)
class GuardKey:
    """A family of rules that can bind: "the gap of HCLD3", "the deadline", "one of
    CO_TP/BK_TP a year", "no flag in 2021", "2019 breaks the run"…"""

    family: str
    rung: str | None = None
    year: int | None = None
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class BaseRef:
    """What a candidate rests on: a recorded award, a new award of the plan, the
    rung proposed before it in the chain, or (explanations only) nothing."""

    kind: str  # "held", "planned", "previous", "none"
    year: int  # the base year (for "previous": the year that rung is proposed)
    opens: int  # the first year its window may start
    code: str | None = None
    held: HeldBase | None = None


@dataclass(frozen=True)
class Candidate:
    base: BaseRef
    start: int  # s
    proposal: int  # P
    depends: tuple[int, ...] = ()  # coming years in the window excellent only with a flag
    breaches: tuple[GuardKey, ...] = ()  # rules it breaks (explanations only)

    def covers(self, year: int) -> bool:
        return self.start <= year < self.proposal


def candidates(
    problem: PlanProblem,
    index: int,
    explain: bool = False,
    floor: int | None = None,
    ceiling: int | None = None,
    previous: set[int] | None = None,
) -> list[Candidate]:
    """The candidate windows of the rung at `index` of the chain, by base then year;
    proposed from `floor` to `ceiling`, resting on the rung below only in the
    `previous` years (None: no limit)."""
    rung = problem.chain[index]
    is_target = index == len(problem.chain) - 1
    stops = sorted(y for y, kind in rung.years.items() if kind is not YearKind.EXCELLENT)
    last = problem.last_year
    found: list[Candidate] = []
    discipline = problem.discipline
    if discipline.refuses and not explain:
        return found  # no proposal while a disciplinary measure is open
    for base in _bases(problem, index, explain):
        if previous is not None and base.kind == "previous" and base.year not in previous:
            continue
        if not explain and _disciplined(problem, base):
            continue
        first = max(base.year + 1, problem.from_year, floor or problem.from_year)
        end = last if ceiling is None else min(last, ceiling)
        if not explain:  # only the years every rule allows
            base = replace(base, opens=max(base.opens, discipline.counts_from or base.opens))
            first = max(first, base.opens + rung.gap, rung.age_year or first)
            if base.held is not None and base.held.until is not None:
                end = min(end, base.held.until)
            if is_target and problem.deadline is not None:
                end = min(end, problem.deadline)
        for proposal in range(first, end + 1):
            starts = _starts(rung, stops, base.opens, proposal, explain)
            restart = discipline.counts_from
            if explain and restart is not None and base.opens < restart < proposal:
                starts.append(restart)  # the window the disciplinary term leaves
            for start in starts:
                breaches = (
                    _breaches(problem, rung, base, start, proposal, is_target) if explain else ()
                )
                if not explain and proposal - start < rung.gap:
                    continue
                if not explain and rung.higher_held(start, proposal) < rung.higher_min:
                    continue  # too few years at the higher rating (2022 Law)
                depends = tuple(
                    y
                    for y in stops[bisect_left(stops, start) : bisect_left(stops, proposal)]
                    if rung.years[y] is YearKind.DEPENDS
                )
                found.append(Candidate(base, start, proposal, depends, breaches))
    return found


def _disciplined(problem: PlanProblem, base: BaseRef) -> bool:
    """A base the holder's disciplinary term voids (planner/check/discipline.py:
    an award up to the end of the term, under `discipline_voids_base`)."""
    after = problem.discipline.bases_after(None, problem.settings)
    return after is not None and base.kind in ("held", "planned") and base.year <= after


def _bases(problem: PlanProblem, index: int, explain: bool) -> list[BaseRef]:
    rung = problem.chain[index]
    shift = problem.shift
    bases = [BaseRef("held", b.award.year, b.opens, b.code, b) for b in rung.held_bases]
    for code in rung.planned_bases:
        for year in problem.plan_years:
            if problem.open(year, code):
                bases.append(BaseRef("planned", year, year + shift, code))
    if index and rung.on_previous:
        previous = problem.chain[index - 1].code
        for year in range(problem.from_year, problem.last_year):
            bases.append(BaseRef("previous", year, year + shift, previous))
    if explain:
        # "if a base could be had at the start of the plan": no earlier, or the
        # relaxation would explain a missing gap by a missing base
        bases.append(BaseRef("none", problem.from_year - 1, problem.from_year + shift))
    return bases


def _starts(rung: Rung, stops: list[int], opens: int, proposal: int, explain: bool) -> list[int]:
    """Window starts worth a candidate. The checker's start is the opening moved
    past the last break; a later start only counts less, so it is needed only to
    skip a coming year that needs a flag to count as excellent, or, for an
    explanation, to show what a break costs."""
    inside = stops[bisect_left(stops, opens) : bisect_left(stops, proposal)]
    if explain:
        return [opens, *(y + 1 for y in inside)]
    fixed = [y for y in inside if rung.years[y] is YearKind.BREAK]
    start = fixed[-1] + 1 if fixed else opens
    later = [y + 1 for y in inside if rung.years[y] is YearKind.DEPENDS and y >= start]
    return [start, *later]


def _breaches(
    problem: PlanProblem,
    rung: Rung,
    base: BaseRef,
    start: int,
    proposal: int,
    is_target: bool,
) -> tuple[GuardKey, ...]:
    found = []
    counts_from = problem.discipline.counts_from
    if (
        problem.discipline.refuses
        or (counts_from is not None and start < counts_from)
        or _disciplined(problem, base)
    ):
        found.append(GuardKey("discipline"))
    if proposal - start < rung.gap:
        found.append(GuardKey("gap", rung=rung.code))
    if rung.higher_held(start, proposal) < rung.higher_min:
        found.append(GuardKey("higher", rung=rung.code))
    if rung.age_year is not None and proposal < rung.age_year:
        found.append(GuardKey("age", rung=rung.code))
    closed = base.held is not None and base.held.until is not None and proposal > base.held.until
    if base.kind == "none" or closed:
        found.append(GuardKey("base", rung=rung.code))
    for year in range(start, proposal):
        if rung.years.get(year) is YearKind.BREAK:
            found.append(GuardKey("break", year=year))
    if is_target and problem.deadline is not None and proposal > problem.deadline:
        found.append(GuardKey("deadline"))
    return tuple(found)


def held_count(problem: PlanProblem, candidate: Candidate, term: Term) -> int:
    """What the record already counts for a term in the window, the base aside."""
    prefix, first = _prefix(problem, term.awards)
    start = min(max(candidate.start, first), first + len(prefix) - 1)
    end = min(max(candidate.proposal, first), first + len(prefix) - 1)
    count = prefix[end - first] - prefix[start - first]
    held = candidate.base.held
    if held is not None and held.code in term.awards and candidate.covers(held.award.year):
        count -= held.copies
    return count


def _prefix(problem: PlanProblem, codes: tuple[str, ...]) -> tuple[list[int], int]:
    """Running totals of the record's counted awards of `codes`: entry k is the
    count over the years before first + k."""
    key = ("prefix", codes, problem.from_year, problem.last_year)
    if key not in problem.cache:
        years = [y for (y, c), n in problem.counted.items() if c in codes and n]
        first = min([*years, problem.from_year])
        prefix = [0]
        for year in range(first, problem.last_year + 1):
            prefix.append(prefix[-1] + sum(problem.counted.get((year, c), 0) for c in codes))
        problem.cache[key] = (prefix, first)
    return problem.cache[key]


def addable(
    problem: PlanProblem,
    candidate: Candidate,
    codes: tuple[str, ...],
    excluded: tuple[int, str] | None,
) -> int:
    """How many awards of `codes` the plan could add inside the window."""
    key = ("addable", codes, problem.from_year, problem.last_year)
    if key not in problem.cache:
        prefix = [0]
        for year in range(problem.from_year, problem.last_year + 1):
            prefix.append(prefix[-1] + sum(1 for c in codes if problem.can_add(year, c)))
        problem.cache[key] = prefix
    prefix = problem.cache[key]
    first = problem.from_year
    start = min(max(candidate.start, first), problem.last_year) - first
    end = min(max(candidate.proposal, first), problem.last_year) - first
    room = prefix[end] - prefix[start] if end > start else 0
    if excluded is not None and excluded[1] in codes and candidate.covers(excluded[0]):
        room -= 1
    return room


def held_years(problem: PlanProblem, candidate: Candidate, term: Term) -> set[int]:
    """Years of the window in which the record already has an award of the term."""
    years = set()
    held = candidate.base.held
    for (year, code), n in problem.counted.items():
        if code not in term.awards or not candidate.covers(year):
            continue
        if held is not None and (year, code) == (held.award.year, held.code):
            n -= held.copies
        if n > 0:
            years.add(year)
    return years


def excluded_award(candidate: Candidate) -> tuple[int, str] | None:
    """The new award that is this candidate's base: it is not counted in its window."""
    base = candidate.base
    if base.kind == "planned" and base.code is not None:
        return base.year, base.code
    return None


def cheapest_run(problem: PlanProblem, candidate: Candidate, term: Term) -> float:
    """The least effort of a run of `term.count` consecutive years inside the window,
    each holding an award of the term: a year the record holds costs nothing, a year
    the plan can add one to costs the cheapest such code, any other year (a past year
    without one) cannot be in the run. Infinite when no run fits."""
    held = held_years(problem, candidate, term)
    excluded = excluded_award(candidate)
    cost: dict[int, float] = {}
    for year in range(candidate.start, candidate.proposal):
        if year in held:
            cost[year] = 0
            continue
        efforts = [
            problem.effort_of(code)
            for code in term.awards
            if problem.can_add(year, code) and (year, code) != excluded
        ]
        cost[year] = min(efforts, default=math.inf)
    return min(
        (
            sum(cost[y] for y in range(first, first + term.count))
            for first in range(candidate.start, candidate.proposal - term.count + 1)
        ),
        default=math.inf,
    )
