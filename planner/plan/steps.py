"""From the solver's choice to a plan a council can act on: every step checked
by the eligibility checker, and every step given its reason.

The checker is the authority. A plan is the record plus its new awards, its
rung proposals and its assumed ratings; each proposed rung is checked in its
year on that record by `planner.check.checker.check`, and a plan the checker refuses
is a bug in the planner, raised, never shown. The reasons are read off the
checker's own evaluation (base, window, the option met and the achievements
that meet it), not off the solver's variables.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.catalogue import Catalogue
from graph.models import Achievement
from planner.check.checker import check, choose_base
from planner.check.evaluation import Attempt, evaluate
from planner.check.ratings import assumed_future_ratings
from planner.plan.problem import PlanProblem, YearKind
from planner.plan.request import ASSUMED, PLANNED
from planner.plan.result import Plan, PlanStep, RungProposal
from planner.rules.book import RulesetBook
from planner.rules.ruleset import Words
from planner.wording import option_text


@dataclass(frozen=True)
class Found:
    """What the solver chose: new awards by (year, code), rung proposals by year."""

    awards: tuple[tuple[int, str], ...]
    proposals: tuple[tuple[str, int], ...]
    cost: int

    @property
    def year(self) -> int:
        return self.proposals[-1][1]


class PlanVerificationError(AssertionError):
    """The checker refuses a plan the solver found: the two read a rule differently."""


def assumed_ratings(problem: PlanProblem, until: int, catalogue: Catalogue) -> list[Achievement]:
    """Coming years without a recorded rating, rated as the target's rule asks."""
    return assumed_future_ratings(
        problem.holder.id,
        problem.history,
        range(problem.from_year, until),
        problem.chain[-1].rule.continuity.planned_rating,
        catalogue,
        problem.settings,
        ASSUMED,
    )


def build_plan(problem: PlanProblem, found: Found, book: RulesetBook, catalogue: Catalogue) -> Plan:
    holder = problem.holder
    added = [
        Achievement(holder=holder.id, award=code, year=year, note=PLANNED)
        for year, code in sorted(found.awards)
    ]
    proposed = [
        Achievement(holder=holder.id, award=code, year=year, note=PLANNED)
        for code, year in found.proposals
    ]
    assumed = assumed_ratings(problem, found.year, catalogue)
    record = [*problem.history, *added, *proposed, *assumed]
    proposals, attempts = [], {}
    for code, year in found.proposals:
        verdict = check(
            holder,
            record,
            code,
            year,
            settings=problem.settings,
            ruleset_id=problem.ruleset.id,
            book=book,
            catalogue=catalogue,
        )
        if not verdict.eligible:
            raise PlanVerificationError(
                f"the checker refuses {code} in {year} for {holder.id} on the planned record "
                f"{[(a.award, a.year) for a in [*added, *proposed]]}: "
                f"{verdict.missing_summary().en}"
            )
        ev = evaluate(holder, record, code, year, problem.ruleset, problem.settings, catalogue)
        attempt, _ = choose_base(ev, None)
        assert attempt is not None and attempt.met_option is not None
        attempts[code] = attempt
        proposals.append(
            RungProposal(
                rung=code,
                year=year,
                base=f"{attempt.base.award} {attempt.base.year}",
                window=verdict.window,
                option=option_text(attempt.met_option.option),
                verdict=verdict,
            )
        )
    steps = [_achievement_step(problem, a, added, attempts, catalogue) for a in added]
    steps += [_proposal_step(problem, p, attempts[p.rung]) for p in proposals]
    order = {c: i for i, c in enumerate(catalogue.codes())}
    steps.sort(key=lambda s: (s.year, s.kind == "proposal", order.get(s.award, 0)))
    cost = sum(s.effort for s in steps)
    if cost != found.cost:
        raise PlanVerificationError(f"the plan's effort {cost} is not the solver's {found.cost}")
    return Plan(
        year=found.year,
        cost=cost,
        steps=tuple(steps),
        proposals=tuple(proposals),
        assumed_years=tuple(a.year for a in assumed),
    )


NOUNS = {
    "flag": Words(vi="cờ", en="flag"),
    "commendation": Words(vi="bằng khen", en="certificate"),
    "initiative": Words(vi="sáng kiến", en="initiative"),
}


def _noun(code: str, catalogue: Catalogue) -> Words:
    award = catalogue.get(code)
    if award is None:
        return Words(vi=code, en=code)
    return NOUNS["flag"] if award.flag else NOUNS.get(award.category, Words(vi=code, en=code))


