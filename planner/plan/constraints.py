"""The constraints of a holder's plan, one function per family of rules.

Each family can be put under a guard literal. A normal solve uses no guards (and
its candidates break no rule); when a question has no answer ("HCLD3 by
2022?"), the model is built again with the rule-breaking candidates kept and
every family guarded, the guards passed as assumptions, so the solver's
infeasibility core names the rules that bind (planner/plan/core.py words them).
"""

from __future__ import annotations

from collections.abc import Sequence

from ortools.sat.python import cp_model
from ortools.sat.python.cp_model import LinearExpr

from planner.plan.model import Choice, HolderVars, IntVar, RungVars
from planner.plan.windows import GuardKey, excluded_award, held_years
from planner.rules.ruleset import Term


class Guards:
    """Guard literals by key; inactive guards are no literals at all."""

    def __init__(self, model: cp_model.CpModel, active: bool = False):
        self.model = model
        self.active = active
        self.literals: dict[GuardKey, IntVar] = {}

    def __call__(self, key: GuardKey) -> list[IntVar]:
        if not self.active:
            return []
        if key not in self.literals:
            self.literals[key] = self.model.new_bool_var(key.family)
        return [self.literals[key]]


def enforce(constraint: cp_model.Constraint, literals: Sequence[IntVar]) -> None:
    if literals:
        constraint.only_enforce_if(list(literals))


def add_holder_constraints(model: cp_model.CpModel, hv: HolderVars, guards: Guards) -> None:
    yearly_awards(model, hv, guards)
    for i, rv in enumerate(hv.rungs):
        one_window(model, hv, rv)
        bases(model, hv, rv, hv.rungs[i - 1] if i else None)
        window_counts(model, hv, rv)
        continuity(model, hv, rv, guards)
        breaches(model, rv, guards)
    chain_counts(model, hv)
    rung_order(model, hv, guards)


def yearly_awards(model: cp_model.CpModel, hv: HolderVars, guards: Guards) -> None:
    """What one year can bring: one award of each exclusive group (counting what the
    record already has), a code only with its companion (CO_CP with CO_TP), no
    flag in a year ruled out by a what-if."""
    p, x = hv.problem, hv.awards
    for year in p.plan_years:
        for group in p.groups:
            new = [x[(year, c)] for c in group if (year, c) in x]
            held = min(1, sum(p.held.get((year, c), 0) for c in group))
            if new and (len(new) > 1 or held):
                key = GuardKey("one_a_year", codes=group)
                enforce(model.add(sum(new) <= 1 - held), guards(key))
        for code, partner in p.companions.items():
            if (year, code) not in x or p.held.get((year, partner), 0):
                continue
            key = GuardKey("companion", codes=(code,))
            enforce(model.add(x[(year, code)] <= x.get((year, partner), 0)), guards(key))
        if year in p.blocked:
            flags = [x[(year, c)] for c in p.flags if (year, c) in x]
            if flags:
                enforce(model.add(sum(flags) == 0), guards(GuardKey("no_flag", year=year)))


def one_window(model: cp_model.CpModel, hv: HolderVars, rv: RungVars) -> None:
    """A reached target has exactly one window (base, start, year, option) per rung."""
    model.add(sum(c.var for c in rv.choices) == hv.reached)


def bases(model: cp_model.CpModel, hv: HolderVars, rv: RungVars, previous: RungVars | None) -> None:
    """A new award serves as a base only if the plan adds it; the rung below serves
    as a base only if it is proposed in that year."""
    planned: dict[tuple[int, str], list[IntVar]] = {}
    on_previous: dict[int, list[IntVar]] = {}
    for choice in rv.choices:
        base = choice.candidate.base
        if base.kind == "planned" and base.code is not None:
            planned.setdefault((base.year, base.code), []).append(choice.var)
        elif base.kind == "previous":
            on_previous.setdefault(base.year, []).append(choice.var)
    for key, chosen in planned.items():
        model.add(sum(chosen) <= hv.awards[key])
    if previous is None:
        return
    proposed: dict[int, list[IntVar]] = {}
    for choice in previous.choices:
        proposed.setdefault(choice.candidate.proposal, []).append(choice.var)
    for year, chosen in on_previous.items():
        model.add(sum(chosen) <= sum(proposed.get(year, [])))


