"""Dữ liệu: import with the validation report before anything is written,
add or remove an achievement by hand, export the whole record."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import pandas as pd
import streamlit as st
from pydantic import ValidationError

from graph.io.importing import ImportPlan, plan_import
from graph.io.tables import export
from graph.io.templates import TEMPLATE_KINDS, write_template
from graph.models import Achievement, Change, Dataset
from graph.problems import Rejected
from ui import words
from ui.app import ruling, undo
from ui.app.confirm import answer, ask, confirmed_button
from ui.app.discipline_entry import discipline_section
from ui.app.i18n import dataset_summary, invalid_entry, t
from ui.app.pages.documents_section import documents_section
from ui.app.pickers import first_with_record, pick_holder
from ui.app.state import catalogue, store
from ui.app.uploads import (
    MAX_UPLOAD_MB,
    UploadTooLarge,
    problems_frame,
    saved_uploads,
    upload_names,
)
from ui.safe_text import literal

REMOVED = "data_removed"  # a deletion just made: said once, in the run after it

# The form's fields, named as its labels name them, for a value the record refuses.
ENTRY_FIELDS = {"decision_no": "data.decision_no", "note": "data.note", "year": "data.year"}


def import_section(lang: str) -> None:
    st.subheader(t("data.import"))
    st.caption(t("data.import_help"))
    templates_section(lang)
    uploads = st.file_uploader(
        t("data.import"),
        type=["csv", "xlsx", "json"],
        accept_multiple_files=True,
        label_visibility="collapsed",
        key="uploads",
        max_upload_size=MAX_UPLOAD_MB,
    )
    if not uploads:
        return
    try:
        with saved_uploads(uploads) as paths:
            try:
                plan = plan_import(store(), paths)
            except Rejected as rejected:
                plan = ImportPlan(problems=rejected.problems)
    except UploadTooLarge as refused:
        st.error(refused.words())
        return
    if plan.rows:
        st.markdown(t("data.preview"))
        st.dataframe(preview_frame(plan, lang), hide_index=True, width="stretch", key="preview")
        st.caption(t("records.import_rows", **plan.row_counts()))
    if plan.problems:
        st.error(t("data.problems", n=len(plan.problems)))
        st.dataframe(problems_frame(plan.problems, lang), hide_index=True, width="stretch")
        return
    if plan.change.add.is_empty():
        st.info(t("records.nothing_new"))
        return
    summary = dataset_summary(plan.change.add)
    st.success(t("data.ready", summary=summary))
    question = t("data.write_question", summary=summary, files=upload_names(uploads))
    if confirmed_button("write_import", t("data.write"), question, plan.change, primary=True):
        try:
            store().apply(plan.change)
        except Rejected as rejected:
            st.error(literal(rejected.report(lang)))
            return
        st.success(t("data.written", summary=summary))


def preview_frame(plan: ImportPlan, lang: str) -> pd.DataFrame:
    """Every row as it will be read: the holder and the award by name, and whether it
    is new, already in the store, or refused."""
    names = catalogue()
    return pd.DataFrame(
        [
            {
                t("preview.col_file"): row.file,
                t("preview.col_row"): row.row,
                t("preview.col_holder"): row.holder_name,
                t("preview.col_award"): names.name(row.award, lang) if row.award else "",
                t("col.year"): row.year,
                t("col.decision"): row.decision_no,
                t("preview.col_date"): row.decision_date,
                t("preview.col_status"): t(f"preview.status.{row.status}"),
            }
            for row in plan.rows
        ]
    )


def templates_section(lang: str) -> None:
    """The workbooks to fill in, with the record's units and the awards as drop-downs."""
    st.caption(t("data.templates"))
    columns = st.columns(len(TEMPLATE_KINDS))
    data = store().snapshot()
    with tempfile.TemporaryDirectory() as folder:
        for column, kind in zip(columns, TEMPLATE_KINDS, strict=True):
            path = Path(folder) / f"mau-{kind}.xlsx"
            lines = t(f"instructions.{kind}").splitlines()
            write_template(kind, data, catalogue(), path, lines)
            column.download_button(
                t(f"data.template_{kind}"), path.read_bytes(), path.name, key=f"template_{kind}"
            )


