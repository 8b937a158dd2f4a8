"""Undo of the session's last change.

A page that writes (a deletion, a hand entry) tells `remember` the change that
would put the store back — the record deleted, to add again; the record added,
to remove — and where it was made. That place then offers “Hoàn tác”; pressing
it applies the reverse change through the store's own `apply`, as any change is
applied, so both stores and their checks take it. Only the last change of the
session is offered: a new change replaces it, an undo consumes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import streamlit as st

from graph.models import Change
from graph.problems import Rejected
from graph.store import StoreFailure
from ui.app.i18n import current_language, t
from ui.app.state import store
from ui.safe_text import literal

LAST = "undo_last"
DONE = "undo_done"


@dataclass(frozen=True)
class LastChange:
    """The reverse of the session's last change, where it was made, and its words
    (Markdown-safe) in either language: “đã xoá CO_TP năm 2020 của …”."""

    reverse: Change
    place: str
    words: Callable[[str], str]


def remember(reverse: Change, place: str, words: Callable[[str], str]) -> None:
    st.session_state[LAST] = LastChange(reverse, place, words)
    st.session_state.pop(DONE, None)


def last() -> LastChange | None:
    return st.session_state.get(LAST)


def _undo() -> None:
    """The button's callback: runs before the page, so the page shows the store
    as the undo left it."""
    change = st.session_state.pop(LAST, None)
    if change is None:
        return
    lang = current_language()
    try:
        store().apply(change.reverse)
    except Rejected as rejected:
        outcome = ("error", t("undo.refused", reason=literal(rejected.report(lang))))
    except StoreFailure as failure:
        outcome = ("error", t("undo.refused", reason=literal(failure.words(lang))))
    else:
        outcome = ("success", t("undo.done", what=change.words(lang)))
    st.session_state[DONE] = (change.place, *outcome)


def offer(place: str, where: Any = st) -> None:
    """At `place`: the outcome of an undo just made there, or the button that
    undoes the session's last change if it was made there."""
    done = st.session_state.get(DONE)
    if done is not None and done[0] == place:
        _, kind, text = st.session_state.pop(DONE)
        getattr(where, kind)(text)
    change = last()
    if change is None or change.place != place:
        return
    text, button = where.columns([4, 1], vertical_alignment="center")
    text.info(t("undo.offer", what=change.words(current_language())))
    button.button(t("undo.button"), key=f"undo_{place}", on_click=_undo, icon=":material/undo:")
