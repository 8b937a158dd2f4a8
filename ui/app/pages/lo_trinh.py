"""Lộ trình: the shortest feasible path to a target for one unit, with the
cheaper later alternatives side by side; or the whole council's plan under
shared flag quotas; and the roadmap table in the layout of PL5, downloadable."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from graph.io.cells import table_workbook
from planner import (
    PortfolioRequest,
    PortfolioResult,
    Progress,
    Quotas,
    entries_from_dataset,
    plan_portfolio,
)
from ui.app import background, ruling
from ui.app.i18n import t
from ui.app.plan_view import (
    plan_for,
    request_for,
    roadmap_frame,
    roadmap_results,
    show_result,
    timeline_chart,
)
from ui.app.state import catalogue, store


def single_unit(data, lang: str) -> None:
    units = {u.id: u for u in data.units if u.kind != "district"}
    roadmap = {t_.holder: t_ for t_ in data.targets if t_.section == "roadmap"}
    ids = sorted(units, key=lambda i: (i not in roadmap, units[i].name))
    unit_id = st.selectbox(
        t("plan.unit"), ids, format_func=lambda i: units[i].name, key="plan_unit"
    )
    holder, history = ruling.holder_for(data, unit_id, ruling.proposal_year())
    targets = ruling.targets(units[unit_id])
    row = roadmap.get(unit_id)
    place = ruling.standing_of(units[unit_id], history, ruling.proposal_year())
    default = row.award if row else place.next_target
    names = catalogue()
    left, middle, right = st.columns(3)
    target = left.selectbox(
        t("plan.target"),
        targets,
        index=targets.index(default) if default in targets else 0,
        format_func={c: f"{c} – {names.name(c, lang)}" for c in targets}.get,
        key="plan_target",
    )
    from_year = int(
        middle.number_input(t("plan.from"), 1990, 2100, ruling.proposal_year(), key="plan_from")
    )
    deadline = int(
        right.number_input(
            t("plan.deadline"), 0, 2100, (row.by_year or 0) if row else 0, key="plan_deadline"
        )
    )
    request = request_for(holder, history, target, from_year, deadline or None)
    with st.spinner("…"):
        result = plan_for(request)
    show_result(result, lang)


def council(data, lang: str) -> None:
    st.markdown(f"**{t('council.quotas')}**")
    a, b, c, d, e = st.columns(5)
    co_tp = int(a.number_input(t("council.block_co_tp"), 0, 10, 1, key="quota_co_tp"))
    bk_tp = int(b.number_input(t("council.block_bk_tp"), 0, 20, 0, key="quota_bk_tp"))
    co_cp = int(c.number_input(t("council.council_co_cp"), 0, 20, 0, key="quota_co_cp"))
    horizon = int(d.number_input(t("council.horizon"), 2, 20, 6, key="council_horizon"))
    limit = float(e.number_input(t("council.time_limit"), 1, 600, 30, key="council_limit"))
    block = {"CO_TP": co_tp} | ({"BK_TP": bk_tp} if bk_tp else {})
    quotas = Quotas(block=block, council={"CO_CP": co_cp} if co_cp else {})
    if st.button(t("council.run"), type="primary", key="council_run"):
        year = ruling.proposal_year()
        request = PortfolioRequest(
            entries=tuple(
                entries_from_dataset(
                    data,
                    from_year=year,
                    ruleset_id=ruling.ruleset_id(),
                    book=ruling.book(),
                    settings=ruling.settings(),
                )
            ),
            from_year=year,
            horizon=horizon,
            ruleset_id=ruling.ruleset_id(),
            settings=ruling.settings(),
            quotas=quotas,
            time_limit=limit,
        )
        st.session_state.pop("council_result", None)
        start_council(request)
    job = background.jobs().get(COUNCIL)
    if job is not None and job.running:
        if st.button(t("council.cancel"), key="plan_cancel"):
            job.cancel()  # waits for the best plan found so far
            st.rerun()  # the page again, without the button
        else:
            council_progress(limit)
            return
    if job is not None and not job.running:
        del background.jobs()[COUNCIL]
        if job.error is not None:
            raise job.error
        st.session_state["council_result"] = job.result
    result = st.session_state.get("council_result")
    if result is None:
        st.info(t("council.press"))
        return
    show_council(result, lang)


COUNCIL = "council"


def start_council(request: PortfolioRequest) -> None:
    """The council's solve in a background thread; the page polls it."""
    book = ruling.book()
    background.start(
        COUNCIL,
        lambda progress, should_stop: plan_portfolio(
            request, book=book, progress=progress, should_stop=should_stop
        ),
    )


