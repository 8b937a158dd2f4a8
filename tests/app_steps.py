"""Driving the app inside a test (Streamlit's AppTest): started, the sample set
loaded the way a person loads it, and a sentence read as the browser shows it."""

from __future__ import annotations

import re
from pathlib import Path

from streamlit.testing.v1 import AppTest

from ui.safe_text import WORD_JOINER

APP = str(Path(__file__).resolve().parents[1] / "ui" / "app" / "main.py")


def started(lang: str = "vi", timeout: float = 30) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=timeout)
    app.session_state["lang"] = lang
    return app.run()


def load_sample(app: AppTest) -> AppTest:
    """The sidebar's button, then the confirmation it asks for."""
    app.sidebar.button(key="load_longbien").click().run()
    return app.sidebar.button(key="load_longbien_yes").click().run()


def loaded(lang: str = "vi", timeout: float = 30) -> AppTest:
    return load_sample(started(lang, timeout))


def shown(markdown: str) -> str:
    """A Markdown-safe text (ui/safe_text.py) as the page shows it: without the
    backslashes before punctuation, the hard line breaks and the word joiners."""
    text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown.replace("  \n", "\n"))
    return text.replace(WORD_JOINER, "")


def tagged_code(cell: str) -> str:
    """The code of a table cell that shows it as a grey tag: “Bằng khen … :gray-badge[BK_TP]”."""
    return re.search(r":gray-badge\[(\w+)\]", cell)[1]