def window_counts(model: cp_model.CpModel, hv: HolderVars, rv: RungVars) -> None:
    """The option chosen is met in the window: for each term, what the record counts
    there plus the new awards there reach its count, the base aside (a new base of
    the term's code is one more award the window must hold). A run of consecutive
    years needs a run of years each holding one.

    Written for a tight linear relaxation: the choices of a rung exclude each other,
    so the new awards in a window [a, P−1] must cover the need of whichever chosen
    window lies inside it. One constraint per window sums the needs of all windows
    it contains; without it, the relaxation spreads a rung over many windows and
    needs a fraction of an award in each, and a council-wide solve cannot prove
    anything."""
    p = hv.problem
    groups: dict[tuple[str, ...], list[tuple[int, int, int, IntVar]]] = {}
    for choice in rv.choices:
        if choice.option is None:
            continue
        candidate = choice.candidate
        first = max(candidate.start, p.from_year)
        for term, need in zip(choice.option.option.terms, choice.needs, strict=True):
            if term.consecutive_years:
                _run(model, hv, choice, term)
                continue
            if need <= 0:
                continue
            base = excluded_award(candidate)
            if base is not None and base[1] in term.awards and candidate.covers(base[0]):
                need += 1  # the new base is in the window but not counted
            codes = tuple(sorted(term.awards))
            groups.setdefault(codes, []).append((first, candidate.proposal, need, choice.var))
    for codes, entries in groups.items():
        windows: dict[tuple[int, int], list[tuple[int, IntVar]]] = {}
        for a, end, need, var in entries:
            windows.setdefault((a, end), []).append((need, var))
        for a, end in windows:
            needs, chosen = [], []
            for (a2, end2), items in windows.items():
                if a2 >= a and end2 <= end:
                    needs += [need for need, _ in items]
                    chosen += [var for _, var in items]
            new = [
                hv.awards[(year, code)]
                for year in range(a, end)
                for code in codes
                if (year, code) in hv.awards
            ]
            model.add(LinearExpr.sum(new) >= LinearExpr.weighted_sum(chosen, needs))


def chain_counts(model: cp_model.CpModel, hv: HolderVars) -> None:
    """The rungs of a chain need awards of their own: a rung resting on the rung
    below has its window from that rung's proposal year on, after every window
    below it, so the windows do not overlap and no new award counts twice.

    Implied by the other constraints, but the linear relaxation does not see it:
    without these cuts it lets the same new awards fill every rung's window at
    once, its bound on a four-rung chain is the dearest rung alone (12 where the
    plan costs 27), and proving that no later year was cheaper took longer than
    20 s. One cut per first year (the needs of the windows starting then or
    later, against the new awards from then on) and one per proposal year (the
    needs of the windows ending by then, against the new awards before it), by
    group of codes. The lowest rung's windows count whatever their base; a higher
    rung's only when it rests on the rung below."""
    if len(hv.rungs) < 2:
        return  # one rung: `window_counts` says it all
    p = hv.problem
    entries: dict[tuple[str, ...], list[tuple[int, int, int, IntVar]]] = {}
    for index, rv in enumerate(hv.rungs):
        for choice in rv.choices:
            candidate = choice.candidate
            if choice.option is None or (index and candidate.base.kind != "previous"):
                continue
            first = max(candidate.start, p.from_year)
            for term, need in zip(choice.option.option.terms, choice.needs, strict=True):
                if term.consecutive_years or need <= 0:
                    continue
                base = excluded_award(candidate)
                if base is not None and base[1] in term.awards and candidate.covers(base[0]):
                    need += 1
                codes = tuple(sorted(term.awards))
                entries.setdefault(codes, []).append((first, candidate.proposal, need, choice.var))
    for codes, items in entries.items():
        new_by_year = {
            year: [hv.awards[(year, c)] for c in codes if (year, c) in hv.awards]
            for year in p.plan_years
        }
        for a in sorted({first for first, _, _, _ in items}):
            chosen = [(need, var) for first, _, need, var in items if first >= a]
            new = [v for year, vs in new_by_year.items() if year >= a for v in vs]
            _cut(model, new, chosen)
        for end in sorted({proposal for _, proposal, _, _ in items}):
            chosen = [(need, var) for _, proposal, need, var in items if proposal <= end]
            new = [v for year, vs in new_by_year.items() if year < end for v in vs]
            _cut(model, new, chosen)


