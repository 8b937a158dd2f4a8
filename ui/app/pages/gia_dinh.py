"""Giả định: what happens to a unit's timeline if it wins, or misses, a flag;
if a year brings no flag; if there is a deadline; with other weights, another
ruleset or another reading. Before and after, side by side."""

from __future__ import annotations

import streamlit as st

from planner import Hypothetical, PlanError, Scenario, what_if
from ui.app import ruling
from ui.app.i18n import t
from ui.app.plan_view import (
    named,
    pick_unit,
    request_for,
    show_result,
    target_choice,
    timeline_chart,
)
from ui.app.state import catalogue, store
from ui.safe_text import literal

ADDABLE = ["BK_TP", "CO_TP", "CO_CP", "TTLDXS", "HTXSNV", "HTTNV"]


def hypothetical_list(lang: str) -> list[Hypothetical]:
    names = catalogue()
    added: list[Hypothetical] = st.session_state.setdefault("whatif_added", [])
    with st.form("whatif_add_form", clear_on_submit=False, border=False):
        left, middle, right = st.columns([3, 2, 1], vertical_alignment="bottom")
        award = left.selectbox(
            t("whatif.add"),
            ADDABLE,
            key="whatif_award",
            format_func={c: names.name(c, lang) for c in ADDABLE}.get,
        )
        year = middle.number_input(
            t("plan.step_year"), 1990, 2100, ruling.proposal_year(), key="whatif_year"
        )
        if right.form_submit_button(t("whatif.add_button")):
            item = Hypothetical(award=award, year=int(year))
            if item not in added:
                added.append(item)
    if added:
        shown = ", ".join(f"{names.name(h.award, lang)} {h.year}" for h in added)
        st.caption(f"{t('whatif.added')}: {shown}")
        if st.button(t("whatif.clear"), key="whatif_clear"):
            added.clear()
            st.rerun()
    return list(added)


def scenario_controls(unit, history, lang: str) -> Scenario:
    """The changes the person makes, and only those: a control left as it was
    adds nothing to the scenario (nor to the question it asks)."""
    names = catalogue()
    added = hypothetical_list(lang)
    held = {f"{a.award} {a.year}": Hypothetical(award=a.award, year=a.year) for a in history}
    removed = st.multiselect(
        t("whatif.remove"),
        list(held),
        format_func={k: f"{names.name(h.award, lang)} {h.year}" for k, h in held.items()}.get,
        key=f"whatif_remove_{unit.id}",
        placeholder=t("whatif.choose"),
    )
    year = ruling.proposal_year()
    no_flags = st.multiselect(
        t("whatif.no_flag_years"),
        list(range(year, year + 8)),
        key="whatif_no_flag",
        placeholder=t("whatif.choose"),
    )
    left, right = st.columns(2)
    deadline = int(left.number_input(t("plan.deadline"), 0, 2100, 0, key="whatif_deadline"))
    flag_eligible = right.toggle(
        t("whatif.flag_eligible"), value=unit.flag_eligible, key=f"whatif_flags_{unit.id}"
    )
    weights = ruling.settings().effort
    st.markdown(f"**{t('whatif.weights')}**", help=t("whatif.weights_help"))
    columns = st.columns(len(weights))
    effort = {
        code: int(
            column.number_input(
                names.name(code, lang), 0, 100, weight, key=f"whatif_effort_{code}", help=code
            )
        )
        for column, (code, weight) in zip(columns, weights.items(), strict=True)
    }
    return Scenario(
        add=tuple(added),
        remove=tuple(held[k] for k in removed),
        no_flag_years=tuple(no_flags),
        by_year=deadline or None,
        effort={c: w for c, w in effort.items() if w != weights.get(c)},
        flag_eligible=None if flag_eligible == unit.flag_eligible else flag_eligible,
    )


def page() -> None:
    lang = st.session_state.get("lang", "vi")
    st.title(t("page.whatif"))
    data = store().snapshot()
    if not any(u.kind != "district" for u in data.units):
        st.info(t("app.empty_store"))
        return
    st.caption(t("whatif.intro"))
    chosen = pick_unit(data, key="whatif_unit")
    if chosen is None:
        return
    unit, row = chosen
    holder, history = ruling.holder_for(data, unit.id, ruling.proposal_year())
    target = target_choice(unit, history, row, key=f"whatif_target_{unit.id}")
    said = st.container()  # the question and its answer, above the controls that change them
    scenario = scenario_controls(unit, history, lang)
    request = request_for(holder, history, target, ruling.proposal_year())
    try:
        with st.spinner("…"):
            answer = what_if(request, scenario, book=ruling.book())
    except PlanError as error:
        said.error(literal(named(error.words(lang), lang)))
        return
    if scenario.is_empty():
        said.info(t("whatif.nothing_changed"))
    else:
        question = named(answer.question(lang), lang)
        said.markdown(f"**{t('whatif.question')}:** {literal(question)}")
        said.info(f"**{t('whatif.answer')}:** {literal(named(answer.answer(lang), lang))}")
    before, after = st.columns(2)
    with before:
        st.subheader(t("whatif.before"))
        show_result(answer.baseline, lang)
    with after:
        st.subheader(t("whatif.after"))
        show_result(answer.scenario, lang)
    rows = [
        (t("whatif.before"), answer.baseline.plan),
        (t("whatif.after"), answer.scenario.plan),
    ]
    st.altair_chart(timeline_chart(rows, lang), width="stretch")


page()
