"""Nothing is written or deleted on one click.

Every action of the app that changes the store goes in two steps: the action's
button (or form) only *asks* — it keeps, in the session, the question that says
in words what will be written or deleted, and what to write — and the store is
touched only in the run where the person answers that question with “Xác nhận”.
“Huỷ” forgets it. A question whose subject changed since it was asked (another
achievement picked, another file uploaded) is forgotten rather than answered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import streamlit as st

from ui.app.i18n import t


@dataclass(frozen=True)
class Pending:
    """An action waiting for its answer: the question shown, and what to write."""

    question: str
    payload: Any = None


def _asked(key: str) -> str:
    return f"confirm_asked_{key}"


def _answered(key: str) -> str:
    return f"confirm_answered_{key}"


def ask(key: str, question: str, payload: Any = None) -> None:
    """Step one: remember the question (Markdown-safe text) and what it is about."""
    st.session_state[_asked(key)] = Pending(question, payload)


def _confirm(key: str) -> None:
    pending = st.session_state.pop(_asked(key), None)
    if pending is not None:
        st.session_state[_answered(key)] = pending


def _cancel(key: str) -> None:
    st.session_state.pop(_asked(key), None)


def answer(key: str, *, where: Any = st, subject: Pending | None = None) -> Pending | None:
    """Step two: the pending question with its two buttons; the action, once, in
    the run where it was confirmed. `subject` is what the page would ask now: a
    pending question about something else is dropped."""
    confirmed = st.session_state.pop(_answered(key), None)
    if confirmed is not None and subject in (None, confirmed):
        return confirmed
    pending = st.session_state.get(_asked(key))
    if pending is None:
        return None
    if subject not in (None, pending):
        _cancel(key)
        return None
    where.warning(pending.question)
    yes, no = where.columns(2)
    yes.button(t("confirm.yes"), key=f"{key}_yes", type="primary", on_click=_confirm, args=(key,))
    no.button(t("confirm.no"), key=f"{key}_no", on_click=_cancel, args=(key,))
    return None


def confirmed_button(
    key: str,
    label: str,
    question: str,
    payload: Any = None,
    *,
    where: Any = st,
    primary: bool = False,
) -> bool:
    """A button whose action runs only once its question is confirmed, and only
    if the page still shows the same subject (question and payload)."""
    if where.button(label, key=key, type="primary" if primary else "secondary"):
        ask(key, question, payload)
    return answer(key, where=where, subject=Pending(question, payload)) is not None
