"""Choosing a unit or a person: a search field that finds names typed without
diacritics ("y te" finds Phòng Y tế and Trung tâm Y tế), above the select box.

The choice survives the search: while the search hides the chosen name, the
box shows the first name found (typing narrows, so the first match is what the
person is after); a search that finds nothing keeps the last choice, which
comes back when the search is cleared.
"""

from __future__ import annotations

import streamlit as st

from graph.names import bare
from ui.app.i18n import t
from ui.safe_text import literal


def _kept(key: str) -> str:
    """The session key holding the last choice of the box `key`: Streamlit forgets
    a widget's value in a run that does not draw it (a search that finds nothing)."""
    return f"{key}_kept"


def matching(names: dict[str, str], query: str) -> list[str]:
    """The ids whose name holds every word of `query`, diacritics and case aside,
    in the order of `names`: "y te" finds “Phòng Y tế”, “te y” finds it too."""
    words = bare(query).split()
    if not words:
        return list(names)
    return [i for i, name in names.items() if all(w in bare(name) for w in words)]


def pick_holder(
    label: str,
    names: dict[str, str],
    *,
    key: str,
    default: str | None = None,
    place=st,
) -> str | None:
    """The id the person chose among `names` (id → name, in the order to show), or
    None when there is nothing to choose (no names, or the search finds none: the
    page says so). `default` is the choice before the person made one."""
    if not names:
        return None
    query = place.text_input(
        t("pick.search_in", what=label),
        key=f"{key}_search",
        placeholder=t("pick.search_hint"),
        help=t("pick.search_help"),
    )
    shown = matching(names, query)
    kept = st.session_state.get(key, st.session_state.get(_kept(key)))
    if kept not in names:
        kept = default if default in names else next(iter(names))
    if not shown:
        place.info(t("pick.none", query=literal(query)))
        st.session_state[_kept(key)] = kept
        return None
    chosen = kept if kept in shown else shown[0]
    if st.session_state.get(key) != chosen:
        st.session_state[key] = chosen  # before the widget: its value for this run
    if len(shown) < len(names):
        place.caption(t("pick.found", n=len(shown), total=len(names)))
    value = place.selectbox(
        label, shown, format_func=names.__getitem__, key=key, placeholder=t("app.choose")
    )
    st.session_state[_kept(key)] = value
    return value


def first_with_record(holders: dict[str, str], achievements) -> str | None:
    """The first holder of `holders` with an achievement on record: what a page
    shows before anyone chose (the district, first in the list, has none)."""
    recorded = {a.holder for a in achievements}
    return next((i for i in holders if i in recorded), None)