def _achievement_step(
    problem: PlanProblem,
    achievement: Achievement,
    added: list[Achievement],
    attempts: dict[str, Attempt],
    catalogue: Catalogue,
) -> PlanStep:
    shown = f"{achievement.award} {achievement.year}"
    rung, reason = None, None
    for code, attempt in attempts.items():
        if attempt.base == achievement:
            rung = code
            reason = Words(
                vi=f"{shown}: khen thưởng làm căn cứ cho {code}; thời gian tích luỹ tính từ "
                f"{attempt.window.opens}",
                en=f"{shown}: the base award for {code}; the accumulation period opens in "
                f"{attempt.window.opens}",
            )
            break
        found = _place_in_option(attempt, achievement)
        if found is not None:
            index, term_count, consecutive = found
            noun = _noun(achievement.award, catalogue)
            years = attempt.window.years_text()
            rung = code
            option = option_text(attempt.met_option.option)  # type: ignore[union-attr]
            if term_count == 1 and not consecutive:
                reason = Words(
                    vi=f"{shown}: {noun.vi} cần cho {code} trong {years} (phương án {option.vi})",
                    en=f"{shown}: the {noun.en} needed for {code} in {years} (option {option.en})",
                )
            elif consecutive:
                reason = Words(
                    vi=f"{shown}: năm thứ {index} của {term_count} năm liên tục có "
                    f"{noun.vi} cần cho {code} trong {years}",
                    en=f"{shown}: year {index} of {term_count} consecutive years with an "
                    f"{noun.en} needed for {code} in {years}",
                )
            else:
                reason = Words(
                    vi=f"{shown}: {noun.vi} thứ {index} của {term_count} cần cho {code} "
                    f"trong {years}",
                    en=f"{shown}: {noun.en} {index} of {term_count} needed for {code} in {years}",
                )
            break
    if reason is None:
        rung, reason = _companion_reason(problem, achievement, added, attempts)
    return PlanStep(
        year=achievement.year,
        award=achievement.award,
        kind="achievement",
        effort=problem.settings.effort_of(achievement.award),
        rung=rung,
        reason=reason,
    )


def _place_in_option(attempt: Attempt, achievement: Achievement) -> tuple[int, int, bool] | None:
    """Which term of the option met this achievement fills, and as which one."""
    met = attempt.met_option
    if met is None:
        return None
    for result in met.terms:
        if achievement in result.evidence:
            index = result.evidence.index(achievement) + 1
            return index, result.term.count, result.term.consecutive_years
    return None


def _companion_reason(
    problem: PlanProblem,
    achievement: Achievement,
    added: list[Achievement],
    attempts: dict[str, Attempt],
) -> tuple[str | None, Words]:
    shown = f"{achievement.award} {achievement.year}"
    for code, partner in problem.companions.items():
        if partner != achievement.award:
            continue
        if any(a.award == code and a.year == achievement.year for a in added):
            served = next(
                (
                    rung
                    for rung, attempt in attempts.items()
                    if any(
                        c.achievement.award == code and c.achievement.year == achievement.year
                        for c in attempt.tally.counted
                    )
                ),
                None,
            )
            return served, Words(
                vi=f"{shown}: đi kèm {code} {achievement.year} ({code} chỉ xét trong năm có "
                f"{partner})",
                en=f"{shown}: comes with {code} {achievement.year} ({code} only in a year "
                f"that also brings {partner})",
            )
    if achievement.award in problem.implying:
        for code, attempt in attempts.items():
            rung = next(r for r in problem.chain if r.code == code)
            if (
                attempt.window.holds(achievement.year)
                and rung.years.get(achievement.year) is YearKind.DEPENDS
            ):
                years = attempt.window.years_text()
                return code, Words(
                    vi=f"{shown}: giữ năm {achievement.year} là {rung.rating} trong thời gian "
                    f"tích luỹ {years} của {code} (năm tới chỉ tính {rung.rating} khi có cờ)",
                    en=f"{shown}: keeps {achievement.year} rated {rung.rating} within the "
                    f"period {years} of {code} (a coming year counts as {rung.rating} only "
                    "with a flag)",
                )
    counted_for = [
        code
        for code, attempt in attempts.items()
        if any(c.achievement == achievement for c in attempt.tally.counted)
    ]
    rung = counted_for[0] if counted_for else None
    return rung, Words(
        vi=f"{shown}: được tính cho {rung or '—'} (ngoài mức tối thiểu)",
        en=f"{shown}: counted for {rung or '—'} (beyond the minimum)",
    )


def _proposal_step(problem: PlanProblem, proposal: RungProposal, attempt: Attempt) -> PlanStep:
    chain = [r.code for r in problem.chain]
    position = chain.index(proposal.rung)
    window = attempt.window.years_text()
    option = proposal.option
    if position == len(chain) - 1:
        role = Words(vi="mục tiêu", en="the target")
    else:
        above = chain[position + 1]
        role = Words(
            vi=f"bậc trung gian, làm căn cứ cho {above}",
            en=f"an intermediate rung, the base for {above}",
        )
    reason = Words(
        vi=f"Đề nghị {proposal.rung} năm {proposal.year} ({role.vi}): căn cứ {proposal.base}, "
        f"thời gian tích luỹ {window}, đạt {option.vi}",
        en=f"Propose {proposal.rung} in {proposal.year} ({role.en}): base {proposal.base}, "
        f"period {window}, meets {option.en}",
    )
    return PlanStep(
        year=proposal.year,
        award=proposal.rung,
        kind="proposal",
        effort=0,  # a rung weighs nothing: its effort is in the awards its window needs
        rung=proposal.rung,
        reason=reason,
    )
