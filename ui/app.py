"""The khencao app: `streamlit run ui/app.py`.

One shell (language, store, sample data) around the pages; a page that fails
shows the reason in words, never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `streamlit run` from a checkout

from graph.longbien import load_longbien  # noqa: E402
from graph.models import Change  # noqa: E402
from graph.problems import Rejected  # noqa: E402
from ui.i18n import LANGUAGES, t  # noqa: E402
from ui.state import store  # noqa: E402

HERE = Path(__file__).resolve().parent
PAGES = [
    ("pages/don_vi.py", "page.unit", "don-vi", ":material/apartment:"),
    ("pages/du_lieu.py", "page.data", "du-lieu", ":material/database:"),
]


def sidebar() -> None:
    st.sidebar.selectbox(
        t("app.language"),
        list(LANGUAGES),
        format_func=LANGUAGES.get,
        key="lang",
    )
    try:
        current = store()
    except Exception as error:  # unreachable server, unreadable file…
        st.sidebar.error(t("app.store_error", error=error))
        return
    st.sidebar.caption(f"{t('app.store')}: {current.describe()}")
    if st.sidebar.button(t("app.load_longbien"), key="load_longbien"):
        load_sample(current)


def load_sample(current) -> None:
    sample = load_longbien()
    held = current.snapshot()
    if {a.key for a in sample.achievements} <= {a.key for a in held.achievements} and {
        u.id for u in sample.units
    } <= {u.id for u in held.units}:
        st.sidebar.info(t("app.already_loaded"))
        return
    try:
        current.apply(Change(add=sample))
    except Rejected as rejected:
        st.sidebar.error(rejected.report(st.session_state.get("lang", "vi")))
        return
    st.sidebar.success(t("app.loaded"))


def main() -> None:
    st.set_page_config(page_title="khencao", page_icon=":material/military_tech:", layout="wide")
    st.session_state.setdefault("lang", "vi")
    pages = [
        st.Page(str(HERE / path), title=t(key), url_path=url, icon=icon)
        for path, key, url, icon in PAGES
    ]
    navigation = st.navigation(pages)
    sidebar()
    try:
        navigation.run()
    except Rejected as rejected:
        st.error(rejected.report(st.session_state["lang"]))
    except Exception as error:  # shown as a sentence; the log keeps the traceback
        st.error(f"{type(error).__name__}: {error}")


main()
