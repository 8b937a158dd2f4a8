"""Dữ liệu: import with the validation report before anything is written,
add or remove an achievement by hand, export the whole record."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import streamlit as st
from pydantic import ValidationError

from graph.io.tables import export, preview_import
from graph.models import Achievement, Change, Dataset
from graph.problems import Rejected
from ui.app.confirm import answer, ask, confirmed_button
from ui.app.i18n import dataset_summary, invalid_entry, t
from ui.app.pages.documents_section import documents_section
from ui.app.state import catalogue, store
from ui.app.uploads import (
    MAX_UPLOAD_MB,
    UploadTooLarge,
    problems_frame,
    saved_uploads,
    upload_names,
)
from ui.safe_text import literal

# The form's fields, named as its labels name them, for a value the record refuses.
ENTRY_FIELDS = {"decision_no": "data.decision_no", "note": "data.note", "year": "data.year"}


def import_section(lang: str) -> None:
    st.subheader(t("data.import"))
    st.caption(t("data.import_help"))
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
                change, problems = preview_import(store(), paths)
            except Rejected as rejected:
                change, problems = None, rejected.problems
    except UploadTooLarge as refused:
        st.error(refused.words())
        return
    if problems:
        st.error(t("data.problems", n=len(problems)))
        st.dataframe(problems_frame(problems, lang), hide_index=True, width="stretch")
        return
    summary = dataset_summary(change.add)
    st.success(t("data.ready", summary=summary))
    question = t("data.write_question", summary=summary, files=upload_names(uploads))
    if confirmed_button("write_import", t("data.write"), question, change, primary=True):
        try:
            store().apply(change)
        except Rejected as rejected:
            st.error(literal(rejected.report(lang)))
            return
        st.success(t("data.written", summary=summary))


def add_section(lang: str) -> None:
    st.subheader(t("data.add"))
    current = store()
    holders = {u.id: u.name for u in current.units()} | {
        p.id: p.name for p in current.snapshot().people
    }
    if not holders:
        st.info(t("app.empty_store"))
        return
    names = catalogue()
    with st.form("add_achievement", clear_on_submit=False):
        holder = st.selectbox(t("data.holder"), list(holders), format_func=holders.get)
        award = st.selectbox(
            t("data.award"), names.codes(), format_func=lambda c: f"{c} – {names.name(c, lang)}"
        )
        year = st.number_input(t("data.year"), min_value=1945, max_value=2100, value=2020, step=1)
        decision = st.text_input(t("data.decision_no"))
        note = st.text_input(t("data.note"))
        if st.form_submit_button(t("data.save")):
            try:
                record = Achievement(
                    holder=holder,
                    award=award,
                    year=int(year),
                    decision_no=decision or None,
                    note=note or None,
                    source=t("score.entered_by_hand"),
                )
            except ValidationError as error:
                st.error(invalid_entry(error, ENTRY_FIELDS))
            else:
                question = t(
                    "data.add_question",
                    award=names.name(award, lang),
                    year=record.year,
                    holder=literal(holders[holder]),
                )
                ask("add_achievement", question, record)
    confirmed = answer("add_achievement")
    if confirmed is None:
        return
    try:
        current.apply(Change(add=Dataset(achievements=[confirmed.payload])))
    except Rejected as rejected:
        st.error("\n\n".join(literal(p.message(lang)) for p in rejected.problems))
    else:
        st.success(t("data.saved"))


def remove_section(lang: str) -> None:
    st.subheader(t("data.remove"))
    current = store()
    units = {u.id: u.name for u in current.units()}
    if not units:
        return
    holder = st.selectbox(t("data.holder"), list(units), format_func=units.get, key="remove_holder")
    records = {a.key: a for a in current.history(holder)}
    if not records:
        st.info(t("data.nothing_to_remove"))
        return
    names = catalogue()
    key = st.selectbox(
        t("data.remove_pick"),
        list(records),
        format_func=lambda k: f"{records[k].year} – {names.name(records[k].award, lang)}",
        key="remove_key",
    )
    question = t(
        "data.remove_question",
        award=names.name(records[key].award, lang),
        year=records[key].year,
        holder=literal(units[holder]),
    )
    if confirmed_button("remove_button", t("data.remove_button"), question, key):
        try:
            current.apply(Change(remove_achievements=[key]))
        except Rejected as rejected:
            st.error(literal(rejected.report(lang)))
        else:
            st.success(t("data.removed"))


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
    st.divider()
    remove_section(lang)
    st.divider()
    export_section()
    documents_section(lang)


page()
