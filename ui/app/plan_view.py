"""How the app asks for plans and shows them: one plan as a table of steps with
their reasons, alternatives side by side, assumptions apart, the binding
reasons when there is no plan, and the projected timeline of many plans."""

from __future__ import annotations

import re

import altair as alt
import pandas as pd
import streamlit as st

from graph.models import Achievement, Dataset, Target, Unit
from planner import (
    HolderProfile,
    Plan,
    PlanError,
    PlanRequest,
    PlanResult,
    RuleNotEnteredError,
    no_plan_words,
    plan,
)
from ui.app import ruling
from ui.app.i18n import current_language, t
from ui.app.pickers import pick_holder
from ui.app.state import catalogue
from ui.safe_text import literal


def request_for(
    unit: Unit | HolderProfile,
    history: list[Achievement],
    target: str | None,
    from_year: int,
    by_year: int | None = None,
) -> PlanRequest:
    return PlanRequest(
        holder=HolderProfile.of(unit),
        history=tuple(history),
        target=target,
        from_year=from_year,
        by_year=by_year,
        ruleset_id=ruling.ruleset_id(),
        settings=ruling.settings(),
    )


def pick_unit(data: Dataset, *, key: str, place=st) -> tuple[Unit, Target | None] | None:
    """The unit to plan (searchable, units with a roadmap target first) and its
    roadmap target; None when the search finds no unit (the picker says so)."""
    units = {u.id: u for u in data.units if u.kind != "district"}
    roadmap = {t_.holder: t_ for t_ in data.targets if t_.section == "roadmap"}
    ids = sorted(units, key=lambda i: (i not in roadmap, units[i].name))
    chosen = pick_holder(t("plan.unit"), {i: units[i].name for i in ids}, key=key, place=place)
    if chosen is None:
        return None
    return units[chosen], roadmap.get(chosen)


def target_choice(
    unit: Unit, history: list[Achievement], row: Target | None, *, key: str, place=st
) -> str:
    """The target: the unit's roadmap target, else its next rung, unless the person
    chose another. `key` names the unit, so that a choice made for one unit is never
    kept for the next."""
    targets = ruling.targets(unit)
    if row is not None:
        default = row.award
    else:
        default = ruling.standing_of(unit, history, ruling.proposal_year()).next_target
    names = catalogue()
    lang = current_language()
    return place.selectbox(
        t("plan.target"),
        targets,
        index=targets.index(default) if default in targets else 0,
        format_func={c: names.name(c, lang) for c in targets}.get,
        help=t("plan.target_help"),
        key=key,
    )


@st.cache_data(show_spinner=False, max_entries=512)
def _plan_cached(request_json: str) -> PlanResult | str:
    try:
        return plan(PlanRequest.model_validate_json(request_json), book=ruling.book())
    except PlanError as error:
        return error.words(st.session_state.get("lang", "vi"))
    except RuleNotEnteredError as error:  # the ruleset has not entered this rung's rule
        return error.words(st.session_state.get("lang", "vi"))


def plan_for(request: PlanRequest) -> PlanResult | str:
    """The planner's answer, or the question's problem in words (cached per question)."""
    return _plan_cached(request.model_dump_json())


def award_name(code: str, lang: str) -> str:
    return catalogue().name(code, lang)


def named(text: str, lang: str) -> str:
    """A sentence of the planner with every award code in it replaced by the
    award's name ("BK_TP 2020" → "Bằng khen của Chủ tịch UBND Thành phố 2020")."""
    names = catalogue()
    codes = sorted(names.codes(), key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, codes)) + r")\b")
    return pattern.sub(lambda m: names.name(m[1], lang), text)


def plan_summary(chosen: Plan, lang: str) -> str:
    """A roadmap row as an office writes it, in award names: "2023 · công sức 2
    (Bằng khen của Chủ tịch UBND Thành phố 2020, … 2021)"."""
    added = [
        f"{award_name(s.award, lang)} {s.year}" for s in chosen.steps if s.kind == "achievement"
    ]
    return t(
        "plan.summary",
        year=chosen.year,
        cost=chosen.cost,
        awards=", ".join(added) or t("plan.nothing_new_short"),
    )


def effort_words() -> str:
    """What counts as effort, with the weights in force."""
    weights = ", ".join(
        f"{award_name(code, current_language())} {weight}"
        for code, weight in ruling.settings().effort.items()
        if weight
    )
    return t("plan.effort_help", weights=weights)


def steps_frame(chosen: Plan, lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                t("plan.step_year"): str(step.year),
                t("plan.step_award"): award_name(step.award, lang),
                t("plan.step_kind"): t(f"plan.kind_{step.kind}"),
                t("plan.step_effort"): step.effort,
                t("plan.step_reason"): named(step.reason(lang), lang),
            }
            for step in chosen.steps
        ]
    )


def wrapping_table(frame: pd.DataFrame, place=st) -> None:
    """A table whose long texts wrap instead of running off the right edge (st.table;
    st.dataframe cuts them). st.table reads Markdown in its cells, so every text goes
    through `literal`: a unit named "**x**" is shown as typed."""
    shown = frame.map(lambda v: literal(v) if isinstance(v, str) else v)
    shown.columns = [literal(c) for c in frame.columns]
    place.table(shown, hide_index=True)


