"""Chấm điểm: the ward block's bonus scoring for a year — the criteria as PL2
lays them out, the focal units of PL1, score entry (one score, or the focal
units' sheets with the validation report before anything is written), the
ranking with its ties explained, and who has not yet sent their scores."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

import pandas as pd
import streamlit as st
from pydantic import ValidationError

from graph.io.score_sheets import preview_score_import, write_score_template
from graph.models import Change, Dataset, Score
from graph.problems import Problem, Rejected
from graph.store import GraphStore
from planner import (
    ScoringRound,
    criteria_table,
    criterion_label,
    focal_unit_table,
    points_text,
    ranking,
    scoring_blocks,
    scoring_round,
    scoring_years,
    sender_statuses,
    write_results,
)
from ui.app.confirm import answer, ask, confirmed_button
from ui.app.i18n import invalid_entry, t
from ui.app.pickers import pick_holder
from ui.app.state import store
from ui.app.uploads import (
    MAX_UPLOAD_MB,
    UploadTooLarge,
    problems_frame,
    saved_uploads,
    upload_names,
)
from ui.safe_text import literal

# The form's fields, named as its labels name them, for a value the record refuses.
ENTRY_FIELDS = {"points": "score.points", "note": "score.note"}


def pts(value: Decimal | None, lang: str) -> str:
    return "" if value is None else points_text(value, lang)


def criteria_section(scoring: ScoringRound, lang: str) -> None:
    st.subheader(t("score.criteria_title", block=literal(scoring.block_name), year=scoring.year))
    rows = [
        {
            t("score.col_number"): r.number,
            t("score.col_content"): r.content,
            t("score.col_scorer"): r.scorer_name or "",
            t("score.col_points"): pts(r.points, lang),
            t("score.col_conventional"): pts(r.conventional_points, lang),
            t("score.col_label"): r.label or "",
        }
        for r in criteria_table(scoring, lang)
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    st.caption(t("score.conventional_help"))


def focal_section(data: Dataset, scoring: ScoringRound) -> None:
    rows = focal_unit_table(data, scoring)
    if not rows:
        st.info(t("score.no_focal_units"))
        return
    st.subheader(t("score.focal_title", n=len(rows)))
    frame = pd.DataFrame(
        [
            {
                t("score.col_order"): r.order,
                t("score.col_focal"): r.name,
                t("score.col_grouped"): "; ".join(r.grouped_names),
                t("score.col_scores"): ", ".join(r.criteria),
            }
            for r in rows
        ]
    )
    st.dataframe(frame, hide_index=True, width="stretch")


def entry_section(current: GraphStore, scoring: ScoringRound, lang: str) -> None:
    st.subheader(t("score.entry_title"))
    scorers = {s: scoring.name(s) for s in scoring.scorers()}
    scorer = pick_holder(t("score.scorer"), scorers, key="score_scorer")
    if scorer is None:
        return
    own = {c.key: c for c in scoring.criteria_of(scorer)}
    options = {
        key: t(
            "score.criterion_option",
            label=criterion_label(c),
            content=c.content,
            maximum=points_text(c.points, lang),
        )
        for key, c in own.items()
    }
    wards = {w.id: w.name for w in scoring.wards}
    ward = pick_holder(t("score.ward"), wards, key="score_ward")
    with st.form("score_entry", clear_on_submit=False):
        key = st.selectbox(
            t("score.criterion"),
            list(own),
            format_func=options.__getitem__,
            key="score_criterion",
            placeholder=t("app.choose"),
        )
        points = st.number_input(
            t("score.points"), min_value=0.0, step=0.05, format="%.2f", key="score_points"
        )
        note = st.text_input(t("score.note"), key="score_note")
        if st.form_submit_button(t("score.save"), disabled=ward is None):
            try:
                record = Score(
                    year=scoring.year,
                    ward=ward,
                    criterion=key,
                    scorer=scorer,
                    points=_as_points(points),
                    note=note or None,
                    source=t("score.entered_by_hand"),
                )
            except ValidationError as error:
                st.error(invalid_entry(error, ENTRY_FIELDS))
            else:
                question = t("score.entry_question", **_score_words(record, scoring, lang))
                ask("score_entry", question, record)
    confirmed = answer("score_entry")
    if confirmed is None:
        return
    record = confirmed.payload
    try:
        current.apply(Change(add=Dataset(scores=[record])))
    except Rejected as rejected:
        st.error(
            "\n\n".join(
                [t("score.refused"), *(literal(_problem_text(p, lang)) for p in rejected.problems)]
            )
        )
    else:
        st.success(t("score.saved", **_score_words(record, scoring, lang)))


def _score_words(record: Score, scoring: ScoringRound, lang: str) -> dict[str, str]:
    """One score as its question and its receipt name it (names Markdown-safe)."""
    criterion = next(c for c in scoring.criteria if c.key == record.criterion)
    return {
        "ward": literal(scoring.name(record.ward)),
        "label": literal(criterion_label(criterion)),
        "points": points_text(record.points, lang),
        "maximum": points_text(criterion.points, lang),
        "scorer": literal(scoring.name(record.scorer)),
    }


def _as_points(value: float) -> Decimal:
    """The form's number as the points typed (2 decimals, no trailing zeros):
    1.25 stays 1.25 and 2.00 is 2, as the office wrote it."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return Decimal(text or "0")


def _problem_text(problem: Problem, lang: str) -> str:
    """A store's problem about the one score entered: the reason alone, since the
    form shows which score it is."""
    return problem.message(lang).removeprefix(problem.where(lang) + ": ")