def _cut(model: cp_model.CpModel, new: list[IntVar], chosen: list[tuple[int, IntVar]]) -> None:
    needs = [need for need, _ in chosen]
    model.add(LinearExpr.sum(new) >= LinearExpr.weighted_sum([v for _, v in chosen], needs))


def _run(model: cp_model.CpModel, hv: HolderVars, choice: Choice, term: Term) -> None:
    """One of the runs of `term.count` years inside the window, every year of it
    holding an award of the term (recorded, or new)."""
    candidate = choice.candidate
    held = held_years(hv.problem, candidate, term)
    excluded = excluded_award(candidate)
    starts = []
    for first in range(candidate.start, candidate.proposal - term.count + 1):
        run = range(first, first + term.count)
        key = (
            term.awards,
            first,
            term.count,
            tuple(sorted(y for y in held if y in run)),
            excluded if excluded and excluded[0] in run else None,
        )
        if key not in hv.runs:
            hv.runs[key] = _run_var(model, hv, term, run, held, excluded)
        if hv.runs[key] is not None:
            starts.append(hv.runs[key])
    model.add(sum(starts) >= choice.var)


def _run_var(
    model: cp_model.CpModel,
    hv: HolderVars,
    term: Term,
    run: range,
    held: set[int],
    excluded: tuple[int, str] | None,
) -> IntVar | None:
    begins = model.new_bool_var("")
    for year in run:
        if year in held:
            continue
        new = [
            hv.awards[(year, code)]
            for code in term.awards
            if (year, code) in hv.awards and (year, code) != excluded
        ]
        if not new:
            return None  # a past year without the award: no run through it
        model.add(sum(new) >= begins)
    return begins


def continuity(model: cp_model.CpModel, hv: HolderVars, rv: RungVars, guards: Guards) -> None:
    """A coming year that counts as excellent only with a flag (when coming years
    are not assumed excellent) must bring one to stay inside a window."""
    implying = hv.problem.implying
    for choice in rv.choices:
        for year in choice.candidate.depends:
            flags = [hv.awards[(year, c)] for c in implying if (year, c) in hv.awards]
            guard = guards(GuardKey("break", year=year))
            if guard:
                enforce(model.add(sum(flags) >= 1), [choice.var, *guard])
            else:
                model.add(sum(flags) >= choice.var)


def breaches(model: cp_model.CpModel, rv: RungVars, guards: Guards) -> None:
    """(Explanations only.) A candidate that breaks a rule, or proposes with no
    option met, is open only while that rule's guard is relaxed."""
    for choice in rv.choices:
        keys = list(choice.candidate.breaches)
        if choice.option is None:
            keys.append(GuardKey("options", rung=rv.rung.code))
        for key in keys:
            for guard in guards(key):
                model.add_implication(choice.var, guard.Not())


def rung_order(model: cp_model.CpModel, hv: HolderVars, guards: Guards) -> None:
    """The chain is climbed in order; with `one_rung_a_year`, never two rungs a year."""
    step = hv.problem.settings.one_rung_a_year
    key = GuardKey("one_rung_a_year")
    for lower, upper in zip(hv.rungs, hv.rungs[1:], strict=False):
        model.add(upper.proposal_expr() >= lower.proposal_expr())
        if step:
            gap = upper.proposal_expr() - lower.proposal_expr()
            enforce(model.add(gap >= hv.reached), guards(key))
