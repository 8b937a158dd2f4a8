"""Quy định: the ladder drawn as a graph, each step's requirements with their
citations, the ruleset in force and the readings (settings) the answers use; a case
book run against a ruleset, and two rulesets compared on the store's holders."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from planner import (
    CaseBookError,
    CaseBookReport,
    Continuity,
    FlagIneligibleRoute,
    OptionSet,
    Route,
    Ruleset,
    RulesetDiff,
    RungRule,
    Settings,
    casebook_files,
    diff_rulesets,
    read_casebook,
    run_casebook,
)
from ui import words
from ui.app import rules_editor, ruling
from ui.app.i18n import code_tag, ruleset_names, t
from ui.app.state import catalogue, store
from ui.app.uploads import UploadTooLarge, problems_frame, saved_uploads
from ui.safe_text import literal

BOOLEAN_SETTINGS = [
    "assume_unknown_years_excellent",
    "flag_outranks_certificate",
    "founding_age",
    "repeat_award_needs_new_base",
    "count_used_achievements",
    "discipline_voids_base",
    "future_years_excellent",
    "one_city_award_a_year",
    "government_flag_needs_city_flag",
    "one_initiative_a_year",
    "one_rung_a_year",
]


def options_text(options: OptionSet, lang: str) -> str:
    """“1 Cờ thi đua của UBND Thành phố / 2 Bằng khen của UBND Thành phố”: each
    award by its name, as a person reads the rule."""
    names = catalogue()

    def option(o) -> str:
        return " + ".join(
            f"{term.count} {' / '.join(names.name(a, lang) for a in term.awards)}"
            + (f" ({t('quy_dinh.consecutive')})" if term.consecutive_years else "")
            for term in o.terms
        )

    return " · ".join(option(o) for o in options.any_of)


def ladder_dot(rules: dict[str, RungRule], lang: str) -> str:
    """The ladder as Graphviz: each rung by its name (the code is the node's id and
    tooltip), from its base, labelled with what the window needs."""
    names = catalogue()
    lines = [
        "digraph ladder {",
        "rankdir=LR;",
        'node [shape=box, style="rounded,filled", fillcolor="#fff4d6", fontname="Helvetica"];',
        'edge [fontname="Helvetica", fontsize=10];',
    ]
    rungs = {b.award for rule in rules.values() for route in rule.routes for b in route.base}
    rungs |= set(rules)
    for code in sorted(rungs):
        name = _dot_text(names.name(code, lang))
        lines.append(f'"{code}" [label="{name}", tooltip="{code}"];')
    for target, rule in rules.items():
        if rule.unknown is not None:
            lines.append(f'"{target}" [style="rounded,dashed", fillcolor="#eeeeee"];')
        for route in rule.routes:
            years = t("quy_dinh.ladder_years", years=route.continuity.gap_years)
            label = _dot_text(f"{years} · {options_text(route.window_options, lang)}")
            for base in route.base:
                lines.append(f'"{base.award}" -> "{target}" [label="{label}"];')
    lines.append("}")
    return "\n".join(lines)


def _dot_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def continuity_text(continuity: Continuity) -> str:
    """The run in words: its rating (or better), its length, its years at a higher rating."""
    text = t("quy_dinh.continuity_text", rating=continuity.rating, years=continuity.gap_years)
    if continuity.or_better:
        text += " " + t("law.or_better")
    if continuity.higher is not None:
        text += t("law.higher", years=continuity.higher.min_years, rating=continuity.higher.rating)
    return text


def requirement_rows(rule: Route, lang: str) -> list[dict[str, str]]:
    rows = [
        (
            t("quy_dinh.base"),
            " / ".join(catalogue().name(b.award, lang) for b in rule.base),
            rule.base[0],
        ),
        (t("quy_dinh.continuity"), continuity_text(rule.continuity), rule.continuity),
        (t("quy_dinh.options"), options_text(rule.window_options, lang), rule.window_options),
    ]
    if rule.flag_ineligible_options:
        rows.append(
            (
                t("quy_dinh.flag_ineligible"),
                options_text(rule.flag_ineligible_options, lang),
                rule.flag_ineligible_options,
            )
        )
    if rule.operating_age:
        rows.append(
            (
                t("quy_dinh.operating_age"),
                t("quy_dinh.operating_age_text", years=rule.operating_age.min_years),
                rule.operating_age,
            )
        )
    return [
        {
            t("label.requirement"): name,
            t("quy_dinh.citation"): cited.citation_text(),
            t("quy_dinh.verified"): "✔" if cited.verified else "⚠",
            "": text,
        }
        for name, text, cited in rows
    ]


def show_ruleset(ruleset: Ruleset, lang: str) -> None:
    st.subheader(ruleset.title(lang))
    st.caption(f"{t('quy_dinh.period')}: {ruleset.period.text()} {code_tag(ruleset.id)}")
    if not ruleset.verified:
        st.warning(t("quy_dinh.unverified"))
    if ruleset.note:
        st.info(ruleset.note(lang))
    counts = ruleset.accumulation.ministry_awards_count
    st.write(
        f"**{t('quy_dinh.accumulation')}:** "
        + t("quy_dinh.ministry_count" if counts else "quy_dinh.ministry_not_count")
        + f" ({ruleset.accumulation.citation_text()})"
    )
    names = catalogue()
    for kind, title in (
        ("collective", "quy_dinh.collective"),
        ("individual", "quy_dinh.individual"),
    ):
        rules = ruleset.rules(kind)
        if not rules:
            continue
        st.markdown(f"#### {t(title)}")
        st.graphviz_chart(ladder_dot(rules, lang))
        for target, rule in rules.items():
            with st.expander(f"{names.name(target, lang)} {code_tag(target)}"):
                if rule.unknown is not None:
                    articles = "; ".join(c.text() for c in rule.unknown.articles)
                    st.warning(f"{t('law.not_entered')}. {t('law.articles', articles=articles)}")
                    if rule.unknown.note:
                        st.caption(rule.unknown.note(lang))
                for number, route in enumerate(rule.routes, start=1):
                    if len(rule.routes) > 1 or route.name:
                        name = route.name(lang) if route.name else ""
                        st.markdown(f"**{t('law.route')} {number}** {name}")
                    frame = pd.DataFrame(requirement_rows(route, lang))
                    st.dataframe(frame, hide_index=True, width="stretch")
                    if route.note:
                        st.caption(route.note(lang))
                if rule.note:
                    st.caption(rule.note(lang))


def settings_form(lang: str) -> None:
    """Every reading as a widget; the chosen values become the session's overrides.

    Widgets start from the session's current readings (Streamlit forgets a
    widget's state while its page is not shown), and their labels come from
    dicts made now, not from lambdas that would look the language up later."""
    st.subheader(t("quy_dinh.settings"))
    st.caption(t("quy_dinh.settings_help"))
    defaults = Settings()
    if st.button(t("setting.reset"), key="settings_reset"):
        st.session_state.pop("setting_overrides", None)
        for key in [k for k in st.session_state if str(k).startswith("setting_")]:
            del st.session_state[key]
    current = {**defaults.model_dump(), **st.session_state.get("setting_overrides", {})}
    overrides: dict = {}
    for name in BOOLEAN_SETTINGS:
        label = f"readings.{name}" if f"readings.{name}" in words.TEXT else f"setting.{name}"
        overrides[name] = st.toggle(t(label), value=current[name], key=f"setting_{name}")
    routes = {r.value: t(f"setting.{r.value}") for r in FlagIneligibleRoute}
    overrides["flag_ineligible_route"] = st.selectbox(
        t("setting.flag_ineligible_route"),
        list(routes),
        index=list(routes).index(FlagIneligibleRoute(current["flag_ineligible_route"]).value),
        key="setting_flag_ineligible_route",
        format_func=routes.get,
    )
    ministry = {None: t("setting.by_ruleset"), True: t("setting.yes"), False: t("setting.no")}
    overrides["ministry_awards_count"] = st.selectbox(
        t("setting.ministry_awards_count"),
        list(ministry),
        index=list(ministry).index(current["ministry_awards_count"]),
        key="setting_ministry_awards_count",
        format_func=ministry.get,
    )
    carry = {None: t("setting.by_year"), True: t("setting.yes"), False: t("setting.no")}
    overrides["carry_predecessors"] = st.selectbox(
        t("setting.carry_predecessors"),
        list(carry),
        index=list(carry).index(current["carry_predecessors"]),
        key="setting_carry_predecessors",
        format_func=carry.get,
    )
    gaps = {None: t("setting.by_ruleset"), **{g: str(g) for g in range(3, 11)}}
    overrides["gap_years"] = st.selectbox(
        t("setting.gap_years"),
        list(gaps),
        index=list(gaps).index(current["gap_years"]) if current["gap_years"] in gaps else 0,
        key="setting_gap_years",
        format_func=gaps.get,
    )
    st.markdown(f"**{t('setting.effort')}**", help=t("readings.effort_help"))
    columns = st.columns(len(defaults.effort))
    effort = {}
    names = catalogue()
    for column, code in zip(columns, defaults.effort, strict=True):
        effort[code] = int(
            column.number_input(
                names.name(code, lang),
                help=code,
                min_value=0,
                max_value=100,
                value=int(current["effort"].get(code, 0)),
                step=1,
                key=f"setting_effort_{code}",
            )
        )
    overrides["effort"] = effort
    st.session_state["setting_overrides"] = overrides


def casebook_frame(report: CaseBookReport, lang: str) -> pd.DataFrame:
    """One row a case: agrees or not, what was expected and what came, the reasons."""
    rows = []
    for result in report.results:
        rows.append(
            {
                t("casebook.col_case"): result.case.number,
                t("casebook.col_name"): result.case.name,
                t("casebook.col_agrees"): "✔" if result.passed else "✘",
                t("casebook.col_mismatch"): "; ".join(
                    t(
                        "casebook.mismatch",
                        field=f"expect.{m.field}",
                        expected=m.expected,
                        actual=m.actual(lang),
                    )
                    for m in result.mismatches
                ),
                t("casebook.answer"): result.answer(lang),
                t("casebook.reasons"): " · ".join(r(lang) for r in result.reasons)
                if not result.passed
                else "",
            }
        )
    return pd.DataFrame(rows)


def casebook_section(ruleset: Ruleset, lang: str) -> None:
    """Run a case book (shipped, or uploaded) under a ruleset of the shelf."""
    st.subheader(t("casebook.heading"))
    st.caption(t("casebook.help"))
    shipped = {path.name: path for path in casebook_files()}
    upload = st.file_uploader(
        t("casebook.upload"), type=["yaml", "yml", "json"], key="casebook_upload"
    )
    choice = st.selectbox(
        t("casebook.shipped"), list(shipped), key="casebook_file", placeholder=t("app.choose")
    )
    ids = ruling.book().ids()
    titles = ruleset_names(lang)
    chosen = st.selectbox(
        t("label.ruleset"),
        ids,
        index=ids.index(ruleset.id) if ruleset.id in ids else 0,
        key="casebook_ruleset",
        format_func=titles.__getitem__,
    )
    if not st.button(t("casebook.run"), key="casebook_run"):
        return
    try:
        if upload is not None:
            with saved_uploads([upload]) as [path]:
                book = read_casebook(path, catalogue())
        elif choice is not None:
            book = read_casebook(shipped[choice], catalogue())
        else:
            return
        data = store().snapshot() if any(c.from_store for c in book.cases) else None
        report = run_casebook(
            book,
            ruleset_id=chosen,
            rules=ruling.book(),
            dataset=data,
            settings=ruling.settings(),
            catalogue=catalogue(),
        )
    except UploadTooLarge as error:
        st.error(error.words())
        return
    except CaseBookError as error:
        st.error(t("casebook.refused", count=len(error.problems)))
        st.dataframe(problems_frame(error.problems, lang), hide_index=True, width="stretch")
        return
    summary = t(
        "casebook.title",
        file=literal(report.file),
        ruleset=report.ruleset or t("casebook.by_year"),
        cases=len(report.results),
        agree=len(report.results) - len(report.failures),
        disagree=len(report.failures),
    )
    (st.success if report.passed else st.error)(summary)
    st.dataframe(casebook_frame(report, lang), hide_index=True, width="stretch")


def diff_frame(diff: RulesetDiff, lang: str) -> pd.DataFrame:
    rows = []
    for d in diff.differences:
        rows.append(
            {
                t("col.unit"): d.holder.name,
                t("col.target"): d.target,
                t("diff.col_change"): t(f"diff.change.{d.change}"),
                diff.a: d.a.words()(lang),
                diff.b: d.b.words()(lang),
                t("diff.because"): " · ".join(
                    f"{r.title(lang)}: {diff.a}: {r.side('a')(lang)} | "
                    f"{diff.b}: {r.side('b')(lang)}"
                    for r in d.requirements
                ),
            }
        )
    return pd.DataFrame(rows)


def diff_section(ruleset: Ruleset, lang: str) -> None:
    """Two rulesets on every holder of the store, for the sidebar's proposal year."""
    st.subheader(t("diff.heading"))
    year = ruling.proposal_year()
    st.caption(t("diff.help", year=year))
    ids = ruling.book().ids()
    first, second = st.columns(2)
    titles = ruleset_names(lang)
    a = first.selectbox(
        t("diff.first"),
        ids,
        index=ids.index(ruleset.id) if ruleset.id in ids else 0,
        key="diff_a",
        format_func=titles.__getitem__,
    )
    others = [i for i in ids if i != a] or ids
    # the other ruleset answering for the year (hanoi-2018 → nd91-2017 in 2020), if any
    covering = [i for i in others if year in ruling.book().get(i).period]
    b = second.selectbox(
        t("diff.second"),
        others,
        index=others.index(covering[0]) if covering else 0,
        key="diff_b",
        format_func=titles.__getitem__,
    )
    if not st.button(t("diff.run"), key="diff_run"):
        return
    data = store().snapshot()
    if not data.units and not data.people:
        st.info(t("app.empty_store"))
        return
    diff = diff_rulesets(
        data, a, b, year, rules=ruling.book(), settings=ruling.settings(), catalogue=catalogue()
    )
    for warning in diff.warnings:
        st.warning(warning(lang))
    outcome = sum(1 for d in diff.differences if d.change == "outcome")
    st.info(
        t(
            "diff.title",
            a=f"“{ruling.book().get(a).title(lang)}”",
            b=f"“{ruling.book().get(b).title(lang)}”",
            year=year,
            compared=diff.compared,
            differ=len(diff.differences),
            outcome=outcome,
            grounds=len(diff.differences) - outcome,
        )
    )
    if diff.differences:
        st.dataframe(diff_frame(diff, lang), hide_index=True, width="stretch")


def page() -> None:
    lang = st.session_state.get("lang", "vi")
    selection = ruling.book().select(ruling.proposal_year(), ruling.ruleset_id())
    for warning in selection.warnings:
        st.warning(warning(lang))
    show_ruleset(selection.ruleset, lang)
    st.divider()
    casebook_section(selection.ruleset, lang)
    st.divider()
    diff_section(selection.ruleset, lang)
    st.divider()
    rules_editor.section(ruling.book(), lang)
    st.divider()
    settings_form(lang)


page()
