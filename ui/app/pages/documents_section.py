"""“Văn bản (phụ lục)” on the Dữ liệu page: the letter's appendices and the
eligibility sheet to download as Word or Excel, and an appendix to import,
shown in full before a confirmation writes it."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from graph.io.documents.importer import apply_preview, preview_document
from graph.io.documents.model import DocumentError, Reference, council_of, reference_date
from graph.io.documents.preview import (
    KIND_WORDS,
    SECTION_WORDS,
    STATUS_WORDS,
    DocumentPreview,
    words,
)
from graph.io.documents.render import APPENDIX_KINDS, FORMATS, MIME, appendix, file_name, render
from graph.io.documents.roadmap import district_name, plan_years
from graph.models import Dataset
from graph.problems import Rejected
from planner import eligibility_sheet, target_cases
from ui.app.confirm import confirmed_button
from ui.app.i18n import counts_summary, current_language, t
from ui.app.state import store
from ui.app.uploads import MAX_UPLOAD_MB, UploadTooLarge, saved_uploads, upload_names
from ui.safe_text import literal
from ui.words import unit_kind


def documents_section(lang: str) -> None:
    st.divider()
    st.subheader(t("docs.title"))
    st.caption(t("docs.help"))
    data = store().snapshot()
    reference, year = _letter(data)
    if reference is not None:
        for kind in APPENDIX_KINDS:
            _appendix_downloads(kind, data, reference, year)
        _eligibility_downloads(data, reference, year, lang)
    st.markdown(f"**{t('docs.import')}**")
    st.caption(t("docs.import_help"))
    upload = st.file_uploader(
        t("docs.import"),
        type=["docx", "xlsx"],
        key="doc_upload",
        label_visibility="collapsed",
        max_upload_size=MAX_UPLOAD_MB,
    )
    if upload is not None:
        _import(upload, lang)


def _letter(data: Dataset) -> tuple[Reference | None, int | None]:
    """The letter the documents go with (number, date) and the plan year."""
    number_column, date_column, year_column = st.columns(3)
    number = number_column.text_input(
        t("docs.number"), key="doc_number", help=t("docs.number_help")
    )
    date_text = date_column.text_input(t("docs.date"), key="doc_date")
    years = plan_years(data)
    year = (
        year_column.selectbox(
            t("docs.year"), years[::-1], key="doc_year", placeholder=t("app.choose")
        )
        if years
        else None
    )
    date = None
    if date_text.strip():
        try:
            date = reference_date(date_text)
        except ValueError:
            st.error(t("docs.bad_date", value=literal(date_text)))
            return None, year
    reference = Reference(number=number, date=date)  # "125/HĐTĐKT" is read as "125"
    line = reference.filled(council_of(district_name(data)), year).line(current_language())
    st.caption(t("docs.reference_line", line=literal(line)))
    return reference, year


def _appendix_downloads(kind: str, data: Dataset, reference: Reference, year: int | None) -> None:
    try:
        document = appendix(
            kind, data, year=year if kind == "roadmap" else None, reference=reference
        )
    except DocumentError as error:
        _unavailable(kind, error)
        return
    _buttons(kind, lambda fmt: render(document, fmt))


def _eligibility_downloads(
    data: Dataset, reference: Reference, year: int | None, lang: str
) -> None:
    """Built only when a button is pressed: it runs the checker on every target."""
    cases = target_cases(data, year)
    if not cases:
        _unavailable("eligibility", None)
        return

    def rendered(fmt: str) -> bytes:
        sheet = eligibility_sheet(data, cases, reference=reference, lang=lang)
        return render(sheet, fmt)

    _buttons("eligibility", rendered)


def _buttons(kind: str, rendered) -> None:
    label, *buttons = st.columns([4, 1, 1])
    label.write(t(f"docs.kind.{kind}"))
    for column, fmt in zip(buttons, FORMATS, strict=True):
        column.download_button(
            f".{fmt}",
            data=lambda fmt=fmt: rendered(fmt),
            file_name=file_name(kind, fmt),
            mime=MIME[fmt],
            key=f"doc_{kind}_{fmt}",
            on_click="ignore",
        )


def _unavailable(kind: str, error: DocumentError | None) -> None:
    label, note = st.columns([4, 2])
    label.write(t(f"docs.kind.{kind}"))
    reason = literal(error.words(st.session_state.get("lang", "vi"))) if error else "—"
    note.caption(t("docs.unavailable", reason=reason))


def _import(upload, lang: str) -> None:
    try:
        with saved_uploads([upload]) as (path,):
            try:
                preview = preview_document(store(), path)
            except Rejected as rejected:
                st.error(literal(rejected.report(lang)))
                return
    except UploadTooLarge as refused:
        st.error(refused.words())
        return
    show_preview(preview, lang)
    summary = counts_summary(preview.counts())
    if preview.problems:
        st.error(t("docs.problems", n=len(preview.problems)))
        for message in preview.problem_messages(lang):
            st.markdown(f"- {literal(message)}")
        return
    if preview.change.add.is_empty():
        st.info(t("docs.nothing_new"))
        return
    st.success(t("docs.will_write", summary=summary))
    question = t("docs.write_question", summary=summary, file=upload_names([upload]))
    if confirmed_button("doc_write", t("docs.write"), question, preview.change, primary=True):
        try:
            apply_preview(store(), preview)
        except Rejected as rejected:
            st.error(literal(rejected.report(lang)))
            return
        st.success(t("docs.imported", summary=summary))


def show_preview(preview: DocumentPreview, lang: str) -> None:
    st.caption(t("docs.file", file=literal(preview.file)))
    st.dataframe(
        pd.DataFrame(
            [
                {
                    t("docs.col.part"): s.heading or "—",
                    t("docs.col.content"): words(KIND_WORDS, s.kind, lang),
                }
                for s in preview.sections
            ]
        ),
        hide_index=True,
        width="stretch",
    )
    if preview.new_units:
        st.markdown(f"**{t('docs.new_units', n=len(preview.new_units))}**")
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        t("docs.col.unit_id"): u.id,
                        t("docs.col.unit_name"): u.name,
                        t("docs.col.kind"): unit_kind(u.kind.value, lang),
                        t("docs.col.written_as"): "; ".join(u.aliases),
                    }
                    for u in preview.new_units
                ]
            ),
            hide_index=True,
            width="stretch",
        )
    else:
        st.caption(t("docs.no_new_units"))
    read = [
        {
            t("col.holder"): unit.name,
            t("col.year"): award.year,
            t("col.code"): award.award,
            t("docs.col.line"): award.text,
            t("col.where"): award.place.text(lang) if award.place else "",
            t("docs.col.status"): words(STATUS_WORDS, award.status, lang),
        }
        for unit in preview.units
        for award in unit.awards
    ]
    if read:
        st.markdown(f"**{t('docs.by_unit')}**")
        status = t("docs.col.status")
        new_first = sorted(read, key=lambda row: row[status] != words(STATUS_WORDS, "new", lang))
        st.dataframe(pd.DataFrame(new_first), hide_index=True, width="stretch")
    targets = [
        {
            t("col.holder"): unit.name,
            t("docs.target"): f"{words(SECTION_WORDS, r.target.section, lang)} {r.target.award}",
            t("col.year"): r.target.plan_year,
            t("docs.col.by_year"): r.target.by_year,
            t("data.note"): r.target.note or "",
            t("docs.col.status"): words(STATUS_WORDS, r.status, lang),
        }
        for unit in preview.units
        for r in unit.targets
    ]
    if targets:
        st.markdown(f"**{t('docs.targets')}**")
        st.dataframe(pd.DataFrame(targets), hide_index=True, width="stretch")
    unread = preview.all_unread()
    if unread:
        st.warning(t("docs.unread", n=len(unread)))
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        t("col.where"): u.place.text(lang) if u.place else "",
                        t("docs.col.line"): u.text,
                        t("docs.col.why"): u.message(lang),
                    }
                    for u in unread
                ]
            ),
            hide_index=True,
            width="stretch",
        )
    else:
        st.caption(t("docs.all_read"))