def show_plan(chosen: Plan, title: str, target: str, lang: str) -> None:
    st.markdown(f"**{title}**")
    st.markdown(
        t("plan.headline", target=award_name(target, lang), year=chosen.year, cost=chosen.cost),
        help=effort_words(),
    )
    wrapping_table(steps_frame(chosen, lang))
    if not any(step.kind == "achievement" for step in chosen.steps):
        st.caption(t("plan.nothing_new"))


def show_result(result: PlanResult | str, lang: str) -> None:
    if isinstance(result, str):
        st.error(literal(result))
        return
    for warning in result.warnings:
        st.warning(named(warning(lang), lang))
    if result.cancelled:
        st.warning(f"{t('council.cancelled')} — {t('council.not_proven')}")
    if result.plan is None:
        st.error(t("plan.none", why=named(no_plan_words(result)(lang), lang)))
        if result.reasons:
            st.markdown(f"**{t('plan.reasons')}**")
            for reason in result.reasons:
                cited = f" ({reason.citation})" if reason.citation else ""
                st.markdown(f"- {named(reason.words(lang), lang)}{cited}")
        if result.earliest:
            earliest = plan_summary(result.earliest, lang)
            st.info(t("plan.earliest_without_deadline", summary=earliest))
            show_plan(result.earliest, t("plan.best_without_deadline"), result.target, lang)
    else:
        plans = [result.plan, *result.alternatives]
        for n, chosen in enumerate(plans):
            title = t("plan.best") if n == 0 else t("plan.alternative", n=n + 1)
            show_plan(chosen, title, result.target, lang)
    st.caption(effort_words())
    if result.assumptions:
        with st.expander(t("plan.assumptions")):
            for assumption in result.assumptions:
                st.markdown(f"- {named(assumption(lang), lang)}")
    st.caption(t("plan.solved_in", ms=round(result.stats.milliseconds)))


def timeline_chart(rows: list[tuple[str, Plan | None]], lang: str) -> alt.Chart:
    """Row by row (its label: "before" and "after", say) and year by year, the
    marks of each chosen plan, drawn as the Dòng thời gian page draws them."""
    from ui.app.timeline import TimelineRow, timeline_marks
    from ui.app.timeline import timeline_chart as drawn

    names = catalogue()
    lines = [TimelineRow(label, "", chosen) for label, chosen in rows]
    frame = timeline_marks(lines, names, lang)
    return drawn(frame, [line.label(names, lang) for line in lines], lang)


def history_lines(history: list[Achievement], lang: str, bullet: str = "- ") -> str:
    """A unit's achievements as a council letter writes them: "- 2014: Huân chương …"."""
    names = catalogue()
    by_award: dict[str, list[int]] = {}
    for a in sorted(history, key=lambda a: (a.year, a.award)):
        by_award.setdefault(a.award, []).append(a.year)
    ordered = sorted(by_award.items(), key=lambda item: item[1][0])
    return "\n".join(
        f"{bullet}{', '.join(map(str, years))}: {names.name(code, lang)}" for code, years in ordered
    )


def roadmap_results(data) -> dict:
    """The plan of every PL5 target, from the chosen year, with the document's year as
    the deadline when it is still ahead (a proposal's year is its own deadline)."""
    year = ruling.proposal_year()
    results = {}
    for target in data.targets:
        if data.unit(target.holder) is None:
            continue
        unit, history = ruling.holder_for(data, target.holder, year)
        by_year = target.by_year if target.by_year and target.by_year >= year else None
        results[target.key] = plan_for(request_for(unit, history, target.award, year, by_year))
    return results


def roadmap_frame(data: Dataset, results: dict[str, PlanResult | str], lang: str) -> pd.DataFrame:
    """The targets of PL5 (proposals, then the roadmap) in its layout, with the plan
    the solver proposes for each; a plan that misses the document's year says so."""
    rows = []
    ordered = sorted(data.targets, key=lambda target: target.section != "proposal")  # stable
    for number, target in enumerate(ordered, 1):
        unit = data.unit(target.holder)
        result = results.get(target.key)
        if isinstance(result, PlanResult) and result.plan:
            proposed = plan_summary(result.plan, lang)
        elif isinstance(result, PlanResult):
            proposed = named(no_plan_words(result)(lang), lang)
            if result.earliest:
                proposed += " " + t(
                    "plan.earliest_without_deadline", summary=plan_summary(result.earliest, lang)
                )
        else:
            proposed = result or ""
        rows.append(
            {
                t("plan.col_tt"): number,
                t("plan.col_unit"): unit.name if unit else target.holder,
                t("plan.col_history"): history_lines(data.history(target.holder), lang),
                t("plan.col_target"): award_name(target.award, lang),
                t("plan.col_plan"): proposed,
                t("plan.col_note"): target.note or "",
            }
        )
    return pd.DataFrame(rows)
