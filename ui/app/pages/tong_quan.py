"""Tổng quan: where the council's units stand on the ladder, and who may be
proposed this year for their next rung."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from planner import PlanResult, Verdict
from ui.app import ruling
from ui.app.i18n import t
from ui.app.plan_view import roadmap_results, timeline_chart
from ui.app.state import catalogue, store


def standings(data) -> list[tuple]:
    """(unit, history, standing) for every unit of the record."""
    year = ruling.proposal_year()
    found = []
    for unit in data.units:
        if unit.kind == "district":
            continue
        history = store().history(unit.id, with_predecessors=True)
        found.append((unit, history, ruling.standing_of(unit, history, year)))
    return found


def rung_chart(rows: list[tuple]) -> alt.Chart:
    none = t("unit.none")
    frame = (
        pd.DataFrame([{"rung": place.current_rung or none} for _, _, place in rows])
        .value_counts("rung")
        .reset_index(name="count")
    )
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("rung:N", sort=[none, *catalogue().ladder()], title=t("col.rung")),
            y=alt.Y("count:Q", title=t("col.count")),
            tooltip=["rung", "count"],
        )
        .properties(height=240)
    )


def page() -> None:
    lang = st.session_state.get("lang", "vi")
    data = store().snapshot()
    if not data.units:
        st.info(t("app.empty_store"))
        return
    year = ruling.proposal_year()
    rows = standings(data)
    st.subheader(t("tong_quan.rungs"))
    st.altair_chart(rung_chart(rows), width="stretch")
    eligible, not_yet = [], []
    for unit, history, place in rows:
        if not place.next_target or not history:
            continue
        verdict = ruling.verdict(unit, history, place.next_target, year)
        row = {
            t("col.unit"): unit.name,
            t("col.rung"): place.current_rung or t("unit.none"),
            t("col.target"): place.next_target,
        }
        if not isinstance(verdict, Verdict):  # the ruleset has not entered this rung's rule
            row[t("tong_quan.earliest")] = "—"
            row[t("label.missing")] = t("law.not_entered")
            not_yet.append(row)
        elif verdict.eligible:
            eligible.append(row)
        else:
            row[t("tong_quan.earliest")] = str(verdict.earliest_year_without_new or "—")
            row[t("label.missing")] = verdict.missing_summary()(lang)
            not_yet.append(row)
    st.subheader(t("tong_quan.eligible", year=year))
    if eligible:
        st.dataframe(pd.DataFrame(eligible), hide_index=True, width="stretch")
    else:
        st.info(t("tong_quan.none_eligible", year=year))
    st.subheader(t("tong_quan.not_yet", year=year))
    st.dataframe(pd.DataFrame(not_yet), hide_index=True, width="stretch")
    projected_timeline(data, lang)


def projected_timeline(data, lang: str) -> None:
    """Where the current plans (the earliest plan of every PL5 target) lead, year by year."""
    st.subheader(t("timeline.title"))
    if not data.targets:
        st.info(t("plan.no_targets"))
        return
    results = roadmap_results(data)
    rows = []
    for target in sorted(data.targets, key=lambda x: x.section != "proposal"):
        result = results.get(target.key)
        unit = data.unit(target.holder)
        chosen = None
        if isinstance(result, PlanResult):
            chosen = result.plan or result.earliest
        rows.append((f"{unit.name} → {target.award}", chosen))
    st.altair_chart(timeline_chart(rows, lang), width="stretch")
    st.caption(t("timeline.caption"))


page()
