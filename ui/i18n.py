"""The app's words in Vietnamese (default) and English.

Each module of `ui/texts/` holds a `TEXT` dict of key → (vi, en) for one part of
the app; they are merged here, and a key defined twice is an error. Pages call
`t("key")`; the language lives in the session (the sidebar switch).
"""

from __future__ import annotations

import importlib
import pkgutil

from ui import texts


def _merged() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for module in pkgutil.iter_modules(texts.__path__):
        part = importlib.import_module(f"ui.texts.{module.name}").TEXT
        twice = merged.keys() & part.keys()
        if twice:
            raise ValueError(f"ui/texts/{module.name}.py defines again: {', '.join(sorted(twice))}")
        merged.update(part)
    return merged


TEXT: dict[str, tuple[str, str]] = _merged()

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}


def current_language() -> str:
    import streamlit as st

    return st.session_state.get("lang", "vi")


def t(key: str, **values: object) -> str:
    vi, en = TEXT[key]
    text = vi if current_language() == "vi" else en
    return text.format(**values) if values else text


def counts_summary(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {t('count.' + name)}" for name, n in counts.items() if n)
