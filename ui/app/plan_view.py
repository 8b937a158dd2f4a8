"""How the app asks for plans and shows them: one plan as a table of steps with
their reasons, alternatives side by side, assumptions apart, the binding
reasons when there is no plan, and the projected timeline of many plans."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from graph.models import Achievement, Dataset, Unit
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
from ui.app.i18n import t
from ui.app.state import catalogue, store
from ui.safe_text import literal


def request_for(
    unit: Unit,
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


def steps_frame(chosen: Plan, lang: str) -> pd.DataFrame:
    names = catalogue()
    return pd.DataFrame(
        [
            {
                t("plan.step_year"): step.year,
                t("plan.step_award"): f"{step.award} – {names.name(step.award, lang)}",
                t("plan.step_kind"): t(f"plan.kind_{step.kind}"),
                t("plan.step_effort"): step.effort,
                t("plan.step_reason"): step.reason(lang),
            }
            for step in chosen.steps
        ]
    )


def show_plan(chosen: Plan, title: str, target: str, lang: str) -> None:
    st.markdown(f"**{title}**")
    st.markdown(t("plan.headline", target=target, year=chosen.year, cost=chosen.cost))
    st.dataframe(steps_frame(chosen, lang), hide_index=True, width="stretch")
    if not any(step.kind == "achievement" for step in chosen.steps):
        st.caption(t("plan.nothing_new"))


def show_result(result: PlanResult | str, lang: str) -> None:
    if isinstance(result, str):
        st.error(literal(result))
        return
    for warning in result.warnings:
        st.warning(warning(lang))
    if result.cancelled:
        st.warning(f"{t('council.cancelled')} — {t('council.not_proven')}")
    if result.plan is None:
        st.error(t("plan.none", why=no_plan_words(result)(lang)))
        if result.reasons:
            st.markdown(f"**{t('plan.reasons')}**")
            for reason in result.reasons:
                cited = f" ({reason.citation})" if reason.citation else ""
                st.markdown(f"- {reason.words(lang)}{cited}")
        if result.earliest:
            st.info(t("plan.earliest_without_deadline", summary=result.earliest.summary(lang)))
    else:
        plans = [result.plan, *result.alternatives]
        columns = st.columns(len(plans))
        for n, (column, chosen) in enumerate(zip(columns, plans, strict=True)):
            with column:
                title = t("plan.best") if n == 0 else t("plan.alternative", n=n + 1)
                show_plan(chosen, title, result.target, lang)
    if result.assumptions:
        with st.expander(t("plan.assumptions")):
            for assumption in result.assumptions:
                st.markdown(f"- {assumption(lang)}")
    st.caption(t("plan.solved_in", ms=round(result.stats.milliseconds)))


def timeline_chart(rows: list[tuple[str, Plan | None]], lang: str) -> alt.Chart:
    """Unit by unit and year by year, the marks of each unit's chosen plan."""
    names = catalogue()
    marks = []
    for unit_name, chosen in rows:
        if chosen is None:
            continue
        for step in chosen.steps:
            marks.append(
                {
                    "unit": unit_name,
                    "year": step.year,
                    "award": step.award,
                    "name": names.name(step.award, lang),
                    "kind": t(f"plan.kind_{step.kind}"),
                }
            )
    frame = pd.DataFrame(marks, columns=["unit", "year", "award", "name", "kind"])
    return (
        alt.Chart(frame)
        .mark_point(filled=True, size=150)
        .encode(
            x=alt.X("year:O", title=t("plan.step_year")),
            y=alt.Y("unit:N", title=None, sort=[name for name, _ in rows]),
            color=alt.Color("award:N", title=t("plan.step_award")),
            shape=alt.Shape(
                "kind:N", title=t("plan.step_kind"), scale=alt.Scale(range=["circle", "diamond"])
            ),
            tooltip=["unit", "year", "award", "name", "kind"],
        )
        .properties(height=max(200, 28 * len(rows)))
    )


def history_lines(history: list[Achievement], lang: str) -> str:
    """A unit's achievements as a council letter writes them: "- 2014: Huân chương …"."""
    names = catalogue()
    by_award: dict[str, list[int]] = {}
    for a in sorted(history, key=lambda a: (a.year, a.award)):
        by_award.setdefault(a.award, []).append(a.year)
    ordered = sorted(by_award.items(), key=lambda item: item[1][0])
    return "\n".join(
        f"- {', '.join(map(str, years))}: {names.name(code, lang)}" for code, years in ordered
    )


def roadmap_results(data) -> dict:
    """The plan of every PL5 target, from the chosen year, with the document's year as
    the deadline when it is still ahead (a proposal's year is its own deadline)."""
    year = ruling.proposal_year()
    results = {}
    for target in data.targets:
        unit = data.unit(target.holder)
        if unit is None:
            continue
        history = store().history(target.holder, with_predecessors=True)
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
            proposed = result.plan.summary(lang)
        elif isinstance(result, PlanResult):
            proposed = no_plan_words(result)(lang)
            if result.earliest:
                proposed += " " + t(
                    "plan.earliest_without_deadline", summary=result.earliest.summary(lang)
                )
        else:
            proposed = result or ""
        rows.append(
            {
                t("plan.col_tt"): number,
                t("plan.col_unit"): unit.name if unit else target.holder,
                t("plan.col_history"): history_lines(data.history(target.holder), lang),
                t("plan.col_target"): target.award,
                t("plan.col_plan"): proposed,
                t("plan.col_note"): target.note or "",
            }
        )
    return pd.DataFrame(rows)
