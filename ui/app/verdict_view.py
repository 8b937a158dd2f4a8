"""How the app shows a checker verdict: the answer first, then each requirement
with its status, what the record shows, what is missing and where it is written."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from planner import STATUS_WORDS, RuleNotEnteredError, Verdict
from ui.app.i18n import t

# Text symbols, not emoji: they render in every font an office browser has.
STATUS_MARKS = {"met": "✔", "missing": "✘", "assumed": "⚠"}


def requirements_frame(verdict: Verdict, lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                t("verdict.status"): f"{STATUS_MARKS[r.status]} {STATUS_WORDS[r.status](lang)}",
                t("label.requirement"): r.statement(lang),
                t("verdict.finding"): r.finding(lang),
                t("label.missing"): r.missing(lang) if r.missing else "",
                t("verdict.citation"): r.citation
                + ("" if r.verified else f" ({t('verdict.unverified')})"),
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


def show_verdict(verdict: Verdict | RuleNotEnteredError, lang: str) -> None:
    if isinstance(verdict, RuleNotEnteredError):
        show_not_entered(verdict, lang)
        return
    title = t(
        "verdict.eligible" if verdict.eligible else "verdict.not_eligible",
        target=verdict.target,
        year=verdict.proposal_year,
    )
    (st.success if verdict.eligible else st.error)(title)
    st.caption(t("law.ruleset_used", title=verdict.ruleset.title(lang), id=verdict.ruleset.id))
    for warning in verdict.warnings:
        st.warning(warning(lang))
    if verdict.route is not None:
        st.caption(t("law.route_explained", route=verdict.route(lang)))
        for other in verdict.other_routes:
            st.caption(f"– {other.route(lang)}: {other.missing(lang)}")
    if verdict.base_choice:
        st.caption(verdict.base_choice(lang))
    st.dataframe(requirements_frame(verdict, lang), hide_index=True, width="stretch")
    if verdict.outlook and not verdict.eligible:
        st.info(verdict.outlook(lang))
    if verdict.assumed_years:
        st.caption(t("verdict.assumed_years", years=", ".join(map(str, verdict.assumed_years))))
    with st.expander(t("verdict.settings", ruleset=verdict.ruleset.id)):
        st.write(verdict.ruleset.title(lang) + f" [{verdict.ruleset.period}]")
        st.json(verdict.settings, expanded=False)
