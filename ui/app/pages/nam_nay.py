"""Năm nay, the landing page: for the proposal year of the sidebar, who can be
proposed for which award now, in three groups (eligible; eligible on assumptions;
one achievement short), each row with its reason on one line, and the list as a
Word or Excel file an office attaches. The answers are the checker's
(planner.year_list); this page only shows them."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from graph.io.documents.render import MIME, render
from planner import YEAR_LIST_GROUPS, YearList, holder_history, year_list_document
from ui.app import ruling
from ui.app.i18n import t
from ui.app.state import catalogue, store
from ui.app.verdict_view import badge
from ui.safe_text import literal


def page() -> None:
    lang = st.session_state.get("lang", "vi")
    year = ruling.proposal_year()
    st.title(t("today.title", year=year), anchor=False)
    st.markdown(t("today.purpose"))
    data = store().snapshot()
    if not data.units and not data.people:
        st.info(t("today.start_here"))
        st.page_link("pages/du_lieu.py", label=t("today.to_data"), icon=":material/database:")
        return
    answer = ruling.proposals(data)
    if st.toggle(t("today.print_view"), key="today_print"):
        st.caption(t("today.print_help"))
        if answer.candidates:
            st.table(print_frame(answer, lang), hide_index=True)
        else:
            st.info(t("today.nobody", year=year))
        return
    downloads(data, answer, lang)
    if answer.not_entered:
        st.warning(t("today.not_entered", count=len(answer.not_entered), year=year))
        st.table(not_entered_frame(answer, lang), hide_index=True)
    elif not answer.candidates:
        st.info(t("today.nobody", year=year))
    for group in YEAR_LIST_GROUPS:
        rows = answer.group(group)
        st.subheader(f"{t(f'today.group.{group}')} ({len(rows)})", anchor=False)
        st.caption(t(f"today.group.{group}.help"))
        if rows:
            st.table(group_frame(answer, group, lang), hide_index=True)
        else:
            st.caption(t("today.group_empty"))
    with st.expander(t("today.rungs")):
        st.altair_chart(rung_chart(data, lang), width="stretch")


def _row(candidate, lang: str) -> dict[str, str]:
    names = catalogue()
    return {
        t("today.col_unit"): literal(candidate.holder.name),
        t("today.col_award"): literal(names.name(candidate.target, lang)),
        t("today.col_verdict"): badge(candidate.conclusion(lang), candidate.group),
        t("today.col_reason"): literal(candidate.reason(names, lang)),
    }


def not_entered_frame(answer: YearList, lang: str) -> pd.DataFrame:
    names = catalogue()
    return pd.DataFrame(
        [
            {
                t("today.col_unit"): literal(n.holder.name),
                t("today.col_award"): literal(names.name(n.target, lang)),
                t("today.col_reason"): literal(n.reason(lang)),
            }
            for n in answer.not_entered
        ]
    )


def group_frame(answer: YearList, group: str, lang: str) -> pd.DataFrame:
    return pd.DataFrame([_row(c, lang) for c in answer.group(group)])


def print_frame(answer: YearList, lang: str) -> pd.DataFrame:
    """The whole list in one table, its group named on each row: what a leader signs."""
    return pd.DataFrame(
        [
            {t("today.col_group"): t(f"today.group.{c.group}"), **_row(c, lang)}
            for c in answer.candidates
        ]
    )


def downloads(data, answer: YearList, lang: str) -> None:
    document = year_list_document(data, answer, catalogue=catalogue(), lang=lang)
    stem = f"danh-sach-de-nghi-khen-cao-{answer.year}"
    left, right, _ = st.columns([1, 1, 2])
    for column, fmt in ((left, "xlsx"), (right, "docx")):
        column.download_button(
            t(f"today.download_{fmt}"),
            data=render(document, fmt),
            file_name=f"{stem}.{fmt}",
            mime=MIME[fmt],
            key=f"today_download_{fmt}",
            icon=":material/download:",
        )


def rung_chart(data, lang: str) -> alt.Chart:
    """How many units stand on each rung, the highest first, by the award's name."""
    year = ruling.proposal_year()
    names = catalogue()
    none = t("today.no_rung")
    rungs = [
        ruling.standing_of(unit, holder_history(data, unit.id), year).current_rung
        for unit in data.units
        if unit.kind != "district"
    ]
    order = [names.name(code, lang) for code in reversed(names.ladder())] + [none]
    frame = (
        pd.DataFrame({"rung": [names.name(r, lang) if r else none for r in rungs]})
        .value_counts("rung")
        .reset_index(name="count")
    )
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            y=alt.Y("rung:N", sort=order, title=t("today.rung"), axis=alt.Axis(labelLimit=320)),
            x=alt.X("count:Q", title=t("today.count")),
            tooltip=[
                alt.Tooltip("rung:N", title=t("today.rung")),
                alt.Tooltip("count:Q", title=t("today.count")),
            ],
        )
        .properties(height=40 * len(order))
    )


page()
