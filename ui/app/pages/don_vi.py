"""Đơn vị: one unit's record — who it is, what it received, year by year."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from graph.store import disciplines
from ui.app import ruling
from ui.app.i18n import t
from ui.app.state import catalogue, store
from ui.app.verdict_view import show_verdict
from ui.safe_text import literal
from ui.words import award_level, unit_kind

LEVEL_ORDER = ["unit", "district", "city", "ministry", "government", "state"]


def history_frame(records, lang: str) -> pd.DataFrame:
    names = catalogue()
    return pd.DataFrame(
        [
            {
                t("col.year"): a.year,
                t("col.code"): a.award,
                t("col.award"): names.name(a.award, lang),
                t("col.holder"): a.holder,
                t("col.decision"): a.decision_no or "",
                t("col.source"): a.source or "",
            }
            for a in records
        ]
    )


def timeline(records, lang: str) -> alt.Chart:
    names = catalogue()
    frame = pd.DataFrame(
        [
            {
                "year": a.year,
                "code": a.award,
                "award": names.name(a.award, lang),
                "level": award_level(names[a.award].level if a.award in names else "unit", lang),
            }
            for a in records
        ]
    )
    return (
        alt.Chart(frame)
        .mark_point(filled=True, size=160)
        .encode(
            x=alt.X("year:O", title=t("col.year")),
            y=alt.Y(
                "level:N",
                sort=[award_level(level, lang) for level in reversed(LEVEL_ORDER)],
                title=t("col.level"),
            ),
            color=alt.Color("code:N", title=t("col.code")),
            tooltip=["year", "code", "award"],
        )
        .properties(height=260)
    )


def excellent_years(records) -> list[int]:
    """Years rated HTXSNV, recorded or implied by a title (TTLDXS, CO_TP, CO_CP)."""
    names = catalogue()
    return sorted(
        {
            a.year
            for a in records
            if a.award == "HTXSNV" or (a.award in names and names[a.award].implies == "HTXSNV")
        }
    )


def discipline_list(measures) -> None:
    """The unit's disciplinary measures, in words, under its achievements."""
    if not measures:
        return
    st.markdown(f"**{t('discipline.heading')}**")
    lines = []
    for d in measures:
        decision = t("discipline.line_decision", decision=d.decision_no) if d.decision_no else ""
        end = (
            t("discipline.line_served", end=d.end_year)
            if d.end_year is not None
            else t("discipline.line_open")
        )
        line = t("discipline.line", form=d.form, year=d.year, decision=decision, end=end)
        lines.append(f"- {literal(line)}")
    st.markdown("\n".join(lines))


def page() -> None:
    lang = st.session_state.get("lang", "vi")
    current = store()
    units = current.units()
    if not units:
        st.info(t("app.empty_store"))
        return
    by_id = {u.id: u for u in units}
    chosen = st.selectbox(
        t("unit.choose"), list(by_id), format_func=lambda i: by_id[i].name, key="unit_id"
    )
    unit = by_id[chosen]
    st.header(literal(unit.name), anchor=False)
    blocks = {b.id: b.name for b in current.snapshot().blocks}
    facts = [
        (t("unit.kind"), unit_kind(unit.kind.value, lang)),
        (t("unit.block"), literal(blocks.get(unit.block, unit.block)) if unit.block else "—"),
        (t("unit.flag_eligible"), t("unit.yes") if unit.flag_eligible else t("unit.no")),
        (t("unit.founded"), str(unit.founded) if unit.founded else t("unit.unknown")),
    ]
    st.markdown(" · ".join(f"**{name}:** {value}" for name, value in facts))
    merged = st.toggle(t("unit.with_predecessors"), key="with_predecessors")
    records = current.history(unit.id, with_predecessors=merged)
    measures = disciplines(current, unit.id, with_predecessors=merged)
    st.subheader(t("unit.history"))
    if not records:
        st.info(t("unit.no_history"))
        discipline_list(measures)
        return
    st.dataframe(history_frame(records, lang), hide_index=True, width="stretch")
    discipline_list(measures)
    st.subheader(t("unit.timeline"))
    st.altair_chart(timeline(records, lang), width="stretch")
    years = excellent_years(records)
    st.caption(f"{t('unit.rating_years')}: {', '.join(map(str, years)) or '—'}")
    eligibility(*ruling.holder_for(current.snapshot(), unit.id, ruling.proposal_year()), lang)


def eligibility(unit, records, lang: str) -> None:
    """The unit's rung, its next target and the checker's verdict for the chosen year."""
    year = ruling.proposal_year()
    place = ruling.standing_of(unit, records, year)
    st.subheader(t("unit.check_target"))
    left, right = st.columns(2)
    left.metric(
        t("unit.standing"),
        place.current_rung or t("unit.none"),
        delta=str(place.current_year) if place.current_year else None,
        delta_color="off",
    )
    right.metric(t("unit.next_target"), place.next_target or t("unit.top"))
    ladder = ruling.targets(unit)
    default = ladder.index(place.next_target) if place.next_target in ladder else 0
    names = catalogue()
    target = st.selectbox(
        t("unit.target"),
        ladder,
        index=default,
        key="verdict_target",
        format_func=lambda c: f"{c} – {names.name(c, lang)}",
    )
    show_verdict(ruling.verdict(unit, records, target, year), lang)


page()
