"""Dữ liệu: import with the validation report before anything is written,
add or remove an achievement by hand, export the whole record."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import streamlit as st

from graph.io.tables import export, preview_import
from graph.models import Achievement, Change, Dataset
from graph.problems import Rejected
from ui.i18n import counts_summary, t
from ui.pages.documents_section import documents_section
from ui.state import catalogue, store
from ui.uploads import problems_frame, saved_uploads


def counts(data: Dataset) -> dict[str, int]:
    return {name: len(getattr(data, name)) for name in type(data).model_fields}


def import_section(lang: str) -> None:
    st.subheader(t("data.import"))
    st.caption(t("data.import_help"))
    uploads = st.file_uploader(
        t("data.import"),
        type=["csv", "xlsx", "json"],
        accept_multiple_files=True,
        label_visibility="collapsed",
        key="uploads",
    )
    if not uploads:
        return
    with saved_uploads(uploads) as paths:
        try:
            change, problems = preview_import(store(), paths)
        except Rejected as rejected:
            change, problems = None, rejected.problems
    if problems:
        st.error(t("data.problems", n=len(problems)))
        st.dataframe(problems_frame(problems, lang), hide_index=True, width="stretch")
        return
    summary = counts_summary(counts(change.add))
    st.success(t("data.ready", summary=summary))
    if st.button(t("data.write"), type="primary", key="write_import"):
        try:
            store().apply(change)
        except Rejected as rejected:
            st.error(rejected.report(lang))
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
            record = Achievement(
                holder=holder,
                award=award,
                year=int(year),
                decision_no=decision or None,
                note=note or None,
                source="nhập tay" if lang == "vi" else "entered by hand",
            )
            try:
                current.apply(Change(add=Dataset(achievements=[record])))
            except Rejected as rejected:
                st.error("\n\n".join(p.message(lang) for p in rejected.problems))
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
    if st.button(t("data.remove_button"), key="remove_button"):
        current.apply(Change(remove_achievements=[key]))
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
