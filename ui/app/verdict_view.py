"""How the app shows a checker verdict: the answer first, then each requirement
with its status, what the record shows, what is missing and where it is written.

A yes that rests on assumed years reads as such, in a colour of its own (amber),
never in the green of a plain yes. Tables are `st.table`: their cells wrap, so
the why-columns stay on screen and on paper; every text in them is a literal
(st.table reads Markdown in its cells).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from planner import STATUS_WORDS, RuleNotEnteredError, Verdict
from ui.app.i18n import t
from ui.app.state import catalogue
from ui.safe_text import literal

# Text symbols, not emoji: they render in every font an office browser has.
STATUS_MARKS = {"met": "✔", "missing": "✘", "assumed": "⚠"}
# The colour of each answer, in every table of the app (Streamlit's Markdown colours).
COLOURS = {
    "eligible": "green",
    "assumed": "orange",
    "almost": "blue",
    "not_eligible": "red",
    "met": "green",
    "missing": "red",
}


def answer_kind(verdict: Verdict) -> str:
    """eligible, assumed (a yes resting on assumptions) or not_eligible."""
    if not verdict.eligible:
        return "not_eligible"
    return "assumed" if verdict.rests_on_assumptions else "eligible"


def badge(text: str, kind: str) -> str:
    """`text` shown as typed, on the background colour of `kind`, for st.table or st.markdown."""
    return f":{COLOURS.get(kind, 'orange')}-background[{literal(text)}]"


def requirements_frame(verdict: Verdict, lang: str) -> pd.DataFrame:
    def named(text: str) -> str:  # awards by name, as a person reads them
        return literal(catalogue().spelled_out(text, lang))

    return pd.DataFrame(
        [
            {
                t("verdict.status"): badge(
                    f"{STATUS_MARKS[r.status]} {STATUS_WORDS[r.status](lang)}", r.status
                ),
                t("label.requirement"): named(r.statement(lang)),
                t("verdict.finding"): named(r.finding(lang)),
                t("label.missing"): named(r.missing(lang)) if r.missing else "",
                t("verdict.citation"): literal(
                    r.citation + ("" if r.verified else f" ({t('verdict.unverified')})")
                ),
            }
            for r in verdict.requirements
        ]
    )


def show_not_entered(error: RuleNotEnteredError, lang: str) -> None:
    """A rung whose rule the ruleset declares unknown: no verdict, the articles."""
    st.warning(error.words(lang))
    if error.note is not None:
        st.caption(error.note(lang))
    st.caption(t("law.ruleset_used", title=error.ruleset_title(lang), id=error.ruleset_id))


def headline(verdict: Verdict, lang: str) -> str:
    """“Đủ điều kiện đề nghị Huân chương Lao động hạng Nhì năm 2020 (giả định 16 năm HTXSNV).”"""
    values = {"target": catalogue().name(verdict.target, lang), "year": verdict.proposal_year}
    kind = answer_kind(verdict)
    if kind == "assumed":
        assert verdict.assumptions is not None
        return t("verdict.eligible_assumed", **values, assumptions=verdict.assumptions(lang))
    return t("verdict.eligible" if kind == "eligible" else "verdict.not_eligible", **values)


def show_verdict(verdict: Verdict | RuleNotEnteredError, lang: str) -> None:
    if isinstance(verdict, RuleNotEnteredError):
        show_not_entered(verdict, lang)
        return
    kind = answer_kind(verdict)
    shout = {"eligible": st.success, "assumed": st.warning, "not_eligible": st.error}[kind]
    shout(headline(verdict, lang), icon=":material/help:" if kind == "assumed" else None)
    st.caption(t("law.ruleset_used", title=verdict.ruleset.title(lang), id=verdict.ruleset.id))
    for warning in verdict.warnings:
        st.warning(warning(lang))
    if verdict.route is not None:
        st.caption(t("law.route_explained", route=verdict.route(lang)))
        for other in verdict.other_routes:
            st.caption(f"– {other.route(lang)}: {other.missing(lang)}")
    if verdict.base_choice:
        st.caption(catalogue().spelled_out(verdict.base_choice(lang), lang))
    st.table(requirements_frame(verdict, lang), hide_index=True)
    if verdict.outlook and not verdict.eligible:
        st.info(catalogue().spelled_out(verdict.outlook(lang), lang))
    if verdict.assumed_years:
        st.caption(t("verdict.assumed_years", years=", ".join(map(str, verdict.assumed_years))))
    with st.expander(t("verdict.settings", ruleset=verdict.ruleset.id)):
        st.write(verdict.ruleset.title(lang) + f" [{verdict.ruleset.period}]")
        st.json(verdict.settings, expanded=False)
