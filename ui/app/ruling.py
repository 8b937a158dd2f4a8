"""The rules context the app's pages share: proposal year, ruleset, settings.

Chosen once in the sidebar (year, ruleset, window convention) and on the Quy
định page (every other setting); every page that checks or plans reads them
here, so switching a ruleset re-runs every view with it.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from graph.models import Achievement, Dataset, Unit
from planner import (
    HolderProfile,
    RuleNotEnteredError,
    RulesetBook,
    Settings,
    Standing,
    Verdict,
    WindowConvention,
    YearList,
    check,
    holder_record,
    plannable_targets,
    standing,
    year_list,
)
from ui import bootstrap

AUTO = "auto"


def book() -> RulesetBook:
    """The shelf: shipped rulesets and the office's (kept per office folder)."""
    return _shelf(str(bootstrap.office_rules_dir()))


@st.cache_resource(show_spinner=False)
def _shelf(office: str) -> RulesetBook:
    return bootstrap.rulesets()


def reread_book() -> None:
    """After the office saved a ruleset: every page reads the shelf again."""
    _shelf.clear()


def default_year(data: Dataset) -> int:
    """The year of the record's latest plan, else this year."""
    return max((t.plan_year for t in data.targets), default=dt.date.today().year)


def proposal_year() -> int:
    return int(st.session_state.get("proposal_year") or dt.date.today().year)


def ruleset_id() -> str | None:
    chosen = st.session_state.get("ruleset_id", AUTO)
    return None if chosen == AUTO else chosen


def settings() -> Settings:
    overrides = dict(st.session_state.get("setting_overrides", {}))
    overrides["window"] = WindowConvention(st.session_state.get("window", "from_base_year"))
    return Settings(**overrides)


def verdict(
    holder: Unit, achievements: list[Achievement], target: str, year: int
) -> Verdict | RuleNotEnteredError:
    """The verdict, or, for a rung the ruleset declares unknown, that answer (no
    verdict at all: the pages show the articles to look up)."""
    try:
        return check(
            holder,
            achievements,
            target,
            year,
            settings=settings(),
            ruleset_id=ruleset_id(),
            book=book(),
        )
    except RuleNotEnteredError as error:
        return error


def proposals(data: Dataset) -> YearList:
    """Who may be proposed for which award in the sidebar's year (the Năm nay page)."""
    from ui.app.state import catalogue

    return year_list(
        data,
        proposal_year(),
        settings=settings(),
        ruleset_id=ruleset_id(),
        book=book(),
        catalogue=catalogue(),
    )


def standing_of(holder: Unit, achievements: list[Achievement], year: int) -> Standing:
    selection = book().select(year, ruleset_id())
    from ui.app.state import catalogue

    return standing(HolderProfile.of(holder), achievements, selection.ruleset, catalogue())


def targets(holder: Unit) -> list[str]:
    """The rungs the pages offer as a target: those the chosen ruleset has a
    standard for, for this kind of holder."""
    from ui.app.state import catalogue

    ruleset = book().select(proposal_year(), ruleset_id()).ruleset
    return plannable_targets(HolderProfile.of(holder).kind, ruleset, catalogue())


def holder_for(data: Dataset, holder_id: str, year: int) -> tuple[HolderProfile, list[Achievement]]:
    """The holder as a proposal for `year` sees it (its disciplinary measures; its
    predecessors' history as the setting `carry_predecessors` says) and its history."""
    found = holder_record(data, holder_id, year, settings())
    if found is None:
        raise LookupError(holder_id)
    return found
