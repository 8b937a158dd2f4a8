"""Entering a disciplinary measure (kỷ luật) by hand on the Dữ liệu page: the
holder chosen by name, the year imposed, the year its term was served (empty
while it is open), the form in words; asked once, then written whole or refused
in words."""

from __future__ import annotations

import datetime as dt

import streamlit as st
from pydantic import ValidationError

from graph.models import MAX_YEAR, MIN_YEAR, Change, Dataset, Discipline
from graph.problems import Rejected
from ui.app.confirm import answer, ask
from ui.app.i18n import invalid_entry, t
from ui.app.pickers import pick_holder
from ui.app.state import store
from ui.safe_text import literal

KEY = "add_discipline"
# The form's fields, named as its labels name them, for a value the record refuses.
FIELDS = {
    "year": "discipline.col_year",
    "end_year": "discipline.col_end",
    "form": "discipline.col_form",
    "decision_no": "data.decision_no",
    "note": "data.note",
}


def discipline_section(lang: str) -> None:
    st.subheader(t("discipline.add"))
    current = store()
    data = current.snapshot()
    holders = {u.id: u.name for u in data.units} | {p.id: p.name for p in data.people}
    if not holders:
        return
    holder = pick_holder(t("data.holder"), holders, key="discipline_holder")
    with st.form(KEY, clear_on_submit=False):
        now = dt.date.today().year
        year = st.number_input(t("discipline.col_year"), MIN_YEAR, MAX_YEAR, now, step=1)
        served = st.checkbox(t("discipline.served"), value=True)
        end = st.number_input(t("discipline.col_end"), MIN_YEAR, MAX_YEAR, now, step=1)
        form = st.text_input(t("discipline.col_form"), placeholder=t("discipline.form_hint"))
        decision = st.text_input(t("data.decision_no"))
        note = st.text_input(t("data.note"))
        if st.form_submit_button(t("data.save")) and holder is not None:
            try:
                record = Discipline(
                    holder=holder,
                    year=int(year),
                    end_year=int(end) if served else None,
                    form=form,
                    decision_no=decision or None,
                    note=note or None,
                    source=t("score.entered_by_hand"),
                )
            except ValidationError as error:
                st.error(invalid_entry(error, FIELDS))
            else:
                question = t(
                    "discipline.add_question",
                    form=literal(record.form),
                    year=record.year,
                    holder=literal(holders[holder]),
                )
                ask(KEY, question, record)
    confirmed = answer(KEY)
    if confirmed is None:
        return
    try:
        current.apply(Change(add=Dataset(disciplines=[confirmed.payload])))
    except Rejected as rejected:
        st.error("\n\n".join(literal(p.message(lang)) for p in rejected.problems))
    else:
        st.success(t("data.saved"))