def progress_words(latest: Progress | None) -> str:
    """The CLI's progress line (ui/cli/plan.py), in the same words."""
    if latest is None:
        return t("council.starting")
    return t(
        "council.progress_line",
        stage=latest.stage,
        objective=latest.objective,
        bound=latest.bound,
        seconds=latest.seconds,
    )


@st.fragment(run_every=0.5)
def council_progress(limit: float) -> None:
    """Redrawn every half second while the solve runs; the whole page once it ends."""
    job = background.jobs().get(COUNCIL)
    if job is None or not job.running:
        st.rerun(scope="app")
    latest = job.latest
    done = min(latest.seconds / limit, 1.0) if latest is not None else 0.0
    st.progress(done, text=progress_words(latest))


def show_council(result: PortfolioResult, lang: str) -> None:
    st.success(
        t(
            "council.status",
            status=result.status,
            reached=len(result.reached),
            total=len(result.outcomes),
            effort=result.effort,
        )
    )
    if result.cancelled:
        st.warning(f"{t('council.cancelled')} — {t('council.not_proven')}")
    elif result.status != "OPTIMAL" and result.gap:
        st.warning(t("council.gap", gap=result.gap))
    rows = []
    for outcome in result.outcomes:
        rows.append(
            {
                t("plan.col_unit"): outcome.holder.name,
                t("plan.col_target"): outcome.target,
                t("council.reached"): "✔" if outcome.reached else "✘",
                t("plan.col_plan"): outcome.plan.summary(lang) if outcome.plan else "—",
                t("council.alone"): outcome.alone.summary(lang) if outcome.alone else "",
            }
        )
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    st.altair_chart(
        timeline_chart([(o.holder.name, o.plan) for o in result.outcomes if o.plan], lang),
        width="stretch",
    )
    if result.quota_use:
        with st.expander(t("council.quota_use")):
            st.dataframe(
                pd.DataFrame([q.model_dump() for q in result.quota_use]),
                hide_index=True,
                width="stretch",
            )


def roadmap_section(data, lang: str) -> None:
    st.subheader(t("plan.table"))
    if not data.targets:
        st.info(t("plan.no_targets"))
        return
    frame = roadmap_frame(data, roadmap_results(data), lang)
    st.dataframe(frame, hide_index=True, width="stretch")
    # Through the one writer that keeps a unit named "=…" from becoming a formula.
    workbook = table_workbook("lo-trinh", list(frame.columns), frame.values.tolist())
    st.download_button(t("plan.download_xlsx"), workbook, "lo-trinh.xlsx", key="roadmap_xlsx")


def page() -> None:
    lang = st.session_state.get("lang", "vi")
    data = store().snapshot()
    if not data.units:
        st.info(t("app.empty_store"))
        return
    modes = {"single": t("plan.mode_single"), "council": t("plan.mode_council")}
    mode = st.radio(
        t("plan.mode"), list(modes), format_func=modes.get, horizontal=True, key="plan_mode"
    )
    if mode == "single":
        background.stop_all()  # the council's solve, if one runs, ends with its part
        single_unit(data, lang)
    else:
        council(data, lang)
    st.divider()
    roadmap_section(data, lang)


page()
