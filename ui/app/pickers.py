"""Choosing a unit or a person: a search field that finds names typed without
diacritics ("y te" finds Phòng Y tế and Trung tâm Y tế), above the select box."""

from __future__ import annotations

import streamlit as st

from graph.names import bare
from ui.app.i18n import t
from ui.safe_text import literal


def pick_holder(
    label: str,
    names: dict[str, str],
    *,
    key: str,
    default: str | None = None,
    place=st,
) -> str | None:
    """The id the person chose among `names` (id → name, in the order to show), or
    None when the search finds nothing (the page says so). `default` is shown
    first when the select box has no choice of its own yet."""
    query = place.text_input(
        t("pick.search"), key=f"{key}_search", placeholder=t("pick.search_hint")
    )
    wanted = bare(query)
    shown = [i for i, name in names.items() if wanted in bare(name)] if wanted else list(names)
    if not shown:
        place.info(t("pick.none", query=literal(query)))
        return None
    index = shown.index(default) if default in shown else 0
    return place.selectbox(label, shown, index=index, format_func=names.get, key=key)
