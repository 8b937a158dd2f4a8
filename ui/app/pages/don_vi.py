"""Đơn vị: one unit's record — who it is, what it received, year by year."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from graph.store import disciplines
from ui.app import ruling
from ui.app.i18n import code_tag, t
from ui.app.pickers import first_with_record, pick_holder
from ui.app.state import catalogue, store
from ui.app.verdict_view import show_verdict
from ui.safe_text import literal
from ui.words import award_level, unit_kind

LEVEL_ORDER = ["unit", "district", "city", "ministry", "government", "state"]


def history_frame(records, holders: dict[str, str], lang: str) -> pd.DataFrame:
    """The award history by name, its code as a grey tag; every typed text through
    `literal` (st.table reads Markdown)."""
    names = catalogue()
    return pd.DataFrame(
        [
            {
                t("col.year"): str(a.year),
                t("col.award"): f"{literal(names.name(a.award, lang))} {code_tag(a.award)}",
                t("col.holder"): literal(holders.get(a.holder, a.holder)),
                t("col.decision"): literal(a.decision_no or ""),
                t("col.source"): literal(names.spelled_out(a.source or "", lang)),
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
            color=alt.Color("award:N", title=t("col.award")),
            tooltip=[
                alt.Tooltip("year", title=t("col.year")),
                alt.Tooltip("award", title=t("col.award")),
                alt.Tooltip("code", title=t("col.code")),
            ],
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
    data = current.snapshot()
    names = {u.id: u.name for u in units}
    chosen = pick_holder(
        t("unit.choose"), names, key="unit_id", default=first_with_record(names, data.achievements)
    )
    if chosen is None:
        return
    unit = by_id[chosen]
    st.header(literal(unit.name), anchor=False)
    blocks = {b.id: b.name for b in data.blocks}
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
        st.info(t("unit.default_note" if unit.kind == "district" else "unit.no_history"))
        discipline_list(measures)
        return
    holders = names | {p.id: p.name for p in data.people}
    # a table that wraps (st.dataframe runs long decisions and sources off the edge);
    # the award's code as a small grey tag after its name
    st.table(history_frame(records, holders, lang), hide_index=True)
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
    names = catalogue()
    # Names, not metrics: a metric cuts a long award name at the column's edge.
    standing = t("unit.none")
    if place.current_rung:
        standing = f"{names.name(place.current_rung, lang)} {code_tag(place.current_rung)}"
        if place.current_year:
            standing += f" ({place.current_year})"
    target_now = t("unit.top")
    if place.next_target:
        target_now = f"{names.name(place.next_target, lang)} {code_tag(place.next_target)}"
    left, right = st.columns(2)
    left.markdown(f"**{t('unit.standing')}:** {standing}")
    right.markdown(f"**{t('unit.next_target')}:** {target_now}")
    ladder = ruling.targets(unit)
    if not ladder:
        return
    # The target follows the unit: another unit starts from its own next rung.
    if st.session_state.get("verdict_target_of") != unit.id or (
        st.session_state.get("verdict_target") not in ladder
    ):
        st.session_state["verdict_target_of"] = unit.id
        st.session_state["verdict_target"] = (
            place.next_target if place.next_target in ladder else ladder[0]
        )
    target = st.selectbox(
        t("unit.target"),
        ladder,
        key="verdict_target",
        placeholder=t("app.choose"),
        format_func={code: names.name(code, lang) for code in ladder}.__getitem__,
    )
    with st.container(key="unit_verdict"):  # the verdict as ui/app/verdict_view.py shows it
        show_verdict(ruling.verdict(unit, records, target, year), lang)


page()
