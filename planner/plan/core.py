"""Why not: the rules that bind when a question has no plan ("HCLD3 by 2022?").

Every family of rules that can bind is a `GuardKey` (the deadline, the gap of
each rung, its base, its options, each year that breaks the run...). The reasons
are a minimal set of them that leaves no plan, found by a deletion filter: start
from every rule, and leave each out in turn while the question stays without an
answer, so every reason given is one without which it would have one. The
oracle is planner/plan/relaxed.py (a model of the plan's size for each set of
rules). Each rule kept is put into words with its citation and the facts of the
record that make it bind.

Which minimal set is found depends on the order the rules are tried in: they are
tried from the last of `ORDER` to the first, and within a family from the top
rung down and the latest year back, so that the reasons kept are the first ones a
reader looks for (the deadline, the gaps, the lower rungs). Most trials need no
solve: with a rule in force the chain is pruned (planner/plan/relaxed.py), and a
question the pruning leaves without a choice for some rung has no plan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from planner.plan.problem import PlanProblem, Rung
from planner.plan.relaxed import RelaxedQuestion
from planner.plan.result import Reason
from planner.plan.windows import GuardKey
from planner.rules.ruleset import Words
from planner.wording import options_text

ORDER = (
    "discipline",
    "deadline",
    "gap",
    "higher",
    "age",
    "base",
    "options",
    "break",
    "no_flag",
    "one_a_year",
    "companion",
    "one_rung_a_year",
)


def binding_reasons(
    problem: PlanProblem,
    time_limit: float = 10.0,
    plans_breaking: Iterable[frozenset[GuardKey]] = (),
) -> tuple[tuple[Reason, ...], int]:
    """A minimal set of rules and assumptions that together leave no plan, and the
    solves it took. `plans_breaking`: the rules broken by plans already known (the
    earliest plan without the deadline breaks only the deadline), which answer
    every set of rules they keep without a solve."""
    question = RelaxedQuestion(problem, time_limit, plans_breaking)
    core = minimal_core(problem, question.rules, question.infeasible)
    return reasons_of(problem, core), question.solves


def minimal_core(
    problem: PlanProblem, rules: Iterable[GuardKey], infeasible: Callable[[frozenset], bool]
) -> frozenset[GuardKey]:
    """The deletion filter (module docstring); empty when the question has an
    answer with every rule in force."""
    core = frozenset(rules)
    if not infeasible(core):
        return frozenset()
    for key in sorted(core, key=lambda k: preference(problem, k), reverse=True):
        if infeasible(core - {key}):
            core -= {key}
    return core


def preference(problem: PlanProblem, key: GuardKey) -> tuple:
    """The reasons a reader looks for first come first (the filter keeps them)."""
    rungs = [r.code for r in problem.chain]
    return (
        ORDER.index(key.family),
        rungs.index(key.rung) if key.rung in rungs else -1,
        key.year or 0,
        key.codes,
    )


def reasons_of(problem: PlanProblem, core: Iterable[GuardKey]) -> tuple[Reason, ...]:
    """The rules of a core in words, in the order they are shown."""
    shown = sorted(core, key=lambda k: (ORDER.index(k.family), k.rung or "", k.year or 0))
    return tuple(reason_of(problem, key) for key in shown)


def _rung(problem: PlanProblem, code: str | None) -> Rung:
    return next(r for r in problem.chain if r.code == code)


def reason_of(problem: PlanProblem, key: GuardKey) -> Reason:
    words, citation = _WORDS[key.family](problem, key)
    return Reason(family=key.family, rung=key.rung, year=key.year, words=words, citation=citation)


def _discipline(problem: PlanProblem, key: GuardKey) -> tuple[Words, str | None]:
    bound = problem.discipline
    assert bound.rule is not None  # the family exists only where the rule does
    return bound.words(), bound.rule.citation_text()


def _deadline(problem: PlanProblem, key: GuardKey) -> tuple[Words, str | None]:
    return (
        Words(
            vi=f"hạn đề nghị {problem.target} là năm {problem.deadline}",
            en=f"the deadline for proposing {problem.target} is {problem.deadline}",
        ),
        None,
    )


def _gap(problem: PlanProblem, key: GuardKey) -> tuple[Words, str | None]:
    rung = _rung(problem, key.rung)
    opening_vi = "từ năm sau năm căn cứ" if problem.shift else "từ năm căn cứ"
    opening_en = "from the year after the base" if problem.shift else "from the base year"
    facts_vi, facts_en = [], []
    for held in rung.held_bases:
        year = held.opens + rung.gap
        facts_vi.append(f"căn cứ {held.award.award} {held.award.year} → sớm nhất {year}")
        facts_en.append(f"base {held.award.award} {held.award.year} → {year} at the earliest")
    if rung.planned_bases:
        codes = "/".join(rung.planned_bases)
        year = problem.from_year + problem.shift + rung.gap
        facts_vi.append(f"{codes} mới từ {problem.from_year} → sớm nhất {year}")
        facts_en.append(f"a new {codes} from {problem.from_year} → {year} at the earliest")
    if rung.on_previous:
        facts_vi.append("bậc trước trong lộ trình làm căn cứ")
        facts_en.append("the rung before it in the plan as the base")
    more_vi = f" ({'; '.join(facts_vi)})" if facts_vi else ""
    more_en = f" ({'; '.join(facts_en)})" if facts_en else ""
    better_vi, better_en = (
        (" trở lên", " or better") if rung.rule.continuity.or_better else ("", "")
    )
    return (
        Words(
            vi=f"{rung.code} cần liên tục {rung.rating}{better_vi} từ {rung.gap} năm trở lên, "
            f"tính {opening_vi}{more_vi}",
            en=f"{rung.code} needs {rung.gap} years or more of {rung.rating}{better_en}, "
            f"counted {opening_en}{more_en}",
        ),
        rung.rule.continuity.citation_text(),
    )


def _higher(problem: PlanProblem, key: GuardKey) -> tuple[Words, str | None]:
    rung = _rung(problem, key.rung)
    higher = rung.rule.continuity.higher
    assert higher is not None  # only a run with higher years has this guard
    return (
        Words(
            vi=f"{rung.code} cần, trong thời gian đó, từ {higher.min_years} năm "
            f"{higher.rating} trở lên",
            en=f"{rung.code} needs {higher.min_years} years or more {higher.rating} "
            "within that period",
        ),
        rung.rule.continuity.citation_text(),
    )


def _age(problem: PlanProblem, key: GuardKey) -> tuple[Words, str | None]:
    rung = _rung(problem, key.rung)
    age = rung.rule.operating_age
    assert age is not None
    return (
        Words(
            vi=f"{rung.code} cần {age.min_years} năm xây dựng, phát triển: thành lập năm "
            f"{problem.holder.founded}, đủ từ năm {rung.age_year}",
            en=f"{rung.code} needs {age.min_years} years of existence: founded in "
            f"{problem.holder.founded}, reached in {rung.age_year}",
        ),
        age.citation_text(),
    )


def _base(problem: PlanProblem, key: GuardKey) -> tuple[Words, str | None]:
    rung = _rung(problem, key.rung)
    entries = [e for e in rung.rule.base if problem.settings.enabled(e.enabled_by)]
    codes_vi = " hoặc ".join(e.award for e in entries)
    codes_en = " or ".join(e.award for e in entries)
    held = ", ".join(f"{b.award.award} {b.award.year}" for b in rung.held_bases)
    return (
        Words(
            vi=f"{rung.code} phải dựa trên {codes_vi} (khen thưởng làm căn cứ); hồ sơ có: "
            f"{held or 'chưa có'}",
            en=f"{rung.code} must rest on {codes_en} (the base award); the record has: "
            f"{held or 'none'}",
        ),
        "; ".join(dict.fromkeys(e.citation_text() for e in entries)),
    )


def _options(problem: PlanProblem, key: GuardKey) -> tuple[Words, str | None]:
    rung = _rung(problem, key.rung)
    routes = {o.route for o in rung.options}
    sets = [rung.rule.window_options] if "standard" in routes else []
    if "flag_ineligible" in routes and rung.rule.flag_ineligible_options is not None:
        sets.append(rung.rule.flag_ineligible_options)
    texts = [options_text(s) for s in sets]
    return (
        Words(
            vi=f"{rung.code}: trong thời gian đó, ngoài căn cứ, cần "
            + " hoặc ".join(t.vi for t in texts),
            en=f"{rung.code}: within that period, besides the base, "
            + " or ".join(t.en for t in texts),
        ),
        "; ".join(dict.fromkeys(s.citation_text() for s in sets)),
    )


def _break(problem: PlanProblem, key: GuardKey) -> tuple[Words, str | None]:
    year = key.year
    recorded = problem.ratings.get(year) if year is not None else None
    rating = problem.chain[-1].rating
    if recorded:
        why_vi, why_en = f"xếp loại {recorded}", f"rated {recorded}"
    elif year is not None and year >= problem.from_year:
        why_vi = f"chỉ {rating} nếu có cờ (future_years_excellent=false)"
        why_en = f"is {rating} only with a flag (future_years_excellent=false)"
    else:
        why_vi = "chưa ghi nhận xếp loại (không giả định)"
        why_en = "has no rating recorded (not assumed)"
    return (
        Words(
            vi=f"năm {year} {why_vi}, làm gián đoạn chuỗi {rating}",
            en=f"{year} {why_en}, which breaks the run of {rating}",
        ),
        problem.chain[-1].rule.continuity.citation_text(),
    )


def _no_flag(problem: PlanProblem, key: GuardKey) -> tuple[Words, str | None]:
    return (
        Words(
            vi=f"năm {key.year} không thể nhận cờ (giả định)",
            en=f"no flag can be won in {key.year} (what-if)",
        ),
        None,
    )


def _one_a_year(problem: PlanProblem, key: GuardKey) -> tuple[Words, str | None]:
    codes = "/".join(key.codes)
    return (
        Words(
            vi=f"mỗi năm tối đa một trong {codes} (giả định lập kế hoạch)",
            en=f"at most one of {codes} a year (planning assumption)",
        ),
        None,
    )


def _companion(problem: PlanProblem, key: GuardKey) -> tuple[Words, str | None]:
    code = key.codes[0]
    partner = problem.companions.get(code, "?")
    return (
        Words(
            vi=f"{code} chỉ trong năm cũng có {partner} (giả định lập kế hoạch)",
            en=f"{code} only in a year that also brings {partner} (planning assumption)",
        ),
        None,
    )


def _one_rung_a_year(problem: PlanProblem, key: GuardKey) -> tuple[Words, str | None]:
    chain = " → ".join(r.code for r in problem.chain)
    return (
        Words(
            vi=f"mỗi năm chỉ một bậc ({chain}), bậc mới là căn cứ của bậc sau",
            en=f"one rung a year ({chain}), each new rung the base of the next",
        ),
        None,
    )


_WORDS = {
    "discipline": _discipline,
    "deadline": _deadline,
    "gap": _gap,
    "higher": _higher,
    "age": _age,
    "base": _base,
    "options": _options,
    "break": _break,
    "no_flag": _no_flag,
    "one_a_year": _one_a_year,
    "companion": _companion,
    "one_rung_a_year": _one_rung_a_year,
}