def import_section(current: GraphStore, scoring: ScoringRound, lang: str) -> None:
    st.subheader(t("score.import_title"))
    st.caption(t("score.import_help"))
    st.download_button(
        t("score.template"),
        _template_bytes(current, scoring),
        f"bang-diem-{scoring.year}.xlsx",
        key="score_template",
    )
    uploads = st.file_uploader(
        t("score.import_title"),
        type=["xlsx", "csv"],
        accept_multiple_files=True,
        label_visibility="collapsed",
        key="score_uploads",
        max_upload_size=MAX_UPLOAD_MB,
    )
    if not uploads:
        return
    try:
        with saved_uploads(uploads) as paths:
            change, problems = preview_score_import(current, paths, scoring)
    except UploadTooLarge as refused:
        st.error(refused.words())
        return
    if problems:
        st.error(t("score.problems", n=len(problems)))
        st.dataframe(problems_frame(problems, lang), hide_index=True, width="stretch")
        return
    scores = change.add.scores
    senders = ", ".join(literal(scoring.name(s)) for s in dict.fromkeys(s.scorer for s in scores))
    st.success(t("score.ready", n=len(scores), senders=senders))
    question = t(
        "score.write_question", n=len(scores), senders=senders, files=upload_names(uploads)
    )
    if confirmed_button("score_write", t("score.write"), question, change, primary=True):
        try:
            current.apply(change)
        except Rejected as rejected:
            st.error(literal(rejected.report(lang)))
            return
        st.success(t("score.written", n=len(scores)))


def _template_bytes(current: GraphStore, scoring: ScoringRound) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "template.xlsx"
        write_score_template(path, scoring, current.units())
        return path.read_bytes()


def ranking_section(scoring: ScoringRound, lang: str) -> None:
    st.subheader(t("score.ranking_title", block=literal(scoring.block_name), year=scoring.year))
    if not scoring.scores:
        st.info(t("score.no_scores", year=scoring.year))
        return
    result = ranking(scoring)
    labels = {c.key: criterion_label(c) for c in scoring.criteria}
    frame = pd.DataFrame(
        [
            {
                t("score.col_rank"): f"{row.rank}{'=' if row.tied else ''}",
                t("score.col_ward"): row.total.name,
                **{
                    label: pts(row.total.by_criterion.get(key), lang)
                    for key, label in labels.items()
                },
                t("score.col_total"): pts(row.total.points, lang),
                t("score.col_conventional"): pts(row.total.conventional_points, lang),
                t("score.col_missing"): ", ".join(labels[k] for k in row.total.missing),
            }
            for row in result.rows
        ]
    )
    st.dataframe(frame, hide_index=True, width="stretch")
    st.caption(t("score.tie_rule"))
    for tie in result.ties:
        st.info(literal(tie.words(lang)))
    if result.provisional:
        st.warning(result.provisional(lang))
    st.download_button(
        t("score.export"),
        _results_bytes(scoring, lang),
        f"xep-hang-{scoring.block}-{scoring.year}.xlsx",
        key="score_export",
    )


def _results_bytes(scoring: ScoringRound, lang: str) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        return write_results(Path(folder) / "results.xlsx", scoring, lang).read_bytes()


def missing_section(scoring: ScoringRound, lang: str) -> None:
    statuses = sender_statuses(scoring)
    waiting = [s for s in statuses if s.state != "sent"]
    if not waiting:
        st.success(t("score.all_sent", n=len(statuses), year=scoring.year))
        return
    st.warning(t("score.waiting", n=len(waiting), total=len(statuses), year=scoring.year))
    frame = pd.DataFrame(
        [
            {
                t("score.col_order"): s.order,
                t("score.col_focal"): s.name,
                t("score.col_received"): f"{s.received}/{s.expected}",
                t("score.col_missing"): s.words(lang),
            }
            for s in waiting
        ]
    )
    st.dataframe(frame, hide_index=True, width="stretch")


def choose_round(data: Dataset) -> ScoringRound | None:
    years = scoring_years(data)
    if not years:
        st.info(t("score.no_criteria"))
        return None
    left, right = st.columns(2)
    year = left.selectbox(
        t("score.year"), years, index=len(years) - 1, key="score_year", placeholder=t("app.choose")
    )
    blocks = scoring_blocks(data, year)
    named = {b.id: b.name for b in data.blocks}
    block = right.selectbox(
        t("score.block"),
        blocks,
        key="score_block",
        format_func={b: named.get(b, b) for b in blocks}.__getitem__,
        placeholder=t("app.choose"),
    )
    return scoring_round(data, year, block)


def page() -> None:
    lang = st.session_state.get("lang", "vi")
    current = store()
    scoring = choose_round(current.snapshot())
    if scoring is None:
        return
    tabs = st.tabs(
        [
            t("score.tab_criteria"),
            t("score.tab_focal"),
            t("score.tab_entry"),
            t("score.tab_ranking"),
            t("score.tab_missing"),
        ]
    )
    with tabs[0]:
        criteria_section(scoring, lang)
    with tabs[1]:
        focal_section(current.snapshot(), scoring)
    with tabs[2]:
        if not scoring.wards:
            st.info(t("score.no_wards", block=literal(scoring.block_name)))
        else:
            entry_section(current, scoring, lang)
            st.divider()
            import_section(current, scoring, lang)
    # Scores written above are part of the ranking shown below, in the same run.
    scoring = scoring_round(current.snapshot(), scoring.year, scoring.block)
    with tabs[3]:
        ranking_section(scoring, lang)
    with tabs[4]:
        missing_section(scoring, lang)


page()
