"""The assumptions a plan rests on, in words, listed apart from its steps.

A council reads "HCLD1 in 2021" as a promise; it must see on the same page that
the promise assumes every coming year rated HTXSNV, one city award a year, a
founding year nobody recorded, and so on (docs/domain.md §3, planning
assumptions).
"""

from __future__ import annotations

from planner.plan.problem import PlanProblem
from planner.plan.result import Plan
from planner.rules.ruleset import Words
from planner.wording import year_list


def span_text(years: list[int]) -> str:
    """ "2020–2022" for a run, "2018, 2020" otherwise."""
    if not years:
        return "—"
    if years == list(range(years[0], years[-1] + 1)) and len(years) > 2:
        return f"{years[0]}–{years[-1]}"
    return year_list(years)


def assumptions_of(problem: PlanProblem, plan: Plan | None) -> list[Words]:
    settings = problem.settings
    rating = problem.chain[-1].rule.continuity.planned_rating
    found: list[Words] = []
    if settings.future_years_excellent:
        years = list(plan.assumed_years) if plan else []
        if len(years) == 1:
            found.append(
                Words(
                    vi=f"Năm {years[0]} xếp loại {rating} (giả định lập kế hoạch).",
                    en=f"{years[0]} is rated {rating} (planning assumption).",
                )
            )
        elif years or plan is None:
            when = span_text(years) if years else f"từ {problem.from_year}"
            when_en = span_text(years) if years else f"from {problem.from_year}"
            found.append(
                Words(
                    vi=f"Các năm {when} đều xếp loại {rating} (giả định lập kế hoạch).",
                    en=f"Every year {when_en} is rated {rating} (planning assumption).",
                )
            )
    if plan is not None:
        past = sorted(
            {y for p in plan.proposals for y in p.verdict.assumed_years if y < problem.from_year}
        )
        if past:
            found.append(
                Words(
                    vi=f"Năm {span_text(past)} chưa ghi nhận xếp loại, giả định {rating}.",
                    en=f"{span_text(past)}: no rating recorded, assumed {rating}.",
                )
            )
    ages = [r for r in problem.chain if r.rule.operating_age is not None]
    if (
        ages
        and problem.holder.kind == "collective"
        and problem.holder.founded is None
        and settings.founding_age
    ):
        n = ages[0].rule.operating_age.min_years  # type: ignore[union-attr]
        found.append(
            Words(
                vi=f"Chưa ghi nhận năm thành lập: giả định đã đủ {n} năm xây dựng, phát triển.",
                en=f"Founding year not recorded: assumed to be {n} years or more.",
            )
        )
    for group in problem.groups:
        if len(set(group) & set(problem.codes)) > 1:
            codes = "/".join(group)
            found.append(
                Words(
                    vi=f"Mỗi năm tối đa một trong {codes}.",
                    en=f"At most one of {codes} a year.",
                )
            )
    for code, partner in problem.companions.items():
        found.append(
            Words(
                vi=f"{code} chỉ trong năm cũng có {partner}.",
                en=f"{code} only in a year that also brings {partner}.",
            )
        )
    if len(problem.chain) > 1 and settings.one_rung_a_year:
        found.append(
            Words(
                vi="Mỗi năm chỉ đề nghị một bậc; bậc mới là căn cứ của bậc sau.",
                en="One rung a year; each new rung is the base of the next.",
            )
        )
    if problem.holder.kind == "collective" and not problem.holder.flag_eligible:
        found.append(
            Words(
                vi="Tập thể không thuộc đối tượng tặng cờ: kế hoạch không có cờ.",
                en="A collective not eligible for flags: the plan has no flags.",
            )
        )
    if problem.blocked:
        years = year_list(sorted(problem.blocked))
        found.append(Words(vi=f"Không có cờ trong các năm {years}.", en=f"No flag in {years}."))
    weights = ", ".join(f"{c} {problem.effort_of(c)}" for c in problem.codes)
    if weights:
        found.append(Words(vi=f"Trọng số công sức: {weights}.", en=f"Effort weights: {weights}."))
    return found
