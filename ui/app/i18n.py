"""The app's words, in the language of the session (the sidebar switch).

The table itself is `ui.words`, shared with the CLI; pages call `t("key")` and
this module adds the session's language.
"""

from __future__ import annotations

from pydantic import ValidationError

from graph.models import Dataset
from graph.problems import Problem
from graph.record_errors import model_problems
from ui import words
from ui.safe_text import literal


def current_language() -> str:
    import streamlit as st

    return st.session_state.get("lang", "vi")


def t(key: str, **values: object) -> str:
    return words.t(key, current_language(), **values)


# A code (award, ruleset) beside its name, for whoever works with the files: a
# small grey tag (Streamlit's badge, class stMarkdownBadge), never the text itself.
CODE_TAG_CLASS = "stMarkdownBadge"


def code_tag(code: str) -> str:
    """`code` as a small grey tag in Markdown (a label, a caption, a heading)."""
    return f":gray-badge[{code}]"


def ruleset_names(lang: str) -> dict[str, str]:
    """Each ruleset of the shelf by its title in `lang` (“Hà Nội từ năm 2018 (…)”),
    not its file id (hanoi-2018): the id is for the CLI and the tooltips."""
    from ui.app import ruling

    book = ruling.book()
    return {i: f"{book.get(i).title(lang)} [{book.get(i).period.text()}]" for i in book.ids()}


def counts_summary(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {t('count.' + name)}" for name, n in counts.items() if n)


def dataset_summary(data: Dataset) -> str:
    """What a dataset holds, as a question or a report says it: “28 đơn vị, 61 thành tích”."""
    return counts_summary({name: len(getattr(data, name)) for name in type(data).model_fields})


def invalid_entry(error: ValidationError, fields: dict[str, str]) -> str:
    """The values of a form the record refuses, one paragraph each, the field
    named by the form's label (`fields`: field → text key) and the reason worded
    as an import would word it (graph/record_errors.py), in the page's language."""
    lines = []
    for problem in model_problems(error, Problem(reason="invalid")):
        label = t(fields[problem.field]) if problem.field in fields else problem.field or ""
        reason = problem.message(current_language()).removeprefix(
            problem.where(current_language()) + ": "
        )
        lines.append(t("entry.invalid", field=label, detail=literal(reason)))
    return "\n\n".join(lines)
