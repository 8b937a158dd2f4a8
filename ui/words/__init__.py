"""The words of both faces, the CLI and the app, in Vietnamese (default) and English.

Each module of this package holds a `TEXT` dict of key → (vi, en) for one part of
the product; they are merged here, and a key defined twice is an error. A text
that planner/ or graph/ already words (a header of the results file, a label of
the eligibility sheet) enters the table as their `Words`, so it is written once.
Both faces call `t(key, lang)`; the app's pages go through `ui.app.i18n.t`, which
adds the language of the session.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Protocol


class _Worded(Protocol):
    """A text of a lower layer in both languages (planner.rules.Words)."""

    vi: str
    en: str


def _pair(value: tuple[str, str] | _Worded) -> tuple[str, str]:
    return value if isinstance(value, tuple) else (value.vi, value.en)


def _merged() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for module in pkgutil.iter_modules(__path__):
        part = importlib.import_module(f"{__name__}.{module.name}").TEXT
        twice = merged.keys() & part.keys()
        if twice:
            raise ValueError(f"ui/words/{module.name}.py defines again: {', '.join(sorted(twice))}")
        merged.update({key: _pair(value) for key, value in part.items()})
    return merged


TEXT: dict[str, tuple[str, str]] = _merged()

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}


def t(key: str, lang: str, **values: object) -> str:
    """The text of `key` in `lang`, its `{placeholders}` filled from `values`."""
    vi, en = TEXT[key]
    text = vi if lang == "vi" else en
    return text.format(**values) if values else text


def _code_word(prefix: str, code: str, lang: str) -> str:
    key = f"{prefix}.{code}"
    return t(key, lang) if key in TEXT else code


def unit_kind(kind: str, lang: str = "vi") -> str:
    """A unit's kind as people say it ("ward" → "Phường, xã"); an unknown code as it is."""
    return _code_word("unit_kind", kind, lang)


def award_level(level: str, lang: str = "vi") -> str:
    """An award's level as people say it ("city" → "Thành phố")."""
    return _code_word("award_level", level, lang)
