"""The council's plan as the app shows it and as it goes out: one row per unit and
target, reached with its plan, or unreached with the reason in words and what it
would take alone; as a PL5-style document (.docx, .xlsx) through the appendix
writers of graph/io/documents, which write no live formula."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import groupby

import streamlit as st

from graph.io.documents.model import Column, OfficialDocument, Paragraph, Row, Table
from graph.io.documents.render import render
from graph.models import Dataset
from planner import PortfolioResult, Progress, unreached_reason
from ui import words
from ui.app import background
from ui.app.i18n import t
from ui.app.plan_view import named, plan_summary
from ui.app.state import catalogue


@dataclass(frozen=True)
class CouncilRow:
    holder: str  # id
    unit: str  # full name
    block: str  # the block's name
    target: str  # award code
    history: str  # what the unit holds, one award a line
    reached: bool
    result: str  # "Đạt năm 2022" / "Chưa đạt trong kỳ"
    detail: str  # the plan, or why not reached and what it would take alone


def council_rows(result: PortfolioResult, data: Dataset, lang: str) -> list[CouncilRow]:
    """Every outcome, highest target first (as PL5 orders them), reached before not."""
    from ui.app.plan_view import history_lines

    names = catalogue()
    blocks = {b.id: b.name for b in data.blocks}
    ladder = list(names.ladder())
    rows = []
    for outcome in result.outcomes:
        if outcome.plan is not None:
            status = words.t("council.reached_in", lang, year=outcome.plan.year)
            detail = plan_summary(outcome.plan, lang)
        else:
            status = words.t("council.not_reached", lang)
            detail = named(unreached_reason(outcome, result, names, blocks)(lang), lang)
        rows.append(
            CouncilRow(
                holder=outcome.holder.id,
                unit=outcome.holder.name,
                block=blocks.get(outcome.block or "", outcome.block or ""),
                target=outcome.target,
                history=history_lines(data.history(outcome.holder.id), lang, bullet=""),
                reached=outcome.reached,
                result=status,
                detail=detail,
            )
        )

    def rank(row: CouncilRow) -> tuple:
        rung = ladder.index(row.target) if row.target in ladder else -1
        return (-rung, not row.reached, row.block, row.unit)

    return sorted(rows, key=rank)


def status_words(result: PortfolioResult, lang: str) -> str:
    key = f"council.status_{result.status}"
    return words.t(key, lang) if key in words.TEXT else result.status


def quota_text(result: PortfolioResult, quotas, lang: str) -> str:
    names = catalogue()
    parts = [
        words.t("council.quota_block", lang, award=names.name(code, lang), n=n)
        for code, n in quotas.block.items()
    ] + [
        words.t("council.quota_council", lang, award=names.name(code, lang), n=n)
        for code, n in quotas.council.items()
    ]
    return "; ".join(parts) or words.t("council.doc_no_quota", lang)


def council_document(
    result: PortfolioResult, rows: list[CouncilRow], quotas, lang: str
) -> OfficialDocument:
    """The plan in the layout of PL5: a “*” row per target award, highest first,
    the units numbered from 1 under each, the plan or the reason in the last column."""
    names = catalogue()
    t = words.t
    columns = (
        Column(t("plan.col_tt", lang), 1.0, "center"),
        Column(t("plan.col_unit", lang), 4.5),
        Column(t("council.col_block", lang), 3.0),
        Column(t("plan.col_history", lang), 5.5),
        Column(t("council.col_result", lang), 2.6),
        Column(t("council.col_why", lang), 8.0),
    )
    table: list[Row] = []
    for code, group in groupby(rows, key=lambda r: r.target):
        table.append(Row(("*", names.name(code, lang), ""), spans=(1, 3, 2), bold=True))
        for number, row in enumerate(group, start=1):
            table.append(
                Row(
                    (
                        str(number),
                        row.unit,
                        row.block,
                        row.history,
                        row.result,
                        row.detail,
                    )
                )
            )
    status = t(
        "council.status",
        lang,
        status=status_words(result, lang),
        reached=len(result.reached),
        total=len(result.outcomes),
        effort=result.effort,
    )
    period = t(
        "council.doc_period",
        lang,
        year=result.from_year,
        horizon=result.horizon,
        quotas=quota_text(result, quotas, lang),
    )
    title = t("council.doc_title", lang)
    return OfficialDocument(
        name="KH",
        blocks=(
            Paragraph(title, "title"),
            Paragraph(period, "reference"),
            Paragraph(status, "body"),
            Table(columns, tuple(table)),
        ),
        landscape=True,
        title=title,
        summary={"targets": len(rows)},
    )


def council_file(document: OfficialDocument, fmt: str) -> bytes:
    return render(document, fmt)


def progress_words(latest: Progress | None) -> str:
    """The CLI's progress line (ui/cli/plan.py), in the same words."""
    if latest is None:
        return t("council.starting")
    return t(
        "council.progress_line",
        stage=stage_words(latest.stage),
        objective=latest.objective,
        bound=latest.bound,
        seconds=latest.seconds,
    )


def stage_words(stage: str) -> str:
    """The solver's stage ("blocks 3/6", "reached", …) in the page's language."""
    blocks = re.fullmatch(r"blocks (\d+)/(\d+)", stage)
    if blocks:
        return t("council.stage_blocks", done=blocks[1], total=blocks[2])
    key = f"council.stage_{stage}"
    return t(key) if key in words.TEXT else stage


@st.fragment(run_every=0.5)
def council_progress(job_name: str, limit: float) -> None:
    """Redrawn every half second while the solve `job_name` runs (ui/app/background.py);
    the whole page once it ends. Lộ trình's council and Mục tiêu's plan of a version."""
    job = background.jobs().get(job_name)
    if job is None or not job.running:
        st.rerun(scope="app")
    latest = job.latest
    done = min(latest.seconds / limit, 1.0) if latest is not None else 0.0
    st.progress(done, text=progress_words(latest))
