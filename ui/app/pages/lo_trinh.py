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
    Quotas,
    RulesetError,
    entries_from_dataset,
    plan_portfolio,
)
from ui.app import background, ruling
from ui.app.council_view import (
    council_document,
    council_file,
    council_progress,
    council_rows,
    status_words,
)
from ui.app.i18n import t
from ui.app.plan_view import (
    award_name,
    effort_words,
    named,
    pick_unit,
    plan_for,
    request_for,
    roadmap_frame,
    roadmap_results,
    show_result,
    target_choice,
    timeline_chart,
    wrapping_table,
)
from ui.app.state import store
from ui.safe_text import literal


def single_unit(data, lang: str) -> None:
    chosen = pick_unit(data, key="plan_unit")
    if chosen is None:
        return
    unit, row = chosen
    holder, history = ruling.holder_for(data, unit.id, ruling.proposal_year())
    left, middle, right = st.columns([2, 1, 1])
    # keyed by the unit: another unit's choice never carries over (issue 14)
    target = target_choice(unit, history, row, key=f"plan_target_{unit.id}", place=left)
    from_year = int(
        middle.number_input(t("plan.from"), 1990, 2100, ruling.proposal_year(), key="plan_from")
    )
    deadline = int(
        right.number_input(
            t("plan.deadline"),
            0,
            2100,
            (row.by_year or 0) if row else 0,
            key=f"plan_deadline_{unit.id}",
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
            explain_unreached=True,  # each unit left out gets its own plan, for the reason
        )
        st.session_state.pop("council_result", None)
        st.session_state["council_quotas"] = quotas
        start_council(request)
    job = background.jobs().get(COUNCIL)
    if job is not None and job.running:
        if st.button(t("council.cancel"), key="plan_cancel"):
            job.cancel()  # waits for the best plan found so far
            st.rerun()  # the page again, without the button
        else:
            council_progress(COUNCIL, limit)
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
    show_council(result, data, lang)


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


def show_council(result: PortfolioResult, data, lang: str) -> None:
    st.success(
        t(
            "council.status",
            status=status_words(result, lang),
            reached=len(result.reached),
            total=len(result.outcomes),
            effort=result.effort,
        )
    )
    st.caption(
        t(
            "council.ruleset_line",
            ruleset=ruling_title(result.ruleset, lang),
            year=result.from_year,
            horizon=result.horizon,
        )
    )
    if result.cancelled:
        st.warning(f"{t('council.cancelled')} — {t('council.not_proven')}")
    elif result.status != "OPTIMAL" and result.gap:
        st.warning(t("council.gap", gap=result.gap))
    rows = council_rows(result, data, lang)
    unreached = [r for r in rows if not r.reached]
    if unreached:
        st.info(t("council.unreached_count", n=len(unreached)))
    table = pd.DataFrame(
        [
            {
                t("plan.col_unit"): row.unit,
                t("council.col_block"): row.block,
                t("plan.col_target"): award_name(row.target, lang),
                t("council.col_result"): row.result,
                t("council.col_why"): row.detail,
            }
            for row in rows
        ]
    )
    wrapping_table(table)  # the reasons stay on screen
    st.caption(effort_words())
    if result.skipped:
        st.markdown(f"**{t('council.skipped')}**")
        for holder, why in result.skipped:
            unit = data.unit(holder)
            name = unit.name if unit else holder
            st.markdown(f"- {literal(name)}: {literal(named(why(lang), lang))}")
    quotas = st.session_state.get("council_quotas", Quotas())
    document = council_document(result, rows, quotas, lang)
    left, right = st.columns(2)
    left.download_button(
        t("council.download_xlsx"),
        lambda: council_file(document, "xlsx"),
        "ke-hoach-chung.xlsx",
        key="council_xlsx",
        on_click="ignore",
    )
    right.download_button(
        t("council.download_docx"),
        lambda: council_file(document, "docx"),
        "ke-hoach-chung.docx",
        key="council_docx",
        on_click="ignore",
    )
    st.altair_chart(
        timeline_chart(
            [(f"{o.holder.name} → {award_name(o.target, lang)}", o.plan) for o in result.outcomes],
            lang,
        ),
        width="stretch",
    )
    used = [q for q in result.quota_use if q.used]
    if used:
        with st.expander(t("council.quota_use")):
            wrapping_table(quota_frame(used, data, lang))


def quota_frame(used, data, lang: str) -> pd.DataFrame:
    blocks = {b.id: b.name for b in data.blocks}
    return pd.DataFrame(
        [
            {
                t("council.col_scope"): t(f"council.scope_{q.scope}"),
                t("council.col_quota_name"): blocks.get(q.name, q.name)
                if q.scope == "block"
                else t("council.scope_council"),
                t("plan.step_year"): str(q.year),
                t("plan.step_award"): award_name(q.award, lang),
                t("council.col_held"): q.held,
                t("council.col_used"): q.used,
                t("council.col_cap"): q.cap,
            }
            for q in used
        ]
    )


def ruling_title(ruleset_id: str, lang: str) -> str:
    """A ruleset's title ("Hà Nội, 2018–2023 …"), its id when the shelf lacks it."""
    try:
        return ruling.book().get(ruleset_id).title(lang)
    except RulesetError:
        return ruleset_id


def roadmap_section(data, lang: str) -> None:
    st.subheader(t("plan.table"))
    if not data.targets:
        st.info(t("plan.no_targets"))
        return
    frame = roadmap_frame(data, roadmap_results(data), lang)
    wrapping_table(frame)
    # Through the one writer that keeps a unit named "=…" from becoming a formula.
    workbook = table_workbook("lo-trinh", list(frame.columns), frame.values.tolist())
    st.download_button(t("plan.download_xlsx"), workbook, "lo-trinh.xlsx", key="roadmap_xlsx")


def page() -> None:
    lang = st.session_state.get("lang", "vi")
    st.title(t("page.roadmap"))
    st.caption(t("plan.purpose"))
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
