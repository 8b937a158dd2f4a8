"""The khencao app: `streamlit run ui/app/main.py`.

One shell (language, store, sample data) around the pages; a page that fails
shows the reason in words, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # `streamlit run` from a checkout

from streamlit.logger import get_logger  # noqa: E402

from graph.io.longbien import load_longbien  # noqa: E402
from graph.models import Change  # noqa: E402
from graph.problems import Rejected  # noqa: E402
from graph.store import StoreFailure  # noqa: E402
from ui.app import background, print_style, ruling  # noqa: E402
from ui.app.confirm import answer, ask  # noqa: E402
from ui.app.i18n import dataset_summary, ruleset_names, t  # noqa: E402
from ui.app.state import store  # noqa: E402
from ui.app.uploads import MAX_UPLOAD_MB  # noqa: E402
from ui.safe_text import literal  # noqa: E402
from ui.words import LANGUAGES  # noqa: E402

LOG = get_logger("khencao.app")

HERE = Path(__file__).resolve().parent
PAGES = [
    ("pages/nam_nay.py", "page.today", "nam-nay", ":material/today:"),
    ("pages/don_vi.py", "page.unit", "don-vi", ":material/apartment:"),
    ("pages/lo_trinh.py", "page.roadmap", "lo-trinh", ":material/route:"),
    ("pages/muc_tieu.py", "page.targets", "muc-tieu", ":material/flag:"),
    ("pages/gia_dinh.py", "page.whatif", "gia-dinh", ":material/alt_route:"),
    ("pages/dong_thoi_gian.py", "page.timeline", "dong-thoi-gian", ":material/timeline:"),
    ("pages/quy_dinh.py", "page.rules", "quy-dinh", ":material/gavel:"),
    ("pages/cham_diem.py", "page.scoring", "cham-diem", ":material/leaderboard:"),
    ("pages/du_lieu.py", "page.data", "du-lieu", ":material/database:"),
]


def keep_choices() -> None:
    """The language switch's callback: every choice of the session stays chosen.

    A select box or a radio sends the browser its options as labels, and the
    browser answers with the label it shows. After a switch the labels are in the
    other language, so the browser's old label matches no option: Streamlit
    drops the choice (an empty radio) or keeps showing the old label. Written
    again here, each value is sent back under its new label. Buttons, toggles
    and uploads (booleans, files) are left alone: their values carry no label
    and some may not be written at all."""
    for key in list(st.session_state):
        value = st.session_state[key]
        if key != "lang" and _plain(value):
            st.session_state[key] = value


def _plain(value) -> bool:
    """A value a choice widget may hold and the session may write: a text or a
    number (not a boolean), a date, or a list of those."""
    if isinstance(value, list | tuple):
        return bool(value) and all(_plain(v) for v in value)
    return isinstance(value, str | int | float | dt.date) and not isinstance(value, bool)


def sidebar() -> None:
    st.sidebar.selectbox(
        t("app.language"),
        list(LANGUAGES),
        format_func=LANGUAGES.get,
        key="lang",
        on_change=keep_choices,
    )
    try:
        current = store()
        current.snapshot()  # a damaged, foreign or unreadable store shows here, in words
    except StoreFailure as failure:  # the same sentence the CLI prints
        st.sidebar.error(literal(failure.words(st.session_state.get("lang", "vi"))))
        return
    except Exception as error:  # unreachable server…
        LOG.warning("the store cannot be opened: %s", error)
        st.sidebar.error(t("app.store_error", error=literal(error)))
        return
    st.sidebar.caption(f"{t('app.store')}: {literal(current.describe())}")
    sample_section(current)
    rule_choices(current)


def rule_choices(current) -> None:
    """Proposal year, ruleset and window convention: read by every page that checks or plans."""
    st.session_state.setdefault("proposal_year", ruling.default_year(current.snapshot()))
    st.sidebar.number_input(
        t("rules.year"), min_value=1990, max_value=2100, step=1, key="proposal_year"
    )
    # Labels are looked up in dicts made now: a format_func is also called
    # outside this run (by AppTest, say), where the session's language is unknown.
    lang = st.session_state.get("lang", "vi")
    rulesets = {ruling.AUTO: t("rules.auto"), **ruleset_names(lang)}
    st.sidebar.selectbox(
        t("label.ruleset"), list(rulesets), key="ruleset_id", format_func=rulesets.__getitem__
    )
    windows = {w: t(f"rules.{w}") for w in ("from_base_year", "after_base_year")}
    st.sidebar.radio(t("rules.window"), list(windows), key="window", format_func=windows.get)


def sample_section(current) -> None:
    """The Long Biên 2020 set, loaded after a question that says what it adds and where."""
    if st.sidebar.button(t("app.load_longbien"), key="load_longbien"):
        sample = load_longbien()
        held = current.snapshot()
        if {a.key for a in sample.achievements} <= {a.key for a in held.achievements} and {
            u.id for u in sample.units
        } <= {u.id for u in held.units}:
            st.sidebar.info(t("app.already_loaded"))
        else:
            question = t(
                "app.load_question",
                summary=dataset_summary(sample),
                store=literal(current.describe()),
            )
            ask("load_longbien", question, sample)
    confirmed = answer("load_longbien", where=st.sidebar)
    if confirmed is None:
        return
    try:
        current.apply(Change(add=confirmed.payload))
    except Rejected as rejected:
        st.sidebar.error(literal(rejected.report(st.session_state.get("lang", "vi"))))
        return
    st.sidebar.success(t("app.loaded"))
    st.session_state["proposal_year"] = ruling.default_year(current.snapshot())


def own_words_for_streamlit() -> None:
    """Streamlit has no parameter for the file uploader's button (“Upload”) and limit
    line (“64MB per file • CSV”) (streamlit/streamlit#13500, open), nor for the
    “No results” of a select box's list: the app's style sheet hides them and says
    them again in the session's language (tests/e2e/test_task_app.py looks)."""
    button = '[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"]'
    limit = '[data-testid="stFileUploaderDropzoneInstructions"]'
    # the empty list: the only option drawn as a <div>, the options are <li>
    empty = 'div[role="option"][style*="contents"] > span'
    upload = css_text(t("upload.button"))
    per_file = css_text(t("upload.limit", mb=MAX_UPLOAD_MB))
    nothing = css_text(t("app.no_results"))
    st.html(
        "<style>"
        f"{button} p {{display: none;}}"
        f'{button}::after {{content: "{upload}";}}'
        f"{limit} span {{display: none;}}"
        f'{limit} > div::after {{content: "{per_file}"; font-size: 0.875rem;}}'
        f"{empty} {{visibility: hidden; font-size: 0;}}"
        f'{empty}::after {{content: "{nothing}"; visibility: visible; font-size: 1rem;}}'
        "</style>"
    )


def css_text(text: str) -> str:
    """A text of the word table as a CSS string's content."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")


def main() -> None:
    st.set_page_config(page_title="khencao", page_icon=":material/military_tech:", layout="wide")
    st.session_state.setdefault("lang", "vi")
    print_style.apply()
    own_words_for_streamlit()
    pages = [
        st.Page(str(HERE / path), title=t(key), url_path=url, icon=icon)
        for path, key, url, icon in PAGES
    ]
    navigation = st.navigation(pages)
    if navigation.url_path not in ("lo-trinh", "muc-tieu"):
        background.stop_all()  # a council's solve does not outlive its page
    sidebar()
    try:
        navigation.run()
    except Rejected as rejected:
        st.error(literal(rejected.report(st.session_state["lang"])))
    except StoreFailure as failure:
        st.error(literal(failure.words(st.session_state["lang"])))
    except Exception:  # a sentence for the person; the traceback for the server log only
        LOG.exception("the page %s failed", navigation.url_path)
        st.error(t("app.failed"))


main()