def add_section(lang: str) -> None:
    st.subheader(t("data.add"))
    current = store()
    data = current.snapshot()
    holders = {u.id: u.name for u in data.units} | {p.id: p.name for p in data.people}
    if not holders:
        st.info(t("app.empty_store"))
        return
    names = catalogue()
    limit = ruling.proposal_year()
    holder = pick_holder(
        t("data.holder"),
        holders,
        key="add_holder",
        default=first_with_record(holders, data.achievements),
    )
    with st.form("add_achievement", clear_on_submit=False):
        award = st.selectbox(
            t("data.award"),
            names.codes(),
            format_func=award_names(lang).__getitem__,
            key="add_award",
            placeholder=t("app.choose"),
        )
        year = st.number_input(
            t("data.year"),
            min_value=1945,
            max_value=2100,
            value=limit,
            step=1,
            help=t("data.year_help", limit=limit),
        )
        decision = st.text_input(t("data.decision_no"))
        note = st.text_input(t("data.note"))
        submitted = st.form_submit_button(t("data.save"), disabled=holder is None)
    if submitted and holder is not None:
        entry(holder, holders[holder], award, int(year), decision, note, limit, lang)
    confirmed = answer("add_achievement")
    if confirmed is not None:
        record = confirmed.payload
        try:
            current.apply(Change(add=Dataset(achievements=[record])))
        except Rejected as rejected:
            st.error("\n\n".join(literal(p.message(lang)) for p in rejected.problems))
        else:
            st.success(t("data.saved"))
            undo.remember(
                Change(remove_achievements=[record.key]),
                "add",
                lambda lang, record=record, name=holders[record.holder]: words.t(
                    "undo.added", lang, what=achievement_words(record, name, lang)
                ),
            )
    undo.offer("add")


def entry(holder, holder_name, award, year, decision, note, limit, lang) -> None:
    """The form's values checked (a year after the proposal year is refused, as
    the record refuses a bad value), then the question that writes them."""
    if year > limit:
        st.error(t("entry.after_proposal_year", field=t("data.year"), year=year, limit=limit))
        return
    try:
        record = Achievement(
            holder=holder,
            award=award,
            year=year,
            decision_no=decision or None,
            note=note or None,
            source=t("score.entered_by_hand"),
        )
    except ValidationError as error:
        st.error(invalid_entry(error, ENTRY_FIELDS))
        return
    question = t(
        "data.add_question",
        award=catalogue().name(award, lang),
        year=record.year,
        holder=literal(holder_name),
    )
    ask("add_achievement", question, record)


def achievement_words(record: Achievement, holder_name: str, lang: str) -> str:
    """“Cờ thi đua của UBND Thành phố năm 2020 của Phòng Y tế” (Markdown-safe)."""
    return words.t(
        "undo.achievement",
        lang,
        award=catalogue().name(record.award, lang),
        year=record.year,
        holder=literal(holder_name),
    )


def award_names(lang: str) -> dict[str, str]:
    """Each award by its name (the code is for the files, not for the form)."""
    names = catalogue()
    return {code: names.name(code, lang) for code in names.codes()}


def remove_section(lang: str) -> None:
    st.subheader(t("data.remove"))
    current = store()
    data = current.snapshot()
    units = {u.id: u.name for u in data.units}
    if not units:
        return
    holder = pick_holder(
        t("data.holder"),
        units,
        key="remove_holder",
        default=first_with_record(units, data.achievements),
    )
    if holder is None:
        undo.offer("remove")
        return
    records = {a.key: a for a in current.history(holder)}
    if not records:
        st.info(t("data.nothing_to_remove"))
        undo.offer("remove")
        return
    names = catalogue()
    key = st.selectbox(
        t("data.remove_pick"),
        list(records),
        format_func={
            k: f"{a.year} – {names.name(a.award, lang)}" for k, a in records.items()
        }.__getitem__,
        key="remove_key",
        placeholder=t("app.choose"),
    )
    question = t(
        "data.remove_question",
        award=names.name(records[key].award, lang),
        year=records[key].year,
        holder=literal(units[holder]),
    )
    if confirmed_button("remove_button", t("data.remove_button"), question, key):
        record = records[key]
        try:
            current.apply(Change(remove_achievements=[key]))
        except Rejected as rejected:
            st.error(literal(rejected.report(lang)))
        else:
            undo.remember(
                Change(add=Dataset(achievements=[record])),
                "remove",
                lambda lang, record=record, name=units[holder]: words.t(
                    "undo.removed", lang, what=achievement_words(record, name, lang)
                ),
            )
            # Again, so that the list no longer offers the record just deleted.
            st.session_state[REMOVED] = True
            st.rerun()
    if st.session_state.pop(REMOVED, False):
        st.success(t("data.removed"))
    undo.offer("remove")


def export_section() -> None:
    st.subheader(t("data.export"))
    data = store().snapshot()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        xlsx = export(data, "xlsx", base / "khencao.xlsx")[0].read_bytes()
        json_bytes = export(data, "json", base / "khencao.json")[0].read_bytes()
        archive = io.BytesIO()
        with zipfile.ZipFile(archive, "w") as bundle:
            for path in export(data, "csv", base / "csv"):
                bundle.write(path, path.name)
    left, middle, right = st.columns(3)
    left.download_button("Excel (.xlsx)", xlsx, "khencao.xlsx", key="export_xlsx")
    middle.download_button("JSON", json_bytes, "khencao.json", key="export_json")
    right.download_button("CSV (.zip)", archive.getvalue(), "khencao-csv.zip", key="export_csv")


def page() -> None:
    lang = st.session_state.get("lang", "vi")
    import_section(lang)
    st.divider()
    add_section(lang)
    discipline_section(lang)
    st.divider()
    remove_section(lang)
    st.divider()
    export_section()
    documents_section(lang)


page()
