"""Dòng thời gian: for leadership, year by year, what each unit must win and when
it is proposed, following each unit's own plan or the council's plan; filtered
by block, kind of unit and target; downloadable as a picture and as a sheet."""

from __future__ import annotations

import streamlit as st

from graph.io.cells import table_workbook
from planner import PlanResult, PortfolioResult
from ui.app import ruling
from ui.app.i18n import t
from ui.app.plan_view import plan_for, request_for, roadmap_results
from ui.app.state import catalogue, store
from ui.app.timeline import (
    TimelineRow,
    chart_image,
    timeline_chart,
    timeline_marks,
    timeline_table,
)
from ui.safe_text import literal


def block_name(data, unit) -> str:
    names = {b.id: b.name for b in data.blocks}
    return names.get(unit.block, unit.block) if unit and unit.block else ""


def own_plans(data, every_unit: bool) -> list[TimelineRow]:
    """Each PL5 target's earliest plan (the plan without the deadline when the
    deadline cannot be met); with `every_unit`, then every other unit's plan to
    its next rung."""
    results = roadmap_results(data)
    rows = []
    for target in sorted(data.targets, key=lambda x: x.section != "proposal"):
        unit = data.unit(target.holder)
        if unit is None:
            continue
        result = results.get(target.key)
        chosen = None
        if isinstance(result, PlanResult):
            chosen = result.plan or result.earliest
        block = block_name(data, unit)
        rows.append(TimelineRow(unit.name, target.award, chosen, block, unit.kind.value))
    if every_unit:
        rows += next_rungs(data, {t_.holder for t_ in data.targets})
    return rows


def next_rungs(data, planned: set[str]) -> list[TimelineRow]:
    """The plan of every unit not in `planned` to its next rung (none above: no row)."""
    year = ruling.proposal_year()
    rows = []
    for unit in sorted(data.units, key=lambda u: u.name):
        if unit.kind == "district" or unit.id in planned:
            continue
        holder, history = ruling.holder_for(data, unit.id, year)
        target = ruling.standing_of(unit, history, year).next_target
        if target is None:
            continue
        result = plan_for(request_for(holder, history, target, year))
        chosen = result.plan if isinstance(result, PlanResult) else None
        block = block_name(data, unit)
        rows.append(TimelineRow(unit.name, target, chosen, block, unit.kind.value))
    return rows


def council_plans(data, result: PortfolioResult) -> list[TimelineRow]:
    rows = []
    for outcome in result.outcomes:
        unit = data.unit(outcome.holder.id)
        kind = unit.kind.value if unit else ""
        block = block_name(data, unit)
        rows.append(TimelineRow(outcome.holder.name, outcome.target, outcome.plan, block, kind))
    return rows


def chosen_rows(data, lang: str) -> list[TimelineRow]:
    council = st.session_state.get("council_result")
    sources = {"own": t("timeline.source_own")}
    if council is not None:
        sources["council"] = t("timeline.source_council")
    source = st.radio(
        t("timeline.source"),
        list(sources),
        format_func=sources.get,
        horizontal=True,
        key="timeline_source",
    )
    if council is None:
        st.caption(t("timeline.no_council"))
    if source == "council" and council is not None:
        return council_plans(data, council)
    every_unit = st.toggle(t("timeline.every_unit"), key="timeline_every_unit")
    return own_plans(data, every_unit)


def filtered(rows: list[TimelineRow], lang: str) -> list[TimelineRow]:
    """Rows of the blocks, kinds and targets chosen (all when none is chosen)."""
    from ui.words import unit_kind

    names = catalogue()
    blocks = sorted({r.block for r in rows if r.block})
    kinds = sorted({r.kind for r in rows if r.kind}, key=lambda k: unit_kind(k, lang))
    ladder = list(names.ladder())
    targets = sorted({r.target for r in rows}, key=lambda c: ladder.index(c) if c in ladder else 99)
    left, middle, right = st.columns(3)
    chosen_blocks = left.multiselect(
        t("timeline.block"),
        blocks,
        key="timeline_blocks",
        placeholder=t("timeline.all"),
    )
    kind_labels = {k: unit_kind(k, lang) for k in kinds}
    chosen_kinds = middle.multiselect(
        t("timeline.kind"),
        kinds,
        format_func=kind_labels.get,
        key="timeline_kinds",
        placeholder=t("timeline.all"),
    )
    target_labels = {c: names.name(c, lang) for c in targets}
    chosen_targets = right.multiselect(
        t("plan.col_target"),
        targets,
        format_func=target_labels.get,
        key="timeline_targets",
        placeholder=t("timeline.all"),
    )
    return [
        r
        for r in rows
        if (not chosen_blocks or r.block in chosen_blocks)
        and (not chosen_kinds or r.kind in chosen_kinds)
        and (not chosen_targets or r.target in chosen_targets)
    ]


def page() -> None:
    lang = st.session_state.get("lang", "vi")
    st.title(t("page.timeline"))
    st.caption(t("timeline.purpose"))
    data = store().snapshot()
    if not data.units:
        st.info(t("app.empty_store"))
        return
    rows = chosen_rows(data, lang)
    if not rows:
        st.info(t("timeline.no_targets"))
        return
    shown = filtered(rows, lang)
    names = catalogue()
    frame = timeline_marks(shown, names, lang)
    if frame.empty:
        st.info(t("timeline.nothing"))
        return
    order = [r.label(names, lang) for r in shown]
    chart = timeline_chart(frame, order, lang, fit=True)
    st.altair_chart(chart, width="stretch")
    st.caption(t("timeline.caption"))
    without = [r.label(names, lang) for r in shown if r.plan is None]
    if without:
        st.caption(t("timeline.without_plan", rows=literal("; ".join(without))))
    downloads(frame, order, lang)


def downloads(frame, order: list[str], lang: str) -> None:
    """The chart as SVG and PNG (drawn when the button is pressed), the marks as .xlsx."""
    printed = timeline_chart(frame, order, lang, title=t("page.timeline"))
    svg, png, xlsx = st.columns(3)
    svg.download_button(
        t("timeline.download_svg"),
        lambda: chart_image(printed, "svg"),
        "dong-thoi-gian.svg",
        mime="image/svg+xml",
        key="timeline_svg",
        on_click="ignore",
    )
    png.download_button(
        t("timeline.download_png"),
        lambda: chart_image(printed, "png"),
        "dong-thoi-gian.png",
        mime="image/png",
        key="timeline_png",
        on_click="ignore",
    )
    headers, rows = timeline_table(frame, lang)
    xlsx.download_button(
        t("timeline.download_xlsx"),
        lambda: table_workbook(t("page.timeline"), headers, rows),
        "dong-thoi-gian.xlsx",
        key="timeline_xlsx",
        on_click="ignore",
    )


page()
