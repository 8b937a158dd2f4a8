"""Giả định: what happens to a unit's timeline if it wins, or misses, a flag;
if a year brings no flag; if there is a deadline; with other weights, another
ruleset or another reading. Before and after, side by side."""

from __future__ import annotations

import streamlit as st

from planner import Hypothetical, PlanError, Scenario, Settings, WindowConvention, what_if
from ui.app import ruling
from ui.app.i18n import t
from ui.app.plan_view import request_for, show_result, timeline_chart
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
            format_func={c: f"{c} – {names.name(c, lang)}" for c in ADDABLE}.get,
        )
        year = middle.number_input(
            t("plan.step_year"), 1990, 2100, ruling.proposal_year(), key="whatif_year"
        )
        if right.form_submit_button(t("whatif.add_button")):
            item = Hypothetical(award=award, year=int(year))
            if item not in added:
                added.append(item)
    if added:
        st.caption(f"{t('whatif.added')}: " + ", ".join(h.text() for h in added))
        if st.button(t("whatif.clear"), key="whatif_clear"):
            added.clear()
            st.rerun()
    return list(added)


def scenario_controls(history, lang: str) -> Scenario:
    added = hypothetical_list(lang)
    held = {f"{a.award} {a.year}": Hypothetical(award=a.award, year=a.year) for a in history}
    removed = st.multiselect(t("whatif.remove"), list(held), key="whatif_remove")
    year = ruling.proposal_year()
    no_flags = st.multiselect(
        t("whatif.no_flag_years"), list(range(year, year + 8)), key="whatif_no_flag"
    )
    left, right = st.columns(2)
    deadline = int(left.number_input(t("plan.deadline"), 0, 2100, 0, key="whatif_deadline"))
    flag_eligible = right.toggle(t("whatif.flag_eligible"), value=True, key="whatif_flags")
    defaults = Settings().effort
    columns = st.columns(len(defaults))
    effort = {
        code: int(column.number_input(code, 0, 100, weight, key=f"whatif_effort_{code}"))
        for column, (code, weight) in zip(columns, defaults.items(), strict=True)
    }
    changed_effort = {c: w for c, w in effort.items() if w != ruling.settings().effort.get(c)}
    return Scenario(
        add=tuple(added),
        remove=tuple(held[k] for k in removed),
        no_flag_years=tuple(no_flags),
        by_year=deadline or None,
        effort=changed_effort,
        window=WindowConvention(st.session_state.get("window", "from_base_year")),
        flag_eligible=None if flag_eligible else False,
    )


def page() -> None:
    lang = st.session_state.get("lang", "vi")
    data = store().snapshot()
    units = {u.id: u for u in data.units if u.kind != "district"}
    if not units:
        st.info(t("app.empty_store"))
        return
    st.caption(t("whatif.intro"))
    roadmap = {t_.holder: t_ for t_ in data.targets if t_.section == "roadmap"}
    ids = sorted(units, key=lambda i: (i not in roadmap, units[i].name))
    left, right = st.columns(2)
    unit_id = left.selectbox(
        t("plan.unit"), ids, format_func=lambda i: units[i].name, key="whatif_unit"
    )
    holder, history = ruling.holder_for(data, unit_id, ruling.proposal_year())
    targets = ruling.targets(units[unit_id])
    default = roadmap[unit_id].award if unit_id in roadmap else None
    names = catalogue()
    target = right.selectbox(
        t("plan.target"),
        targets,
        index=targets.index(default) if default in targets else 0,
        format_func={c: f"{c} – {names.name(c, lang)}" for c in targets}.get,
        key="whatif_target",
    )
    scenario = scenario_controls(history, lang)
    request = request_for(holder, history, target, ruling.proposal_year())
    try:
        with st.spinner("…"):
            answer = what_if(request, scenario, book=ruling.book())
    except PlanError as error:
        st.error(literal(error.words(lang)))
        return
    st.markdown(f"**{t('whatif.question')}:** {literal(answer.question(lang))}")
    st.info(f"**{t('whatif.answer')}:** {literal(answer.answer(lang))}")
    before, after = st.columns(2)
    with before:
        st.subheader(t("whatif.before"))
        show_result(answer.baseline, lang)
    with after:
        st.subheader(t("whatif.after"))
        show_result(answer.scenario, lang)
    rows = [
        (f"{t('whatif.before')}", answer.baseline.plan),
        (f"{t('whatif.after')}", answer.scenario.plan),
    ]
    st.altair_chart(timeline_chart(rows, lang), width="stretch")


page()
