"""Why not: the rules that bind when a question has no plan ("HCLD3 by 2022?").

The model is built with every family of constraints under a guard literal, and
the guards are passed to CP-SAT as assumptions. When the model is infeasible,
`sufficient_assumptions_for_infeasibility` names guards that together make it
so; the core is then shrunk one guard at a time (drop it, solve again: still
infeasible means it was not needed), so every reason given is one without which
the question would have an answer. Each guard is put into words with its
citation and the facts of the record that make it bind.
"""

from __future__ import annotations

from ortools.sat.python import cp_model

from planner.plan.constraints import Guards, add_holder_constraints
from planner.plan.model import add_holder_variables
from planner.plan.problem import PlanProblem, Rung
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


def binding_reasons(problem: PlanProblem, time_limit: float = 10.0) -> tuple[Reason, ...]:
    """A minimal set of rules and assumptions that together leave no plan."""
    model = cp_model.CpModel()
    hv = add_holder_variables(model, problem, explain=True)
    guards = Guards(model, active=True)
    add_holder_constraints(model, hv, guards)
    keys = list(guards.literals)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = time_limit
    # With assumptions, presolve must keep every solution and mostly probes: on
    # these small models the search alone proves infeasibility several times faster.
    solver.parameters.cp_model_presolve = False

    def infeasible(subset: list[GuardKey]) -> bool:
        model.clear_assumptions()
        model.add_assumptions([guards.literals[k] for k in subset])
        return solver.solve(model) == cp_model.INFEASIBLE

    if not infeasible(keys):
        return ()
    by_index = {guards.literals[k].index: k for k in keys}
    core = [by_index[i] for i in solver.sufficient_assumptions_for_infeasibility() if i in by_index]
    if not core or not infeasible(core):
        core = keys
    for key in list(core):
        trial = [k for k in core if k != key]
        if infeasible(trial):
            core = trial
    core.sort(key=lambda k: (ORDER.index(k.family), k.rung or "", k.year or 0))
    return tuple(reason_of(problem, key) for key in core)


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
